package align

import "slices"

// In two versions of one story in one language, a sentence and its
// counterpart share most of their words; two sentences that share almost
// none are not a pair however well their lengths agree. Without the
// paragraph marks, the seed's second English paired the sentence its
// editor dropped (English 12, the Iraqi minister on joint commissions)
// with the sentence it added in its place (second English 12, on
// Suleimani's death): equal lengths, 1% of the words shared, and a bead
// of 0.6 beat leaving both unmatched (2.6, the added one cheap as an
// orphan). A bilingual pair shares only names, numbers and learned
// words, so there a bead without shared evidence is common and right;
// the cost is for monolingual pairs only (monoSupport), at the sentence
// stage (paragraph and block units are compared on their own terms).

// unrelatedCost is what a bead pays on top of its cost when its sides
// share less than monoUnrelatedShare of the smaller side's feature mass
// (given as m, the bead's match) while that side has at least
// monoUnrelatedMass: zero unless the parameters set unrelated.
func (sc *scorer) unrelatedCost(s span, m float64) float64 {
	if sc.p.unrelated == 0 {
		return 0
	}
	small := min(sc.ms[s.s1]-sc.ms[s.s0], sc.mtMass[s.t1]-sc.mtMass[s.t0])
	if small < monoUnrelatedMass || m >= monoUnrelatedShare*small {
		return 0
	}
	return sc.p.unrelated
}

const (
	// monoUnrelated is the cost of an unrelated bead in a monolingual
	// pair: a skipped sentence's weight.
	monoUnrelated = 4.0
	// monoUnrelatedShare is the share of the smaller side's feature
	// mass under which a bead's sides count as unrelated.
	monoUnrelatedShare = 0.2
	// monoUnrelatedMass is the least feature mass of the smaller side
	// for the test: a short sentence may share nothing and still pair.
	monoUnrelatedMass = 8.0
)

// unrelatedMembers is what a bead of several sentences on a side pays
// for each of them that has at least monoUnrelatedMass and shares less
// than monoUnrelatedShare of it with the other side: the sentence an
// editor added glued to its neighbour's bead (the second English's
// Suleimani sentence, once it could not pair alone, joined the next pair
// as a 2-2). It scans the features directly and leaves the matcher's
// marks alone, so dp can call it between markRow and matchCell; it runs
// only for monolingual pairs, and in dp only for a bead that would win.
func (sc *scorer) unrelatedMembers(s span) float64 {
	if sc.p.unrelated == 0 || s.s1-s.s0 < 2 && s.t1-s.t0 < 2 {
		return 0
	}
	var c float64
	side := func(us, other []unit) {
		if len(us) < 2 {
			return
		}
		for _, u := range us {
			if u.mass < monoUnrelatedMass {
				continue
			}
			var m float64
			for _, f := range u.feats {
				for _, o := range other {
					if slices.Contains(o.feats, f) {
						m += float64(sc.mt.slots[f].w)
						break
					}
				}
			}
			if m < monoUnrelatedShare*u.mass {
				c += sc.p.unrelated
			}
		}
	}
	src, tgt := sc.src[s.s0:s.s1], sc.tgt[s.t0:s.t1]
	side(src, tgt)
	side(tgt, src)
	return c
}
