package normalize

import (
	"strings"
	"testing"
)

// TestInconsistentFarWords: two one-word names that their letters and
// sounds score as one but that four letters or more set apart (Greece,
// Garissa; Yosuke, Uesugi) are two names, no slip or transliteration of
// one: a check of WMT21 news reported "Garissa" (a Kenyan county) ->
// "Greece". A slip (Zotov, Zatov) and a variant of a few letters are
// still reported, full-width letters as their ASCII ones; forms in two scripts
// ("Твиттер", "Twitter") are not compared so.
func TestInconsistentFarWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want string
	}{
		{"Greece wins. The team of Greece lost. Then Greece won.\nShots were fired in Garissa on Saturday.\n", ""},
		{"Zotov spoke. Then Zotov left. Zotov came back.\nLater Zatov arrived.\n", "Zatov -> Zotov"},
		{"Katamori spoke. Then Katamori left. Katamori came back.\nLater Ｋａｔａmori arrived.\n", "Ｋａｔａmori -> Katamori"},
	} {
		_, got := collectRewrite(t, DefaultGlossary(), c.text, true)
		all := strings.Join(got, "; ")
		if c.want == "" && len(got) != 0 || c.want != "" && !strings.Contains(all, c.want) {
			t.Errorf("check of %q: %q; want %q", c.text, got, c.want)
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Greece", "Garissa", true},
		{"Yosuke", "Uesugi", true},
		{"Анголы", "Англией", true},
		{"Zotov", "Zatov", false},
		{"Gaddafi", "Qadhafi", false},
		{"Ｋａｔａmori", "Katamori", false},
		{"Marca", "Majorca", false},
		{"Твиттер", "Twitter", false}, // two scripts
		{"Инстаграме", "Instagram", false},
		{"Greece Garissa", "Greek Gorissa", false}, // not one word
	} {
		if got := farWords(c.a, c.b); got != c.want {
			t.Errorf("farWords(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
