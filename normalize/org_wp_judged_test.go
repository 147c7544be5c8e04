package normalize

import (
	"os"
	"strings"
	"testing"
)

// TestDevSetOrgJudged checks testdata/devset/org_wp_judged.tsv, our
// judgement of which org-wp pairs of half A name one organisation (branch
// org3), against pairs.tsv: it must list every half A pair of the class
// and no other. With BITEXT_DEVSET_TABLE=1 it prints half A's recall on
// all pairs and on the pairs judged one organisation's names.
func TestDevSetOrgJudged(t *testing.T) {
	data, err := os.ReadFile("testdata/devset/org_wp_judged.tsv")
	if err != nil {
		t.Fatal(err)
	}
	judged := map[[2]string]bool{} // pair -> one organisation
	for n, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 || f[2] != "yes" && f[2] != "no" {
			t.Fatalf("org_wp_judged.tsv:%d: want A, B, yes|no, category, matched_on_main: %q", n+1, line)
		}
		judged[[2]string{f[0], f[1]}] = f[2] == "yes"
	}
	m := devMatcher()
	var all, allHit, one, oneHit int
	for _, p := range readDevSet(t) {
		if p.held || p.class != "org-wp" || devHalf(p) != "A" {
			continue
		}
		isOne, ok := judged[[2]string{p.a, p.b}]
		if !ok {
			t.Errorf("org_wp_judged.tsv lacks the half A pair %q / %q", p.a, p.b)
			continue
		}
		delete(judged, [2]string{p.a, p.b})
		hit := m.Same(p.a, p.b)
		all++
		if hit {
			allHit++
		}
		if isOne {
			one++
			if hit {
				oneHit++
			}
		}
	}
	for p := range judged {
		t.Errorf("org_wp_judged.tsv lists %q / %q, no org-wp pair of half A", p[0], p[1])
	}
	if os.Getenv("BITEXT_DEVSET_TABLE") != "" {
		t.Logf("org-wp half A: %d/%d (%.2f) of all pairs, %d/%d (%.2f) of the pairs judged one organisation's names",
			allHit, all, float64(allHit)/float64(all), oneHit, one, float64(oneHit)/float64(one))
	}
}
