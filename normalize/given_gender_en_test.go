package normalize

import (
	"strings"
	"testing"
)

// TestEnglishGivenGender: a man's and a woman's given name of
// given_gender_en.txt apart in their last three letters or fewer are two
// names, in either order, alone or as the first word of a name; a name the
// list lacks (Clarke), a name another language gives the other sex
// (Daniele: a woman's name in English, an Italian man's), a surname's place
// (the last word of a longer name) and names apart earlier in the word are
// the other rules'.
func TestEnglishGivenGender(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Frederick", "Fredericka"}, {"Alan", "Alane"}, {"Dominic", "Dominica"},
			{"Cristian", "Cristine"}, {"Bob", "Bobbe"}, {"Carl", "Carlye"}, {"Julian", "Julianne"},
			{"Dominic Smith", "Dominica Smith"}}),
		bothOrders([][2]string{{"Clark", "Clarke"}, {"Christopher Hart", "Christopher Harte"}, {"Ann", "Anne"},
			{"Louisa", "Louise"}, {"Stephen", "Stephan"}, {"Allan", "Allen"}, {"Daniele", "Daniel"},
			{"Daniele Rossi", "Daniel Rossi"}}))
	checkRule(t, "englishGivenGender", apartRule((*wordApart).englishGivenGender), []ruleCase{
		{"Frederick", "Fredericka", true},          // -a after the man's name
		{"Fredericka", "Frederick", true},          // either order
		{"Alexandra", "Alexandre", true},           // -a against -e
		{"Cristian", "Cristine", true},             // -ian against -ine
		{"Dominic Smith", "Dominica Smith", true},  // the first word of a name
		{"Smith Dominic", "Smith Dominica", false}, // the last word: a surname's place
		{"Simon", "Simone", false},                 // Simone: both lists have it
		{"Daniel", "Daniele", false},               // Daniele: an Italian man's name (Faker's it_IT)
		{"Clark", "Clarke", false},                 // Clarke: no list has it
		{"Louisa", "Louise", false},                // both women's names
		{"Stephen", "Stephan", false},              // both men's names
		{"Frederick", "Frederickaaaa", false},      // more than three letters apart
		{"Marco", "Margo", true},                   // a man's and a woman's name, three letters from the end
		{"Bob", "Bo", false},                       // shorter than three letters in common
	})
}

// TestEnglishGivenGenderList: every line of given_gender_en.txt is NAME m|f
// in lowercase ASCII letters, and every name meets a name of the other sex
// in englishGenderShape (the file holds the gate and nothing else).
func TestEnglishGivenGenderList(t *testing.T) {
	t.Parallel()
	tab := englishGivenSexes.get()
	if len(tab) < 3000 {
		t.Fatalf("given_gender_en.txt: %d names; want 3,000 or more", len(tab))
	}
	by3 := map[string][]string{}
	for line := range strings.Lines(givenGenderEnTXT) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 || f[1] != "m" && f[1] != "f" || strings.Trim(f[0], "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Errorf("given_gender_en.txt: %q; want NAME m|f, NAME lowercase ASCII letters", line)
			continue
		}
		if len(f[0]) >= 3 {
			by3[f[0][:3]] = append(by3[f[0][:3]], f[0])
		}
	}
	for name, sex := range tab {
		found := false
		for _, other := range by3[name[:min(3, len(name))]] {
			if tab[other] != sex && englishGenderShape([]byte(name), []byte(other)) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("given_gender_en.txt: %q meets no name of the other sex in englishGenderShape", name)
		}
	}
}
