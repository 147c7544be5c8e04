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

// TestEnglishGivenNames: a man's and a woman's given name of
// given_gender_en.txt with one first letter, apart inside the word, are
// two names, in either order; names of one sex (Brian, Bryan), a name the
// list lacks, another first letter, and the pairs of englishGivenGender's
// shape (its own row) are not this rule's.
func TestEnglishGivenNames(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Mitchell", "Michelle"}, {"Brian", "Breanne"}, {"Russell", "Roselle"},
			{"Luis", "Louise"}, {"Mitchell Smith", "Michelle Smith"}}),
		bothOrders([][2]string{{"Brian", "Bryan"}, {"Katherine", "Catherine"}, {"Geoffrey", "Jeffrey"},
			{"John Mitchell", "John Michell"}}))
	checkRule(t, "englishGivenNames", apartRule((*wordApart).englishGivenNames), []ruleCase{
		{"Mitchell", "Michelle", true},              // -tchell, -chelle
		{"Michelle", "Mitchell", true},              // either order
		{"Luis", "Louise", true},                    // the second letter on
		{"Mitchell Smith", "Michelle Smith", true},  // the first word of a name
		{"Smith Mitchell", "Smith Michelle", false}, // the last word: a surname's place
		{"Brian", "Bryan", false},                   // both men's names
		{"Frederick", "Fredericka", false},          // englishGivenGender's shape
		{"Katherine", "Catherine", false},           // another first letter
		{"Mitchell", "Mitchellx", false},            // Mitchellx: unlisted
	})
}

// TestEnglishGivenGenderList: every line of given_gender_en.txt is NAME m|f
// in lowercase ASCII letters, and the list has the names the rules are
// written for.
func TestEnglishGivenGenderList(t *testing.T) {
	t.Parallel()
	tab := englishGivenSexes.get()
	if len(tab) < 7000 {
		t.Fatalf("given_gender_en.txt: %d names; want 7,000 or more", len(tab))
	}
	for line := range strings.Lines(givenGenderEnTXT) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 || f[1] != "m" && f[1] != "f" || strings.Trim(f[0], "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Errorf("given_gender_en.txt: %q; want NAME m|f, NAME lowercase ASCII letters", line)
		}
	}
	for name, want := range map[string]byte{"frederick": 'm', "fredericka": 'f', "mitchell": 'm', "michelle": 'f', "daniele": 0, "simone": 0} {
		if got := tab[name]; got != want {
			t.Errorf("given_gender_en.txt: %s is %q; want %q", name, got, want)
		}
	}
}
