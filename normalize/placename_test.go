package normalize

import (
	"strings"
	"testing"
)

// TestUkPlaceGlossary: each Latin variant of a Ukrainian place in the
// default glossary is read as its canonical by the package's similarity
// alone, so the glossary and ukplaces.tsv agree.
func TestUkPlaceGlossary(t *testing.T) {
	checked := 0
	for _, e := range DefaultEntries() {
		if e.Kind != KindPlace {
			continue
		}
		uk := false
		for _, v := range e.Variants {
			if strings.ContainsAny(v, "іїєґ") {
				uk = true
			}
		}
		if !uk {
			continue
		}
		for _, v := range e.Variants {
			if isCyrillicName(v) {
				continue
			}
			checked++
			if got := Similarity(e.Canonical, v); got < SameThreshold {
				t.Errorf("Similarity(%q, %q) = %.3f: the glossary's variant is no form of the place", e.Canonical, v, got)
			}
		}
	}
	if checked < 30 {
		t.Errorf("checked %d variants, want 30 at least", checked)
	}
}

// TestPlaceInLongerName: the glossary rewrites a place's variant, but not
// one inside a person's name or a longer place name.
func TestPlaceInLongerName(t *testing.T) {
	g := DefaultGlossary()
	cases := []struct{ in, want string }{
		{"Missiles hit Nikolaev overnight.", "Missiles hit Mykolaiv overnight."},
		{"Nikolaev was shelled.", "Mykolaiv was shelled."},
		{"In Nikolaev, power is out.", "In Mykolaiv, power is out."},
		{"Ukraine's Nikolaev region.", "Ukraine's Mykolaiv region."},
		{"Sergei Nikolaev, a lawyer, spoke.", "Sergei Nikolaev, a lawyer, spoke."},
		{"said Mr. Nikolaev.", "said Mr. Nikolaev."},
		{"Prince Georgy Lvov led it.", "Prince Georgy Lvov led it."},
		{"Slavyansk-na-Kubani is in Russia.", "Slavyansk-na-Kubani is in Russia."},
		{"SHELLING IN NIKOLAEV", "SHELLING IN MYKOLAIV"},
		{"From Lvov to Dnepr.", "From Lviv to Dnipro."},
		{"A Lvov-based firm; Kharkov-Moscow trains.", "A Lviv-based firm; Kharkiv-Moscow trains."},
	}
	for _, c := range cases {
		var b strings.Builder
		if err := g.Rewrite(&b, strings.NewReader(c.in), nil); err != nil {
			t.Fatal(err)
		}
		if b.String() != c.want {
			t.Errorf("Rewrite(%q) = %q, want %q", c.in, b.String(), c.want)
		}
	}
}
