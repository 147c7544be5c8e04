package align

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The structure cases (issue 14): a version of the seed article with a
// paragraph more in the middle, one with a paragraph dropped, one with two
// paragraphs swapped. The versions are the seed's five translations
// (testdata/irgc-iraq.*.seg.txt) edited paragraph-wise, with their gold
// alignments edited the same way; the added paragraphs are real sentences
// of another text in the same language (the development sets in
// ../shared/data/align), not text written for the test.

// paras is a presegmented document as paragraphs of sentences.
type paras [][]string

// readSeg reads a presegmented file of the repository's testdata (one
// sentence a line, an empty line between paragraphs).
func readSeg(t testing.TB, name string) Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return PresegmentedDocument(string(data))
}

// readSegFlat is readSeg without the paragraph marks, as a text without
// blank lines between its paragraphs reads.
func readSegFlat(t testing.TB, name string) Document {
	t.Helper()
	d := readSeg(t, name)
	d.Paragraphs = nil
	return d
}

func readParas(t testing.TB, name string) paras {
	t.Helper()
	d := readSeg(t, name)
	var out paras
	for _, sp := range paragraphSpans(d) {
		out = append(out, d.Sentences[sp.Start:sp.End])
	}
	return out
}

func (p paras) doc() Document {
	var d Document
	for k, ss := range p {
		for _, s := range ss {
			d.Sentences = append(d.Sentences, s)
			d.Paragraphs = append(d.Paragraphs, k)
		}
	}
	return d
}

// starts returns the index of each paragraph's first sentence, and the
// sentence count.
func (p paras) starts() ([]int, int) {
	var out []int
	n := 0
	for _, ss := range p {
		out = append(out, n)
		n += len(ss)
	}
	return out, n
}

// edit is a paragraph-wise edit of one side of a pair, with the matching
// edit of a gold alignment.
type edit struct {
	name string
	// apply returns the edited paragraphs and, for each old sentence
	// index, its new index (-1: dropped); added lists the new indexes of
	// sentences that have no counterpart.
	apply func(p paras) (q paras, remap []int, added []int)
}

func insertPara(at int, extra []string) edit {
	return edit{fmt.Sprintf("paragraph inserted before paragraph %d", at), func(p paras) (paras, []int, []int) {
		st, n := p.starts()
		q := slices.Insert(slices.Clone(p), at, extra)
		remap := make([]int, n)
		for i := range remap {
			remap[i] = i
			if i >= st[at] {
				remap[i] += len(extra)
			}
		}
		var added []int
		for k := range extra {
			added = append(added, st[at]+k)
		}
		return q, remap, added
	}}
}

func dropPara(at int) edit {
	return edit{fmt.Sprintf("paragraph %d dropped", at), func(p paras) (paras, []int, []int) {
		st, n := p.starts()
		q := slices.Delete(slices.Clone(p), at, at+1)
		remap := make([]int, n)
		for i := range remap {
			switch {
			case i < st[at]:
				remap[i] = i
			case i < st[at]+len(p[at]):
				remap[i] = -1
			default:
				remap[i] = i - len(p[at])
			}
		}
		return q, remap, nil
	}}
}

func swapParas(at int) edit {
	return edit{fmt.Sprintf("paragraphs %d and %d swapped", at, at+1), func(p paras) (paras, []int, []int) {
		st, n := p.starts()
		q := slices.Clone(p)
		q[at], q[at+1] = q[at+1], q[at]
		remap := make([]int, n)
		a, b := len(p[at]), len(p[at+1])
		for i := range remap {
			switch {
			case i < st[at] || i >= st[at]+a+b:
				remap[i] = i
			case i < st[at]+a:
				remap[i] = i + b
			default:
				remap[i] = i - a
			}
		}
		return q, remap, nil
	}}
}

// editGold applies an edit of the target side (tgtSide) or the source side
// to a gold alignment: remapped indexes, sentences whose partners were
// all dropped left unmatched, added sentences unmatched.
func editGold(gold []Link, remap, added []int, tgtSide bool) []Link {
	var out []Link
	for _, l := range gold {
		mine, other := l.Tgt, l.Src
		if !tgtSide {
			mine, other = l.Src, l.Tgt
		}
		var m []int
		for _, i := range mine {
			if remap[i] >= 0 {
				m = append(m, remap[i])
			}
		}
		slices.Sort(m)
		if len(m) == 0 && len(mine) > 0 {
			for _, o := range other { // partners dropped: each sentence unmatched
				out = append(out, sideLink(nil, []int{o}, tgtSide))
			}
			continue
		}
		out = append(out, sideLink(m, other, tgtSide))
	}
	for _, a := range added {
		out = append(out, sideLink([]int{a}, nil, tgtSide))
	}
	return out
}

