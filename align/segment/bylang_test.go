package segment

import (
	"testing"

	"golang.org/x/text/language"
)

// TestByLanguage: one segmenter a language, made once, with the options
// given; a language without rules is warned about once.
func TestByLanguage(t *testing.T) {
	var warnings []string
	b := NewByLanguage(func(w string) { warnings = append(warnings, w) }, WithQuotes(QuotesSplit))
	en, err := b.For(language.English)
	if err != nil || en.Language() != language.English {
		t.Fatalf("For(en) = %v, %v", en, err)
	}
	if again, _ := b.For(language.English); again != en {
		t.Error("For(en) twice made two segmenters")
	}
	if got := en.SplitString(`He said "Stop. Now." Then left.`); len(got) != 3 {
		t.Errorf("with QuotesSplit: %d sentences %v; want 3", len(got), got)
	}
	tlh := language.MustParse("tlh")
	b.For(tlh)
	b.For(tlh)
	if len(warnings) != 1 {
		t.Errorf("warnings %q; want one, for tlh", warnings)
	}
}
