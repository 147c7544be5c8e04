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
// rule can be designed on half A's misses and its gain checked on half B,
// read only as counts before and after the rule.
func devHalf(p devPair) string {
	h := fnv.New32a()
	h.Write([]byte(p.a + "\t" + p.b))
	if h.Sum32()%2 == 0 {
		return "A"
	}
	return "B"
}

// TestDevSetHalves prints every class of the development part by half, for
// names match and the baselines (BITEXT_DEVSET_HALVES=1); with
// BITEXT_DEVSET_MISSES=class and BITEXT_DEVSET_HALF=A it prints that half's
// misses of the class instead, with their keys and scores. It never reads
// held-out pairs.
func TestDevSetHalves(t *testing.T) {
	class, half := os.Getenv("BITEXT_DEVSET_MISSES"), os.Getenv("BITEXT_DEVSET_HALF")
	if os.Getenv("BITEXT_DEVSET_HALVES") == "" && (class == "" || half == "") {
		t.Skip("prints the development part's figures by half: BITEXT_DEVSET_HALVES=1, or BITEXT_DEVSET_MISSES=class BITEXT_DEVSET_HALF=A")
	}
	var dev []devPair
	for _, p := range readDevSet(t) {
		if !p.held {
			dev = append(dev, p)
		}
	}
	var b strings.Builder
	if class != "" {
		m := devMatcher()
		for _, p := range dev {
			if s := m.Similarity(p.a, p.b); p.class == class && devHalf(p) == half && (s >= SameThreshold) != p.same {
				fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\n", p.a, p.b, Key(p.a), Key(p.b), strconvF(s))
			}
		}
		t.Logf("half %s misses of %s:\n%s", half, class, b.String())
		return
	}
	var classes []string
	seen := map[string]bool{}
	for _, p := range dev {
		if !seen[p.class] {
			seen[p.class] = true
			classes = append(classes, p.class)
		}
	}
	b.WriteString("| class | half | pairs |")
	for _, m := range devMethods {
		b.WriteString(" " + m.name + " |")
	}
	b.WriteString("\n")
	for _, c := range classes {
		for _, h := range []string{"A", "B"} {
			n, hits := 0, make([]int, len(devMethods))
			for _, p := range dev {
				if p.class != c || devHalf(p) != h {
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
	t.Logf("development part by half (pairs called the same):\n%s", b.String())
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
