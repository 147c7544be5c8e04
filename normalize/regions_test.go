package normalize

import (
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// regionLocales are the languages whose region names regions.txt holds:
// those of the news copy bitext is used on.
var regionLocales = []string{"en", "fr", "de", "es", "it", "pt", "nl", "tr", "ru", "uk", "ar", "fa", "he", "zh"}

// regionsTable returns the lines of regions.txt from CLDR's data in x/text.
func regionsTable(t *testing.T) []string {
	codes := regionCodes()
	dotted := regexp.MustCompile(`(?:\p{Lu}\.)+`)
	set := map[string]bool{}
	add := func(name string) {
		var kb keyBuilder
		if k := strings.Join(kb.words(name), ""); k != "" {
			set[k] = true
		}
	}
	for _, loc := range regionLocales {
		regionNames(display.Regions(language.MustParse(loc)), codes, func(name string) {
			add(name)
			for _, d := range dotted.FindAllString(name, -1) {
				code := strings.ReplaceAll(d, ".", "")
				if r2, err := language.ParseRegion(code); err == nil && r2.String() == code && r2.IsCountry() {
					add(d)
				}
			}
		})
	}
	var out []string
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// regionNames hands add each region's name in names, and the name alone
// before the qualifier that tells which region it is ("Congo - Kinshasa",
// "Congo (RDC)", "Corea, Nord": "Congo", "Corea"), which is a region's
// name too.
func regionNames(names display.Namer, codes []language.Region, add func(name string)) {
	for _, r := range codes {
		name := names.Name(r)
		if name == "" {
			continue
		}
		add(name)
		if i := strings.IndexAny(name, "-–(,"); i > 0 && (name[i-1] == ' ' || name[i] == ',') {
			add(name[:i])
		}
	}
}

// wordDiff returns the words of b that a has not (as many times).
func wordDiff(a, b []string) []string {
	n := map[string]int{}
	for _, w := range a {
		n[w]++
	}
	var out []string
	for _, w := range b {
		if n[w] > 0 {
			n[w]--
		} else {
			out = append(out, w)
		}
	}
	return out
}

// regionScopeTable returns the lines of region_scope.txt: the words by
// which CLDR's names of two regions differ, in the languages of
// regionLocales, for the pairs of regions whose English names differ only
// by scope words and compass points (Guinea, Equatorial Guinea; Sudan,
// South Sudan; North Korea, South Korea), less the words both names of
// such a pair have in one language ("du": Corée du Sud, Corée du Nord) and
// the words the matcher knows already.
func regionScopeTable(t *testing.T) []string {
	codes := regionCodes()
	words := func(n display.Namer, r language.Region) []string {
		var kb keyBuilder
		return slices.Clone(kb.words(n.Name(r)))
	}
	hand := map[string]bool{} // the hand-written lists, not region_scope.txt
	for w := range directions {
		hand[Key(w)] = true
	}
	for _, w := range scopeWords {
		hand[Key(w)] = true
	}
	known := func(w string) bool { return hand[w] }
	type pair struct{ a, b language.Region }
	var anchors []pair
	en := display.Regions(language.English)
	for _, a := range codes {
		for _, b := range codes {
			wa, wb := words(en, a), words(en, b)
			added, lost := wordDiff(wa, wb), wordDiff(wb, wa)
			if a == b || len(added) == 0 || len(lost) == len(wa) || len(added) == len(wb) {
				continue
			}
			if !slices.ContainsFunc(append(added, lost...), func(w string) bool { return !known(w) }) {
				anchors = append(anchors, pair{a, b})
			}
		}
	}
	if len(anchors) == 0 {
		t.Fatal("no pair of regions whose English names differ by scope words")
	}
	found, both := map[string]bool{}, map[string]bool{}
	for _, loc := range regionLocales {
		n := display.Regions(language.MustParse(loc))
		for _, p := range anchors {
			wa, wb := words(n, p.a), words(n, p.b)
			added, lost := wordDiff(wa, wb), wordDiff(wb, wa)
			if len(lost) == len(wa) || len(added) == len(wb) {
				continue // no word in common (Äquatorialguinea)
			}
			for _, w := range append(added, lost...) {
				found[w] = true
			}
			for _, w := range wa {
				if slices.Contains(wb, w) && len(wa) > 1 && len(wb) > 1 {
					both[w] = true
				}
			}
		}
	}
	var out []string
	for w := range found {
		if !both[w] && !known(w) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// regionCodes returns the region codes of ISO 3166-1 that x/text knows.
func regionCodes() []language.Region {
	var codes []language.Region
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			c := string([]rune{a, b})
			r, err := language.ParseRegion(c)
			if err == nil && r.String() == c && r.IsCountry() {
				codes = append(codes, r)
			}
		}
	}
	return codes
}

func TestRegionsTable(t *testing.T) {
	want := strings.Join(regionsTable(t), "\n") + "\n"
	if os.Getenv("BITEXT_GEN_REGIONS") != "" {
		if err := os.WriteFile("regions.txt", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	scope := strings.Join(regionScopeTable(t), "\n") + "\n"
	if os.Getenv("BITEXT_GEN_REGIONS") != "" {
		if err := os.WriteFile("region_scope.txt", []byte(scope), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if regionsText != want || regionScopeText != scope {
		t.Fatal("regions.txt or region_scope.txt is not the table CLDR's data in golang.org/x/text gives: BITEXT_GEN_REGIONS=1 go test ./normalize -run TestRegionsTable")
	}
	for _, ws := range [][]string{{"libya"}, {"u", "s"}, {"kungu"}, {"irak"}} {
		if !isRegionKey(ws) {
			t.Errorf("%q is not a region's key", ws)
		}
	}
	for _, ws := range [][]string{{"derna"}, {"sharia"}, {}} {
		if isRegionKey(ws) {
			t.Errorf("%q is a region's key", ws)
		}
	}
}

// TestRegionAddedBranch: a region's name set off by a dash or a
// parenthesis after a name of several words names the entity's branch in
// that region (the UN and EU lists write ISIL's so); a region after a
// comma says where a place is, a possessive region owns, and a region
// written as a word of a person's name is a word of the name: those stay
// one entity.
func TestRegionAddedBranch(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Islamic State in Iraq and the Levant", "Islamic State in Iraq and the Levant - Libya", false},
		{"Islamic State", "Islamic State (Libya)", false},
		{"Ansar al-Sharia", "Ansar al-Sharia – Libya", false},
		{"Ansar al-Sharia", "Ansar al-Sharia — Libya", false},
		{"Abdulla Karimbeғ", "Abdulla Karimbeғ Jordan", true}, // ғ ends D2 93, no dash
		{"Islamic State in Iraq and the Levant - Libya", "Islamic State in Iraq and the Levant - Libya", true},
		// A historic region CLDR does not list is one of branchRegions
		// (org_branch_place.go, branch branch58).
		{"Islamic State in Iraq and the Levant", "Islamic State in Iraq and the Levant - Khorasan", false},
		{"Iran's Revolutionary Guards", "Revolutionary Guards", true},
		{"New Delhi", "New Delhi, India", true},
		{"Mohammed Ali", "Mohammed Ali Jordan", true},
		{"Al-Qaida in the Arabian Peninsula", "AQAP", true},
		{"Hezbollah", "Hizballah (Lebanon)", false}, // one word: singleWordFactor, as before
	} {
		if got := m.Same(c.a, c.b); got != c.same {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.same, m.Similarity(c.a, c.b))
		}
	}
}

// TestDemocraticAbbrev: DR or D.R. in capitals before a region's name is
// Democratic Republic (CLDR writes the scope so: "Congo (RDC)", Estonian
// "Kongo DV"), not the title Dr.; before a person's name, or in a name
// all in capitals, it is still the title.
func TestDemocraticAbbrev(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Congo", "DR Congo", false},
		{"Congo", "D.R. Congo", false},
		{"Republic of the Congo", "DR Congo", false},
		{"DR Congo", "D.R. Congo", true},
		{"DR Congo", "DRC", true},
		{"DR Ayman al-Zawahiri", "Ayman al-Zawahiri", true},
		{"Dr Ayman al-Zawahiri", "Ayman al-Zawahiri", true},
		{"Dr. Jordan", "Jordan", true},
		{"DR JORDAN", "Jordan", true},
	} {
		if got := m.Same(c.a, c.b); got != c.same {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.same, m.Similarity(c.a, c.b))
		}
	}
}

// TestRegionScopeWords: the scope words and compass points of other
// languages that CLDR's region names give (region_scope.txt) make another
// entity as the English ones do; a name with the word on both sides, or
// without it on both, stays one.
func TestRegionScopeWords(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"República de Guinea", "República de Guinea Ecuatorial", false}, // Spanish: equatorial's key
		{"Repubblica di Guinea", "Repubblica di Guinea Equatoriale", false},
		{"Республика Гвинея", "Республика Экваториальная Гвинея", false},
		{"Republiek Soedan", "Republiek Zuid-Soedan", false},
		{"Kore Cumhuriyeti", "Güney Kore Cumhuriyeti", false},
		{"República de Guinea Ecuatorial", "Republica de Guinea Ecuatorial", true},
		{"Республика Экваториальная Гвинея", "Республика Экваториальная Гвинея", true},
		{"Mohammad Reza Shahbazi", "Mohammad Shahbazi", true}, // a middle name, no scope word
	} {
		if got := m.Same(c.a, c.b); got != c.same {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.same, m.Similarity(c.a, c.b))
		}
	}
}

