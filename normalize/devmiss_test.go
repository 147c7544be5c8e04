package normalize

import (
	"os"
	"strings"
	"testing"
)

// TestDevSetMisses prints the development part's pairs of one class that
// names match gets wrong (missed variants, merged look-alikes), with their
// keys and score: BITEXT_DEVSET_MISSES=native-he. It never prints held-out
// pairs.
func TestDevSetMisses(t *testing.T) {
	class := os.Getenv("BITEXT_DEVSET_MISSES")
	if class == "" {
		t.Skip("prints the misses of one class of the development part: BITEXT_DEVSET_MISSES=class")
	}
	m := devMatcher()
	var b strings.Builder
	n, pairs := 0, 0
	for _, p := range readDevSet(t) {
		if p.held || p.class != class {
			continue
		}
		pairs++
		s := m.Similarity(p.a, p.b)
		if (s >= SameThreshold) == p.same {
			continue
		}
		n++
		b.WriteString(p.a + "\t" + p.b + "\t" + Key(p.a) + "\t" + Key(p.b) + "\t" + Skeleton(p.a) + "\t" + Skeleton(p.b) + "\t")
		b.WriteString(strings.TrimRight(strings.TrimRight(strconvF(s), "0"), ".") + "\n")
	}
	if pairs == 0 {
		t.Fatalf("the development part has no pairs of class %q", class)
	}
	t.Logf("%d misses of %s (%d pairs):\n%s", n, class, pairs, b.String())
}

func strconvF(f float64) string {
	s := []byte("0.000")
	v := int(f*1000 + 0.5)
	s[0] = byte('0' + v/1000)
	s[2], s[3], s[4] = byte('0'+v/100%10), byte('0'+v/10%10), byte('0'+v%10)
	return string(s)
}
