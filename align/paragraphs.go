package align

// Structure checks (doc.go, "Paragraphs"): the paragraph stage aligns
// paragraphs in order, so a paragraph a version dropped, or two it
// swapped, can leave paragraph beads that pair the wrong paragraphs with
// sentence beads that look plausible one by one. checkParagraphs compares
// each paired paragraph with its neighbours on the other side and flags
// the paragraph beads whose paragraphs match a neighbour outside the bead
// better than their own partner, or whose paragraphs match in another
// order inside it. Every sentence bead of a flagged paragraph bead is
// reported for review, whatever its score.

// Review reasons, as WriteReview shows them.
const (
	reasonLow       = "low score"
	reasonUnmatched = "unmatched"
	reasonOrder     = "paragraphs out of order or missing"
	reasonCrosses   = "joins sentences across a paragraph break"
	// reasonJoined is reasonOrder for a paragraph bead that joins
	// paragraphs: a merge whose partner or order is unsure.
	reasonJoined = "paragraphs joined"
)

// paraWindow is how many paragraphs beyond a paragraph bead's partner
// range the check compares with: 2 missed a swap in the Arabic version
// of the seed, whose few shared features (names, numbers) make the
// paragraphs' shares noisy.
const paraWindow = 3

// paraMargin is how much better (as a share of the evidence shared) a
// neighbour must match for a paragraph bead to be flagged. On the seed
// article's unedited versions the check flags 0 of 13 pairs (de), 0 of
// 12 (fr, the 2 reviewed join paragraphs), 4 of 14 (fa), 10 of 13 (ar),
// 3 of 15 (en2): a person reviews more where the evidence is thin.
const paraMargin = 0.04

// checkParagraphs returns, for each paragraph bead of path (over
// paragraph units, scored by sc), whether it is suspect.
func checkParagraphs(sc *scorer, path []span) []bool {
	n, m := len(sc.src), len(sc.tgt)
	sim := func(i, j int) float64 {
		s := span{i, i + 1, j, j + 1}
		mass := (sc.ms[i+1] - sc.ms[i] + sc.mtMass[j+1] - sc.mtMass[j]) / 2
		if mass <= 0 {
			return 0
		}
		return sc.match(s) / mass
	}
	out := make([]bool, len(path))
	for k, b := range path {
		if b.s1 == b.s0 || b.t1 == b.t0 {
			continue
		}
		// best returns the best partner in [lo,hi) of paragraph x (a
		// source paragraph when src), and its share.
		best := func(x int, src bool, lo, hi int) (int, float64) {
			bj, bs := -1, 0.0
			for y := lo; y < hi; y++ {
				var s float64
				if src {
					s = sim(x, y)
				} else {
					s = sim(y, x)
				}
				if s > bs {
					bj, bs = y, s
				}
			}
			return bj, bs
		}
		check := func(x int, src bool) bool {
			lo, hi, n2 := b.t0, b.t1, m
			if !src {
				lo, hi, n2 = b.s0, b.s1, n
			}
			_, own := best(x, src, lo, hi)
			_, before := best(x, src, max(0, lo-paraWindow), lo)
			_, after := best(x, src, hi, min(n2, hi+paraWindow))
			return max(before, after) > own+paraMargin
		}
		prev := -1
		for i := b.s0; i < b.s1 && !out[k]; i++ {
			j, _ := best(i, true, b.t0, b.t1)
			out[k] = check(i, true) || j < prev
			prev = max(prev, j)
		}
		prev = -1
		for j := b.t0; j < b.t1 && !out[k]; j++ {
			i, _ := best(j, false, b.s0, b.s1)
			out[k] = check(j, false) || i < prev
			prev = max(prev, i)
		}
	}
	return out
}
