package normalize

import (
	"strings"
	"testing"
)

// TestSecondNameInBrackets: a name with its acronym, a former name or a
// name in another language in brackets is the organisation's under
// either name; a bracket that tells a place or kind, another body's name
// the acronym spells, another acronym, and two names each with brackets
// stay as the other stages leave them.
func TestSecondNameInBrackets(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"International Business Machines (IBM)", "IBM", true},
		{"International Business Machines (IBM)", "International Business Machines", true},
		{"International Business Machines (IBM)", "I.B.M.", true},
		{"Telia Company (formerly TeliaSonera)", "TeliaSonera", true},
		{"Telia Company (formerly TeliaSonera)", "Telia Company", true},
		{"Cape Mounted Police (originally Cape Police)", "Cape Police", true},
		{"Aeroflot (Soviet Airlines)", "Aeroflot", true},
		{"Hamas (Islamic Resistance Movement)", "Islamic Resistance Movement", true},
		{"Gulf English School of Kuwait (GES)", "GES", true},              // the matcher's acronym, the country left out
		{"Kansas State University (KSU)", "Kent State University", false}, // the acronym's other body
		{"Kansas State University (KSU)", "Kent State University (KSU)", false},
		{"Daffodil Polytechnic Institute (DPI)", "DPP", false}, // the acronym in brackets decides
		{"Gulf International School (GIS)", "KIS", false},
		{"Green Party (Montana)", "Montana", false}, // a place: which Green Party
		{"Green Party (Montana)", "Green Party", false},
		{"Labour Party (United Kingdom)", "United Kingdom", false}, // a country
		{"Telia Company (formerly TeliaSonera)", "Tele2", false},
		{"Aeroflot (Soviet Airlines)", "Ukrainian Airlines", false},
	})
}

// TestAmpersandAcronym: an acronym with & against its name with "and"
// read as &; another name, or a name of two "and"s, is not read so.
func TestAmpersandAcronym(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"M&S", "Marks and Spencer", true},
		{"P&G", "Procter and Gamble", true},
		{"B&Q", "Block and Quayle", true},
		{"KR&R", "Knowledge Representation and Reasoning", true},
		{"P&G", "Marks and Spencer", false},
		{"M&S", "Marks and Spencer and Sons", false},
		{"P&SC", "Parliamentary and Social Committee Trust", false},
	})
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"M&S", true}, {"AT&T", true}, {"K.R.&R.", true},
		{"M & S", false}, {"M&", false}, {"&S", false}, {"M&S&Q", false}, {"Marks&Spencer", false},
	} {
		if got := ampersandAcronym(c.s); got != c.want {
			t.Errorf("ampersandAcronym(%q) = %v; want %v", c.s, got, c.want)
		}
	}
}

// TestSplitBracketed: the name outside and inside a closing bracket, a
// cue taken off; no bracket at the end, an empty part or a bracket inside
// is no second name.
func TestSplitBracketed(t *testing.T) {
	for _, c := range []struct {
		name, out, in string
		cued, ok      bool
	}{
		{"International Business Machines (IBM)", "International Business Machines", "IBM", false, true},
		{"Telia Company (formerly TeliaSonera)", "Telia Company", "TeliaSonera", true, true},
		{"X Group (also known as Y Group)", "X Group", "Y Group", true, true},
		{"Cardiff Club (ex-UWIC Club)", "Cardiff Club", "UWIC Club", true, true},
		{"Telia Company (formerly)", "Telia Company", "formerly", false, true},
		{"(IBM)", "", "", false, false},
		{"IBM ()", "", "", false, false},
		{"IBM (A (B))", "", "", false, false},
		{"IBM (A) Group", "", "", false, false},
	} {
		out, in, cued, ok := splitBracketed(c.name)
		if out != c.out || in != c.in || cued != c.cued || ok != c.ok {
			t.Errorf("splitBracketed(%q) = %q, %q, %v, %v; want %q, %q, %v, %v", c.name, out, in, cued, ok, c.out, c.in, c.cued, c.ok)
		}
	}
}

// FuzzSplitBracketed: a second name found is two non-empty names without
// brackets, the outside a prefix of the name (less its spaces) and the inside within the
// last bracket; the matcher's score of such a name stays in [0, 1].
func FuzzSplitBracketed(f *testing.F) {
	for _, s := range []string{"International Business Machines (IBM)", "Telia Company (formerly TeliaSonera)", "(x)", "a ( )", "é (ex-ü)", "M&S"} {
		f.Add(s, "IBM")
	}
	m := NewMatcher(nil)
	f.Fuzz(func(t *testing.T, name, other string) {
		out, in, _, ok := splitBracketed(name)
		if ok {
			if out == "" || in == "" || strings.ContainsAny(out+in, "()") || !strings.HasPrefix(strings.TrimSpace(name), out) || !strings.Contains(name[strings.LastIndex(name, " ("):], in) {
				t.Errorf("splitBracketed(%q) = %q, %q", name, out, in)
			}
		}
		if len(name) < 200 && len(other) < 200 {
			if s := m.Similarity(name, other); s < 0 || s > 1 {
				t.Errorf("Similarity(%q, %q) = %v", name, other, s)
			}
		}
	})
}
