package align

import (
	"context"
	"flag"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// A bead beside an unmatched sentence: is its score honest? aligntrial's
// one wrong pair at >= 0.8 was a 1-1 bead whose source was translated by
// its target and the unmatched target sentence after it. These tests
// measure, on the development sets and their cut versions, the share of
// beads scoring >= 0.8 that are exactly right, split by whether a 1-0 or
// 0-1 bead of the same paragraph stands just before or after them.

// nextTally counts beads scoring >= 0.8 and the right ones among them,
// next to an unmatched sentence [1] or not [0].
type nextTally struct{ n, right [2]int }

func (t nextTally) add(u nextTally) nextTally {
	for k := range 2 {
		t.n[k] += u.n[k]
		t.right[k] += u.right[k]
	}
	return t
}

func (t nextTally) String() string {
	f := func(k int) string {
		if t.n[k] == 0 {
			return "0 -"
		}
		return fmt.Sprintf("%d/%d %.3f", t.right[k], t.n[k], float64(t.right[k])/float64(t.n[k]))
	}
	return fmt.Sprintf("next to unmatched %s | not %s", f(1), f(0))
}

// nextToUnmatched reports whether beads[k] (with both sides) has a 1-0 or
// 0-1 neighbour in the same paragraph: the unmatched sentence's paragraph
// is that of the bead's sentence next to it on its side (a document
// without marks is one paragraph).
func nextToUnmatched(src, tgt Document, beads []Bead, k int) bool {
	para := func(d Document, i int) int {
		if d.Paragraphs == nil {
			return 0
		}
		return d.Paragraphs[i]
	}
	for _, j := range []int{k - 1, k + 1} {
		if j < 0 || j >= len(beads) {
			continue
		}
		o := beads[j]
		if o.Src.Len() > 0 && o.Tgt.Len() > 0 {
			continue
		}
		d, sp, own := src, o.Src, beads[k].Src
		if o.Src.Len() == 0 {
			d, sp, own = tgt, o.Tgt, beads[k].Tgt
		}
		if sp.Len() == 0 {
			continue
		}
		// The bead's sentence that touches the unmatched one.
		near, far := own.End-1, sp.Start // the unmatched sentence after
		if j < k {
			near, far = own.Start, sp.End-1
		}
		if para(d, near) == para(d, far) {
			return true
		}
	}
	return false
}

// nextShow: TestNextToUnmatchedDev logs each wrong bead beside an
// unmatched sentence.
var nextShow = flag.Bool("nextshow", false, "TestNextToUnmatchedDev: log each wrong bead beside an unmatched sentence")

// tallyNext aligns src and tgt and tallies their beads scoring >= 0.8 by
// gold (keyed by linkKey of key(b)).
func tallyNext(t testing.TB, src, tgt Document, gold map[string]bool, key func(Bead) Link) nextTally {
	t.Helper()
	res, err := Align(context.Background(), src, tgt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out nextTally
	for k, b := range res.Beads {
		if b.Src.Len() == 0 || b.Tgt.Len() == 0 || b.Score < 0.8 {
			continue
		}
		i := 0
		if nextToUnmatched(src, tgt, res.Beads, k) {
			i = 1
		}
		out.n[i]++
		if gold[linkKey(key(b))] {
			out.right[i]++
		} else if i == 1 && *nextShow {
			t.Logf("wrong next to unmatched: %v %.3f; neighbours %v / %v", LinkOf(b), b.Score, res.Beads[max(0, k-1)], res.Beads[min(len(res.Beads)-1, k+1)])
		}
	}
	return out
}

// TestNextToUnmatchedDev prints, for each development set whole and for
// the cut versions of TestPartialDev (with -partial), the share right of
// beads scoring >= 0.8 beside an unmatched sentence and of the others.
// Run with -devsets -v (and -partial for the cuts: a few minutes).
func TestNextToUnmatchedDev(t *testing.T) {
	if !*devsets {
		t.Skip("run with -devsets")
	}
	var all nextTally
	for _, set := range calibSets {
		docs, gold := devSet(t, set)
		ok := map[string]bool{}
		for _, l := range gold {
			ok[linkKey(l)] = true
		}
		var sum nextTally
		for _, d := range docs {
			sum = sum.add(tallyNext(t, Document{Sentences: d.src}, Document{Sentences: d.tgt}, ok, d.link))
		}
		t.Logf("%-26s whole: %v", set, sum)
		all = all.add(sum)
	}
	var seed nextTally
	for _, lang := range []string{"fr", "de", "fa", "ar", "en2"} {
		d := seedPartial(t, lang)
		seed = seed.add(tallyPartial(t, d))
	}
	t.Logf("%-26s whole: %v", "seed versions (marks)", seed)
	all = all.add(seed)
	t.Logf("all whole: %v", all)
	if n, r := all.n[1], all.right[1]; n > 0 && float64(r) < 0.95*float64(n) {
		t.Errorf("whole sets: %d of the %d beads scoring >= 0.8 beside an unmatched sentence are right; want >= 95%%", r, n)
	}
	if !*partialFlag {
		return
	}
	var cuts nextTally
	sets := []string{"seed", "textberg_dev_de-fr", "hunalign_dtm_hu-en", "mac_dev_zh-en"}
	for _, name := range sets {
		var pd []partialDoc
		var filler []string
		if name == "seed" {
			for _, lang := range []string{"fr", "de", "fa", "ar", "en2"} {
				pd = append(pd, seedPartial(t, lang))
			}
			filler = steinbeckLines(t, 1, 400)
		} else {
			docs, gold := devSet(t, name)
			for k, d := range docs {
				pd = append(pd, partialDoc{name: fmt.Sprintf("%s/%d", name, k), src: Document{Sentences: d.src}, tgt: Document{Sentences: d.tgt}, gold: docGold(gold, d)})
			}
			if name == "hunalign_dtm_hu-en" {
				filler = steinbeckLines(t, 0, 6000)
			}
		}
		var sum nextTally
		for k, d := range pd {
			f := filler
			if name == "mac_dev_zh-en" {
				f = pd[(k+1)%len(pd)].src.Sentences
			}
			for _, c := range partialCases(d, f)[1:] {
				sum = sum.add(tallyPartial(t, c))
			}
		}
		t.Logf("%-26s cut versions: %v", name, sum)
		cuts = cuts.add(sum)
	}
	t.Logf("all cut versions: %v", cuts)
	if n, r := cuts.n[1], cuts.right[1]; n > 0 && float64(r) < 0.95*float64(n) {
		t.Errorf("cut versions: %d of the %d beads scoring >= 0.8 beside an unmatched sentence are right; want >= 95%%", r, n)
	}
}

// tallyPartial is tallyNext of a partialDoc.
func tallyPartial(t testing.TB, c partialDoc) nextTally {
	ok := map[string]bool{}
	for _, l := range c.gold {
		ok[linkKey(l)] = true
	}
	return tallyNext(t, c.src, c.tgt, ok, LinkOf)
}

// TestJoinableBeside: an English sentence whose Spanish translation is
// two sentences, the first as long as the English and the second sharing
// no word with it, at the end of a paragraph of a version that leaves
// out the English's last paragraph (a partial pair, where skipping is
// cheap). The aligner pairs the English with the first Spanish sentence
// and leaves the second unmatched; the pair must score at most joinCap
// and be listed for review together with the unmatched sentence, so that
// the translator sees both (before: the unmatched sentence alone).
func TestJoinableBeside(t *testing.T) {
	src := PresegmentedDocument(joinEn)
	tgt := PresegmentedDocument(joinEs)
	// Without Debian's Spanish dictionary, which joins the two Spanish
	// sentences to the English one where it is installed (a right 1-2
	// bead): the case is the aligner's without word translations.
	res, err := Align(context.Background(), src, tgt, Options{NoDefaultDict: true})
	if err != nil {
		t.Fatal(err)
	}
	k := slices.IndexFunc(res.Beads, func(b Bead) bool { return b.Src == Span{4, 5} })
	if k < 0 || k+1 >= len(res.Beads) || res.Beads[k].Tgt != (Span{4, 5}) || res.Beads[k+1].Tgt != (Span{5, 6}) || res.Beads[k+1].Src.Len() != 0 {
		t.Fatalf("the case no longer aligns 1-1 and 0-1 (a better alignment? then write another case): %v", res.Beads)
	}
	if s := res.Beads[k].Score; s > joinCap {
		t.Errorf("bead %v scores %.3f; want at most %.2f beside the unmatched sentence that may belong to it", res.Beads[k], s, joinCap)
	}
	found := false
	for _, r := range res.Review {
		if r.Src.Start <= 4 && r.Src.End >= 5 && r.Tgt.Start <= 4 && r.Tgt.End >= 6 && strings.Contains(r.Reason, reasonJoin) {
			found = true
		}
	}
	if !found {
		t.Errorf("no review region holds the bead and the unmatched sentence beside it: %v", res.Review)
	}
}

const joinEn = `The river rises in the northern hills and flows for about 300 kilometres before it reaches the sea at Porto Velho.
In spring the melting snow fills its bed, and the valley towns have built walls along the banks since 1870.
Farmers in the lower valley grow rice, beans and maize on land that the floods cover every second or third year.
The regional council spent 45 million euros on new dams between 1995 and 2010, but the villagers say little has changed.
It is important to speak with the 40 older farmers of Porto Velho before any work, so do not start without them.

Most of them have lived through several great floods and remember where the water stood in 1954 and 1983.
Their knowledge is rarely written down, and much of it will be lost when they are gone.
The council now records these accounts in a public archive that opened in Porto Velho last March.
Visitors can listen to more than 600 interviews there, in Portuguese and in two local languages.
The archive is open from Tuesday to Saturday, and entry is free for schools.

The city library will close for repairs from the first of June until the end of September.
During the works, books can be returned at the town hall, which keeps longer opening hours in summer.
The new reading room on the second floor will have forty seats and a small corner for children.
Builders expect the roof to be finished before the autumn rains begin.
The mayor said the repairs had been delayed for almost ten years by a dispute over the cost.
A second phase, planned for 2028, would add a lift and a café on the ground floor.
Residents can follow the progress of the works on a board outside the main entrance.
`

const joinEs = `El río nace en las colinas del norte y recorre unos 300 kilómetros antes de llegar al mar en Porto Velho.
En primavera la nieve derretida llena su cauce, y los pueblos del valle han construido muros a lo largo de las orillas desde 1870.
Los agricultores del valle bajo cultivan arroz, judías y maíz en tierras que las crecidas cubren cada dos o tres años.
El consejo regional gastó 45 millones de euros en nuevas presas entre 1995 y 2010, pero los aldeanos dicen que poco ha cambiado.
Es importante hablar con los 40 agricultores más viejos de Porto Velho antes de planificar cualquier trabajo en los campos.
No deberías empezar sin preguntarles.

La mayoría de ellos ha vivido varias grandes crecidas y recuerda dónde llegó el agua en 1954 y en 1983.
Su saber rara vez se pone por escrito, y gran parte se perderá cuando ya no estén.
El consejo registra ahora estos relatos en un archivo público que abrió en Porto Velho el pasado marzo.
Los visitantes pueden escuchar allí más de 600 entrevistas, en portugués y en dos lenguas locales.
El archivo abre de martes a sábado, y la entrada es gratuita para las escuelas.
`
