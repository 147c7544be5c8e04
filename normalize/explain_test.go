package normalize

import (
	"bufio"
	"os"
	"regexp"
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

// TestWordApartRuleNamesItsExample: each rule of wordApartRule says what
// held with an example pair, and the example is one the rule itself (not
// one before it) holds for, in both orders; Explain gives the words of
// the rule that capped a pair.
func TestWordApartRuleNamesItsExample(t *testing.T) {
	re := regexp.MustCompile(`return "([^"]*\(([^,()]+), ([^,()]+)\))"`)
	found := re.FindAllStringSubmatch(string(mustRead(t, "lookalike_word.go")), -1)
	if len(found) < 25 {
		t.Fatalf("wordApartRule: %d rules with an example read, want 25 or more", len(found))
	}
	for _, m := range found {
		for _, ab := range [][2]string{{m[2], m[3]}, {m[3], m[2]}} {
			if got := wordApartRule(ab[0], ab[1]); got != m[1] {
				t.Errorf("wordApartRule(%q, %q) = %q, want %q", ab[0], ab[1], got, m[1])
			}
		}
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
