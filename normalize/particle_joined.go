package normalize

import "slices"

// The Arabic article inside a compound name written as one word. Arabic
// names of the form Abd al-X (servant of X) and X al-Din (X of the faith)
// are written joined as often as apart: Abdelmalek, Abdulmalik, Abd
// al-Malik; Salahaldin, Salah al-Din. The joined form writes the article
// inside the word (Abd-el-, Abdul-: the key reads both abdal), where the
// form written apart has it as a word of its own, which the matcher leaves
// out of the words it pairs (particles: al, bin, bint). Two such names
// whose keys are equal are one already (Abdelmalek, Abd al-Malek); with a
// spelling difference (Abdelmalek, Abd al-Malik: the Maghrebi e for i)
// the joined word was compared with the other's words less the article,
// abdalmalek against abdmalik, and the article counted as a difference.
// Comparing the whole keys instead would let the shared Abd al- outweigh
// the part that names the person (Abdulmalik, Abd al-Khaliq). So
// particleJoinedSim splits the joined word where the other name has the
// article: after a word of the other name that begins it, at the key's
// al, and pairs the words again (abd + malek against abd + malik).

// particleJoinedSim returns max(score, the word-pair score of the names
// with a word of the one that joins a word of the other, the article and a
// rest of three letters or more split in two) when score is under the
// threshold and the other name had an article left out of its words; the
// caller calls it only for names of different numbers of words.
func (s *simState) particleJoinedSim(score float64) float64 {
	if score >= SameThreshold {
		return score
	}
	if len(s.ta) < len(s.tb) && particleLeftOut(s.fullB, s.tb) {
		return s.splitArticle(score, &s.ta, &s.oa, s.tb)
	}
	if len(s.tb) < len(s.ta) && particleLeftOut(s.fullA, s.ta) {
		return s.splitArticle(score, &s.tb, &s.ob, s.ta)
	}
	return score
}

// particleLeftOut reports whether prepare left letters of the name out of
// its words toks that its full key has: a particle (al, bin, bint), or an
// organisation word read as its other form. It is worked out here, for the
// few pairs that get this far, rather than recorded by prepare for every
// word of every name.
func particleLeftOut(full []byte, toks []string) bool {
	n := 0
	for _, t := range toks {
		n += len(t)
	}
	return len(full) > n
}

// splitArticle tries each word of *toks that is a word of other, the
// key's article al and three letters or more, split after the article,
// and returns max(score, tokenScore) of the best; *toks and *opt are as
// they were on return.
func (s *simState) splitArticle(score float64, toks *[]string, opt *[]bool, other []string) float64 {
	orig, origOpt := *toks, *opt
	for i, t := range orig {
		if len(t) < 7 || len(orig) >= maxTokensCompared {
			continue
		}
		for _, u := range other {
			n := len(u)
			if n < 2 || len(t) < n+5 || t[:n] != u || t[n:n+2] != "al" {
				continue
			}
			// word i split in two: u, and what follows its article
			*toks = slices.Concat(orig[:i], []string{u, t[n+2:]}, orig[i+1:])
			*opt = slices.Concat(origOpt[:i], []bool{origOpt[i], false}, origOpt[i+1:])
			branch, kunya := s.branch, s.kunya
			score = max(score, s.tokenScore())
			s.branch, s.kunya = s.branch || branch, s.kunya || kunya
			*toks, *opt = orig, origOpt
		}
	}
	return score
}
