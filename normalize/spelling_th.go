package normalize

import "strings"

// The digraph th. editSim reads th as one letter: the th of English and
// Greek names and of Arabic ث, which other renderings write t or s
// ("Othman", "Osman"). In romanized Arabic, Persian and Hebrew, though, t
// is often followed by an h that is a letter of its own (ح, ه): "Fath"
// (فتح) is f-a-t-h, and a rendering that writes the short vowel shows it:
// "Fateh". When one word has th where the other has t, a vowel and h,
// thApartSim reads th as two letters in both words, at a small cost. The
// key drops a final h after a vowel ("Fatimah" is "Fatima"), so a word
// that ends in te has its h given back for this reading
// against a word that ends in th ("Fath", key fath, and "Fateh", key
// fate).

// thApartPenalty is what reading th as t and h costs a pair of words.
const thApartPenalty = 0.04

// thApartSim returns the better of sim and the similarity of the folded
// words x and y with th read as t and h, when one of them has th and the
// other has t, a vowel and h ("Fath", "Fateh").
func (s *simState) thApartSim(x, y string, sim float64) float64 {
	if sim >= SameThreshold {
		return sim
	}
	restore := false // give y its final h back
	switch {
	case hasTh(x) && hasTVowelH(y):
	case hasTh(y) && hasTVowelH(x):
		x, y = y, x
	case strings.HasSuffix(x, "th") && endsTVowel(y):
		restore = true
	case strings.HasSuffix(y, "th") && endsTVowel(x):
		x, y, restore = y, x, true
	default:
		return sim
	}
	s.sa, s.saOf = splitTh(symbolsWith(s.sa[:0], x, true)), ""
	s.sb = splitTh(symbolsWith(s.sb[:0], y, true))
	if restore {
		s.sb = append(s.sb, 'h') // the final h the key dropped
	}
	return max(sim, s.editSyms()-thApartPenalty)
}

func hasTh(w string) bool { return strings.Contains(w, "th") }

// hasTVowelH reports whether folded word w has t, one vowel and h.
func hasTVowelH(w string) bool {
	for i := 0; i+2 < len(w); i++ {
		if w[i] == 't' && isVowel(w[i+1]) && w[i+2] == 'h' {
			return true
		}
	}
	return false
}

// endsTVowel reports whether folded word w ends in te, which the key
// writes for -teh ("Fateh"). Other vowels are left alone: a final -ta or
// -ti is as often written without an h (Keita is not Keith).
func endsTVowel(w string) bool {
	n := len(w)
	return n >= 3 && w[n-2] == 't' && w[n-1] == 'e'
}

// splitTh rewrites each th symbol of syms as t and h.
func splitTh(syms []rune) []rune {
	n := 0
	for _, r := range syms {
		if r == symTh {
			n++
		}
	}
	if n == 0 {
		return syms
	}
	syms = append(syms, make([]rune, n)...)
	j := len(syms) - 1
	for i := len(syms) - n - 1; i >= 0; i-- {
		if syms[i] == symTh {
			syms[j], syms[j-1] = 'h', 't'
			j -= 2
		} else {
			syms[j] = syms[i]
			j--
		}
	}
	return syms
}
