package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestRewriteEditorial(t *testing.T) {
	for in, want := range map[string]string{
		"a Daesh cell":                   "an Islamic State cell",
		"A Daesh cell":                   "An Islamic State cell",
		"an ISIS cell":                   "an Islamic State cell",
		"Kenya Daesh cell":               "Kenya Islamic State cell",
		"#Daesh and @Daesh":              "#Daesh and @Daesh",
		"(#Daesh)":                       "(#Daesh)",
		"the chicken Kiev of Kiev":       "the chicken Kiev of Kyiv",
		"mail daesh@example.org, Daesh.": "mail daesh@example.org, Islamic State.",
	} {
		var out strings.Builder
		if err := DefaultGlossary().Rewrite(&out, strings.NewReader(in), nil); err != nil {
			t.Fatal(err)
		}
		if out.String() != want {
			t.Errorf("Rewrite(%q) = %q, want %q", in, out.String(), want)
		}
	}
}

func TestFixArticle(t *testing.T) {
	for _, tc := range []struct{ before, form, repl, want string }{
		{"up a ", "Daesh", "Islamic State", "up an "},
		{"up an ", "ISIS", "Islamic State", "up an "},
		{"up an ", "Iran", "Union", "up a "},
		{"data ", "Daesh", "Islamic State", "data "},
		{"a ", "Daesh", "FBI", "an "},
	} {
		if got := fixArticle(tc.before, tc.form, tc.repl); got != tc.want {
			t.Errorf("fixArticle(%q, %q, %q) = %q, want %q", tc.before, tc.form, tc.repl, got, tc.want)
		}
	}
}

// TestArticleOnlyInEnglish: the English article rule leaves other
// languages' "a" alone (Spanish "a" is a preposition), and applies where
// the language is English or not given.
func TestArticleOnlyInEnglish(t *testing.T) {
	entries := []Entry{{Canonical: "Islamic State", Variants: []string{"Daesh"}}}
	for _, tc := range []struct {
		lang       language.Tag
		text, want string
	}{
		{language.English, "a Daesh cell", "an Islamic State cell"},
		{language.Und, "a Daesh cell", "an Islamic State cell"},
		{language.Spanish, "se unió a Daesh en 2014", "se unió a Islamic State en 2014"},
	} {
		g := BuildGlossary(entries, GlossaryOptions{NoDefault: true, Lang: tc.lang})
		var b strings.Builder
		if err := g.Rewrite(&b, strings.NewReader(tc.text), nil); err != nil {
			t.Fatal(err)
		}
		if b.String() != tc.want {
			t.Errorf("%s: %q -> %q; want %q", tc.lang, tc.text, b.String(), tc.want)
		}
	}
}
