package normalize

import "testing"

// TestGermanDtReading: German names written with the final dt against the
// same names with d or t (examples written from the convention, not taken
// from a test set), both orders; names whose last consonants differ
// otherwise, and English final d against t, stay apart.
func TestGermanDtReading(t *testing.T) {
	var cases []struct {
		a, b string
		same bool
	}
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Schmid", "Schmidt", true},                 // 0.800 without
		{"Schmitt", "Schmidt", true},                // 0.800
		{"Brand", "Brandt", true},                   // 0.833
		{"Brant", "Brandt", true},                   // 0.833
		{"Arnd", "Arndt", true},                     // 0.800
		{"Wilhelm Schmid", "Wilhelm Schmidt", true}, // 0.832
		{"Humbolt", "Humboldt", true},               // 0.875 already
		{"Schmidt", "Schmitz", false},               // another ending
		{"Brandt", "Brandl", false},                 // a diminutive -l
		{"Bold", "Bolt", false},                     // English final d and t: no dt
		{"Schmidt", "Smith", false},                 // German and English names
		{"Stadt", "Stade", false},                   // a vowel added
		{"Helmut Schmidt", "Helmut Schmitz", false},
		// a word in d both names have is not the dt word's other
		// spelling: Bernd, David, Wood, Ford
		{"Bernd Schmidt", "Bernd Schmitt", true},
		{"David Schmidt", "David Schmitt", true},
		{"Schmidt Wood", "Schmitt Wood", true},
		{"Ford Brandt", "Ford Brant", true},
		{"Bernd Schmidt", "Bernd Schmid", true},
	} {
		cases = append(cases, c, struct {
			a, b string
			same bool
		}{c.b, c.a, c.same})
	}
	checkVerdicts(t, cases)
	checkNameReadings(t, germanDtReading, []struct{ name, other, want string }{
		{"Schmidt", "Schmid", "schmid"},
		{"Schmidt", "Schmitt", "schmit"},
		{"Wilhelm Schmidt", "Wilhelm Schmid", "wilhelm schmid"},
		{"Brandt", "Brandt", ""}, // the other writes dt too
		{"Schmidt", "Smith", "schmit"},
		{"Dt", "D", ""},           // too short
		{"Schmid", "Schmidt", ""}, // no dt in the name
		{"Bydt", "Byd", ""},       // y before dt: no German word
		{"Bernd Schmidt", "Bernd Schmitt", "bernd schmit"},
		{"Bernd Schmidt", "bernd Schmid", "bernd schmid"},
	})
}
