package align

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestReviewSwappedParagraphs: two paragraphs of the seed's translation
// swapped are aligned in order, one of them paired and the other left
// unmatched on each side; the region that holds them says "paragraphs
// swapped" (issue 14), not "paragraphs joined" or "unmatched".
func TestReviewSwappedParagraphs(t *testing.T) {
	en := readParas(t, "irgc-iraq.en.seg.txt")
	for _, lang := range []string{"fr", "de", "en2"} {
		tgt := readParas(t, "irgc-iraq."+lang+".seg.txt")
		mid := len(tgt) / 2
		for _, at := range []int{mid, mid - 3} {
			ed := swapParas(at)
			t.Run(lang+" "+ed.name, func(t *testing.T) {
				tg, _, _ := ed.apply(tgt)
				res, err := Align(context.Background(), en.doc(), tg.doc(), Options{})
				if err != nil {
					t.Fatal(err)
				}
				st, _ := tg.starts()
				lo, hi := st[at], st[at]+len(tg[at])+len(tg[at+1])
				var got []string
				found := false
				for _, r := range res.Review {
					if r.Tgt.End <= lo || r.Tgt.Start >= hi {
						continue
					}
					got = append(got, r.Reason)
					found = found || strings.Contains(r.Reason, "paragraphs swapped")
				}
				// An alignment that pairs both paragraphs of the swap
				// right (impossible in order) or reports them another
				// way is a failure: the reviewer is not told.
				if !found {
					t.Errorf("regions over target sentences [%d,%d): %q; want one %q\n%s", lo, hi, got, "paragraphs swapped", beadsString(res))
				}
			})
		}
	}
}

// TestReviewRightParagraphsUnflagged: on the seed's unedited versions no
// region says "paragraphs out of order or missing" or "paragraphs
// joined" whose beads are all right (gold): right one-sentence
// paragraphs with little shared evidence were reported (paraThin).
func TestReviewRightParagraphsUnflagged(t *testing.T) {
	en := readSeg(t, "irgc-iraq.en.seg.txt")
	for _, lang := range []string{"fr", "de", "en2"} {
		tgt := readSeg(t, "irgc-iraq."+lang+".seg.txt")
		gold := readGold(t, filepath.Join("..", "testdata", "irgc-iraq.en-"+lang+".gold.txt"))
		ok := map[string]bool{}
		for _, l := range gold {
			ok[linkKey(l)] = true
		}
		res, err := Align(context.Background(), en, tgt, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res.Review {
			if !strings.Contains(r.Reason, reasonOrder) && !strings.Contains(r.Reason, reasonJoined) {
				continue
			}
			right := true
			for _, b := range res.Beads {
				if b.Src.Start >= r.Src.Start && b.Src.End <= r.Src.End && b.Tgt.Start >= r.Tgt.Start && b.Tgt.End <= r.Tgt.End && !ok[linkKey(LinkOf(b))] {
					right = false
				}
			}
			if right {
				t.Errorf("%s: region %v <-> %v (%s) holds only right beads", lang, r.Src, r.Tgt, r.Reason)
			}
		}
	}
}
