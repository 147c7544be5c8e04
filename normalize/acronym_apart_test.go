package normalize

import (
	"strings"
	"testing"
)

// TestAcronymsApart: two acronyms a letter apart, an ampersand acronym and
// a name without "and", an acronym and a name whose initials it does not
// spell are two bodies (acronym_apart.go); an acronym and the name it
// spells, with its dots, in another language's order, stay one.
func TestAcronymsApart(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	for _, c := range []struct {
		a, b string
		same bool
	}{
		// kept apart
		{"GIA", "GIF", false},
		{"G.I.S.", "KIS", false}, // dots: an acronym, not Kis
		{"AV", "AW", false},
		{"PC", "PK", false},
		{"CCC", "CCD", false},
		{"ML", "MM", false},
		{"M&S", "Morgan Stanley", false},
		{"MM", "General Motors", false},
		{"Philippine Bowling Federation", "PBS", false},
		{"Federation of Small Businesses", "SSB", false},
		// still joined
		{"M&S", "Marks & Spencer", true},
		{"M&S", "Marks and Spencer", true},
		{"IBM", "International Business Machines", true},
		{"GM", "General Motors", true},
		{"U.S.", "US", true},
		{"J.P.", "John Paul", true},
		{"JP", "John Paul", true},
		{"Philippine Bowling Federation", "PBF", true},
		{"OSBIH", "Armed Forces of Bosnia and Herzegovina", true},
		{"CGT", "General Confederation of Labour", true},
		{"ELN", "National Liberation Army", true},
		// names in capitals (sanctions lists, passports): one name
		{"KIM", "GIM", true},
		{"ROY", "ROI", true},
		{"ZAC", "ZAK", true},
		{"LUC", "LUK", true},
		{"CAM", "KAM", true},
		{"JAI", "JAY", true},
		{"EVA", "AVA", true},
		{"GIS", "KIS", true}, // Kis, a surname the pronouncing table says as a word
	} {
		if got := m.Similarity(c.a, c.b) >= SameThreshold; got != c.same {
			t.Errorf("Similarity(%q, %q) = %.3f; want same %v", c.a, c.b, m.Similarity(c.a, c.b), c.same)
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"GIA", "GIF", true},
		{"CCC", "CDC", true}, // CDC: the pronouncing table spells its letters
		{"AV", "AW", true},   // AW spells a Chinese surname, AV none
		{"GIS", "KIS", false},
		{"AMY", "EMY", false},
		{"KIM", "GIM", false},   // two Korean surnames
		{"NATO", "OTAN", false}, // its letters in another order: another language's
		{"USA", "US", false},    // letters of two lengths: left to the base
		{"U.S.", "US", false},
		{"AT&T", "ATT", false},
		{"M&S", "Marks & Spencer", false},
		{"M&S", "Marks and Spencer", false},
		{"M&S", "Morgan Stanley", true},
		{"Morgan Stanley", "M&S", true},
		{"MS", "Morgan Stanley", false},
		{"Gis", "Kis", false},       // words, not acronyms
		{"SHANSI", "SHANXI", false}, // a name in capitals
		{"ABCD", "ABCE", false},
	} {
		if got := acronymsApart(c.a, c.b); got != c.want {
			t.Errorf("acronymsApart(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestNameInCapitals: a word the pronouncing table says as a word is a
// name in capitals, one it spells letter by letter is not (spelledOut).
func TestNameInCapitals(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"AMY", true}, {"ROY", true}, {"CAT", true}, {"KIS", true},
		{"CDC", false}, {"IBM", false}, {"USA", false}, {"FBI", false},
		{"HMM", false}, // no vowel
		{"GIS", false}, // not in the table
	} {
		var buf [3]byte
		if got := nameInCapitals(c.w, lowerCapitals(&buf, c.w)); got != c.want {
			t.Errorf("nameInCapitals(%q) = %v; want %v", c.w, got, c.want)
		}
	}
	for _, c := range []struct {
		letters, pron string
		want          bool
	}{
		{"CDC", "sLdLsL", true}, {"IBM", "YbLEm", true}, {"WWW", "dUb@lyVdUb@lyVdUb@lyV", true},
		{"CAM", "kQm", false}, {"CD", "sLdLsL", false}, {"CDC", "sLdL", false},
	} {
		if got := spelledOut(c.letters, c.pron); got != c.want {
			t.Errorf("spelledOut(%q, %q) = %v; want %v", c.letters, c.pron, got, c.want)
		}
	}
}

// FuzzAcronymsApart: acronymsApart reads both names alike whichever comes
// first, and bareAcronym's letters are two or three capitals.
func FuzzAcronymsApart(f *testing.F) {
	for _, s := range [][2]string{{"GIS", "KIS"}, {"M&S", "Morgan Stanley"}, {"U.S.", "US"}, {"A&", "&B"}, {"MM", "General Motors"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if acronymsApart(a, b) != acronymsApart(b, a) {
			t.Errorf("acronymsApart(%q, %q) != acronymsApart(%q, %q)", a, b, b, a)
		}
		if l, _, ok := bareAcronym(a); ok {
			if len(l) < 2 || len(l) > 3 || strings.ToUpper(l) != l {
				t.Errorf("bareAcronym(%q) = %q", a, l)
			}
		}
	})
}
