package normalize

import "testing"

// TestForeignAcronym: acronyms of names in German, Dutch, Spanish,
// Portuguese, Italian, French and Swedish that leave out those languages'
// function words, and Germanic heads joined as a compound's second part.
func TestForeignAcronym(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Verband für Handel und Gewerbe", "VHG", true},
		{"Stichting voor Kunst en Cultuur", "SKC", true},
		{"Frente para la Defensa y el Desarrollo", "FDD", true}, // para, y and el left out (el already)
		{"Associação dos Trabalhadores do Campo", "ATC", true},
		{"Comitato per la Difesa del Territorio", "CDT", true},
		{"Rassemblement pour une France libre", "RFL", true},
		{"Förbundet för Natur och Miljö", "FNM", true},
		{"Grüne Landespartei", "GLP", true},                     // Landespartei: L, P (a head)
		{"Verband für Handel und Gewerbe", "VH", false},         // a word gives no letter
		{"Stichting voor Kunst en Cultuur", "SKCX", false},      // a letter too many
		{"Comitato per la Difesa del Territorio", "CTD", false}, // the order
		{"Grüne Landesgruppe", "GLG", false},                    // not a listed part
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