func sideLink(mine, other []int, tgtSide bool) Link {
	if mine == nil {
		mine = []int{}
	}
	if other == nil {
		other = []int{}
	}
	if tgtSide {
		return Link{Src: other, Tgt: mine}
	}
	return Link{Src: mine, Tgt: other}
}

// foreignPara returns n consecutive sentences of another text in lang from
// the development sets, or nil when they are not there.
func foreignPara(t testing.TB, lang string, n int) []string {
	var file string
	switch lang {
	case "fr":
		file = "textberg_dev_de-fr/tgt.txt"
	case "de":
		file = "textberg_dev_de-fr/src.txt"
	case "en":
		file = "hunalign_dtm_hu-en/tgt.txt"
	default:
		return nil
	}
	data, err := os.ReadFile(filepath.Join(sharedAlign, file))
	if err != nil {
		return nil
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n")[200:] {
		// Whole sentences of words, as a news paragraph has.
		if len(l) >= 40 && !strings.Contains(l, "...") {
			out = append(out, l)
		}
		if len(out) == n {
			break
		}
	}
	return out
}

// reviewed says whether region list rs covers bead b.
func reviewed(rs []Region, b Bead) bool {
	for _, r := range rs {
		if r.Src.Start <= b.Src.Start && b.Src.End <= r.Src.End && r.Tgt.Start <= b.Tgt.Start && b.Tgt.End <= r.Tgt.End {
			return true
		}
	}
	return false
}

// silentErrors returns the beads with both sides that are not gold beads
// and that no review region covers: wrong pairs a translator would store
// without being told.
func silentErrors(gold []Link, res *Result) []Bead {
	ok := map[string]bool{}
	for _, l := range gold {
		ok[linkKey(l)] = true
	}
	var out []Bead
	for _, b := range res.Beads {
		if b.Src.Len() > 0 && b.Tgt.Len() > 0 && !ok[linkKey(LinkOf(b))] && !reviewed(res.Review, b) {
			out = append(out, b)
		}
	}
	return out
}

func beadsString(res *Result) string {
	var sb strings.Builder
	for _, b := range res.Beads {
		fmt.Fprintf(&sb, "%s:%s %.2f  ", b.Src, b.Tgt, b.Score)
	}
	return sb.String()
}

