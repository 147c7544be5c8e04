package segment

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/language"
)

var showFailures = flag.Bool("failures", false, "print every failing development-set case")

type goldenCase struct {
	ID       string   `json:"id"`
	Text     string   `json:"text"`
	Expected []string `json:"expected"`
}

// noSpace removes all white space, to compare texts modulo white space.
func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// splitsAs reports whether seg splits text into the expected sentences,
// white space aside: boundaries are scored, not spacing (the expected
// sentences of the Japanese cases join wrapped lines without a space). got
// and want are the sentences as compared.
func splitsAs(seg *Segmenter, text string, expected []string) (ok bool, got, want []string) {
	for _, s := range seg.SplitString(text) {
		got = append(got, noSpace(s.Text))
	}
	want = make([]string, len(expected))
	for i, e := range expected {
		want[i] = noSpace(e)
	}
	return slices.Equal(got, want), got, want
}

// scorable reports whether a case's expected sentences are the input's text
// (white space aside): cases that expect an upstream clean-up step (HTML
// removed, "....." collapsed) are not scored, since bitext keeps the text as
// it stands.
func scorable(c goldenCase) bool {
	return noSpace(strings.Join(c.Expected, "")) == noSpace(c.Text)
}

// devThresholds are the pass rates (percent of scorable cases) achieved on
// the development set; the test fails if a change makes any language worse.
var devThresholds = map[string]float64{
	"en": 94.2, "de": 96.9, "da": 100, "es": 98.1, "it": 100, "ru": 100, "hy": 100, "ja": 100,
}

// devSetRates scores bitext on the development set with the given
// quotation mode: pass rate (percent of scorable cases) per language.
func devSetRates(t *testing.T, quotes QuoteMode) map[string]float64 {
	t.Helper()
	files, err := filepath.Glob("testdata/extra_*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no development set: %v", err)
	}
	rates := map[string]float64{}
	for _, f := range files {
		lang := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "extra_"), ".json")
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var cases []goldenCase
		if err := json.Unmarshal(data, &cases); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		seg, err := New(language.MustParse(lang), WithQuotes(quotes))
		if err != nil {
			t.Fatal(err)
		}
		pass, total := 0, 0
		for _, c := range cases {
			if !scorable(c) {
				continue
			}
			total++
			if ok, got, want := splitsAs(seg, c.Text, c.Expected); ok {
				pass++
			} else if *showFailures {
				t.Logf("%s: Split(%+q) =\n\t%q\nwant\n\t%q", c.ID, c.Text, got, want)
			}
		}
		rates[lang] = 100 * float64(pass) / float64(total)
		t.Logf("%s, quotes %s: %d/%d scorable cases pass (%.1f%%); %d cases not scorable",
			lang, quotes, pass, total, rates[lang], len(cases)-total)
	}
	return rates
}

// TestDevelopmentSet scores the pySBD/pragmatic_segmenter cases per
// language. The thresholds hold for the default, QuotesKeep, the cases'
// own convention; the rates of QuotesSplit are logged for comparison.
func TestDevelopmentSet(t *testing.T) {
	devSetRates(t, QuotesSplit)
	for lang, rate := range devSetRates(t, QuotesKeep) {
		if rate < devThresholds[lang] {
			t.Errorf("%s: pass rate %.1f%% below the recorded %.1f%%", lang, rate, devThresholds[lang])
		}
	}
}

// TestBeatsICU scores ICU's sentence BreakIterator (python3-icu) on the
// same cases with testdata/bench/segment_devset_icu.py and checks that
// bitext does at least as well in every language.
func TestBeatsICU(t *testing.T) {
	if _, err := os.Stat("/usr/bin/python3"); err != nil {
		t.Skip("ICU peer needs /usr/bin/python3 with python3-icu")
	}
	cmd := exec.Command("/usr/bin/python3", "testdata/bench/segment_devset_icu.py")
	cmd.Dir = "../.."
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("ICU peer not available (python3-icu installed?): %v", err)
	}
	ours := devSetRates(t, QuotesKeep)
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var lang string
		var ok, total int
		if _, err := fmt.Sscanf(line, "%s %d/%d", &lang, &ok, &total); err != nil {
			t.Fatalf("ICU scorer line %q: %v", line, err)
		}
		lang = strings.TrimSuffix(lang, ":")
		if lang == "all" {
			continue // the scorer's total, for BENCHMARKS; each language is checked
		}
		icu := 100 * float64(ok) / float64(total)
		t.Logf("%s: bitext %.1f%%, ICU %.1f%%", lang, ours[lang], icu)
		if ours[lang] < icu {
			t.Errorf("%s: bitext %.1f%% below ICU %.1f%%", lang, ours[lang], icu)
		}
	}
}
