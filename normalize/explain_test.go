package normalize

import (
	"bufio"
	"os"
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// TestExplainScoresAsSimilarity: Explain's score is Similarity's, for the
// pairs of the lists written here and of the development set, and its
// last step holds that score.
func TestExplainScoresAsSimilarity(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	n := 0
	for _, file := range []string{"testdata/variants.tsv", "testdata/lookalikes.tsv", "testdata/devset/pairs.tsv"} {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) < 2 || strings.HasPrefix(cols[0], "#") {
				continue
			}
			a, b := cols[0], cols[1]
			if file == "testdata/devset/pairs.tsv" {
				if len(cols) < 4 {
					continue
				}
				a, b = cols[2], cols[3]
			}
			want := m.Similarity(a, b)
			got, steps := m.Explain(a, b)
			if got != want {
				t.Errorf("Explain(%q, %q) = %.3f, Similarity %.3f", a, b, got, want)
			}
			if len(steps) == 0 || steps[len(steps)-1].Score != got {
				t.Errorf("Explain(%q, %q): steps %+v do not end at %.3f", a, b, steps, got)
			}
			n++
		}
		f.Close()
	}
	if n < 1000 {
		t.Fatalf("read %d pairs; the lists have thousands", n)
	}
}

// TestExplainSaysWhy: the step that moved a score names what moved it.
func TestExplainSaysWhy(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	for _, c := range []struct{ a, b, stage, why string }{
		{"Mao Tse-tung", "Mao Zedong", "chinese", "Wade-Giles read as Pinyin"},
		{"Cheung Kwok-wing", "Zhang Guorong", "chinese", "Cantonese or Hokkien"},
		{"Tientsin", "Tianjin", "chinese", "postal"},
		{"ISIS", "Daesh", "base", `forms of one glossary entry, “Islamic State”`},
		{"Bill Clinton", "William Clinton", "base", "nickname"},
		{"Szwarc", "Schwarz", "readings", "Central European"},
		{"Henan", "Hunan", "caps", "a syllable apart"},
		{"Louis XIV", "Louis XV", "caps", "Roman numerals"},
		{"Mr. Smith", "Mrs. Smith", "caps", "genders"},
		{"Ryūji", "Ryōji", "caps", "a vowel apart that the key writes alike"},
		{"Ozaki", "Ozeki", "caps", "a mora apart"},
		{"Hamad bin Khalifa", "Khalifa bin Hamad", "caps", "on either side of bin"},
		{"Abu Bakr al-Baghdadi", "Bakr al-Baghdadi", "base", "a kunya"},
		{"Islamic State", "Islamic State Libya", "base", "regional branch"},
		{"NHRC", "National Human Rights Commission", "acronyms", "acronym"},
		{"Israel's Mossad", "Mossad", "organisations", "possessive"},
	} {
		for _, ab := range [][2]string{{c.a, c.b}, {c.b, c.a}} {
			_, steps := m.Explain(ab[0], ab[1])
			found := false
			for _, st := range steps {
				if st.Stage == c.stage && strings.Contains(strings.Join(st.Why, "; "), c.why) {
					found = true
				}
			}
			if !found {
				t.Errorf("Explain(%q, %q) = %+v: no %s step saying %q", ab[0], ab[1], steps, c.stage, c.why)
			}
		}
	}
	// The base step always comes first and gives the letters' score.
	if _, steps := m.Explain("Qasem Soleimani", "Qassem Suleimani"); len(steps) == 0 || steps[0].Stage != "base" || !strings.Contains(steps[0].Why[0], "letters and sounds") {
		t.Errorf("Explain(Qasem Soleimani, Qassem Suleimani) = %+v: no base step first", steps)
	}
}

// TestWordApartRuleNamesItsExample: each row of wordApartRules says what
// held with an example pair at the end of its words, and the example is
// one the row's rule holds for and no rule before it does, in both orders,
// the gender rows' too; Explain gives the words of the rule that capped a
// pair.
func TestWordApartRuleNamesItsExample(t *testing.T) {
	example := regexp.MustCompile(`\(([^,()]+), ([^,()]+)\)$`)
	gender := 0
	for i, r := range wordApartRules {
		name := runtime.FuncForPC(reflect.ValueOf(r.held).Pointer()).Name()
		name = name[strings.LastIndexByte(name, '.')+1:] // the method's name
		if r.gender {
			gender++
		}
		m := example.FindStringSubmatch(r.why)
		if m == nil {
			t.Errorf("wordApartRules[%d] %s: words %q end in no example pair (A, B)", i, name, r.why)
			continue
		}
		for _, ab := range [][2]string{{m[1], m[2]}, {m[2], m[1]}} {
			var w wordApart
			if !w.set(ab[0], ab[1]) {
				t.Errorf("wordApartRules[%d] %s: example (%q, %q) is not two names one word apart", i, name, ab[0], ab[1])
				continue
			}
			first := -1
			for j := range wordApartRules {
				if wordApartRules[j].held(&w) {
					first = j
					break
				}
			}
			if first != i {
				t.Errorf("wordApartRules[%d] %s: example (%q, %q) held first by row %d, want by its own row", i, name, ab[0], ab[1], first)
			}
			if got := wordApartRule(ab[0], ab[1]); got != r.why {
				t.Errorf("wordApartRule(%q, %q) = %q, want %q", ab[0], ab[1], got, r.why)
			}
		}
	}
	if len(wordApartRules) < 39 || gender < 6 {
		t.Errorf("wordApartRules: %d rows, %d of them gender rows; want 39 and 6 or more", len(wordApartRules), gender)
	}
	m := NewMatcher(DefaultGlossary())
	for _, c := range [][3]string{
		{"Carlos", "Carly", "a word that makes another name: a man's and a woman's ending"},
		{"Michaels", "Michael", "a word that makes another name: a family name's genitive -s"},
	} {
		_, steps := m.Explain(c[0], c[1])
		if last := steps[len(steps)-1]; last.Stage != "caps" || !strings.Contains(strings.Join(last.Why, "; "), c[2]) {
			t.Errorf("Explain(%q, %q) ends %+v, want a caps step saying %q", c[0], c[1], last, c[2])
		}
	}
}
