package normalize

import "testing"

// TestKeyEqualSexes: a man's and a woman's given name of one key are two
// names when Moby's English lists give them the two sexes (Colin, Coleen;
// Julian, Juliann), in either order, alone or as the first word of a name;
// names the lists give not both a sex (Jerri, Jerry; Toni, Tony; Jean,
// Joan), a name of given_gender.txt against a name of Moby's (Dorin,
// Doreen; Marian, Mariann), a y for an i inside the word (Kevin, Kevyn), a
// surname's place and names of one sex stay one key's.
func TestKeyEqualSexes(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Colin", "Coleen"}, {"Collin", "Coleen"}, {"Julian", "Juliann"}, {"Kory", "Kori"},
			{"Mitchell", "Michell"}, {"Lorin", "Loreen"}, {"Colin Smith", "Coleen Smith"}}),
		bothOrders([][2]string{{"Jerri", "Jerry"}, {"Toni", "Tony"}, {"Dean", "Deann"}, {"Doreen", "Dorin"},
			{"Marian", "Mariann"}, {"Madalin", "Madalyn"}, {"Kevin", "Kevyn"}, {"Smith Colin", "Smith Coleen"},
			{"Florry", "Florrie"}, {"Christian", "Christiann"}}))
	var w wordApart
	for _, c := range []ruleCase{
		{"Colin", "Coleen", true},
		{"Coleen", "Colin", true},
		{"Julian", "Juliann", true},
		{"Colin Smith", "Coleen Smith", true},
		{"Smith Colin", "Smith Coleen", false}, // the last word: a surname's place
		{"Dorin", "Doreen", false},             // Dorin: given_gender.txt's alone, Doreen given_gender_en.txt's
		{"Kevin", "Kevyn", false},              // a y for an i
		{"Toni", "Tony", false},                // Toni: no list's
		{"Colin", "Colin", false},              // the same
	} {
		if got := keyEqualSexes(&w, c.a, c.b); got != c.want {
			t.Errorf("keyEqualSexes(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestGivenNotPlace: a city's name in a minor language that is a given
// name too does not make two given names one place's (Mila, Milano: Milà,
// Milano; Athen, Athena; Lio, Liona; Mauricia, Mauricio; Milan, Milana, a
// man's name and a woman's), in either order; an exonym or a former name
// against the place's own name stays the gazetteer's, given name or not
// (Florence, Firenze), and so do names no list has (Köln, Cologne).
func TestGivenNotPlace(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Mila", "Milano"}, {"Milana", "Milano"}, {"Milan", "Milana"}, {"Athen", "Athena"},
			{"Lio", "Liona"}, {"Mauricia", "Mauricio"}}),
		bothOrders([][2]string{{"Florence", "Firenze"}, {"Köln", "Cologne"}, {"Tiflis", "Tbilisi"}, {"Danzig", "Gdańsk"},
			{"Canton", "Guangzhou"}, {"Mailand", "Milano"}, {"Athens", "Athina"}, {"मिलान", "Milano"}}))
	checkApart(t, bothOrders([][2]string{{"मिलन", "Milana"}, {"मिलना", "Milan"}}), nil) // a Hindi given name read
	for _, c := range []ruleCase{
		{"Mila", "Milano", true},
		{"Milan", "Milana", true},      // a man's and a woman's name
		{"Athena", "Athen", true},      // neither Athens
		{"Florence", "Firenze", false}, // Florence: the place's first name
		{"Milano", "Milan", false},     // Milan: the place's first name
		{"Mailand", "Milano", false},   // no list's
		{"Milano", "Мила́но", false},   // not ASCII
		{"Milano City", "Mila", false}, // two words
	} {
		a, b := c.a, c.b
		var s simState
		s.fullA, s.fullB = []byte(Key(a)), []byte(Key(b))
		place, ok := s.placeOf(a, b)
		if !ok {
			if c.want {
				t.Errorf("placeOf(%q, %q): not one place", a, b)
			}
			continue
		}
		if got := givenNotPlace(a, b, place); got != c.want {
			t.Errorf("givenNotPlace(%q, %q, %q) = %v; want %v", a, b, places().name(place), got, c.want)
		}
	}
}
