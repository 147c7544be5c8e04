package normalize

// vowelsSwapped reports whether the word in which two names differ has the
// same letters in both but two vowels (a, e, i, o, u), of two syllables,
// that change places (Olivares, Oliveras; Donati, Donita). Each vowel is
// its syllable's nucleus: a romanisation or a spelling convention writes
// a syllable's vowel in the syllable's place, so no convention moves the
// vowel qualities of two syllables at once, and the swap makes two other
// syllables, another name, where the edit distance's transposition counts
// half an edit. The two vowels are apart (one consonant or more between
// them) and neither is beside another vowel: swapped neighbours (Frieda,
// Freida; Wiener, Weiner) are one digraph's two spellings, and a vowel
// beside another is part of a diphthong that conventions write in either
// order. y is no vowel here: the Ukrainian and Russian forms of one name
// write i and y in either place (Soltysiuk, Soltisyuk). A pivot through an
// abjad writes neither vowel (Sarfadi, Sarfida), but the matcher scores
// those apart already, under the threshold, on the letters.
func (w *wordApart) vowelsSwapped() bool {
	x, y := w.words()
	if len(x) != len(y) {
		return false
	}
	i, j := -1, -1
	for k := range x {
		if x[k] == y[k] {
			continue
		}
		switch {
		case i < 0:
			i = k
		case j < 0:
			j = k
		default:
			return false // a third letter differs
		}
	}
	if j < i+2 || x[i] != y[j] || x[j] != y[i] || !isVowel(x[i]) || !isVowel(x[j]) {
		return false
	}
	return !besideVowel(x, i) && !besideVowel(x, j)
}

// besideVowel reports whether the letter at i of w has a vowel or y next to it.
func besideVowel(w []byte, i int) bool {
	return i > 0 && isVowelY(w[i-1]) || i+1 < len(w) && isVowelY(w[i+1])
}
