package normalize

import "testing"

// TestGenitiveRespelt: a family name with the genitive -s is another name
// than another spelling or language form of its stem (Walters, Walther;
// Peters, Petter), in either order; a Latvian given name's -s against
// another language's form, and an -s that the other name writes as x, z,
// ce or se, stay one name.
func TestGenitiveRespelt(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Walters", "Walther"}, {"Peters", "Petter"}, {"Winters", "Winther"},
			{"Michels", "Michael"}, {"Collins", "Colin"}, {"Anna Walters", "Anna Walther"}}),
		bothOrders([][2]string{{"Sergejs", "Sergey"}, {"Hendriks", "Hendrix"}, {"Frits", "Fritz"},
			{"Laurens", "Laurence"}, {"Alfons", "Alphonse"}}))
	checkRule(t, "genitiveRespelt", apartRule((*wordApart).genitiveRespelt), []ruleCase{
		{"Walters", "Walther", true},            // -er stem, th for t
		{"Walther", "Walters", true},            // either order
		{"Stevens", "Stevan", true},             // -en stem, a vowel
		{"Matthews", "Matthieu", true},          // a stem Latvian does not write
		{"Wells", "Welsh", true},                // a doubled consonant
		{"Anna Peters", "Anna Petter", true},    // the last word
		{"Peters Anna", "Petter Anna", false},   // not the last word
		{"Sergejs", "Sergey", false},            // a Latvian stem
		{"Daniels", "Daniil", false},            // a Latvian stem
		{"Hendriks", "Hendrix", false},          // x for ks
		{"Frits", "Fritz", false},               // z for ts
		{"Laurens", "Laurence", false},          // ce for s
		{"Crews", "Cruise", false},              // se for s
		{"Rodgers", "Rodger", false},            // the stem as written: familyS's
		{"Walters Club", "Walther Club", false}, // not the last word
		{"Peters", "petter", false},             // a lowercase word: no person's name
		{"Jonas", "Jonah", false},               // -s after a vowel
	})
}
