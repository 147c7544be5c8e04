package normalize

import "testing"

// TestTitleCaseAcronym: a word written as an acronym with a capital only
// (house style: Nato, Opec, Unicef) stands for the run of words it spells
// when that run names a body; the rest must match, a branch stays apart,
// and neither a two-letter word nor a run without a head noun is read.
func TestTitleCaseAcronym(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Icao Air Navigation Commission", "International Civil Aviation Organization Air Navigation Commission", true},
		{"Opec Fund for International Development", "Organization of the Petroleum Exporting Countries Fund for International Development", true},
		{"Unicef Office in Nairobi", "United Nations International Children's Emergency Fund Office in Nairobi", false}, // no head noun in UNICEF's run: Fund is none
		{"Nato Defence College", "North Atlantic Treaty Organization Defence College Alumni Association", false},        // its alumni's association
		{"Opec Fund", "Organization of the Arab Petroleum Exporting Countries Fund", false},                             // OAPEC's
		{"Ada Lovelace", "Anna Dorothy Anderson Lovelace", false},                                                       // a name, no body
		{"Da Silva Bank", "Department of Agriculture Silva Bank", false},                                                // two letters: a particle
	})
}
