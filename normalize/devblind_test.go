package normalize

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestBlindSet scores names match and the dev table's baselines on
// testdata/devset/blind.tsv, a test set built from Wikidata files no
// development class came from (testdata/bench/names_blindset.py; see
// testdata/devset/README.md). It is scored once, on main, and never used to
// design a rule, so it runs only with BITEXT_BLIND=1: the table on every
// pair, the table on the pairs our reading judges clean (variants judged one
// name, look-alikes judged two names: readBlindJudged), and with
// BITEXT_BLIND_MISSES=1 too each variant pair names match misses and each
// look-alike pair it merges (kept out of the figures' run, so that reading
// them takes a choice: a list of misses is what a rule is designed on).
func TestBlindSet(t *testing.T) {
	if os.Getenv("BITEXT_BLIND") == "" {
		t.Skip("the blind set is scored once, never designed on: BITEXT_BLIND=1")
	}
	pairs := readDevFile(t, "testdata/devset/blind.tsv")
	if len(pairs) < 1300 {
		t.Fatalf("blind.tsv has %d pairs, want at least 1,300", len(pairs))
	}
	for _, p := range pairs {
		if !p.blind {
			t.Fatalf("blind.tsv: %s/%s is not in the split blind", p.a, p.b)
		}
	}
	t.Logf("blind set, every pair:\n%s%s", devTable(pairs, false), blindTotals(pairs))
	judged := readBlindJudged(t)
	var clean []devPair
	for _, p := range pairs {
		if j := judged[blindKey(p)]; j == "variant" || j == "different" {
			clean = append(clean, p)
		}
	}
	t.Logf("blind set, pairs judged variant (recall) or different (false merges):\n%s%s", devTable(clean, false), blindTotals(clean))
	if os.Getenv("BITEXT_BLIND_MISSES") == "" {
		return
	}
	m := devMatcher()
	for _, p := range pairs {
		s := m.Similarity(p.a, p.b)
		if (s >= SameThreshold) != p.same {
			t.Logf("%s\t%s\t%s\t%.3f", p.class, p.a, p.b, s)
		}
	}
}

// blindTotals is the table's two last rows: each method's recall on all
// variant classes of pairs and its merges on all look-alike classes.
func blindTotals(pairs []devPair) string {
	classes, scores := scoreDevSet(pairs, false)
	var b strings.Builder
	for _, look := range []bool{false, true} {
		name, what := "all variants", "recall"
		if look {
			name, what = "all look-alikes", "false merges"
		}
		var n int
		hits := make([]int, len(devMethods))
		for i, c := range classes {
			if devLookalike(c) != look {
				continue
			}
			n += scores[0][i].n
			for m := range devMethods {
				hits[m] += scores[m][i].hit
			}
		}
		fmt.Fprintf(&b, "| **%s (%s)** | %d |", name, what, n)
		for _, h := range hits {
			fmt.Fprintf(&b, " %d (%.3f) |", h, float64(h)/float64(max(n, 1)))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// blindJudgedFiles hold our reading of blind.tsv, pair by pair: the first
// 50 pairs of each variant class and every look-alike, read before the set
// was first scored (branch blindset), then the other 717 variant pairs, read
// before they were scored (branch blindjudge).
var blindJudgedFiles = []string{
	"testdata/devset/blind_noise_judged.tsv",
	"testdata/devset/blind_judged_rest.tsv",
}

func blindKey(p devPair) [3]string { return [3]string{p.class, p.a, p.b} }

// readBlindJudged reads blindJudgedFiles (readJudgements): variant, noise
// or gender for a variant class; different, noise or gender for a
// look-alike class (see the files' headers); each pair judged once.
func readBlindJudged(t testing.TB) map[[3]string]string {
	t.Helper()
	return readJudgements(t, blindLabels, true, blindJudgedFiles...)
}

// blindLabels are the judgements blindJudgedFiles may give a pair of class.
func blindLabels(class string) []string {
	if devLookalike(class) {
		return []string{"different", "noise", "gender"}
	}
	return []string{"variant", "noise", "gender"}
}

// readJudgements reads files of our judgements of pairs, a line each:
// class, A, B and one of labels(class); # starts a comment line. It
// returns the judgement by class, A and B. A pair judged twice fails the
// test when once is set, else when the two judgements differ (a pair the
// set holds twice is judged twice, alike).
func readJudgements(t testing.TB, labels func(class string) []string, once bool, paths ...string) map[[3]string]string {
	t.Helper()
	out := map[[3]string]string{}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for n, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			c := strings.Split(line, "\t")
			if len(c) != 4 || !slices.Contains(labels(c[0]), c[3]) {
				t.Fatalf("%s:%d: want class, A, B, %s: %q", path, n+1, strings.Join(labels(c[0]), "|"), line)
			}
			k := [3]string{c[0], c[1], c[2]}
			if j, ok := out[k]; ok && (once || j != c[3]) {
				t.Fatalf("%s:%d: %s/%s (%s) is judged twice (%s above)", path, n+1, c[1], c[2], c[0], j)
			}
			out[k] = c[3]
		}
	}
	return out
}

// TestBlindJudged checks that our reading covers blind.tsv: every pair is
// judged once, and no judged pair is missing from the set. It scores
// nothing, so it runs always; -v prints the judgements per class.
func TestBlindJudged(t *testing.T) {
	judged := readBlindJudged(t)
	pairs := readDevFile(t, "testdata/devset/blind.tsv")
	count := map[string]map[string]int{}
	var classes []string
	for _, p := range pairs {
		j, ok := judged[blindKey(p)]
		if !ok {
			t.Errorf("%s/%s (%s) is not judged", p.a, p.b, p.class)
			continue
		}
		delete(judged, blindKey(p))
		if count[p.class] == nil {
			count[p.class] = map[string]int{}
			classes = append(classes, p.class)
		}
		count[p.class][j]++
	}
	for k := range judged {
		t.Errorf("%s/%s (%s) is judged but not in blind.tsv", k[1], k[2], k[0])
	}
	slices.Sort(classes)
	for _, c := range classes {
		t.Logf("%s\t%v", c, count[c])
	}
}
