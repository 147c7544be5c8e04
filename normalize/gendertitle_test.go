package normalize

import (
	"strings"
	"testing"
)

// Two honorifics of two genders before one surname are two people; one
// gender's honorifics, or one name without a title, stay one name. Each
// pair is asked in both orders.
func TestGenderTitlesApart(t *testing.T) {
	apart := [][2]string{
		{"Mr. Smith", "Mrs. Smith"}, {"Ms Smith", "Mr Smith"},
		{"Monsieur Dupont", "Madame Dupont"}, {"Frau Müller", "Herr Müller"},
		{"Prince Albert", "Princess Albert"}, {"Sheikha Mohammed", "Sheikh Mohammed"},
	}
	kept := [][2]string{
		{"Mr. Smith", "Mr Smith"}, {"Mrs Smith", "Mrs. Smith"},
		{"Mrs. Jane Smith", "Jane Smith"}, {"John Major", "Sir John Major"},
	}
	checkApart(t, bothOrders(apart), bothOrders(kept))
}

// Given names that the US Census 1990 lists as a man's and a woman's
// (gender_names.tsv) are two people before one surname; names of one
// gender, names listed for both (Jean, Robin), and the Italian -a of a
// Greek man's name in -as (Andrea, Andreas) stay as the letters score
// them. Each pair is asked in both orders.
func TestGivenGendersApart(t *testing.T) {
	apart := [][2]string{
		{"Marlon Brando", "Marlene Brando"}, {"Alan Smith", "Alene Smith"},
		{"Marlon", "Marlene"}, {"MARLON BRANDO", "MARLENE BRANDO"},
	}
	kept := [][2]string{
		{"Steven Smith", "Stephen Smith"}, {"Katherine Smith", "Catherine Smith"},
		{"Marlon Brando", "MARLON BRANDO"}, {"Andrea Pirlo", "Andreas Pirlo"},
		{"Toni Smith", "Tony Smith"}, {"Jerry Smith", "Gerri Smith"}, {"Gene Smith", "Jeane Smith"},
	}
	checkApart(t, bothOrders(apart), bothOrders(kept))
	for _, c := range [][2]string{{"Marlon", "Marlene"}, {"Jean", "Jeanne"}, {"Andrea", "Andreas"}, {"Robin", "Robyn"}} {
		if c == [2]string{"Marlon", "Marlene"} != givenGendersApart(c[0], c[1]) {
			t.Errorf("givenGendersApart(%q, %q) = %v", c[0], c[1], givenGendersApart(c[0], c[1]))
		}
	}
}

// givenGender finds every line of gender_names.tsv, and no word that is
// not one, at either end of the sorted text or between two lines.
func TestGivenGenderTable(t *testing.T) {
	n := 0
	for line := range strings.Lines(genderNamesTSV) {
		name, g, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if man, ok := givenGender(name); !ok || man != (g == "m") {
			t.Errorf("givenGender(%q) = %v, %v; want %s", name, man, ok, g)
		}
		if _, ok := givenGender(name + "q"); ok && name != "" {
			t.Errorf("givenGender(%q) found a name the table lacks", name+"q")
		}
		n++
	}
	for _, w := range []string{"a", "aaaaa", "zzzzzz", "Marlon", "MARLENE"} {
		_, ok := givenGender(w)
		if ok != (w == "Marlon" || w == "MARLENE") {
			t.Errorf("givenGender(%q) found = %v", w, ok)
		}
	}
	if n < 5000 {
		t.Errorf("gender_names.tsv has %d lines; want the census's 5,011", n)
	}
}
