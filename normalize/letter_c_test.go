package normalize

import "testing"

// TestCentralEuropeanC holds the Central European readings of c
// (letter_c.go): the renderings of one name are the same name, and a
// look-alike whose c is English or French stays different.
func TestCentralEuropeanC(t *testing.T) {
	for _, c := range []struct {
		class string
		a, b  string
		same  bool
	}{
		{"Polish final c is ts", "Szwarc", "Schwartz", true},
		{"Polish final c is ts", "Szwarc", "Schwarz", true},
		{"Polish c before a consonant is ts", "Wacław", "Vatslav", true},
		{"Czech final -nc is nts", "Vincenc", "Vincenz", true},
		{"Hungarian cs is ch", "Kovács", "Kováč", true},
		{"Hungarian cs is ch", "Kovacs", "Kovach", true},
		{"Hungarian cs is ch, in a full name", "János Kovács", "Janos Kovach", true},
		{"English and French final c is k", "Marc", "Marz", false},
		{"English and French final c is k", "Marc", "Marts", false},
	} {
		if got := Similarity(c.a, c.b) >= SameThreshold; got != c.same {
			t.Errorf("%s: Similarity(%q, %q) = %.3f, same = %v, want %v", c.class, c.a, c.b, Similarity(c.a, c.b), got, c.same)
		}
	}
	for in, want := range map[string]string{
		"Marc":          "",
		"Cecylia":       "",
		"Szwarc":        "Szwarts",
		"Wacław Szwarc": "Watsław Szwarts",
		"Jan Kovács":    "Jan Kovách",
		"Vincenc":       "Vincents",
		"Kaczmarek":     "",
	} {
		if got := centralEuropeanC(in); got != want {
			t.Errorf("centralEuropeanC(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestInitialCK holds the Gaelic and Greek initial c read as k
// (letter_c.go), and the Turkish c (j) it keeps apart.
func TestInitialCK(t *testing.T) {
	for _, c := range []struct {
		class string
		a, b  string
		same  bool
	}{
		{"Irish c is k", "Cillian", "Killian", true},
		{"Irish c is k", "Cian", "Kian", true},
		{"Irish c is k", "Ciarán", "Kieran", true},
		{"Greek c before y is k", "Cyrus", "Kyros", true},
		{"Turkish c is j", "Cemal", "Kemal", false},
		{"Turkish c is j", "Cemil", "Kemil", false},
		{"English c before e is s", "Cesar", "Kesar", false},
	} {
		if got := Similarity(c.a, c.b) >= SameThreshold; got != c.same {
			t.Errorf("%s: Similarity(%q, %q) = %.3f, same = %v, want %v", c.class, c.a, c.b, Similarity(c.a, c.b), got, c.same)
		}
	}
	if got := initialCToK("Cillian Murphy-Cian"); got != "killian Murphy-kian" {
		t.Errorf("initialCToK = %q", got)
	}
}
