package normalize

import "testing"

// TestAbbreviatedWords: a word abbreviated by the style manuals'
// conventions (a point, an apostrophe, a British contraction without a
// point, an initialism of one word) is the word at its place; a different
// word, or an abbreviation of another word, keeps two names apart.
func TestAbbreviatedWords(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"US Dept. of State", "US Department of State", true},
		{"Dept of Health", "Department of Health", true},
		{"Intl. Rescue Committee", "International Rescue Committee", true},
		{"Int'l Rescue Committee", "International Rescue Committee", true},
		{"Natl Gallery of Art", "National Gallery of Art", true},
		{"Univ. of Chicago Press", "University of Chicago Press", true},
		{"Assn. of American Publishers", "Association of American Publishers", true},
		{"St. Jude Children's Research Hospital", "Saint Jude Children's Research Hospital", true},
		{"Mt Sinai Hospital", "Mount Sinai Hospital", true},
		{"Warner Bros Pictures", "Warner Brothers Pictures", true},
		{"Moscow TB Research Institute", "Moscow Tuberculosis Research Institute", true},
		{"Gov't Printing Office", "Government Printing Office", true},
		{"Acme Co. of Ohio", "Acme Company of Ohio", true},
		// the abbreviation stands for another word, or the rest differs
		{"Dept. of State", "Division of State", false},
		{"US Dept. of State", "US Department of Energy", false},
		{"St. John Ambulance", "Saint James Ambulance", false},
		{"Intl. Rescue Committee", "Interior Rescue Committee", false},
		{"Gov't Printing Office", "Govern Printing Office", false},
		{"Moscow TB Research Institute", "Moscow Tropical Research Institute", false},
		{"Mt Sinai Hospital", "Mercy Sinai Hospital", false},
		{"St. Louis Bank", "Stanley Louis Bank", false}, // two letters: a contraction, not a truncation
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
	for _, c := range []struct {
		abbr, w string
		want    bool
	}{
		{"Dept.", "Department", true},
		{"J.", "John", false}, // an initial
		{"dept.", "department", false},
		{"Int'l", "Interior", false},
		{"Dept.", "Deputy", false}, // neither its beginning nor its last letter
		{"Mohd.", "Mohammed", true},
		{"Ctr", "Centre", true},
		{"Ctr", "Central", false},
	} {
		if got := abbreviates(c.abbr, c.w); got != c.want {
			t.Errorf("abbreviates(%q, %q) = %v, want %v", c.abbr, c.w, got, c.want)
		}
	}
}
