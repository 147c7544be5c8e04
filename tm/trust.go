package tm

import (
	"math"
	"strconv"
)

// Matches from aligned pairs. An aligned unit is an aligner's guess, and
// its score says how good a guess: on the development sets, pairs scoring
// 0.8 or more are at least 95% right, pairs under 0.3 only 53% to 94%
// (BENCHMARKS.md, "calibration"). A lookup lowers the score of a match whose
// unit is an aligned pair scored under TrustedAlignScore by AlignPenalty's
// points (Match.AlignPenalty), as CAT tools apply an alignment penalty
// (Trados) or a penalty per TM folder (OmegaT): a doubtful pair is never
// an exact or context match, and one under 0.5 never fills a target at
// the default minimum (DefaultMin). Units imported from TMX or XLIFF, or
// added or edited by a person, carry no aligner's score and keep theirs.
const (
	// TrustedAlignScore is the aligner's score from which an aligned pair
	// costs nothing: the calibrated promise of 95% right.
	TrustedAlignScore = 0.8
	// halfTrustScore is the score under which an aligned pair's match
	// never reaches DefaultMin, even in context (101).
	halfTrustScore = 0.5
	// penaltyAtHalf is the penalty at halfTrustScore: a context match
	// (101) falls to DefaultMin - 1.
	penaltyAtHalf = ContextScore - DefaultMin + 1
)

// ReviewedFile is the Origin.File of the aligned pairs that a person
// confirmed (the server's review page): they keep the aligner's score,
// and lose no points for it.
const ReviewedFile = "reviewed"

// AlignPenalty is the points a match of a unit from o loses: none for a
// unit that is no aligned pair (OriginKind), one a person confirmed
// (ReviewedFile) or one scored TrustedAlignScore or more; else, in proportion to how far its score s
// falls under it,
//
//	ceil(32 * (0.8 - s) / (0.8 - 0.5))
//
// that is 2 at 0.79, 11 at 0.7, 22 at 0.6, 32 at 0.5, 54 at 0.3, 80 at
// 0.056, 86 near 0: an exact match from a pair scored 0.7 is an 89,
// from one scored under 0.5 at most a 69.
func AlignPenalty(o Origin) int {
	if OriginKind(o) != OriginAligned || o.File == ReviewedFile || o.Score >= TrustedAlignScore {
		return 0
	}
	p := penaltyAtHalf * (TrustedAlignScore - o.Score) / (TrustedAlignScore - halfTrustScore)
	return int(math.Ceil(p - 1e-9)) // 1e-9: 0.8 - 0.5 is not 0.3 in floating point
}

// alignNote is what a match's outputs say of its alignment penalty:
// "aligned pair scored 0.06: -80".
func alignNote(m *Match) string {
	if m.AlignPenalty == 0 {
		return ""
	}
	return "aligned pair scored " + strconv.FormatFloat(m.Origin.Score, 'f', 2, 64) + ": -" + strconv.Itoa(m.AlignPenalty)
}

// penalize takes the alignment penalty of f's unit (its Origin set) from
// its score; an exact or context match becomes a fuzzy one. It reports
// whether f was penalized.
func penalize(f *found) bool {
	p := AlignPenalty(f.Origin)
	if p == 0 {
		return false
	}
	f.AlignPenalty = p
	f.Score = max(0, f.Score-p)
	if f.Kind == KindExact || f.Kind == KindContext {
		f.Kind = KindFuzzy
	}
	return true
}
