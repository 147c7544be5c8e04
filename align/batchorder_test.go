package align

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

var batchOrders = flag.Int("batchorders", 0, "with -devsets: TestBatchOrders aligns each news set in one batch in this many seeded orders of its documents")

// TestBatchOrders measures how much a set's one-batch figure depends on
// the order of its documents (issue 14, branch batch49): each news set
// (TestNewsWide's and TestNewsDev's, -newswide to choose) aligned alone
// pair by pair and in one Batch in -batchorders seeded shuffles of its
// documents, the strict F1 of each order, their mean and spread. A
// report: it fails only when a batch loses a document or scores below
// 0.5.
func TestBatchOrders(t *testing.T) {
	if !*devsets || *batchOrders <= 0 {
		t.Skip("run with -devsets -batchorders N")
	}
	names, sets, files := newsWideSets(t, *newsHeldOut)
	if len(files) == 0 {
		t.Skip("no news data (testdata/bench/wmt21_news.sh fetches it)")
	}
	dn, ds := newsSets(t, *newsHeldOut)
	for _, n := range dn {
		names = append(names, n)
		sets[n] = ds[n]
	}
	part := "dev"
	if *newsHeldOut {
		part = "held-out"
	}
	var sumMean, sumAlone, sumSpread float64
	nsets := 0
	for _, name := range names {
		if !strings.Contains(name, *newsWideOnly) {
			continue
		}
		cases := sets[name]
		opts := Options{Lexicon: newsWideDict(t, name)}
		alone, _, _ := newsScore(t, cases, func(c newsCase) []Bead {
			res, err := Align(context.Background(), c.src, c.tgt, opts)
			if err != nil {
				t.Fatal(err)
			}
			return res.Beads
		})
		var f1s []float64
		for seed := range *batchOrders {
			order := slices.Clone(cases)
			rand.New(rand.NewPCG(uint64(seed)+1, 49)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			b := newsBatch(t, order, opts)
			if len(b) != len(cases) {
				t.Fatalf("%s order %d: %d documents aligned of %d", name, seed, len(b), len(cases))
			}
			// Scored in the set's own order, as TestNewsWide scores.
			s, _, _ := newsScore(t, cases, func(c newsCase) []Bead { return b[c.id] })
			if s.Strict.F1 < 0.5 {
				t.Errorf("%s order %d: one batch strict F1 %.3f", name, seed, s.Strict.F1)
			}
			f1s = append(f1s, s.Strict.F1)
		}
		var sum float64
		var sb strings.Builder
		below := 0
		for _, f := range f1s {
			sum += f
			fmt.Fprintf(&sb, " %.4f", f)
			if f < alone.Strict.F1 {
				below++
			}
		}
		mean := sum / float64(len(f1s))
		spread := slices.Max(f1s) - slices.Min(f1s)
		t.Logf("orders %s %-22s %3d docs: alone %.4f | one batch mean %.4f, min %.4f, max %.4f, spread %.4f, %d of %d below alone |%s",
			part, name, len(cases), alone.Strict.F1, mean, slices.Min(f1s), slices.Max(f1s), spread, below, len(f1s), sb.String())
		sumMean += mean
		sumAlone += alone.Strict.F1
		sumSpread += spread
		nsets++
	}
	if nsets > 0 {
		t.Logf("orders %s, %d sets: alone mean %.4f | one batch mean %.4f, mean spread %.4f", part, nsets, sumAlone/float64(nsets), sumMean/float64(nsets), sumSpread/float64(nsets))
	}
}
