package normalize

import (
	"strings"
	"testing"
)

// TestGivenGender: a man's given name and its woman's form, in one of
// givenGender's shapes and listed by one locale of given_gender.txt as the
// two genders, are two people, in either order and as one word of a
// longer name (Yevgeny Primakov, Yevgenia Primakov); one name's spellings
// in those shapes that the list does not vouch for as a man's and a
// woman's stay one name (Maria, Marija; Tanja, Tania; Anand, Ananda: the
// Indian schwa; Mira, Miraa), the pairs whose woman's form is a man's
// name in another locale or the man's a woman's (Simon, Simone: the
// Italian Simone; Jasmin, Jasmine: the German Jasmin); the pairs the list lacks
// (Frederick, Fredericka: no locale lists Fredericka) are englishGivenGender's.
func TestGivenGender(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Vladislav", "Vladislava"}, {"Yaroslav", "Yaroslava"}, {"Stanislav", "Stanislava"},
			{"Yevgeny", "Yevgenia"}, {"Yevgeny Primakov", "Yevgenia Primakov"}, {"Aleksandr", "Aleksandra"},
			{"Pascal", "Pascale"}, {"Владислав", "Владислава"}}),
		bothOrders([][2]string{{"Maria", "Marija"}, {"Tanja", "Tania"}, {"Mira", "Miraa"},
			{"Simon", "Simone"}, {"Jasmin", "Jasmine"}}))
	checkRule(t, "givenGender", apartRule((*wordApart).givenGender), []ruleCase{
		{"Vladislav", "Vladislava", true},                 // -slav, -slava
		{"Vladislava", "Vladislav", true},                 // either order
		{"Aleksandr", "Aleksandra", true},                 // -dr, -dra
		{"Jan", "Jana", true},                             // three letters: cs_CZ, sk_SK
		{"Pascal", "Pascale", true},                       // the French -e
		{"Bruno", "Bruna", true},                          // -o, -a
		{"Mario", "Maria", false},                         // María: a Spanish man's name too (genderEnding parts them)
		{"Yevgeniy", "Yevgeniya", true},                   // -iy, -iya
		{"Evgenii", "Evgeniia", true},                     // -ii, -iia
		{"Yevgeny", "Yevgenia", true},                     // -y, -ia
		{"Vitaly", "Vitalia", true},                       // -y, -ia
		{"Yevgeny Primakov", "Yevgenia Primakov", true},   // one word of a name
		{"Primakov Yevgeny", "Primakov Yevgenia", true},   // the family name first
		{"Oleksandr", "Oleksandra", true},                 // Ukrainian: shevchenko
		{"Frederick", "Fredericka", false},                // the woman's form unlisted
		{"Anand", "Ananda", false},                        // unlisted: the Indian schwa
		{"Maria", "Marija", false},                        // both a woman's
		{"Tanja", "Tania", false},                         // no shape: a glide
		{"Mira", "Miraa", false},                          // unlisted long vowel
		{"Daniela", "Danielle", false},                    // both a woman's, no shape
		{"Vladislav", "Vladislavo", false},                // -o is no woman's ending here
		{"Yevgeniy", "Yevgenia", true},                    // -iy, -ia
		{"Jo", "Ja", false},                               // two letters
		{"Simon", "Simone", false},                        // Simone: an Italian man's name too
		{"Jasmin", "Jasmine", false},                      // Jasmin: a German woman's name too
		{"Andre", "Andrea", false},                        // Andrea: an Italian man's name
		{"Vladislav Ivanov", "Vladislava Petrova", false}, // two words apart
	})
}

// TestGivenGenderList: every line of given_gender.txt is NAME m|f LOCALES
// in lowercase ASCII letters, and every listed name meets a name of the
// other gender that the list vouches for (vouches) in a shape of givenGenderShape (the
// file holds the gate and nothing else: a name the rule cannot ask is a
// line the generator should not have written).
func TestGivenGenderList(t *testing.T) {
	t.Parallel()
	tab := givenGenders.get()
	if len(tab) < 500 {
		t.Fatalf("given_gender.txt: %d names; want 500 or more", len(tab))
	}
	for line := range strings.Lines(givenGenderTXT) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 || f[1] != "m" && f[1] != "f" {
			t.Errorf("given_gender.txt: %q; want NAME m|f LOCALES", line)
			continue
		}
		for _, c := range []byte(f[0]) {
			if c < 'a' || c > 'z' {
				t.Errorf("given_gender.txt: %q: not lowercase ASCII letters", f[0])
				break
			}
		}
	}
	for name := range tab {
		found := false
		for other := range tab {
			x, y := []byte(name), []byte(other)
			if len(x) > len(y) {
				x, y = y, x
			}
			gx, gy := tab[string(x)], tab[string(y)]
			if name != other && len(x) >= 3 && givenGenderShape(x, y) && (gx.vouches(gy) || gy.vouches(gx)) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("given_gender.txt: %q meets no name of the other gender in a shape of givenGenderShape", name)
		}
	}
}
