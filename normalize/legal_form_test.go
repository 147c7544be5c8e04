package normalize

import "testing"

// TestLegalForm: a final legal form does not make another company; a
// different name with the same legal form stays apart.
func TestLegalForm(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Arch Capital Group", "Arch Capital Group Ltd", true},
		{"CRRC Group", "CRRC Group Corporation", true},
		{"Benxi Steel Group Corp.", "Benxi Steel Group", true},
		{"Benxi Steel Group", "Benxi Iron Group Corp", false},
		{"Oracle Corporation", "Oracle", true}, // one word left: legal_form_written.go's
		{"Astronics Corporation", "Multibeam Corporation", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}

// TestLegalFormOtherCountries: the legal forms of other countries, by the
// abbreviations of ISO 20275's list.
func TestLegalFormOtherCountries(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Nordlys Group AS", "Nordlys Group", true},                  // Norway
		{"Vesterhav Fiske Group A/S", "Vesterhav Fiske Group", true}, // Denmark
		{"Tallberg Forest Group AB", "Tallberg Forest Group", true},  // Sweden
		{"Karelia Paper Group Oyj", "Karelia Paper Group", true},     // Finland
		{"Morava Steel Group a.s.", "Morava Steel Group", true},      // Czech Republic
		{"Sava Cement d.o.o.", "Sava Cement", true},                  // Slovenia, Croatia
		{"Nordlys Group AS", "Sorfjord Group", false},                // another name
	})
}
