package normalize

import (
	"fmt"
	"hash/fnv"
	"os"
	"strings"
	"testing"
)

// devHalf tells which half of the development part pair p is in: "A" or
// "B", by a fixed hash of the pair (FNV-1a of class, A and B). Rules are
// designed on half A's misses; half B is read only as counts, before and
// after each rule, so that a gain on it is not one tuned to what was read.
func devHalf(p devPair) string {
	h := fnv.New32a()
	h.Write([]byte(p.class + "\t" + p.a + "\t" + p.b))
	if h.Sum32()&1 == 0 {
		return "A"
	}
	return "B"
}

// TestDevSetHalves prints, per class, what names match gets right on each
// half of the development part (BITEXT_DEVSET_HALVES=1); with
// BITEXT_DEVSET_MISSES=class and BITEXT_DEVSET_HALF=A it prints that half's
// misses of the class instead. It never reads held-out pairs.
func TestDevSetHalves(t *testing.T) {
	class, half := os.Getenv("BITEXT_DEVSET_MISSES"), os.Getenv("BITEXT_DEVSET_HALF")
	if os.Getenv("BITEXT_DEVSET_HALVES") == "" && (class == "" || half == "") {
		t.Skip("prints the development part's figures by half: BITEXT_DEVSET_HALVES=1, or BITEXT_DEVSET_MISSES=class BITEXT_DEVSET_HALF=A")
	}
	m := devMatcher()
	type count struct{ n, hit int }
	counts := map[string]*[2]count{}
	var classes []string
	var b strings.Builder
	for _, p := range readDevSet(t) {
		if p.held {
			continue
		}
		h := devHalf(p)
		s := m.Similarity(p.a, p.b)
		if class != "" {
			if p.class == class && h == half && (s >= SameThreshold) != p.same {
				b.WriteString(p.a + "\t" + p.b + "\t" + Key(p.a) + "\t" + Key(p.b) + "\t" + strconvF(s) + "\n")
			}
			continue
		}
		c := counts[p.class]
		if c == nil {
			c = new([2]count)
			counts[p.class] = c
			classes = append(classes, p.class)
		}
		i := 0
		if h == "B" {
			i = 1
		}
		c[i].n++
		if s >= SameThreshold {
			c[i].hit++
		}
	}
	if class != "" {
		t.Logf("half %s misses of %s:\n%s", half, class, b.String())
		return
	}
	b.WriteString("| class | half A | half B |\n|---|---|---|\n")
	for _, c := range classes {
		x := counts[c]
		fmt.Fprintf(&b, "| %s | %d/%d | %d/%d |\n", c, x[0].hit, x[0].n, x[1].hit, x[1].n)
	}
	t.Logf("development part by half (same verdicts / pairs):\n%s", b.String())
}
