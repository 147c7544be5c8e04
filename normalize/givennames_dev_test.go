package normalize

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// A list of given names by country: Jörg Michael's nam_dict.txt (gender.c,
// c't 17/2007; GNU FDL 1.2 or later) as Matthias Winkelmann's
// firstnames.csv (github.com/MatthiasWinkelmann/firstname-database, same
// licence): name;gender;then one column a country, the name's frequency
// there as the exponent x of 2^x percent of the population, empty where it
// is not attested. See testdata/README.md. The file is not in the
// repository: no rule of the matcher reads it (TestDevSetGivenNames shows
// why), so only this diagnostic does, from BITEXT_GIVEN_NAMES.

// givenName is what the list says about one folded name (all its spellings
// with and without marks together).
type givenName struct {
	male, female bool
	freq         []int8 // per column of the file; givenAbsent where not attested
}

const givenAbsent = -100

// nonLatinCountries are the columns whose names the list gives in a Latin
// transliteration (their own script is Cyrillic, Greek, Armenian, Georgian,
// Arabic, Hebrew, Han, Devanagari, Japanese, Hangul) or in two scripts
// (Serbia, Montenegro, Bosnia), or that mix many languages (Kazakhstan and
// Central Asia, Azerbaijan's Soviet-era spellings, Vietnam, "other").
var nonLatinCountries = map[string]bool{
	"Bulgaria": true, "Macedonia": true, "Greece": true, "Russia": true, "Belarus": true,
	"Moldova": true, "Ukraine": true, "Armenia": true, "Georgia": true,
	"Kazakhstan/Uzbekistan,etc.": true, "Arabia/Persia": true, "Israel": true, "China": true,
	"India/Sri Lanka": true, "Japan": true, "Korea": true, "Serbia": true, "Montenegro": true,
	"Bosnia and Herzegovina": true, "Azerbaijan": true, "Vietnam": true, "other countries": true,
}

