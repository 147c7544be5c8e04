package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestInconsistentGermanOneNoun: German capitalizes every noun, so a
// German Discoverer takes names of two words or more, but a capitalized
// opener at a sentence's start ("Die Bauern", "In Bayern", "Eine
// Autofahrerin") made two words of one noun, and the fold of openers left
// the noun alone: a check reported "Bayern" (Bavaria) as a slip of
// "Bauern" (farmers) and "Autofahrerin" (the feminine) of "Autofahrer",
// and --unify rewrote them. One word against one word is no spelling pair
// there; a name of two words spelt two ways still is.
func TestInconsistentGermanOneNoun(t *testing.T) {
	in := "Die Bauern protestierten vor dem Landtag.\nDie Bauern fuhren mit Traktoren vor.\n" +
		"In Bayern blieb es ruhig, die Bauern nicht.\nDer Autofahrer wurde verletzt, der Autofahrer kam ins Spital.\n" +
		"Eine Autofahrerin sah den Unfall.\n" +
		"Dann sprach Thabet Mohammed Said Reza.\nLaut Thabet Mohammed Said Reza ist die Lage ruhig.\nSpäter kam Thabet Mohammed Saidreza.\n"
	g := BuildGlossary(nil, GlossaryOptions{Lang: language.German})
	_, got := collectRewrite(t, g, in, true)
	var names int
	for _, r := range got {
		if strings.Contains(r, "Bayern") || strings.Contains(r, "Autofahrerin") {
			t.Errorf("check: %s; want no German noun reported as a slip of another", r)
		}
		if strings.Contains(r, "Saidreza") {
			names++
		}
	}
	if names != 1 {
		t.Errorf("check: %q; want Thabet Mohammed Saidreza reported once", got)
	}
	out, _ := collectRewrite(t, g.Unified(), in, false)
	if !strings.Contains(out, "In Bayern blieb") || !strings.Contains(out, "Eine Autofahrerin sah") {
		t.Errorf("unify rewrote German nouns: %q", out)
	}
}
