package normalize

import "testing"

// TestGluedPartsAcronym checks acronym_glued.go: the acronyms of a dashed
// name's two parts one after the other, with and without a hyphen, in
// either order, alone and through the matcher both ways, and the acronyms
// it leaves apart.
func TestGluedPartsAcronym(t *testing.T) {
	m := devMatcher()
	const belgian = "Parti socialiste belge-Belgische socialistische partij"
	for _, c := range []struct {
		acr, full string
		want      bool
	}{
		{"BSPPSB", belgian, true},
		{"PSBBSP", belgian, true},
		{"BSP-PSB", belgian, true},
		{"BSPPSB", "Parti socialiste belge – Belgische socialistische partij", true},
		{"BSPPS", belgian, false},                   // a letter short
		{"BSPPSBX", belgian, false},                 // a letter more
		{"BSPBSP", belgian, false},                  // one part twice
		{"BSPPSB", "Parti socialiste belge", false}, // no dash
		{"BSPPSB", "Parti socialiste belge Belgische socialistische partij", false}, // no dash
		{"BsPPSB", belgian, false},   // not in capitals
		{"BSP-PS-B", belgian, false}, // two hyphens
		// two bodies' names, not one in two languages: partsAcronym's order
		{"EPELN", "National Liberation Army – People's Army", false},
		{"EP-ELN", "National Liberation Army – People's Army", false},
	} {
		if got := gluedPartsAcronym(c.acr, c.full); got != c.want {
			t.Errorf("gluedPartsAcronym(%q, %q) = %v; want %v", c.acr, c.full, got, c.want)
		}
		if c.want && (!m.Same(c.acr, c.full) || !m.Same(c.full, c.acr)) {
			t.Errorf("Same(%q, %q) = false (%.3f); want true", c.acr, c.full, m.Similarity(c.acr, c.full))
		}
	}
}
