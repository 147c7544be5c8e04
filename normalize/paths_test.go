package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestRewriteKeepsPaths: a file path in running text names a file as a
// URL names a page, and is left as written, whether the name is a folder
// ("/Kiev/news") or the file ("Kiev.pdf", which was kept while the folder
// was rewritten); a slash between words is no path.
func TestRewriteKeepsPaths(t *testing.T) {
	g := BuildGlossary(nil, GlossaryOptions{Lang: language.English})
	for _, tc := range []struct{ in, want string }{
		{"See /Kiev/news today.", "See /Kiev/news today."},
		{"Open Kiev.pdf now.", "Open Kiev.pdf now."},
		{"Saved in ~/Kiev/x and ./Kiev and ../Kiev.", "Saved in ~/Kiev/x and ./Kiev and ../Kiev."},
		{`Saved in C:\docs\Kiev\a.txt and docs\Kiev.`, `Saved in C:\docs\Kiev\a.txt and docs\Kiev.`},
		{"The file (/srv/Kiev/a) moved.", "The file (/srv/Kiev/a) moved."},
		{"Trains to Lviv and Kiev/Kharkiv and/or Kiev.", "Trains to Lviv and Kyiv/Kharkiv and/or Kyiv."},
		{"In Kiev, 3.5 km away: Kiev.", "In Kyiv, 3.5 km away: Kyiv."},
	} {
		var b strings.Builder
		if err := g.Rewrite(&b, strings.NewReader(tc.in), nil); err != nil {
			t.Fatal(err)
		}
		if got := b.String(); got != tc.want {
			t.Errorf("Rewrite(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}
