package normalize

import (
	"reflect"
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
