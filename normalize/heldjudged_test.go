package normalize

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
)

// heldJudgedClean is, per kind of class, the judgement of
// testdata/devset/held_judged.tsv that keeps a pair in the judged-clean
// part: a variant pair that is one name, an org-wp pair that is one
// organisation's names, a look-alike that is two names.
func heldJudgedClean(class string) string {
	switch {
	case devLookalike(class):
		return "different"
	case class == "org-wp":
		return "one"
	}
	return "variant"
}

// heldJudgedLabels are the judgements held_judged.tsv may give a pair of
// class.
func heldJudgedLabels(class string) []string {
	switch {
	case devLookalike(class):
		return []string{"different", "noise", "gender", "unsure"}
	case class == "org-wp":
		return []string{"one", "noise", "unsure"}
	}
	return []string{"variant", "noise", "gender", "unsure"}
}

// TestHeldJudged scores the held-out part of the classes that
// testdata/devset/held_judged.tsv judges (our reading of every pair, made
// before scoring; see the devset README) twice: as pairs.tsv gives the
// pairs, and on the judged-clean pairs alone, names match beside the
// dev table's baselines. The file must judge every held-out pair of those
// classes, no other pair, with a known judgement. It runs only with
// BITEXT_HELDOUT=1, as the held-out table does: the judged pairs are
// held out and nobody designs on them. The log lists the clean pairs
// names match gets wrong.
func TestHeldJudged(t *testing.T) {
	if os.Getenv("BITEXT_HELDOUT") == "" {
		t.Skip("the held-out part is scored only at the end: BITEXT_HELDOUT=1")
	}
	judged := readJudgements(t, heldJudgedLabels, false, "testdata/devset/held_judged.tsv") // class, A, B -> judgement
	classes := map[string]bool{}
	for k := range judged {
		classes[k[0]] = true
	}
	// tl: the held-out pairs of the judged classes, with their judgements.
	var tl judgedTally
	seen := map[[3]string]bool{}
	for _, p := range readDevSet(t) {
		if !p.held || !classes[p.class] {
			continue
		}
		j, ok := judged[[3]string{p.class, p.a, p.b}]
		if !ok {
			t.Errorf("held_judged.tsv lacks the held-out %s pair %q / %q", p.class, p.a, p.b)
			continue
		}
		seen[[3]string{p.class, p.a, p.b}] = true
		tl.add(p, j)
	}
	for k := range judged {
		if seen[k] {
			continue
		}
		t.Errorf("held_judged.tsv judges %s %q / %q, no held-out pair of pairs.tsv", k[0], k[1], k[2])
	}
	if t.Failed() {
		return
	}
	tl.log(t, "held-out part", "variant, one organisation, different", heldJudgedLabels)
}

// judgedTally gathers a judged file's pairs of one part: per class, how
// many of each judgement and how many of those names match calls one name,
// the pairs (all) and the judged-clean ones (clean, heldJudgedClean).
type judgedTally struct {
	labels, hits map[string]map[string]int // class -> judgement -> pairs
	all, clean   []devPair
}

func (tl *judgedTally) add(p devPair, j string) {
	if tl.labels == nil {
		tl.labels, tl.hits = map[string]map[string]int{}, map[string]map[string]int{}
	}
	if tl.labels[p.class] == nil {
		tl.labels[p.class], tl.hits[p.class] = map[string]int{}, map[string]int{}
	}
	tl.labels[p.class][j]++
	if devMatcher().Same(p.a, p.b) {
		tl.hits[p.class][j]++
	}
	tl.all = append(tl.all, p)
	if j == heldJudgedClean(p.class) {
		tl.clean = append(tl.clean, p)
	}
}

// log logs the part's judgements in the order labels gives them, with how
// many of each names match calls one name; the part's table beside the
// baselines, raw and of the clean pairs (what clean says they are) alone;
// and each clean pair names match gets wrong.
func (tl *judgedTally) log(t *testing.T, part, clean string, labels func(class string) []string) {
	t.Helper()
	// devTable scores the development part (held false) of what it is
	// given: hand it every pair as such.
	asDev := func(ps []devPair) []devPair {
		out := slices.Clone(ps)
		for i := range out {
			out[i].held = false
		}
		return out
	}
	var b strings.Builder
	for _, c := range slices.Sorted(maps.Keys(tl.labels)) {
		fmt.Fprintf(&b, "%s:", c)
		for _, j := range labels(c) {
			fmt.Fprintf(&b, " %s %d (matched %d)", j, tl.labels[c][j], tl.hits[c][j])
		}
		b.WriteString("\n")
	}
	t.Logf("%s: judgements, and how many of each names match calls one name:\n%s", part, b.String())
	t.Logf("%s, raw:\n%s", part, devTable(asDev(tl.all), false))
	t.Logf("%s, judged-clean pairs only (%s):\n%s", part, clean, devTable(asDev(tl.clean), false))
	for _, p := range tl.clean {
		s := devMatcher().Similarity(p.a, p.b)
		if (s >= SameThreshold) != !devLookalike(p.class) {
			t.Logf("clean %s\t%s\t%s\t%.3f", p.class, p.a, p.b, s)
		}
	}
}
