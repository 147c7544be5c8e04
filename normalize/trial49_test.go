package normalize

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestOverGlossaryKeepsUserEntries: a discovered entry holding a spelling
// of the user's entry extends that entry and keeps its canonical form,
// kind and languages (the cluster was found in English texts; the user's
// entry is for every language), or is left out when the user's entry has
// every spelling; an entry the user's glossary does not know is fitted to
// the default glossary as OverDefaults does.
func TestOverGlossaryKeepsUserEntries(t *testing.T) {
	user := []Entry{{Canonical: "Juma Alaqeeli", Variants: []string{"Jumaa Alaqeeli"}, Kind: KindPerson}}
	en := []language.Tag{language.English}
	found := []Entry{
		{Canonical: "Jumaa Alaqeeli", Variants: []string{"Juma Al-Uqaili"}, Kind: KindOrg, Langs: en},
		{Canonical: "Jumaa Alaqeeli", Variants: []string{"Juma Alaqeeli"}, Langs: en},
		{Canonical: "Hezbollah", Variants: []string{"Hezballah"}, Langs: en},
		{Canonical: "Zorblax Quimby", Variants: []string{"Zorblaks Quimby"}, Langs: en},
	}
	out, known := OverGlossary(found, user, language.English)
	want := []Entry{
		{Canonical: "Juma Alaqeeli", Variants: []string{"Jumaa Alaqeeli", "Juma Al-Uqaili"}, Kind: KindPerson},
	}
	if len(out) != 3 || !reflect.DeepEqual(out[0], want[0]) {
		t.Fatalf("OverGlossary(%+v) = %+v; want first %+v, and 3 entries", found, out, want[0])
	}
	if !reflect.DeepEqual(known, []string{"Jumaa Alaqeeli"}) {
		t.Errorf("OverGlossary known = %q; want the cluster the user's entry has: [Jumaa Alaqeeli]", known)
	}
	defs, _ := OverDefaults(found[2:], DefaultGlossary())
	if !reflect.DeepEqual(out[1:], defs) {
		t.Errorf("OverGlossary of entries the user's glossary does not know = %+v; want OverDefaults' %+v", out[1:], defs)
	}
	if out[1].Canonical != "Hezbollah" || !reflect.DeepEqual(out[1].Langs, en) || len(out[1].Variants) < 3 {
		t.Errorf("OverGlossary of a default entry's cluster = %+v; want the default Hezbollah, for English, extended", out[1])
	}
}

// TestDiscoverLongLineCounts: a text without line breaks is read in pieces
// cut at a space, and the cut fell inside a name as often as not ("Qasem |
// Suleimani"): of 90,000 mentions on one line 89,998 were counted, where
// the same text a sentence a line counted 90,000. A piece is cut at a
// space between two words that do not start with a capital now, so that
// no name of capitalized words (or with a particle inside, "bin") is cut.
func TestDiscoverLongLineCounts(t *testing.T) {
	const n = 90000
	sentence := "Officials said Qassem Soleimani met them on Monday, and reports said Qasem Suleimani had travelled. "
	for _, text := range []string{strings.Repeat(sentence, n), strings.Repeat(strings.TrimSpace(sentence)+"\n", n)} {
		d := NewDiscovererFor(language.English)
		if err := d.AddReader(context.Background(), strings.NewReader(text)); err != nil {
			t.Fatal(err)
		}
		counts := map[string]int{}
		for _, c := range d.Clusters(0) {
			for _, v := range c.Variants {
				counts[v.Form] = v.Count
			}
		}
		if counts["Qassem Soleimani"] != n || counts["Qasem Suleimani"] != n {
			t.Errorf("discover of %d sentences (%d lines): counts %v; want %d of each spelling", n, strings.Count(text, "\n"), counts, n)
		}
	}
}
