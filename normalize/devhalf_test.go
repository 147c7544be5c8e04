package normalize

import (
	"fmt"
	"hash/fnv"
	"os"
	"strings"
	"testing"
)

// devHalf splits the development part into two fixed halves, A and B, by an
// FNV-1a hash of the pair (not the CRC-32 the held-out split uses), so that a
// rule can be designed on half A's look-alikes and checked on half B's.
func devHalf(p devPair) string {
	h := fnv.New32a()
	h.Write([]byte(p.a + "\t" + p.b))
	if h.Sum32()%2 == 0 {
		return "A"
	}
	return "B"
}

// TestDevSetDump writes every development pair's class, half, wanted
// verdict and score to the file BITEXT_DEVSET_DUMP names, for comparing two
// versions of the matcher pair by pair. It never writes held-out pairs.
func TestDevSetDump(t *testing.T) {
	path := os.Getenv("BITEXT_DEVSET_DUMP")
	if path == "" {
		t.Skip("writes the development part's scores: BITEXT_DEVSET_DUMP=file")
	}
	m := devMatcher()
	var b strings.Builder
	for _, p := range readDevSet(t) {
		if p.held {
			continue
		}
		want := "different"
		if p.same {
			want = "same"
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%.3f\n", p.class, devHalf(p), want, p.a, p.b, m.Similarity(p.a, p.b))
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDevSetHalves prints the look-alike classes of the development part
// by half (devHalf), for bitext and the baselines: BITEXT_DEVSET_HALVES=1.
// Rules of branch names20 were designed on half A's look-alikes; half B is
// the check.
func TestDevSetHalves(t *testing.T) {
	if os.Getenv("BITEXT_DEVSET_HALVES") == "" {
		t.Skip("prints the development part's look-alike classes by half: BITEXT_DEVSET_HALVES=1")
	}
	var b strings.Builder
	b.WriteString("| class | half | pairs |")
	for _, m := range devMethods {
		b.WriteString(" " + m.name + " |")
	}
	b.WriteString("\n")
	for _, c := range []string{"lookalike", "lookalike-entity", "lookalike-person-zh", "lookalike-listed"} {
		for _, h := range []string{"A", "B"} {
			n, hits := 0, make([]int, len(devMethods))
			for _, p := range readDevSet(t) {
				if p.held || p.class != c || devHalf(p) != h {
					continue
				}
				n++
				for i, m := range devMethods {
					if m.same(p.a, p.b) {
						hits[i]++
					}
				}
			}
			fmt.Fprintf(&b, "| %s | %s | %d |", c, h, n)
			for _, x := range hits {
				fmt.Fprintf(&b, " %d |", x)
			}
			b.WriteString("\n")
		}
	}
	t.Logf("look-alikes merged, by half:\n%s", b.String())
}
