package normalize

import "testing"

// TestDiscoverRegionNoShortForm: a country's English name (regions_en.txt,
// CLDR's names) that ends a longer name is that name's modifier, not its short
// form: a party, a company or a broadcaster named after a country ("Bank
// Austria", "Radio Sweden") is not what the country's name alone names.
// A person whose surname is a country's name ("Michael Jordan", "Steve
// Israel": the run opens with a given name of nicknames.tsv that is no
// compass point, so not "West Sweden", a part of the country) keeps it as
// a short form, as does a name that ends in no country ("Anna Berg").
func TestDiscoverRegionNoShortForm(t *testing.T) {
	for _, tc := range []struct {
		in, long string
		related  bool
	}{
		{"Radio Sweden reported the vote on Tuesday. Sweden said it would wait, and Radio Sweden said the count went on.", "Radio Sweden", false},
		{"Bank Austria raised its rates. Austria has had a good year, and Bank Austria said so again.", "Bank Austria", false},
		{"West Sweden voted first. Sweden said it would wait, and West Sweden said the count went on.", "West Sweden", false},
		{"Michael Jordan played on. Jordan scored twice, and Michael Jordan left at noon.", "Michael Jordan", true},
		{"Steve Israel spoke on Tuesday. Israel said the vote was close, and Steve Israel left at noon.", "Steve Israel", true},
		// Komuro is a Japanese surname, and Comoros only in Spanish (Comoras).
		{"Kenji Komuro spoke on Tuesday. Komuro said the vote was close, and Kenji Komuro left at noon.", "Kenji Komuro", true},
		{"Anna Berg spoke on Tuesday. Berg said the vote was close, and Anna Berg left at noon.", "Anna Berg", true},
	} {
		if got, clusters := hasShortForm(tc.in, tc.long); got != tc.related {
			t.Errorf("%q: %q has a short form: %v, want %v (clusters %v)", tc.in, tc.long, got, tc.related, clusters)
		}
	}
}
