package langwords

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// windows cuts the words of file into texts of size words each (at most
// max texts), nil when the file is missing.
func windows(t *testing.T, file string, size, max int) []string {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	return wordWindows(string(b), size, 0, max)
}

// wordWindows cuts the words of text (EachWord: lower case, no
// punctuation) into texts of size words each, starting at word offset, at
// most max texts.
func wordWindows(text string, size, offset, max int) []string {
	var ws []string
	EachWord(text, func(w []byte) bool { ws = append(ws, string(w)); return true })
	var out []string
	for i := offset; i+size <= len(ws) && len(out) < max; i += size {
		out = append(out, strings.Join(ws[i:i+size], " "))
	}
	return out
}

// devSets returns the files of the development texts of TestReadDev and
// TestReadShortDev by language: the UD development texts
// (align/segment/testdata/ud/*.dev.txt) of each language with a list but
// English, and for English the seed articles (testdata/irgc-iraq.en.txt,
// en2) and the checksweep texts ($BITEXT_CSCAT, e.g. /tmp/cs-cat).
func devSets() map[string][]string {
	sets := map[string][]string{}
	ud, _ := filepath.Glob("../../align/segment/testdata/ud/*.dev.txt")
	for _, f := range ud {
		lang := strings.TrimSuffix(filepath.Base(f), ".dev.txt")
		if Index(lang) >= 0 && lang != "en" {
			sets[lang] = append(sets[lang], f)
		}
	}
	en := []string{"../../testdata/irgc-iraq.en.txt", "../../testdata/irgc-iraq.en2.txt"}
	if d := os.Getenv("BITEXT_CSCAT"); d != "" {
		cs, _ := filepath.Glob(filepath.Join(d, "*.txt"))
		en = append(en, cs...)
	}
	sets["en"] = en
	return sets
}

// sortedLangs returns the languages that key m, in order.
func sortedLangs[V any](m map[string]V) []string {
	var langs []string
	for l := range m {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	return langs
}

// A tally counts the readings of the texts of one language, lang: read
// as lang (right), as nothing (unknown) or as another (wrong, and wrongAs
// by the language read).
type tally struct {
	lang                  string
	right, unknown, wrong int
	wrongAs               map[string]int
}

func newTally(lang string) *tally { return &tally{lang: lang, wrongAs: map[string]int{}} }

// add counts got, the language a text of t.lang was read as, and reports
// whether it is wrong.
func (t *tally) add(got string) (wrong bool) {
	switch got {
	case t.lang:
		t.right++
	case "":
		t.unknown++
	default:
		t.wrong++
		t.wrongAs[got]++
		return true
	}
	return false
}

// line is t as the dev and held-out tests log it: "fr 380/12/8 map[it:8]".
func (t *tally) line() string {
	return fmt.Sprintf("%s %d/%d/%d %v", t.lang, t.right, t.unknown, t.wrong, t.wrongAs)
}

// A tallies sums the tallies of one length's texts, and lines holds each
// one's line; English is also counted apart (enWrong of enTotal).
type tallies struct {
	right, unknown, wrong, enWrong, enTotal int
	lines                                   []string
}

func (s *tallies) add(t *tally) {
	s.right, s.unknown, s.wrong = s.right+t.right, s.unknown+t.unknown, s.wrong+t.wrong
	if t.lang == "en" {
		s.enWrong, s.enTotal = t.wrong, t.right+t.unknown+t.wrong
	}
	s.lines = append(s.lines, t.line())
}

// TestReadDev measures Read on texts of a known language cut to 20, 50 and
// 150 words: right, unknown (""), wrong. The UD development texts
// (align/segment/testdata/ud) for each language with a list, and English
// texts: the seed articles (testdata/irgc-iraq.en.txt, en2) and the
// checksweep texts ($BITEXT_CSCAT, e.g. /tmp/cs-cat). Run with
// BITEXT_READDEV=1.
func TestReadDev(t *testing.T) {
	if os.Getenv("BITEXT_READDEV") == "" {
		t.Skip("BITEXT_READDEV not set")
	}
	logWindows(t, devSets(), 1000, true)
}

// logWindows logs Read's tallies of the files of sets (by language) cut
// into windows of 20, 50, 150 and 1,000 words: at most 400 a file, or
// enMax of an English one; with en, the English windows read as another
// language too.
func logWindows(t *testing.T, sets map[string][]string, enMax int, en bool) {
	langs := sortedLangs(sets)
	for _, size := range []int{20, 50, 150, 1000} {
		var sum tallies
		for _, l := range langs {
			tl := newTally(l)
			for _, f := range sets[l] {
				max := 400
				if l == "en" {
					max = enMax
				}
				for _, text := range windows(t, f, size, max) {
					tl.add(Read(text).Lang)
				}
			}
			sum.add(tl)
		}
		if en {
			t.Logf("%4d words: right %d unknown %d wrong %d; English read as another %d of %d\n\t%s", size, sum.right, sum.unknown, sum.wrong, sum.enWrong, sum.enTotal, strings.Join(sum.lines, "\n\t"))
		} else {
			t.Logf("%4d words: right %d unknown %d wrong %d\n\t%s", size, sum.right, sum.unknown, sum.wrong, strings.Join(sum.lines, "\n\t"))
		}
	}
}

// TestReadHeldOut scores Read once, after the last change of its
// thresholds, on texts their design never saw: the UD held-out texts
// (align/segment/testdata/ud/*.heldout.txt) and the segmenter's held-out
// cases (align/segment/testdata/heldout.jsonl, each language's texts
// joined), cut as TestReadDev cuts. Run with BITEXT_HELDOUT=1.
func TestReadHeldOut(t *testing.T) {
	if os.Getenv("BITEXT_HELDOUT") == "" {
		t.Skip("BITEXT_HELDOUT not set")
	}
	dir := t.TempDir()
	sets := map[string][]string{}
	ud, _ := filepath.Glob("../../align/segment/testdata/ud/*.heldout.txt")
	for _, f := range ud {
		if l := strings.TrimSuffix(filepath.Base(f), ".heldout.txt"); Index(l) >= 0 {
			sets[l] = append(sets[l], f)
		}
	}
	b, err := os.ReadFile("../../align/segment/testdata/heldout.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]*strings.Builder{}
	for line := range strings.SplitSeq(strings.TrimSpace(string(b)), "\n") {
		var c struct{ Lang, Text string }
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatal(err)
		}
		if Index(c.Lang) < 0 {
			continue
		}
		if texts[c.Lang] == nil {
			texts[c.Lang] = &strings.Builder{}
		}
		texts[c.Lang].WriteString(c.Text + "\n")
	}
	for l, sb := range texts {
		f := filepath.Join(dir, l+".seg.txt")
		os.WriteFile(f, []byte(sb.String()), 0o644)
		sets[l] = append(sets[l], f)
	}
	logWindows(t, sets, 400, false)
}
