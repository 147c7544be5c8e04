package normalize

import "testing"

// TestAdjectiveCodesOf checks adjectiveCodesOf (org_country_codes.go):
// an adjective English does not make from the country's name, read by
// the country's codes, and through the matcher the bodies
// countryAdjective still keeps apart with it.
func TestAdjectiveCodesOf(t *testing.T) {
	for _, c := range []struct {
		adj, country string
		want         bool
	}{
		{"Swiss", "Switzerland", true},
		{"Swiss", "Austria", false},           // another country
		{"Swiss", "Swiss", false},             // no country's name
		{"swiss", "Switzerland", false},       // not capitalised
		{"Liberal", "Liberia", false},         // a word of the tables: no country's adjective
		{"Progressive", "Switzerland", false}, // no country's word
		{"Swi", "Switzerland", false},         // under four letters
	} {
		if got := adjectiveCodesOf(c.adj, c.country); got != c.want {
			t.Errorf("adjectiveCodesOf(%q, %q) = %v; want %v", c.adj, c.country, got, c.want)
		}
	}
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Swiss Progressive Organisations", "Progressive Organizations of Switzerland", true}, // Party Facts
		{"Swiss Progressive Organizations", "Progressive Organizations of Switzerland", true},
		{"Swiss Armed Forces", "Armed Forces of Switzerland", true},
		{"Swiss Progressive Organizations", "Progressive Organizations of Austria", false},           // another country's
		{"Swiss Progressive Youth Organizations", "Progressive Organizations of Switzerland", false}, // a word more
		{"Swiss Bank", "Bank of Switzerland", false},                                                 // one of the country's banks
		{"Swiss People's Party", "Progressive Organizations of Switzerland", false},
	})
}

// TestBodyWithoutCountry checks bodyWithoutCountry (org_country_codes.go)
// and, through the matcher, countryAdjective reading a body's head noun
// at the other end once the country is read.
func TestBodyWithoutCountry(t *testing.T) {
	for _, c := range []struct {
		body, rest string
		want       bool
	}{
		{"Union of the Peoples", "People's Union", true},
		{"Union of the Peoples", "People's Democratic Union", false}, // a word more
		{"Union of the Workers", "People's Union", false},
		{"Army", "Army", false},                                                 // one word: countryAdjective's first test
		{"Progressive Organizations", "Progressive Youth Organizations", false}, // alike by the letters only
	} {
		if got := bodyWithoutCountry(c.body, c.rest); got != c.want {
			t.Errorf("bodyWithoutCountry(%q, %q) = %v; want %v", c.body, c.rest, got, c.want)
		}
	}
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Cameroonian People's Union", "Union of the Peoples of Cameroon", true}, // Party Facts
		{"Kenyan People's Union", "Union of the Peoples of Cameroon", false},     // another country's
		{"Cameroonian People's Union", "Union of the Workers of Cameroon", false},
		{"Cameroonian People's Democratic Union", "Union of the Peoples of Cameroon", false},
		{"Cameroonian People's Union", "Union of the Peoples", false}, // no country: names12's branch rule
	})
}
