package normalize

import (
	"os"
	"strings"
	"testing"
)

// TestDevSetLookalikeJudged checks testdata/devset/lookalike_judged.tsv, our
// reading of the dev part's lookalike class (branch look49), against
// pairs.tsv: it must list every dev pair of the class, and no other, each
// judged different, noise or gender. With BITEXT_DEVSET_TABLE=1 it prints
// the class's false merges on all pairs and on the pairs judged two names.
func TestDevSetLookalikeJudged(t *testing.T) {
	data, err := os.ReadFile("testdata/devset/lookalike_judged.tsv")
	if err != nil {
		t.Fatal(err)
	}
	judged := map[[2]string]string{}
	for n, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || f[0] != "lookalike" || f[3] != "different" && f[3] != "noise" && f[3] != "gender" {
			t.Fatalf("lookalike_judged.tsv:%d: want lookalike, A, B, different|noise|gender: %q", n+1, line)
		}
		judged[[2]string{f[1], f[2]}] = f[3]
	}
	seen := map[[2]string]bool{}
	m := devMatcher()
	var all, allHit, two, twoHit int
	for _, p := range readDevSet(t) {
		if p.held || p.class != "lookalike" {
			continue
		}
		j, ok := judged[[2]string{p.a, p.b}]
		if !ok {
			t.Errorf("lookalike_judged.tsv lacks the dev pair %q / %q", p.a, p.b)
			continue
		}
		seen[[2]string{p.a, p.b}] = true // a pair may be listed twice (Eastern / Western)
		hit := m.Same(p.a, p.b)
		all++
		if hit {
			allHit++
		}
		if j == "different" {
			two++
			if hit {
				twoHit++
			}
		}
	}
	for p := range judged {
		if seen[p] {
			continue
		}
		t.Errorf("lookalike_judged.tsv lists %q / %q, no dev lookalike pair", p[0], p[1])
	}
	if os.Getenv("BITEXT_DEVSET_TABLE") != "" {
		t.Logf("lookalike, dev: %d/%d merged of all pairs, %d/%d of the pairs judged two names",
			allHit, all, twoHit, two)
	}
}
