package normalize

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// slipNames names the readings of listed_slips.go for TestDevSetSlipGains.
var slipNames = [numSlips]string{
	"South Asian aspirates (bh, dh)",
	"Bantu prenasalised initials",
	"Arabic case ending -u, -un",
	"Indonesian glide w",
	"final -re for -er",
	"Spanish b and v",
}

// TestDevSetSlipGains prints, for each reading of listed_slips.go, the
// development pairs of pairs.tsv and places.tsv whose verdict it changes
// (by turning that one reading off), with their half, and the pairs of
// different person names it merges: the first name of one person or
// person-listed pair against the second name of every other pair of its
// class, a count of what it would merge outside the set.
// BITEXT_DEVSET_SLIPS=1. It never reads held-out pairs.
func TestDevSetSlipGains(t *testing.T) {
	if os.Getenv("BITEXT_DEVSET_SLIPS") == "" {
		t.Skip("prints what each reading of listed_slips.go adds on the development part: BITEXT_DEVSET_SLIPS=1")
	}
	var dev []devPair
	byClass := map[string][]devPair{}
	for _, p := range append(readDevSet(t), readDevFile(t, "testdata/devset/places.tsv")...) {
		if p.held {
			continue
		}
		dev = append(dev, p)
		if p.class == "person" || p.class == "person-listed" {
			byClass[p.class] = append(byClass[p.class], p)
		}
	}
	defer func() { slipsOff = 0 }()
	m := devMatcher()
	cross := func() map[string]bool {
		out := map[string]bool{}
		for _, ps := range byClass {
			for _, p := range ps {
				for _, q := range ps {
					if p.a != q.a && p.a != q.b && Similarity(p.a, q.b) >= SameThreshold {
						out[p.a+" / "+q.b] = true
					}
				}
			}
		}
		return out
	}
	withAll, crossAll := devVerdicts(m, dev), cross()
	t.Logf("all readings: %d person and person-listed cross pairs merged", len(crossAll))
	for k, name := range slipNames {
		slipsOff = 1 << k
		without, crossWithout := devVerdicts(m, dev), cross()
		var b strings.Builder
		gained, merged := map[string]int{}, 0
		for i, p := range dev {
			if withAll[i] == without[i] {
				continue
			}
			if p.same == withAll[i] {
				gained[p.class+" "+devHalf(p)]++
			} else {
				merged++
			}
			fmt.Fprintf(&b, "\t%s %s: %s / %s\n", p.class, devHalf(p), p.a, p.b)
		}
		var x []string
		for pq := range crossAll {
			if !crossWithout[pq] {
				x = append(x, pq)
			}
		}
		t.Logf("%s: gains %v, %d look-alikes merged, %d cross pairs %v\n%s", name, gained, merged, len(x), x, b.String())
	}
}
