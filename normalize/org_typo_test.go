package normalize

import "testing"

// TestOrgTypo checks org_typo.go's two slips of one letter (a compound's
// first part, a connector), each way round, alone and through names
// match's matcher, and the pairs they leave apart.
func TestOrgTypo(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b      string
		compound  bool
		connector bool
	}{
		{"Deutsche Freiheits und Ordnungspartei", "Deutsche Freiheits und Ordungspartei", true, false},
		{"Union pour la Democratie et la Solidarite Nationale", "Union pout la Démocratie et la Solidarité Nationale", false, true},
		{"Union pour la Démocratie", "Union pout la Démocratie", false, true},
		// a slip beside a compound, not in it (orgSlip's test keeps it apart)
		{"Deutsche Freiheitspartei Österreichs", "Deutsche Freiheitspartei Österreich", false, false},
		// a slip in the compound's head noun, or at the joint
		{"Deutsche Ordnungspartei", "Deutsche Ordnungsparei", false, false},
		{"Deutsche Ordnungspartei", "Deutsche Ordnungpartei", false, false},
		// a short compound; a name of one word
		{"Neue Volkspartei", "Neue Volkspartei", false, false},
		{"Neue Volkpartei", "Neue Volkspartei", false, false},
		{"Ordnungspartei", "Ordungspartei", false, false},
		// a letter replaced in a compound
		{"Deutsche Ordnungspartei", "Deutsche Ordnangspartei", false, false},
		// one connector for another: a translator's choice, not a slip
		{"Party of the Democratic Left", "Party on the Democratic Left", false, false},
		{"Union pour la Démocratie", "Union par la Démocratie", false, false},
		// a word of the tables for a connector; a name of three words
		{"Frente para la Victoria", "Frente part la Victoria", false, false},
		{"Union pour Démocratie", "Union pout Démocratie", false, false},
		// two words apart
		{"Union pour la Démocratie Nationale", "Union pout la Démocratie Nationaux", false, false},
		// a letter replaced in a word that is no connector
		{"Union pour la Démocratie", "Union pour la Démocratia", false, false},
	} {
		for _, x := range [2][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := compoundSlip(x[0], x[1]); got != c.compound {
				t.Errorf("compoundSlip(%q, %q) = %v; want %v", x[0], x[1], got, c.compound)
			}
			if got := connectorSlip(x[0], x[1]); got != c.connector {
				t.Errorf("connectorSlip(%q, %q) = %v; want %v", x[0], x[1], got, c.connector)
			}
			if want := c.compound || c.connector; want && !m.Same(x[0], x[1]) {
				t.Errorf("Same(%q, %q) = false (%.3f); want true", x[0], x[1], m.Similarity(x[0], x[1]))
			}
		}
	}
}
