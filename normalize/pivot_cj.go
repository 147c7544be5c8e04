package normalize

// Polish cj. Polish spelling writes j, not i, after c before a vowel in
// words from Latin ci (Patrycja for Patricia, Alicja, Lucjan, Felicjan,
// Konstancja; Francja), since ci before a vowel spells ć there (ciało).
// The key reads cj before a vowel as the si it stands for (consonantPass),
// so Patrycja, Patricia are one key; the look-alike rules that compare a
// word's letters read it too (cjAsCi), so a man's -n after a woman's -a
// stays apart in Polish spelling as in Latin (Felicia, Felicjan; Felicia,
// Felician: finalN).

// cjAsCi reports whether lower-case words x and y, of one length, differ
// only in Polish cj against ci before a vowel.
func cjAsCi(x, y []byte) bool {
	if len(x) != len(y) {
		return false
	}
	apart := false
	for k := range x {
		if x[k] == y[k] {
			continue
		}
		if !(x[k] == 'i' && y[k] == 'j' || x[k] == 'j' && y[k] == 'i') || k == 0 || x[k-1] != 'c' || k+1 == len(x) || !isVowel(x[k+1]) {
			return false
		}
		apart = true
	}
	return apart
}
