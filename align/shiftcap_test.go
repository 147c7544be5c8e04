package align

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestShiftCap: an English sentence translated by two Spanish ones, the
// second sharing no word with it, followed in the same paragraph by a
// sentence translated more freely (longer in English). The aligner pairs the English with the
// first Spanish sentence and glues the second to the next pair (a 1-2
// bead): the second half is not unmatched, so the join rule does not see
// it. The 1-1 bead must score at most joinCap: moving the glued sentence
// into it costs little more (WMT24 en-hi's Seattle Times 799809 scored
// 0.82-0.87 so; BENCHMARKS.md "(branch conf55)").
func TestShiftCap(t *testing.T) {
	first := func(s string, n int) string { // the first n lines
		ls := strings.SplitAfter(s, "\n")
		return strings.Join(ls[:n], "")
	}
	en := strings.Replace(first(joinEn, 10), "so do not start without them.\n", "so do not start without them.\nThe farmers meet every Friday morning in the old market square beside the church to talk.\n", 1)
	es := strings.Replace(first(joinEs, 11), "No deberías empezar sin preguntarles.\n", "No deberías empezar sin preguntarles.\nLos agricultores se reúnen cada viernes en la plaza.\n", 1)
	es = strings.Replace(es, " antes de planificar cualquier trabajo en los campos.", " antes de trabajar.", 1)
	res, err := Align(context.Background(), PresegmentedDocument(en), PresegmentedDocument(es), Options{NoDefaultDict: true})
	if err != nil {
		t.Fatal(err)
	}
	k := slices.IndexFunc(res.Beads, func(b Bead) bool { return b.Src == Span{4, 5} })
	if k < 0 || k+1 >= len(res.Beads) || res.Beads[k].Tgt != (Span{4, 5}) || res.Beads[k+1].Src != (Span{5, 6}) || res.Beads[k+1].Tgt != (Span{5, 7}) {
		t.Fatalf("the case no longer aligns 1-1 and 1-2 (a better alignment? then write another case): %v", res.Beads)
	}
	if s := res.Beads[k].Score; s > joinCap {
		t.Errorf("bead %v scores %.3f; want at most %.2f beside the 1-2 bead whose first target sentence may belong to it", res.Beads[k], s, joinCap)
	}
}
