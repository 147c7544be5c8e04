package normalize

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// TestOverDefaults: discovered clusters of a default entry's spellings
// extend that entry or are left out; stored as discovered they replaced it
// (Hezbollah lost Hizb Allah and حزب الله) or split its spellings between
// two house forms (Qasim Soleimani beside Qassem Soleimani).
func TestOverDefaults(t *testing.T) {
	thabit := Entry{Canonical: "Thabit Mohammad Saeedreza", Variants: []string{"Thabit Mohammad Saeed Reza"}, Kind: KindPerson}
	frHezb := Entry{Canonical: "Hezbollah", Variants: []string{"Hezballah"}, Langs: []language.Tag{language.French}}
	in := []Entry{
		{Canonical: "Hezbollah", Variants: []string{"Hizbollah"}, Kind: KindPerson},
		{Canonical: "Qasim Soleimani", Variants: []string{"Qassem Suleimani", "Qassim Sulaymani"}, Kind: KindPerson},
		{Canonical: "Islamic Revolutionary Guard Corps", Variants: []string{"Islamic Revolution Guard Corps"}, Kind: KindPerson},
		{Canonical: "Hezbollah", Variants: []string{"Hezballah", "Hizbollah"}, Kind: KindPerson},
		thabit,
		frHezb,
	}
	out, known := OverDefaults(in, DefaultGlossary())
	if want := []string{"Hezbollah", "Qasim Soleimani", "Islamic Revolutionary Guard Corps"}; !slices.Equal(known, want) {
		t.Errorf("OverDefaults left out %q; want %q", known, want)
	}
	if len(out) != 3 {
		t.Fatalf("OverDefaults = %+v; want 3 entries", out)
	}
	ext := out[0]
	if ext.Canonical != "Hezbollah" || ext.Kind != KindOrg || !slices.Equal(ext.Langs, []language.Tag{language.English}) ||
		!slices.Contains(ext.Variants, "Hizb Allah") || !slices.Contains(ext.Variants, "حزب الله") || !slices.Contains(ext.Variants, "Hezballah") {
		t.Errorf("OverDefaults extended Hezbollah as %+v; want the default entry (org, en, Hizb Allah, حزب الله) with Hezballah added", ext)
	}
	if d, _ := DefaultGlossary().Lookup("Hezbollah"); slices.Contains(d.Variants, "Hezballah") {
		t.Fatal("OverDefaults changed the default glossary's entry")
	}
	if out[1].Canonical != thabit.Canonical || !slices.Equal(out[1].Variants, thabit.Variants) {
		t.Errorf("an entry the default glossary does not know: %+v; want it as it was, %+v", out[1], thabit)
	}
	if out[2].Canonical != "Hezbollah" || !slices.Equal(out[2].Variants, frHezb.Variants) {
		t.Errorf("an entry for French against the English default: %+v; want it as it was, %+v", out[2], frHezb)
	}
	// The glossary in use with the extended entry still rewrites the
	// default's spellings, and to one house form.
	g := BuildGlossary(out[:1], GlossaryOptions{})
	for _, name := range []string{"Hizb Allah", "Hezballah", "Hizbullah"} {
		if e, ok := g.Lookup(name); !ok || e.Canonical != "Hezbollah" {
			t.Errorf("after OverDefaults, Lookup(%q) = %q, %v; want Hezbollah", name, e.Canonical, ok)
		}
	}
}

