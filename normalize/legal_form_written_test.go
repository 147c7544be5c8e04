package normalize

import "testing"

// TestWrittenFormWord: a company of one word against that word with its
// legal form written out (Corporation, Limited, Incorporated) is one
// company, but for a place's corporation (the gazetteer's), Company, a
// head noun, another word, or a word added. Main read none of the first
// group (0.782: the form was a word added).
func TestWrittenFormWord(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Enron", "Enron Corporation", true},
		{"Indosolar", "Indosolar Limited", true},
		{"Voltrana", "Voltrana Incorporated", true},
		{"RCA", "Rca Corporation", true},           // the acronym is the whole name
		{"Veritiv", "‘Veritiv’ Corporation", true}, // quotes round the name
		// look-alikes
		{"Kozhikode", "Kozhikode Corporation", false}, // a city's corporation: its council
		{"Mumbai", "Mumbai Corporation", false},
		{"Bank", "Bank Limited", false},                   // a head noun
		{"Alpha", "Alpha Company", false},                 // a military unit's or a troupe's Company
		{"Enron", "Enrom Corporation", false},             // another word
		{"BCSL", "Bangladesh Cable Shilpa Limited", true}, // the acronyms' rule, as on main
	})
	for _, c := range []struct {
		core, form, other string
		want              bool
	}{
		{"Enron", "corporation", "Enron", true},
		{"Enron", "company", "Enron", false},
		{"Enron", "llc", "Enron", false}, // abbreviated: legal_form_one.go's
		{"En", "corporation", "En", false},
		{"enron", "corporation", "enron", false}, // no capital
		{"Kozhikode", "corporation", "Kozhikode", false},
		{"Enron", "corporation", "Enron Oil", false},
	} {
		if got := writtenFormWord(c.core, c.form, c.other); got != c.want {
			t.Errorf("writtenFormWord(%q, %q, %q) = %v; want %v", c.core, c.form, c.other, got, c.want)
		}
	}
}
