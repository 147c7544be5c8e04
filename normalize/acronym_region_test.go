package normalize

import "testing"

// TestRegionLeftAcronym: an acronym of a name less its final "in <Word>"
// or "of <CODE>", three capitals or more, the place all that is left out.
func TestRegionLeftAcronym(t *testing.T) {
	for _, c := range []struct {
		acr, full string
		want      bool
	}{
		{"CSU", "Christian Social Union in Bavaria", true},
		{"RPA", "Retired Police Association of NY", true},
		{"RTC", "Rail Transport Corporation of NSW", true},
		{"CSU", "Christian Social Union in Bavaria Munich", false}, // a word after the place
		{"CSU", "Christian Social Union in the Bavaria", false},    // "in the" is not read
		{"CSU", "Christian Social Union in bavaria", false},        // not a proper noun
		{"CSU", "Christian Social Union in NATO", false},           // capitals after "in"
		{"RIT", "Royal Institute of Technology", false},            // a field after "of" (isAcronymFor reads it, this rule does not)
		{"RPA", "Retired Police Association of NYPD", false},       // four capitals: a body's acronym
		{"CS", "Christian Social in Bavaria", false},               // two letters
		{"CSP", "Christian Social Union in Bavaria", false},        // another body's letters
		{"RPA", "Police Association of NY", false},                 // a letter too many
		{"SUB", "Social Union in Bavaria", false},                  // the place's letter: isAcronymFor's, not this rule's
	} {
		if got := regionLeftAcronym(c.acr, c.full); got != c.want {
			t.Errorf("regionLeftAcronym(%q, %q) = %v, want %v", c.acr, c.full, got, c.want)
		}
	}
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Christian Social Union in Bavaria", "CSU", true},
		{"RPA", "Retired Police Association of NY", true},
		{"Christian Social Union in Bavaria", "CSP", false},
		{"Christian Social Union in Bavaria Munich", "CSU", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
