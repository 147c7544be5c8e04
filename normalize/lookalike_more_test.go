package normalize

import "testing"

// TestPatronymicS: a Germanic patronymic surname, a given name and a
// genitive -s, is another name than the given name; the Latvian -s of a
// given name, Latin, Greek and Lithuanian endings in a vowel and s,
// Hungarian cs and Russian ts stay spellings of one name, and so does an
// organisation's plural.
func TestPatronymicS(t *testing.T) {
	checkApart(t,
		[][2]string{{"Williams", "William"}, {"Edwards", "Edward"}, {"Matthews", "Matthew"}, {"Willems", "Willem"},
			{"Hendricks", "Hendrick"}, {"Phillips", "Phillip"}, {"Richard Matthews", "Richard Matthew"}},
		[][2]string{{"Gustavs", "Gustav"}, {"Arnolds", "Arnold"}, {"Vilhelms", "Vilhelm"}, {"Aleksandrs", "Aleksandr"},
			{"Kovács", "Kovac"}, {"Shvarts", "Schwartz"}, {"Nikolaos", "Nikolao"}, {"Thomas", "Tomas"},
			{"Matthews", "Mathews"}, {"Hassan Dahir Aweys", "Hassan Dahir Awes"}})
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Williams", "William", true},
		{"John Edwards", "John Edward", true},
		{"Phillip", "Phillips", true},
		{"Gustavs", "Gustav", false},               // Latvian nominative: no letter Latvian lacks
		{"Kovács", "Kovac", false},                 // a mark: not ASCII
		{"Kovacs", "Kovac", false},                 // Hungarian cs
		{"Andreas", "Andrea", false},               // a vowel's -s
		{"Shvarts", "Shwartz", false},              // ts for tz
		{"Youth Councils", "Youth Council", false}, // an organisation's head noun
		{"Police forces", "Police force", false},   // a lowercase word
		{"Williams", "Williams", false},            // no s added
		{"John Williams", "Jon William", false},    // another word differs
	} {
		if got := patronymicS(c.a, c.b); got != c.want {
			t.Errorf("patronymicS(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}