// readGivenNames reads firstnames.csv: the header names the countries, each
// row is name;gender;frequencies. Names with '+' (Abdul+Aziz, written with a
// space, a hyphen or as one word) are left out: the rules compare one word.
func readGivenNames(t testing.TB, path string) (names map[string]*givenName, latin []bool) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	names = map[string]*givenName{}
	var cols int
	for n := 1; sc.Scan(); n++ {
		c := strings.Split(sc.Text(), ";")
		if n == 1 {
			if len(c) < 3 || c[0] != "name" || c[1] != "gender" {
				t.Fatalf("%s:1: want the header name;gender;COUNTRY...: %q", path, sc.Text())
			}
			cols = len(c) - 2
			for _, country := range c[2:] {
				latin = append(latin, !nonLatinCountries[country])
			}
			continue
		}
		if len(c) != cols+2 {
			t.Fatalf("%s:%d: %d fields, want %d", path, n, len(c), cols+2)
		}
		if strings.Contains(c[0], "+") {
			continue
		}
		k := string(appendLatin(nil, c[0]))
		g := names[k]
		if g == nil {
			g = &givenName{freq: make([]int8, cols)}
			for i := range g.freq {
				g.freq[i] = givenAbsent
			}
			names[k] = g
		}
		switch c[1] {
		case "M", "?M", "1M":
			g.male = true
		case "F", "?F", "1F":
			g.female = true
		case "?":
			g.male, g.female = true, true
		default:
			t.Fatalf("%s:%d: gender %q is none of M ?M 1M F ?F 1F ?", path, n, c[1])
		}
		for i, v := range c[2:] {
			if v == "" {
				continue
			}
			x, err := strconv.Atoi(v)
			if err != nil || x < -8 || x > 8 {
				t.Fatalf("%s:%d: frequency %q of column %d is no exponent in -8..8", path, n, v, i+3)
			}
			g.freq[i] = max(g.freq[i], int8(x))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return names, latin
}

// givenRule is a reading of the list tried on a pair of different given
// names x and y that both occur in it.
type givenRule struct {
	name  string
	holds func(x, y *givenName, latin []bool) bool
}

func latinCountries(g *givenName, latin []bool, floor int8) (n int) {
	for i, f := range g.freq {
		if latin[i] && f >= floor {
			n++
		}
	}
	return n
}

// bothCommon: some Latin-script country has both names, each at 2^-5 % of
// its people or more.
func bothCommon(x, y *givenName, latin []bool) bool {
	for i := range latin {
		if latin[i] && x.freq[i] >= -5 && y.freq[i] >= -5 {
			return true
		}
	}
	return false
}

// eachDominant: each name is the commoner one in some Latin-script country,
// by a factor of 16 or more and at 2^-4 % or more there.
func eachDominant(x, y *givenName, latin []bool) bool {
	xo, yo := false, false
	for i := range latin {
		if !latin[i] {
			continue
		}
		xo = xo || x.freq[i] >= -4 && x.freq[i] >= y.freq[i]+4
		yo = yo || y.freq[i] >= -4 && y.freq[i] >= x.freq[i]+4
	}
	return xo && yo
}

// givenRules are the readings of "the list treats them as different names
// used in different languages or countries", from the loosest to the
// narrowest, and the gender the list gives.
var givenRules = []givenRule{
	{"both in the list (two entries)", func(x, y *givenName, latin []bool) bool { return true }},
	{"no country has both (the list's own columns, any script)", func(x, y *givenName, latin []bool) bool {
		for i := range latin {
			if x.freq[i] != givenAbsent && y.freq[i] != givenAbsent {
				return false
			}
		}
		return true
	}},
	{"no Latin-script country has both, each has one", func(x, y *givenName, latin []bool) bool {
		if latinCountries(x, latin, -8) == 0 || latinCountries(y, latin, -8) == 0 {
			return false
		}
		for i := range latin {
			if latin[i] && x.freq[i] != givenAbsent && y.freq[i] != givenAbsent {
				return false
			}
		}
		return true
	}},
	{"one is attested in no Latin-script country (a transliteration)", func(x, y *givenName, latin []bool) bool {
		return (latinCountries(x, latin, -8) == 0) != (latinCountries(y, latin, -8) == 0)
	}},
	{"a Latin-script country has both, each at 2^-5 % or more", bothCommon},
	{"each is the commoner in some Latin-script country by a factor of 16 or more, and at 2^-4 % or more there", eachDominant},
	{"both of the two readings above", func(x, y *givenName, latin []bool) bool {
		return bothCommon(x, y, latin) && eachDominant(x, y, latin)
	}},
	{"one only male, the other only female", func(x, y *givenName, latin []bool) bool {
		return x.male != y.male && x.female != y.female
	}},
}

// differingWord returns the one word of a that is not in b and the one word
// of b that is not in a, folded as the list is, when there is exactly one of
// each.
func differingWord(a, b string) (x, y string, ok bool) {
	words := func(s string) (out []string) {
		for i, j := range tokens(s) {
			out = append(out, string(appendLatin(nil, s[i:j])))
		}
		return out
	}
	wa, wb := words(a), words(b)
	only := func(w, other []string) (string, int) {
		n, last := 0, ""
		for _, x := range w {
			found := false
			for _, y := range other {
				found = found || x == y
			}
			if !found {
				n, last = n+1, x
			}
		}
		return last, n
	}
	x, nx := only(wa, wb)
	y, ny := only(wb, wa)
	return x, y, nx == 1 && ny == 1
}

// TestDevSetGivenNames measures, on the development part only, what each
// reading of the given-name list would do as a rule of names match: as a
// cap under the threshold on the pairs that match today (look-alikes kept
// apart, variants lost) and as a lift over it on the pairs scoring 0.80 or
// more that do not (variants gained, look-alikes merged). A pair counts
// when exactly one word differs and both differing words are in the list.
// BITEXT_GIVEN_NAMES=path/to/firstnames.csv. It never reads held-out pairs.
func TestDevSetGivenNames(t *testing.T) {
	path := os.Getenv("BITEXT_GIVEN_NAMES")
	if path == "" {
		t.Skip("measures given-name rules on the development part: BITEXT_GIVEN_NAMES=path/to/firstnames.csv (see testdata/README.md)")
	}
	names, latin := readGivenNames(t, path)
	if len(names) < 30000 {
		t.Fatalf("%s: %d names, want the whole list (about 36,000 once folded)", path, len(names))
	}
	m := devMatcher()
	type hit struct{ capKept, capLost, liftGained, liftMerged []string }
	hits := make([]hit, len(givenRules))
	inList := map[string]int{}
	for _, p := range readDevSet(t) {
		if p.held || (p.class != "person" && p.class != "person-ru" && p.class != "lookalike") {
			continue
		}
		score := m.Similarity(p.a, p.b)
		if score < 0.80 {
			continue
		}
		x, y, ok := differingWord(p.a, p.b)
		gx, gy := names[x], names[y]
		if !ok || gx == nil || gy == nil {
			continue
		}
		merged := score >= SameThreshold
		inList[fmt.Sprintf("%s %v", p.class, merged)]++
		pair := p.a + "/" + p.b
		for r, rule := range givenRules {
			if !rule.holds(gx, gy, latin) {
				continue
			}
			h := &hits[r]
			switch {
			case merged && !p.same:
				h.capKept = append(h.capKept, pair)
			case merged:
				h.capLost = append(h.capLost, pair)
			case p.same:
				h.liftGained = append(h.liftGained, pair)
			default:
				h.liftMerged = append(h.liftMerged, pair)
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "pairs with one differing word, both words in the list: %v\n", inList)
	b.WriteString("| reading | as a cap: look-alikes kept apart | variants lost | as a lift (0.80-0.86): variants gained | look-alikes merged |\n|---|---|---|---|---|\n")
	for r, rule := range givenRules {
		h := hits[r]
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d |\n", rule.name, len(h.capKept), len(h.capLost), len(h.liftGained), len(h.liftMerged))
	}
	for r, rule := range givenRules {
		h := hits[r]
		fmt.Fprintf(&b, "%s:\n  kept apart %v\n  lost %v\n", rule.name, h.capKept, h.capLost)
	}
	t.Log(b.String())
	if len(inList) == 0 {
		t.Error("no development pair has both differing words in the list: the folding of names or of the file is wrong")
	}
}