// TestStructure edits each seed version paragraph-wise and checks that no
// edit adds a wrong pair that goes unreported, that an inserted paragraph
// comes out unmatched as a whole and reported, and that the sentences of a
// dropped paragraph do too.
func TestStructure(t *testing.T) {
	en := readParas(t, "irgc-iraq.en.seg.txt")
	for _, lang := range []string{"fr", "de", "fa", "ar", "en2"} {
		tgt := readParas(t, "irgc-iraq."+lang+".seg.txt")
		gold := readGold(t, filepath.Join("..", "testdata", "irgc-iraq.en-"+lang+".gold.txt"))
		base, err := Align(context.Background(), en.doc(), tgt.doc(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		baseErrs := len(silentErrors(gold, base))
		mid := len(tgt) / 2
		edits := []struct {
			e       edit
			tgtSide bool
		}{
			{dropPara(mid), true},
			{dropPara(mid - 2), true},
			{swapParas(mid), true},
			{swapParas(mid - 3), true},
		}
		if extra := foreignPara(t, strings.TrimSuffix(lang, "2"), 3); extra != nil {
			edits = append(edits, struct {
				e       edit
				tgtSide bool
			}{insertPara(mid, extra), true})
		}
		if extra := foreignPara(t, "en", 2); extra != nil {
			edits = append(edits, struct {
				e       edit
				tgtSide bool
			}{insertPara(len(en)/2, extra), false})
		}
		for _, ed := range edits {
			side := "target"
			if !ed.tgtSide {
				side = "source"
			}
			t.Run(lang+" "+side+" "+ed.e.name, func(t *testing.T) {
				s, tg := en, tgt
				var remap, added []int
				if ed.tgtSide {
					tg, remap, added = ed.e.apply(tgt)
				} else {
					s, remap, added = ed.e.apply(en)
				}
				g := editGold(gold, remap, added, ed.tgtSide)
				res, err := Align(context.Background(), s.doc(), tg.doc(), Options{})
				if err != nil {
					t.Fatal(err)
				}
				// The learning pass raises no wrong bead to a score a
				// translator would store unread (0.8) unless the
				// evidence without it put the bead there.
				plain, err := Align(context.Background(), s.doc(), tg.doc(), Options{NoLearn: true})
				if err != nil {
					t.Fatal(err)
				}
				okGold := map[string]bool{}
				for _, l := range g {
					okGold[linkKey(l)] = true
				}
				for _, b := range res.Beads {
					if b.Score < 0.8 || okGold[linkKey(LinkOf(b))] {
						continue
					}
					i := slices.IndexFunc(plain.Beads, func(p Bead) bool { return p.Src == b.Src && p.Tgt == b.Tgt })
					if i < 0 || plain.Beads[i].Score < 0.8 {
						t.Errorf("wrong bead %s:%s scores %.2f after learning; want < 0.8 (without learning: %v)", b.Src, b.Tgt, b.Score, plain.Beads)
					}
				}
				if errs := silentErrors(g, res); len(errs) > baseErrs {
					t.Errorf("%d wrong pairs not reported for review (%d without the edit): %v\n%s", len(errs), baseErrs, errs, beadsString(res))
				}
				// An added paragraph comes out whole: each of its
				// sentences unmatched and reported.
				for _, a := range added {
					for _, b := range res.Beads {
						in := b.Tgt
						if !ed.tgtSide {
							in = b.Src
						}
						if in.Start <= a && a < in.End && (b.Src.Len() > 0 && b.Tgt.Len() > 0 || !reviewed(res.Review, b)) {
							t.Errorf("added sentence %d in bead %s:%s %.2f (want it unmatched and reviewed)\n%s", a, b.Src, b.Tgt, b.Score, beadsString(res))
						}
					}
				}
			})
		}
	}
}

// TestParaGroups: an unmatched paragraph is searched with the
// neighbouring join that holds one paragraph on its side, and with no
// other bead.
func TestParaGroups(t *testing.T) {
	for _, tc := range []struct {
		path []span
		want string
	}{
		// 2-1 join, then a target paragraph left over: grouped.
		{[]span{{0, 1, 0, 1}, {1, 3, 1, 2}, {3, 3, 2, 3}, {3, 4, 3, 4}}, "[[0 1] [1 3] [3 4]]"},
		// The same before the join.
		{[]span{{0, 1, 0, 1}, {1, 1, 1, 2}, {1, 3, 2, 3}}, "[[0 1] [1 3]]"},
		// A source paragraph left over next to a 2-1 join whose single
		// paragraph is on the target side: not that signature.
		{[]span{{0, 2, 0, 1}, {2, 3, 1, 1}}, "[[0 1] [1 2]]"},
		// 1-2 join and a source paragraph left over: grouped.
		{[]span{{0, 1, 0, 2}, {1, 2, 2, 2}}, "[[0 2]]"},
		// 1-1 beads and skips: nothing grouped.
		{[]span{{0, 1, 0, 1}, {1, 1, 1, 2}, {1, 2, 2, 3}}, "[[0 1] [1 2] [2 3]]"},
		// A skip between two joins goes with the one before.
		{[]span{{0, 2, 0, 1}, {2, 2, 1, 2}, {2, 4, 2, 3}}, "[[0 2] [2 3]]"},
	} {
		if got := fmt.Sprint(paraGroups(tc.path)); got != tc.want {
			t.Errorf("paraGroups(%v) = %s; want %s", tc.path, got, tc.want)
		}
	}
}

// TestPathCost: pathCost counts a path as dp does, a skip after a skip of
// its side at skipRun of its cost.
func TestPathCost(t *testing.T) {
	p := defaultParams()
	p.skipRun = 0.25
	us := []unit{{skip: 1, chars: 10}, {skip: 1, chars: 10}, {skip: 1, chars: 10}}
	ut := []unit{{skip: 1, chars: 10}}
	sc := newScorer(&p, us, ut, newMatcher(nil))
	path := []span{{0, 1, 0, 1}, {1, 2, 1, 1}, {2, 3, 1, 1}}
	want := sc.cost(path[0]) + p.skip + 0.25*p.skip
	if got := pathCost(sc, path); got != want {
		t.Errorf("pathCost = %.3f; want %.3f", got, want)
	}
}
