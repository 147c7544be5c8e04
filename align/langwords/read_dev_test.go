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
	var ws []string
	EachWord(string(b), func(w []byte) bool { ws = append(ws, string(w)); return true })
	var out []string
	for i := 0; i+size <= len(ws) && len(out) < max; i += size {
		out = append(out, strings.Join(ws[i:i+size], " "))
	}
	return out
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
	var langs []string
	for l := range sets {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, size := range []int{20, 50, 150, 1000} {
		var right, unknown, wrong, enWrong, enTotal int
		var lines []string
		for _, l := range langs {
			var r, u, w int
			wrongAs := map[string]int{}
			for _, f := range sets[l] {
				max := 400
				if l == "en" {
					max = 1000
				}
				for _, text := range windows(t, f, size, max) {
					got := Read(text)
					switch got.Lang {
					case l:
						r++
					case "":
						u++
					default:
						w++
						wrongAs[got.Lang]++
					}
				}
			}
			right, unknown, wrong = right+r, unknown+u, wrong+w
			if l == "en" {
				enWrong, enTotal = w, r+u+w
			}
			lines = append(lines, fmt.Sprintf("%s %d/%d/%d %v", l, r, u, w, wrongAs))
		}
		t.Logf("%4d words: right %d unknown %d wrong %d; English read as another %d of %d\n\t%s", size, right, unknown, wrong, enWrong, enTotal, strings.Join(lines, "\n\t"))
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
	var langs []string
	for l := range sets {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, size := range []int{20, 50, 150, 1000} {
		var right, unknown, wrong int
		var lines []string
		for _, l := range langs {
			var r, u, w int
			wrongAs := map[string]int{}
			for _, f := range sets[l] {
				for _, text := range windows(t, f, size, 400) {
					switch got := Read(text).Lang; got {
					case l:
						r++
					case "":
						u++
					default:
						w++
						wrongAs[got]++
					}
				}
			}
			right, unknown, wrong = right+r, unknown+u, wrong+w
			lines = append(lines, fmt.Sprintf("%s %d/%d/%d %v", l, r, u, w, wrongAs))
		}
		t.Logf("%4d words: right %d unknown %d wrong %d\n\t%s", size, right, unknown, wrong, strings.Join(lines, "\n\t"))
	}
}
