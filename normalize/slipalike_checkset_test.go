package normalize

import "testing"

// slipAlikeFloor: names match's false merges at most on the design half of
// testdata/slipalike, as measured when the set was added (branch
// slipcheck55: 16 of 271 and 24 of 531, none of them by listSlip; the
// rest are regnal names, "X of Y" titles and Chinese and Korean
// monarchs whose names differ in a short word or the first).
var slipAlikeFloor = map[string]float64{
	"lookalike-slip1": 0.060,
	"lookalike-slip2": 0.046,
}

// TestSlipAlikeCheckSet reads testdata/slipalike/checkset.tsv: two real,
// different persons (two entries of the UN list or of the UK list told
// apart by their years of birth, or two Wikidata items) whose names have
// as many words, three or more, and agree in all but one word, one edit
// (lookalike-slip1) or two (lookalike-slip2) apart: the look-alikes of a
// list's slip that listSlip (list_slip.go) must keep apart. listSlip joins
// none of the design pairs, either order, and names match keeps to
// slipAlikeFloor (BITEXT_DEVSET_TABLE=1 logs the table; with
// BITEXT_HELDOUT=1 the held-out half's, scored once, at the end of a piece
// of work).
func TestSlipAlikeCheckSet(t *testing.T) {
	pairs, held := readHalfSet(t, "testdata/slipalike/checkset.tsv", "slip look-alikes")
	if held {
		return
	}
	n := 0
	for _, p := range pairs {
		if p.held {
			continue
		}
		n++
		if listSlip(p.a, p.b) || listSlip(p.b, p.a) {
			t.Errorf("listSlip joins %q and %q (%s), two persons", p.a, p.b, p.class)
		}
	}
	if n < 500 {
		t.Errorf("%d design pairs, want at least 500", n)
	}
	checkDevFloors(t, "slipAlikeFloor", pairs, slipAlikeFloor, 200)
}
