package normalize

import (
	"slices"
	"strings"
	"testing"
)

// TestMojibakeApostrophe: a curly apostrophe or quote written in UTF-8
// and read back as Windows-1252 ("Mugabeâ€™s" for "Mugabe’s") ends the
// word before it. The name is then no second spelling of itself with an
// "â" (a check reports nothing), a glossary variant before it is still
// rewritten, and discover finds no "Mugabeâ".
func TestMojibakeApostrophe(t *testing.T) {
	in := "President Robert Mugabe spoke. Mugabe left.\nThe opposition calls for Mugabeâ€™s resignation.\nâ€œMugabe must go,â€ it said.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 0 {
		t.Errorf("check of %q reported %q; want nothing", in, got)
	}
	d := NewDiscoverer()
	d.Add(in)
	for _, c := range d.Clusters(SameThreshold) {
		for _, v := range c.Variants {
			if strings.Contains(v.Form, "â") {
				t.Errorf("discover found %q; want no form with the â of a broken apostrophe", v.Form)
			}
		}
	}
	in = "It honoured Qasim Soleimaniâ€™s memory.\n"
	want := "It honoured Qassem Soleimaniâ€™s memory.\n"
	if out, _ := collectRewrite(t, DefaultGlossary(), in, false); out != want {
		t.Errorf("rewrite of %q = %q; want %q", in, out, want)
	}
	// An â inside a word is a letter as before.
	var words []string
	for s, e := nextToken("Châteaux du Rhône", 0); s >= 0; s, e = nextToken("Châteaux du Rhône", e) {
		words = append(words, "Châteaux du Rhône"[s:e])
	}
	if want := []string{"Châteaux", "du", "Rhône"}; !slices.Equal(words, want) {
		t.Errorf("words %q; want %q", words, want)
	}
}
