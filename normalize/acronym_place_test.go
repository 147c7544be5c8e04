package normalize

import "testing"

// TestPlaceLeftAcronym: an acronym of a national body's name less its final
// "of <country>"; the country must be all that is left out, and the
// acronym three capitals or more.
func TestPlaceLeftAcronym(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Road Transport Corporation of Malaysia", "RTC", true},
		{"Islamic Republic News Agency of Iran", "IRNA", true},
		{"Maritime Safety Authority of the Netherlands", "MSA", true},
		{"Coastal Shipping Agency of Peru", "COSA", true},              // syllabic: Coastal Shipping Agency
		{"Road Transport Corporation of Malaysia", "RTCM", true},       // isAcronymFor already
		{"Road Transport Corporation of Malaysia Sabah", "RTC", false}, // a word after the country
		{"Road Transport Corporation of Kuala Lumpur", "RTC", false},   // a city, not a country
		{"National Bank of Ukraine", "NB", false},                      // two letters
		{"Road Transport Corporation of Malaysia", "RTA", false},       // another body's letters
		{"Transport Corporation of Malaysia", "RTC", false},            // a letter too many
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}

// TestParentLeftAcronym: an acronym of a United Nations body's name less
// "United Nations"; three capitals or more, every other word read.
func TestParentLeftAcronym(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Office of the United Nations Special Coordinator for Lebanon", "OSCL", true},
		{"United Nations Relief and Works Agency", "RWA", true},
		{"Office of the United Nations Special Coordinator for Lebanon", "OSC", false}, // Lebanon gives a letter
		{"United Nations Relief and Works Agency", "RW", false},                        // two letters
		{"United Nations Relief and Works Agency", "RWB", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
