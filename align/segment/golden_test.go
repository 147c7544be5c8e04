package segment

import (
	"encoding/json"
	"flag"
	"os"
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
	"en": 86, "de": 93, "da": 89, "es": 98, "it": 96, "ru": 97, "hy": 100, "ja": 25,
}

// TestDevelopmentSet scores the pySBD/pragmatic_segmenter cases per language.
func TestDevelopmentSet(t *testing.T) {
	files, err := filepath.Glob("testdata/extra_*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no development set: %v", err)
	}
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
		seg, err := New(language.MustParse(lang))
		if err != nil {
			t.Fatal(err)
		}
		pass, total := 0, 0
		for _, c := range cases {
			if !scorable(c) {
				continue
			}
			total++
			// Boundaries are scored, not spacing: the expected sentences
			// of the Japanese cases join wrapped lines without a space.
			var got []string
			for _, s := range seg.SplitString(c.Text) {
				got = append(got, noSpace(s.Text))
			}
			want := make([]string, len(c.Expected))
			for i, e := range c.Expected {
				want[i] = noSpace(e)
			}
			if slices.Equal(got, want) {
				pass++
			} else if *showFailures {
				t.Logf("%s: Split(%+q) =\n\t%q\nwant\n\t%q", c.ID, c.Text, got, want)
			}
		}
		rate := 100 * float64(pass) / float64(total)
		t.Logf("%s: %d/%d scorable cases pass (%.1f%%); %d cases not scorable", lang, pass, total, rate, len(cases)-total)
		if rate < devThresholds[lang] {
			t.Errorf("%s: pass rate %.1f%% below the recorded %.1f%%", lang, rate, devThresholds[lang])
		}
	}
}
