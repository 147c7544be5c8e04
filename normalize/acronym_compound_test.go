package normalize

import "testing"

// TestAcronymCompound: the second element of a hyphenated compound may be
// left out of an acronym, in small letters or title-cased.
func TestAcronymCompound(t *testing.T) {
	for _, c := range []struct {
		acr, full string
		want      bool
	}{
		{"CRTC", "Canadian Radio-television and Telecommunications Commission", true},
		{"FSTE", "Federation for Self-financing Tertiary Education", true},
		{"CRTTC", "Canadian Radio-television and Telecommunications Commission", true}, // each part, as before
		{"LT", "Lashkar-e-Taiba", true},                                                // the connector, as before
		{"GB", "Gilgit-Baltistan Council", false},
		{"AQ", "Al-Qaida", true}, // both capitalised parts, as before
		{"A", "Al-Qaida", false},
		{"GBC", "Gilgit-Baltistan Council", true},
		{"GC", "Gilgit-Baltistan Council", true}, // title case: a capital is no name's part (org4)
		{"SCGA", "Society for Cross-Border Governance Analysis", true},
		{"SCBGA", "Society for Cross-Border Governance Analysis", true},
		{"SBGA", "Society for Cross-Border Governance Analysis", false}, // the first part gives its letter
	} {
		if got := isAcronymFor(c.acr, c.full); got != c.want {
			t.Errorf("isAcronymFor(%q, %q) = %v, want %v", c.acr, c.full, got, c.want)
		}
	}
	if !devMatcher().Same("CRTC", "Canadian Radio-television and Telecommunications Commission") {
		t.Error("names match: CRTC and its full name are different")
	}
}
