package align

// refineTypes are the bead shapes the refinement's region search
// considers: the search's, and 3-3, 2-4, 4-2, 1-5 and 5-1, which the
// first search leaves out (they are rare, and cost a whole document's
// search a fifth more time) but which the gold of Text+Berg dev holds
// (2 beads 3-3 and 2 beads 1-5 of 383: a long period re-cut into three
// sentences, a list set as one sentence a line). Only a region around an
// uncertain bead can take them, at a shape cost extrapolating the
// search's (two per sentence beyond 1-1, and 2-2's extra half).
var refineTypes = append(append([]beadType(nil), beadTypes...),
	beadType{3, 3}, beadType{2, 4}, beadType{4, 2}, beadType{1, 5}, beadType{5, 1})

// refineMaxBead is the largest number of units on one side of a bead of
// the refinement (params.prior's size).
const refineMaxBead = 5

// The shape costs of the refinement's own shapes (see params.prior).
// Text+Berg dev, strict F1 with 3-3 and 2-4 at 6 / 7.5 / 9.5: 0.924 /
// 0.926 / 0.927; MAC 0.800 / 0.805 / 0.799.
const (
	refine33Prior = 7.5
	refine24Prior = 7.5
	refine15Prior = 8.0
)

// fitShapeCost is the part of bead s's shape cost that altMargin leaves
// out of a merged alternative: the shape cost of a shape the search does
// not consider. Before the refinement had shapes of its own, their costs
// were 0, and the score model was fitted on margins computed so (a merge
// into 3-3 or 2-4 priced at its length and match alone); the margins stay
// as fitted.
func fitShapeCost(p *params, s span) float64 {
	a, b := s.s1-s.s0, s.t1-s.t0
	for _, ty := range beadTypes {
		if ty.a == a && ty.b == b {
			return 0
		}
	}
	return p.prior[a][b]
}
