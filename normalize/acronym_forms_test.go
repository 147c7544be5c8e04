package normalize

import "testing"

func TestAcronymForms(t *testing.T) {
	for _, tc := range []struct {
		acr, full string
		want      bool
	}{
		// Small letters for Persian and Urdu connectors.
		{"LeT", "Lashkar-e-Taiba", true},
		{"JeM", "Jaish-e-Mohammed", true},
		{"HuM", "Harakat ul-Mujahideen", true},
		{"HuJI", "Harakat ul-Jihad-i-Islami", true},
		{"LeT", "Lashkar Taiba", false},         // a small letter is a connector, never a word of the name
		{"LaT", "Lashkar-e-Taiba", false},       // nor another connector
		{"Let", "Lashkar-e-Taiba", false},       // a word, not an acronym
		{"Hamas", "Harakat al-Muqawama", false}, // a name in capital and small letters
		// A generic head noun left out.
		{"MEK", "Mujahedin-e Khalq Organization", true},
		{"MKO", "Mujahedin-e Khalq Organization", true},
		{"IJ", "Islamic Jihad Union", false}, // two letters: Islamic Jihad is another group
		{"MEK", "Mujahedin-e Khalq Society of Iran", false},
		{"KDP", "Kurdistan Democratic Party", true},
		{"KD", "Kurdistan Democratic Party", false},
		{"PFLP", "Popular Front for the Liberation of Palestine-General Command", false}, // its branch
	} {
		if got := isAcronymFor(tc.acr, tc.full); got != tc.want {
			t.Errorf("isAcronymFor(%q, %q) = %v; want %v", tc.acr, tc.full, got, tc.want)
		}
	}
}

func TestThApart(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Jabhat Fath al-Sham", "Jabhat Fateh al-Sham", true}, // فتح: t and h
		{"Fathi", "Fatehi", true},
		{"Keith", "Keita", false}, // a final -ta has no h given back
		{"Beth", "Bet", true},     // as before: th read as t
		{"Othman", "Osman", true}, // th still one letter: ث
		{"Martha", "Marta", true},
		{"Fath", "Fatih", false}, // another word (فاتح, conqueror): no -teh
		{"Fath", "Fatuma", false},
	} {
		if got := Same(tc.a, tc.b); got != tc.same {
			t.Errorf("Same(%q, %q) = %v (%.3f); want %v", tc.a, tc.b, got, Similarity(tc.a, tc.b), tc.same)
		}
	}
}

func TestGlossaryAcronym(t *testing.T) {
	g := NewGlossary([]Entry{
		{Canonical: "Kurdistan Workers' Party", Kind: KindOrg, Variants: []string{"Partiya Karkerên Kurdistanê"}},
		{Canonical: "Basque Fatherland and Liberty", Kind: KindOrg, Variants: []string{"Euskadi Ta Askatasuna"}},
	})
	m, plain := matcherNoTable(g), matcherNoTable(nil) // the table of org_aliases.go lists PKK
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"PKK", "Kurdistan Workers' Party", true},
		{"Kurdistan Workers' Party", "PKK", true},
		{"ETA", "Basque Fatherland and Liberty", true},
		{"KWP", "Kurdistan Workers' Party", true},    // the English acronym, as before
		{"PKK", "Kurdistan Democratic Party", false}, // no entry
		{"PDK", "Kurdistan Workers' Party", false},   // no form spells it
		{"Pkk", "Kurdistan Workers' Party", false},   // not written as an acronym
	} {
		if got := m.Same(tc.a, tc.b); got != tc.want {
			t.Errorf("with the glossary, Same(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
	if plain.Same("PKK", "Kurdistan Workers' Party") {
		t.Errorf("without a glossary, Same(PKK, Kurdistan Workers' Party) = true; want false")
	}
}

// TestAcronymCompanyHead: an acronym of three letters or more may leave
// out a last word that says the body is a company or a foundation, and
// only that word.
func TestAcronymCompanyHead(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Baltic Ferry Shipping Company", "BFS", true},
		{"Nordic Heritage Trust Foundation", "NHT", true},
		{"Baltic Ferry Shipping Company", "BFSC", true}, // spelled whole, as before
		{"Baltic Ferry Shipping Company", "BF", false},  // two letters: too few
		{"Baltic Ferry Shipping Company", "BFC", false}, // Shipping is no generic word
		{"Baltic Ferry Shipping Museum", "BFS", false},  // Museum is no company
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
