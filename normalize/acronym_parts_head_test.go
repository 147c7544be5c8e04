package normalize

import "testing"

// TestHeadLeftOutAcronym checks partsAcronym's reading of a part of a
// list's or bloc's name without its head noun (Party Facts design pairs
// and pairs written here), alone and, for the pairs it reads, through
// names match's matcher: only List and Bloc are left out, and the rest
// must still spell the part.
func TestHeadLeftOutAcronym(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		acr, full string
		want      bool
	}{
		{"I-IG", "Independent List -- Ivan Grubisic", true},
		{"S-JB", "Sovereignty – Jana Bobošíková Bloc", true},
		{"S - JB", "Suverenita – blok Jany Bobošíkové", true},
		{"IL-IG", "Independent List -- Ivan Grubisic", true}, // the head spelt: as before
		{"I-IG", "Independent Party -- Ivan Grubisic", false},
		{"L-IG", "Independent List -- Ivan Grubisic", false},
		{"I-IB", "Independent List -- Ivan Grubisic", false},
		{"S-JB", "Sovereignty – Jana Bobošíková Alliance", false},
		{"I-IG", "Neovisna lista – Ivan Grubišić", false}, // the English name's initial
	} {
		if got := partsAcronym(c.acr, c.full); got != c.want {
			t.Errorf("partsAcronym(%q, %q) = %v; want %v", c.acr, c.full, got, c.want)
		}
		if c.want && !m.Same(c.acr, c.full) {
			t.Errorf("Same(%q, %q) = false (%.3f); want true", c.acr, c.full, m.Similarity(c.acr, c.full))
		}
	}
	for w, want := range map[string]bool{"List": true, "lista": true, "blok": true, "Bloc": true, "Blocul": true, "Party": false, "Ivan": false} {
		if got := listOrBloc(w, orgWordIndex()); got != want {
			t.Errorf("listOrBloc(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestBilingualAcronym checks acronym_bilingual.go: two acronyms of one
// name, one a translation's, joined by a hyphen (a Party Facts design
// pair and pairs written here), alone and through names match's matcher.
func TestBilingualAcronym(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		acr, full string
		want      bool
	}{
		{"BWP-POB", "Belgian Workers' Party", true},
		{"POB-BWP", "Belgian Workers' Party", true},
		{"BWP-BWP", "Belgian Workers' Party", false}, // one acronym twice
		{"BWP-PSB", "Belgian Workers' Party", false}, // another party's
		{"BWP-POB", "Belgian Workers' Union", false},
		{"BWP", "Belgian Workers' Party", true}, // isAcronymFor's, as before
		{"BWP-POB", "Workers", false},
	} {
		if got := bilingualAcronym(c.acr, c.full) || isAcronymFor(c.acr, c.full); got != c.want {
			t.Errorf("bilingualAcronym(%q, %q) = %v; want %v", c.acr, c.full, got, c.want)
		}
		if got := m.Same(c.acr, c.full); got != c.want {
			t.Errorf("Same(%q, %q) = %v (%.3f); want %v", c.acr, c.full, got, m.Similarity(c.acr, c.full), c.want)
		}
	}
}
