package tm

import (
	"testing"

	"golang.org/x/text/language"
)

// TestWordForms checks which words are forms of one word, as Concordance
// compares them (sameForm of folded words): case and diacritics aside, by
// a light stemmer, and in Arabic and Persian after the clitics and the
// article.
func TestWordForms(t *testing.T) {
	for _, tc := range []struct {
		lang, a, b string
		same       bool
	}{
		{"en", "drone", "drones", true}, {"en", "drone", "droning", true}, {"en", "stop", "stopped", true},
		{"en", "city", "cities", true}, {"en", "drone", "dragon", false},
		{"en", "moses", "moss", false}, {"en", "news", "new", false},
		{"fr", "drone", "drones", true}, {"de", "drohne", "drohnen", true}, {"es", "ciudad", "ciudades", true},
		{"ru", "беспилотник", "беспилотники", true}, {"ru", "город", "города", true},
		{"ar", "داعش", "لداعش", true}, {"ar", "داعش", "وداعش", true}, {"ar", "الدولة", "للدولة", true},
		// The indefinite accusative, written with an alif (and tanween,
		// which fold drops): "اختر ملفًا" (choose a file), one of GTK's
		// strings trial42's concordance of ملف missed.
		{"ar", "ملف", "ملفًا", true}, {"ar", "كتاب", "كتابا", true}, {"ar", "ملف", "الملفات", true},
		{"ar", "هذا", "هذ", false},
		{"fa", "داعش", "داعشی", true},
	} {
		if got := sameForm(baseTag(language.MustParse(tc.lang)), fold(tc.a), fold(tc.b), false); got != tc.same {
			t.Errorf("sameForm(%s, %q, %q) = %v; want %v", tc.lang, tc.a, tc.b, got, tc.same)
		}
	}
}
