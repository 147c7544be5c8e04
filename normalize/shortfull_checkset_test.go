package normalize

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestShortFullCheckSet scores names match on testdata/shortfull/checkset.tsv:
// a person's Wikipedia title against the bold full name of the article's
// opening (wp-person-*, by shape: words left out in the middle, a middle
// initial, a nickname, ...) and the persons of two different articles
// whose names nest or are close (wp-lookalike-*), both orders of each pair
// (see testdata/shortfull/README.md). It logs, per class, how many pairs
// of the design part, or with BITEXT_HELDOUT=1 of the held-out part (scored
// once, at the end of a piece of work), are scored right, and with
// BITEXT_DEVSET_MISSES=CLASS each pair of that class (a prefix) scored
// wrong.
func TestShortFullCheckSet(t *testing.T) {
	pairs := readDevFile(t, "testdata/shortfull/checkset.tsv")
	held := os.Getenv("BITEXT_HELDOUT") != ""
	misses := os.Getenv("BITEXT_DEVSET_MISSES")
	m := devMatcher()
	n, right := map[string]int{}, map[string]int{}
	for _, p := range pairs {
		if p.held != held {
			continue
		}
		for _, ab := range [][2]string{{p.a, p.b}, {p.b, p.a}} {
			s := m.Similarity(ab[0], ab[1])
			n[p.class]++
			if (s >= SameThreshold) == p.same {
				right[p.class]++
			} else if misses != "" && strings.HasPrefix(p.class, misses) {
				t.Logf("wrong: %s\t%s\t%.3f\t%s", ab[0], ab[1], s, p.class)
			}
		}
	}
	classes := make([]string, 0, len(n))
	for c := range n {
		classes = append(classes, c)
	}
	slices.Sort(classes)
	for _, c := range classes {
		t.Logf("held-out %v: %-22s %4d of %4d right", held, c, right[c], n[c])
	}
}
