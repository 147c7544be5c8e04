package tm

import (
	"testing"

	"golang.org/x/text/language"
)

// TestUntranslatedScripts: the aligner's untranslated passages compared
// language subtags only, so a Serbian Cyrillic version that kept a Latin
// sentence ("Vlada je usvojila zakon." on both sides) was stored as a
// sr-Latn to sr-Cyrl unit, a 100% Cyrillic match in Latin letters. Now a
// text the same in two scripts of one language is left untranslated when
// none of its letters is of the target's script; Chinese in zh-CN and
// zh-TW shares the Han letters (a sentence written alike is a
// conversion), and one language without scripts (en-GB, en-US; zh and
// zh-TW) keeps its shared sentences, as before.
func TestUntranslatedScripts(t *testing.T) {
	for _, c := range []struct {
		text, src, tgt string
		want           bool
	}{
		{"Vlada je usvojila zakon.", "sr-Latn", "sr-Cyrl", true},
		{"Vlada je usvojila zakon.", "sr-Cyrl", "sr-Latn", false}, // a Latin target in Latin letters
		{"Влада је усвојила закон.", "sr-Latn", "sr-Cyrl", false},
		{"Влада је усвојила закон.", "sr-Cyrl", "sr-Latn", true},
		{"Vlada je usvojila zakon.", "sr-Latn", "sr", false}, // sr alone tells no script
		{"他 在 日本 工作 。", "zh-CN", "zh-TW", false},
		{"他 在 日本 工作 。", "zh-Hans", "zh-Hant", false},
		{"All rights reserved worldwide.", "zh-CN", "zh-TW", true}, // English left in both
		{"The colour is kept.", "en-GB", "en-US", false},
		{"The colour is kept.", "en", "fr", true},
		{"Два слова.", "sr-Latn", "sr-Cyrl", false}, // fewer than minUntranslatedWords
	} {
		if got := untranslated(c.text, c.text, language.MustParse(c.src), language.MustParse(c.tgt)); got != c.want {
			t.Errorf("untranslated(%q) %s to %s = %v; want %v", c.text, c.src, c.tgt, got, c.want)
		}
	}
}