// TestRegionQualified: a region's name or abbreviation added to a place
// name makes another region when CLDR names the result as a region of its
// own (U.S. Virgin Islands); a country after a city or a province says
// where it is and keeps it one.
func TestRegionQualified(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Virgin Islands", "Virgin Islands, U.S.", false},
		{"Virgin Islands", "U.S. Virgin Islands", false},
		{"U.S. Virgin Islands", "Virgin Islands, U.S.", true},
		{"New Delhi", "New Delhi, India", true},
		{"Kurdistan Region", "Kurdistan Region, Iraq", true},
		{"Kurdistan Region", "Iraq Kurdistan Region", true},
		// A country's adjective before a name of two words or more is read
		// as its branch, or here its part (org_branch_place.go, branch
		// branch58).
		{"Virgin Islands", "British Virgin Islands", false},
	} {
		if got := m.Same(c.a, c.b); got != c.same {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.same, m.Similarity(c.a, c.b))
		}
	}
}

// TestRegionsEnglishTable: regions_en.txt is the keys of CLDR's English
// names of the countries (and of each name before its qualifier: "Congo"
// of "Congo - Kinshasa"), made from x/text's data as regions.txt is;
// BITEXT_GEN_REGIONS=1 writes it.
func TestRegionsEnglishTable(t *testing.T) {
	set := map[string]bool{}
	add := func(name string) {
		var kb keyBuilder
		if k := strings.Join(kb.words(name), ""); k != "" {
			set[k] = true
		}
	}
	regionNames(display.Regions(language.English), regionCodes(), add)
	if cldrTable(t, "regions_en.txt", regionsEnglishText, slices.Sorted(maps.Keys(set)), "TestRegionsEnglishTable") {
		return
	}
	// Spanish Bután and Comoras, read as keys, are Japanese surnames.
	for name, want := range map[string]bool{"Russia": true, "Iceland": true, "Spain": true, "Botan": false, "Komuro": false, "Niwa": false} {
		var kb keyBuilder
		if got := isEnglishRegionKey(kb.words(name)); got != want {
			t.Errorf("%q is an English region name: %v, want %v", name, got, want)
		}
	}
}
