package normalize

import "testing"

// TestPartialAcronym: a run of a name's words written as their acronym,
// the rest kept; the words around it must match, and a branch that adds
// words stays apart.
func TestPartialAcronym(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"UN Security Council", "United Nations Security Council", true},
		{"US Army", "United States Army", true},
		{"Liverpool Rowing Club FC", "Liverpool Rowing Club Football Club", true},
		{"US Army", "United States Navy", false},                                                      // the rest differs
		{"UN Security Council", "United Nations Security Council Counter-Terrorism Committee", false}, // a body of the Council
		{"EU Commission", "European Broadcasting Union Commission", false},                            // EU spells no run of it
	})
}
