package normalize

import "testing"

// TestRomanceAcronym: an acronym of the name in a Romance language, the
// noun before its adjectives, matches the English name; another order of
// the same letters, an acronym that leaves out a word, and a place's words
// turned around do not. Three letters need a head noun: an organisation's,
// in the plural too (Forces), or a public body's (Agency).
func TestRomanceAcronym(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Mexican Olympic Committee", "COM", true},                       // Comité Olímpico Mexicano
		{"Armed Forces of the Argentine Republic", "FARA", true},         // Fuerzas Armadas de la República Argentina
		{"Brazilian Olympic Committee", "COB", true},                     // Comitê Olímpico Brasileiro
		{"International Union for Conservation of Nature", "UICN", true}, // Union internationale pour la conservation de la nature
		{"Union of Industries of Mali", "UDIM", true},                    // Union des industries du Mali: of gives a D
		{"Union of Industries of Mali", "UDDIM", false},                  // one of gives one D at most
		{"Socialist Party", "PS", true},                                  // Parti socialiste: two letters, a head noun
		{"Mexican Olympic Committee", "MOC", true},                       // the English acronym, as before
		{"Mexican Olympic Committee", "CMO", false},                      // another order of the letters
		{"Mexican Olympic Committee", "CO", false},                       // a word left out
		{"Mexican Olympic Committee", "COMM", false},                     // a letter too many
		{"South Africa", "AS", false},                                    // a place's words turned around: no head noun
		{"Democratic Republic of the Congo", "RDC", false},               // three letters and no head noun
		{"Niger Armed Forces", "FAN", true},                              // Forces armées nigériennes: a head noun in the plural
		{"Armed Forces of Guatemala", "FAG", true},                       // Fuerzas Armadas de Guatemala
		{"European Space Agency", "ASE", true},                           // Agence spatiale européenne: a public body's head noun
		{"Niger Armed Forces", "ANF", false},                             // another order of the letters
		{"Niger Armed Horses", "HAN", false},                             // a plural that is no head noun's
		{"European Space Agency", "AE", false},                           // a word left out
	})
}
