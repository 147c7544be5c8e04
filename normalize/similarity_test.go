package normalize

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// readPairs reads a TSV file of name pairs, skipping comments.
func readPairs(t testing.TB, path string) [][2]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		a, b, ok := strings.Cut(s, "\t")
		if !ok {
			t.Fatalf("%s:%d: want A<TAB>B, got %q", path, line, s)
		}
		out = append(out, [2]string{a, b})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// Goals from the issue: find at least 90% of true variants, merge at most 3%
// of look-alikes (we aim at 2%).
const (
	wantRecall        = 0.90
	wantMaxFalseMerge = 0.03
)

func TestVariantRecall(t *testing.T) {
	pos := readPairs(t, "testdata/variants.tsv")
	neg := readPairs(t, "testdata/lookalikes.tsv")
	found := 0
	for _, p := range pos {
		if s := Similarity(p[0], p[1]); s >= SameThreshold {
			found++
		} else {
			t.Logf("missed variant: Similarity(%q, %q) = %.3f", p[0], p[1], s)
		}
	}
	merged := 0
	for _, p := range neg {
		if s := Similarity(p[0], p[1]); s >= SameThreshold {
			merged++
			t.Logf("false merge: Similarity(%q, %q) = %.3f", p[0], p[1], s)
		}
	}
	recall := float64(found) / float64(len(pos))
	fmr := float64(merged) / float64(len(neg))
	t.Logf("recall %.3f (%d/%d true variants), false merges %.3f (%d/%d look-alikes), threshold %.2f",
		recall, found, len(pos), fmr, merged, len(neg), SameThreshold)
	if recall < wantRecall {
		t.Errorf("recall %.3f < %.2f", recall, wantRecall)
	}
	if fmr > wantMaxFalseMerge {
		t.Errorf("false merge rate %.3f > %.2f", fmr, wantMaxFalseMerge)
	}
}
