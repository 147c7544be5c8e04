package normalize

import (
	"os"
	"strings"
	"testing"
)

// TestDevSetConventionGains prints, for each reading of conventions.go, the
// development pairs it gains (person and person-ru variants found only with
// it) and the look-alikes it merges, by turning that one reading off; and
// the pairs of different person-class names (the first name of one pair
// against the second name of every other pair) that it merges: a count of
// what it would merge outside the set. BITEXT_DEVSET_CONVENTIONS=1. It never
// reads held-out pairs.
func TestDevSetConventionGains(t *testing.T) {
	if os.Getenv("BITEXT_DEVSET_CONVENTIONS") == "" {
		t.Skip("prints what each reading of conventions.go adds on the development part: BITEXT_DEVSET_CONVENTIONS=1")
	}
	var dev, person []devPair
	for _, p := range readDevSet(t) {
		if p.held {
			continue
		}
		dev = append(dev, p)
		if p.class == "person" {
			person = append(person, p)
		}
	}
	defer func() { conventionsOff = 0 }()
	m := devMatcher()
	cross := func() map[[2]int]bool {
		out := map[[2]int]bool{}
		for i, p := range person {
			for j, q := range person {
				if i != j && p.a != q.b && Similarity(p.a, q.b) >= SameThreshold {
					out[[2]int{i, j}] = true
				}
			}
		}
		return out
	}
	withAll, crossAll := devVerdicts(m, dev), cross()
	t.Logf("all readings: %d person cross pairs merged", len(crossAll))
	for k, name := range conventionNames {
		conventionsOff = 1 << k
		without, crossWithout := devVerdicts(m, dev), cross()
		var b strings.Builder
		gained, merged := 0, 0
		for i, p := range dev {
			if withAll[i] == without[i] {
				continue
			}
			if p.same {
				gained++
			} else {
				merged++
			}
			b.WriteString("\t" + p.class + ": " + p.a + " / " + p.b + "\n")
		}
		var x []string
		for ij := range crossAll {
			if !crossWithout[ij] {
				x = append(x, person[ij[0]].a+"/"+person[ij[1]].b)
			}
		}
		t.Logf("%s: +%d variants, +%d look-alikes, +%d person cross pairs %v\n%s", name, gained, merged, len(x), x, b.String())
	}
}
