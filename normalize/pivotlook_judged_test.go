package normalize

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// pivotLookPair is a row of testdata/pivotlook/judged.tsv.
type pivotLookPair struct {
	pivot, part, drawn, a, b, judgement string
}

// readPivotLook reads testdata/pivotlook/judged.tsv, our reading of a
// sample of the seven pivots' look-alike candidates (branch look64),
// failing t at a malformed row.
func readPivotLook(t *testing.T) []pivotLookPair {
	t.Helper()
	data, err := os.ReadFile("testdata/pivotlook/judged.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var ps []pivotLookPair
	for n, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 || f[1] != "design" && f[1] != "held" || f[2] != "merged" && f[2] != "unmerged" ||
			!slices.Contains([]string{"different", "noise", "gender"}, f[5]) {
			t.Fatalf("judged.tsv:%d: want pivot, design|held, merged|unmerged, A, B, different|noise|gender: %q", n+1, line)
		}
		ps = append(ps, pivotLookPair{f[0], f[1], f[2], f[3], f[4], f[5]})
	}
	return ps
}

// scorePivotLook logs, per pivot, how many of part's pairs judged two names
// names match merges, and returns the merged pairs.
func scorePivotLook(t *testing.T, part string) (merged []pivotLookPair, two int) {
	t.Helper()
	m := devMatcher()
	type tally struct{ two, hit int }
	per := map[string]*tally{}
	var pivots []string
	for _, p := range readPivotLook(t) {
		if p.part != part || p.judgement != "different" {
			continue
		}
		if per[p.pivot] == nil {
			per[p.pivot] = &tally{}
			pivots = append(pivots, p.pivot)
		}
		per[p.pivot].two++
		two++
		if m.Same(p.a, p.b) {
			per[p.pivot].hit++
			merged = append(merged, p)
		}
	}
	for _, piv := range pivots {
		t.Logf("%s, %s: %d/%d of the pairs judged two names merged", part, piv, per[piv].hit, per[piv].two)
	}
	t.Logf("%s: %d/%d of the pairs judged two names merged", part, len(merged), two)
	return merged, two
}

// pivotLookDesignMerged is how many of the design part's pairs judged two
// names names match merges (branch look64: 98 on the matcher before its rule, 97 after;
// branch look65: 90 after genitiveRespelt, 89 after ornamentalHead):
// TestPivotLookJudged fails above it.
const pivotLookDesignMerged = 89

// TestPivotLookJudged scores the design part of testdata/pivotlook/judged.tsv:
// of the pairs judged two names, no more than pivotLookDesignMerged may be
// merged. With -v it logs the figures per pivot and the merged pairs.
func TestPivotLookJudged(t *testing.T) {
	merged, _ := scorePivotLook(t, "design")
	for _, p := range merged {
		t.Logf("merged: %s %q / %q", p.pivot, p.a, p.b)
	}
	if len(merged) > pivotLookDesignMerged {
		t.Errorf("%d design pairs judged two names merged; want at most %d", len(merged), pivotLookDesignMerged)
	}
}

// TestHeldJudgedPivotLook scores the held part of
// testdata/pivotlook/judged.tsv, once, at the end of a piece of work
// (BITEXT_HELDOUT=1), never while designing; it logs the figures and fails
// on nothing but a malformed file.
func TestHeldJudgedPivotLook(t *testing.T) {
	if os.Getenv("BITEXT_HELDOUT") == "" {
		t.Skip("the held part is scored only at the end: BITEXT_HELDOUT=1")
	}
	scorePivotLook(t, "held")
}