// TestAcceptCluster: what accepting each discovered cluster stores, as
// discover --accept decides it. A cluster of one spelling the glossary has
// (IRGC, its other forms related ones) is known, not an entry of no
// variant that the glossary refuses; one of a spelling it does not know
// has nothing to store.
func TestAcceptCluster(t *testing.T) {
	g := DefaultGlossary()
	cluster := func(forms ...string) Cluster {
		c := Cluster{Canonical: forms[0]}
		for _, f := range forms {
			c.Variants = append(c.Variants, FormCount{Form: f, Count: 1})
		}
		return c
	}
	if a := AcceptCluster(cluster("IRGC"), KindOther, language.English, g); a.Known != "Islamic Revolutionary Guard Corps" || a.Entry.Canonical != "" {
		t.Errorf("AcceptCluster(IRGC) = %+v; want known to the Islamic Revolutionary Guard Corps, nothing to store", a)
	}
	if a := AcceptCluster(cluster("Zarqawi Street"), KindOther, language.English, g); a.Known != "" || a.Entry.Canonical != "" {
		t.Errorf("AcceptCluster of one unknown spelling = %+v; want nothing to store", a)
	}
	a := AcceptCluster(cluster("Hezbollah", "Hezballah"), KindOther, language.English, g)
	if a.Extends != "Hezbollah" || !slices.Contains(a.Entry.Variants, "Hizb Allah") || !slices.Contains(a.Entry.Variants, "Hezballah") {
		t.Errorf("AcceptCluster(Hezbollah, Hezballah) = %+v; want the default entry extended with Hezballah", a)
	}
	a = AcceptCluster(cluster("Thabit Mohammad Saeedreza", "Thabit Mohammad Saeed Reza"), KindPerson, language.English, g)
	if a.Extends != "" || a.Known != "" || a.Entry.Canonical != "Thabit Mohammad Saeedreza" || !slices.Equal(a.Entry.Variants, []string{"Thabit Mohammad Saeed Reza"}) || a.Entry.Kind != KindPerson {
		t.Errorf("AcceptCluster(Thabit ...) = %+v; want the cluster as it is", a)
	}
}

// TestOverrideWordsEnds: a user's entry whose canonical holds a one-word
// variant's spelling ("Abdolrahim Mousavi", variant "Musavi": the key
// of Mousavi) overrides a default entry of that word once: it matched
// again at its own last word and the canonical grew without end, and
// BuildGlossary (names check, the server's Check) never returned.
func TestOverrideWordsEnds(t *testing.T) {
	done := make(chan *Glossary, 1)
	go func() {
		done <- BuildGlossary([]Entry{{Canonical: "Abdolrahim Mousavi", Variants: []string{"Musavi"}}}, GlossaryOptions{})
	}()
	select {
	case g := <-done:
		if e, ok := g.Lookup("Musavi"); !ok || e.Canonical != "Abdolrahim Mousavi" {
			t.Errorf("Lookup(Musavi) = %q, %v; want the user's Abdolrahim Mousavi", e.Canonical, ok)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("BuildGlossary of the user's Abdolrahim Mousavi (variant Musavi) did not return in 20 s")
	}
}

// TestOverrideWordsShortForm: a user's variant that is a part of its own
// canonical (the surname "Musavi" for "Abdolrahim Mousavi": a short form,
// what the user's texts call that man) overrides no default entry that
// holds the word: "Mir Hossein Mousavi" became "Mir Hossein Abdolrahim
// Mousavi", another man's given name in the default entry's house
// spelling. A respelling of the same words still overrides ("Zelensky",
// variant "Zelenskyy": "Volodymyr Zelensky").
func TestOverrideWordsShortForm(t *testing.T) {
	for _, c := range []struct {
		user          Entry
		lookup, canon string
	}{
		{Entry{Canonical: "Abdolrahim Mousavi", Variants: []string{"Musavi"}}, "Mir Hossein Mousavi", "Mir Hossein Mousavi"},
		{Entry{Canonical: "Abdolrahim Mousavi", Variants: []string{"Musavi"}}, "Musavi", "Abdolrahim Mousavi"},
		{Entry{Canonical: "Zelensky", Variants: []string{"Zelenskyy", "Zelenskiy"}}, "Volodymyr Zelenskiy", "Volodymyr Zelensky"},
	} {
		g := BuildGlossary([]Entry{c.user}, GlossaryOptions{})
		if e, ok := g.Lookup(c.lookup); !ok || e.Canonical != c.canon {
			t.Errorf("user %q %q: Lookup(%q) = %q, %v; want %q", c.user.Canonical, c.user.Variants, c.lookup, e.Canonical, ok, c.canon)
		}
	}
}

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
