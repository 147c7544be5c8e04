package normalize

import "testing"

// TestSpellingLoneLetter: words that fold like a listed name only when
// joined are no spelling of it when one of them is a single letter, the
// pronoun I or an article ("Can I" folds as "Qaani"); the same letters as
// one word, and a split name of longer words, still are.
func TestSpellingLoneLetter(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Kids ask: 'Can I have a channel?'\n", "Kids ask: 'Can I have a channel?'\n"},
		{"Says A Hmadi, not Ahmadi.\n", "Says A Hmadi, not Ahmadi.\n"},
		{"The general Ghaany met Qa'ani.\n", "The general Qaani met Qaani.\n"},
		{"Then Ismail Qaan i and Ismail Qaa ni left.\n", "Then Ismail Qaan i and Esmail Qaani left.\n"},
	} {
		out, _ := collectRewrite(t, DefaultGlossary(), c.in, false)
		if out != c.want {
			t.Errorf("rewrite of %q = %q; want %q", c.in, out, c.want)
		}
	}
}
