package normalize

import (
	"strings"
	"unicode"
)

// Names in capitals (issue 11). Sanctions lists and passports write names
// in capitals, and the Japanese readings of baseStage look at the letters
// of names in their case only: the moraic n written m (hepburnmm.go: Homma,
// Honma) and the passport's oh (passportoh.go: Ohyama, Oyama) find no
// lower-case mm or h in HOMMA or OHYAMA, so a pair they join in its case
// stayed apart in capitals (main fa840ef0: 59 of hep-variant's 1,836
// design pairs). When both names are in capitals and the pair scores
// under 1 (under the threshold for the mm), readCapitalsJapanese reads them
// as their words with a capital and small letters (HOMMA, Homma) for these
// two readings, and keeps that reading only when one of them reads the
// pair; else the names stay as written. A name in capitals against one in
// its case is left: one side alone in capitals may be an acronym.

// bothInCapitals reports whether a and b are both names in capitals: each
// opens with two ASCII capitals and has no small letter.
func bothInCapitals(a, b string) bool {
	return opensInCapitals(a) && opensInCapitals(b) && noSmallLetter(a) && noSmallLetter(b)
}

// opensInCapitals reports whether s opens with two ASCII capitals: the
// cheap test before noSmallLetter.
func opensInCapitals(s string) bool {
	return len(s) >= 2 && 'A' <= s[0] && s[0] <= 'Z' && 'A' <= s[1] && s[1] <= 'Z'
}

// noSmallLetter reports whether s has no lower-case letter.
func noSmallLetter(s string) bool {
	for _, c := range s {
		if unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// nameCase writes s, a name in capitals, with each word's first letter a
// capital and the others small (HOMMA MATSU, Homma Matsu; O-HARA, O-Hara).
func nameCase(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + 4)
	first := true
	for _, c := range s {
		if unicode.IsLetter(c) {
			if !first {
				c = unicode.ToLower(c)
			}
			first = false
		} else {
			first = true
		}
		sb.WriteRune(c)
	}
	return sb.String()
}

// readCapitalsJapanese reads p's names, both in capitals, in name case
// (nameCase) for the Japanese readings of baseStage (the moraic n written
// m, the passport's oh), and returns the score as read when one of them
// reads the pair; else it leaves p as it was and returns score.
func readCapitalsJapanese(r *stageRun, p *pairSim, score float64) float64 {
	ta, tb := nameCase(p.a), nameCase(p.b)
	was := *p
	if score < SameThreshold && hepburnMMPair(ta, tb) {
		p.rereadAs(ta, tb)
		if readHepburnMM(r, p) {
			return r.movedNames(score, r.s.similarity(p.a, p.b), "names in capitals read in their case, Japanese mm read as nm (Hepburn)", p.a, p.b)
		}
		*p = was
	}
	if score >= conventionFloor && passportOhSign(ta) != passportOhSign(tb) {
		p.rereadAs(ta, tb)
		if read, ok := readPassportOh(r, p, score); ok {
			r.noteNames("names in capitals read in their case, the passport's oh read as a long o (Ohyama, Ōyama)", p.a, p.b)
			return read
		}
		*p = was
		r.s.similarity(p.a, p.b) // what it leaves in s for the names as written
	}
	return score
}

// readingsInCase returns score, or more when one of the name readings
// (nameReadings) reads a and b, both in capitals, as one name once written
// in their case (EUGENIA, EUGENIE as Eugenia, Eugenie: a feminine -ie;
// BROUN, BROWN: an English w): the readings look at small letters.
func readingsInCase(r *stageRun, a, b string, score float64) float64 {
	ta, tb := nameCase(a), nameCase(b)
	for _, rd := range nameReadings {
		if score < SameThreshold && (rd.off < 0 || conventionsOff&(1<<rd.off) == 0) {
			score = r.moved(score, rd.sim(r.s, ta, tb, score), rd.what+", names in capitals read in their case")
		}
	}
	return score
}
