package align

import "math"

// Versions of one story in one language (two agencies' English, a
// rewrite) share most of their words, and a sentence one version added
// shares few of its content words with the whole other version: what a
// bilingual pair shows only through names and numbers, a monolingual pair
// shows word by word. monoSupport measures it before the features are
// weighed (weigh drops words the other side lacks).

// monoSupport returns, when the two sides share enough of their words to
// be versions in one language (monoMinShared), each sentence's support:
// the IDF-weighted share of its words that occur anywhere on the other
// side (a sentence without words has support 1). It returns nil, nil for
// a bilingual pair. The cost is one pass over the features.
func monoSupport(table *featureTable, fs, ft [][]uint32) (ss, st []float64) {
	n := len(table.kinds)
	dfs := make([]int32, n)
	dft := make([]int32, n)
	count := func(lists [][]uint32, df []int32) {
		for _, l := range lists {
			for _, f := range l {
				if table.kinds[f] == kindWord {
					df[f]++
				}
			}
		}
	}
	count(fs, dfs)
	count(ft, dft)
	var both, only float64
	for f := range n {
		switch {
		case dfs[f] > 0 && dft[f] > 0:
			both += 2
		case dfs[f] > 0 || dft[f] > 0:
			only++
		}
	}
	if both == 0 || both/(both+only) < monoMinShared {
		return nil, nil
	}
	total := float64(len(fs) + len(ft))
	// A word's weight is its IDF over both sides, as weigh's.
	support := func(lists [][]uint32, other []int32, df, odf []int32) []float64 {
		out := make([]float64, len(lists))
		for i, l := range lists {
			var all, in float64
			for _, f := range l {
				if table.kinds[f] != kindWord {
					continue
				}
				w := math.Log(total / float64(df[f]+odf[f]))
				all += w
				if other[f] > 0 {
					in += w
				}
			}
			out[i] = 1
			if all > 0 {
				out[i] = in / all
			}
		}
		return out
	}
	return support(fs, dft, dfs, dft), support(ft, dfs, dft, dfs)
}

// monoMinShared is the least share of distinct words (counted once per
// side) that both sides use for a pair to count as one language.
// On the news development set the two English translations of one story
// share 0.45-0.85, a translation pair 0.24 at most (hunalign's dtm
// Hungarian-English; German-French 0.17).
const monoMinShared = 0.4

// monoSkips lowers the skip weight of the units of a monolingual pair
// that the other side does not support: a sentence whose words the other
// version lacks was added or dropped by its editor, and costs little to
// leave unmatched, down to monoSkipMin of a sentence's weight (a bead that
// glues it to its neighbour is the usual error otherwise). Support from
// monoSupportFull up keeps the full weight.
func monoSkips(us []unit, support []float64) {
	if support == nil {
		return
	}
	for i := range us {
		sh := (support[i] - monoSupportZero) / (monoSupportFull - monoSupportZero)
		us[i].skip = min(us[i].skip, max(monoSkipMin, min(1, sh)))
	}
}

const (
	monoSupportZero = 0.1
	monoSupportFull = 0.6
	monoSkipMin     = 0.25
)

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
			if sharedWeight(sc.mt, u, other) < monoUnrelatedShare*u.mass {
				c += sc.p.unrelated
			}
		}
	}
	src, tgt := sc.src[s.s0:s.s1], sc.tgt[s.t0:s.t1]
	side(src, tgt)
	side(tgt, src)
	return c
}
