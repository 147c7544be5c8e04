package normalize

import "testing"

// TestNameBeforeKind: a body's own words (one or two, none the tables
// know) with and without two to five words of its kind after them, ending
// in a whole body's head; a part's word, a common word or one word added
// keeps the pair apart.
func TestNameBeforeKind(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Siong Leng Musical Association", "Siong Leng", true},
		{"Elephant 6", "The Elephant 6 Recording Company", true},
		{"KTH Royal Institute of Technology", "KTH", true},
		{"Cessna", "Cessna Aircraft Company", true},
		{"Kamea Dance Company", "Kamea", true},
		{"Cessna", "Cessna Company", false},                          // one word added: the legal-form rules'
		{"Likud", "Likud Youth Movement", false},                     // no whole body's head
		{"Kadima", "Kadima Youth Association", false},                // a part's word
		{"Rugby League", "Rugby League Heritage Foundation", false},  // the tables' words
		{"Conservative", "Conservative Research Foundation", false},  // the tables' word
		{"Siong Leng", "Musical Association Siong Leng", false},      // the own words after the kind
		{"Siong Leng", "Siong Lang Musical Association", false},      // another word
		{"Siong Leng", "Siong Leng Musical Association Hall", false}, // not ending in the head
		{"6", "The 6 Recording Company", false},                      // no letters of its own
	} {
		if got := nameBeforeKind(c.a, c.b); got != c.want {
			t.Errorf("nameBeforeKind(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Siong Leng Musical Association", "Siong Leng", true},
		{"Elephant 6", "The Elephant 6 Recording Company", true},
		{"Kadima", "Kadima Youth Association", false},
		{"Rugby League", "National Rugby League Museum", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}

// TestNameBeforeTrade: a company's own word with and without one word of
// its trade after it, and legal forms after the trade; a common word, a
// word that is no trade, two words added or another word keep the pair
// apart.
func TestNameBeforeTrade(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Samsung", "Samsung Electronics", true},
		{"Hyundai Motor", "Hyundai", true},
		{"Qantas", "Qantas Airways Limited", true},
		{"Samsung", "Samsung Electronics Co., Ltd.", true},
		{"Samsung", "Samsung Group", false},                   // no trade: a group (capitalsGroup's, orgHeads)
		{"Samsung", "Samsung Heavy Electronics", false},       // two words added
		{"Samsung", "Samsang Electronics", false},             // another word
		{"Red", "Red Army", false},                            // no trade
		{"National", "National Steel", false},                 // a word the tables know
		{"Samsung", "Electronics Samsung", false},             // the trade first
		{"Samsung", "Samsung electronics", false},             // not a name's word
		{"Samsung Electronics", "Samsung Electronics", false}, // no word added
	} {
		if got := nameBeforeTrade(c.a, c.b); got != c.want {
			t.Errorf("nameBeforeTrade(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Samsung", "Samsung Electronics", true},
		{"Samsung", "Samsung Electronics Company", true}, // nameBeforeKind: the two agree
		{"Bentley", "Bentley Motors Limited", true},
		{"Conservative Party", "Conservative Party Board", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
