package normalize

import (
	"slices"
	"testing"

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
