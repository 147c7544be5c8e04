package normalize

import "testing"

// TestOneWordLegalForm: a one-word company name with and without an
// abbreviated legal form of ISO 20275's list (a form written out is
// legal_form_written.go's); not a head noun, not a two-letter form in small
// letters.
func TestOneWordLegalForm(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Voltrana AG", "Voltrana", true},
		{"Norvexa ASA", "Norvexa", true},
		{"Kestrova PJSC", "Kestrova", true},
		{"Bravelli S.p.A.", "Bravelli", true},
		{"Lumetra SE", "Lumetra", true},
		{"Sinarmas Tbk", "Sinarmas", true},
		{"Darvonia Sdn Bhd", "Darvonia", true},
		{"Quenta Co., Ltd.", "Quenta", true},
		{"Voltrana Corporation", "Voltrana", true}, // written out: legal_form_written.go's
		{"Voltrana Company", "Voltrana", false},    // Company: a unit, a troupe
		{"Voltrana Co.", "Voltrana", false},        // a Company
		{"Voltrana as", "Voltrana", false},         // a word in small letters
		{"Bank AG", "Bank", false},                 // a head noun
		{"Voltrana AG", "Valdemar", false},
		{"Voltrana Trading AG", "Voltrana", false}, // a word more
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
