package normalize

import "strings"

// The Portuguese final nasal m against the Spanish accented n. Portuguese
// writes a final nasal vowel with m (Martim, Joaquim, Bom); Spanish
// writes the same ending with n, and as the stress falls on it, with an
// acute accent (Martín, Joaquín, Ramón): Martim and Martín are one name,
// and the Russian label of both is Мартин. The key keeps m and n apart
// (Karim and Karin, Selim and Selin are two names), so a pair of names under
// the threshold is read again with the Portuguese -im, -om, -um written
// -in, -on, -un, only when the other name has the Spanish ending with its
// accent (-ín, -ón, -ún): the accent is what tells the Spanish spelling.
// The names are read as written, as cedillaSim does: the key has lost the
// accent.

// spanishOxytoneN holds the Spanish stressed endings the reading looks for
// and the Portuguese letters that write the same vowel.
var spanishOxytoneN = [...]struct{ es, pt string }{{"ín", "im"}, {"ón", "om"}, {"ún", "um"}}

// nasalMSim returns max(score, the similarity of names a and b with a
// Portuguese final -m of one read n, less a convention's cost), when the
// other has the Spanish accented ending of the same vowel.
func (s *simState) nasalMSim(a, b string, score float64) float64 {
	if !strings.ContainsRune(a, 'm') && !strings.ContainsRune(b, 'm') {
		return score
	}
	return s.readAgainst(a, b, score, nasalMReading)
}

// nasalMReading returns name with each word of four letters or more that
// ends in -im, -om or -um written -in, -on, -un, for the vowels whose
// Spanish ending -ín, -ón, -ún ends a word of other; or "" when none is.
func nasalMReading(name, other string) string {
	var out []byte
	for _, e := range spanishOxytoneN {
		if !endsWord(other, e.es) {
			continue
		}
		for i := 3; i < len(name); i++ {
			if name[i-1:i+1] != e.pt || i+1 < len(name) && isLetterByte(name[i+1]) {
				continue
			}
			if !isLetterByte(name[i-2]) || !isLetterByte(name[i-3]) {
				continue // three letters or fewer: Bom, Tim
			}
			if out == nil {
				out = []byte(name)
			}
			out[i] = 'n'
		}
	}
	if out == nil {
		return ""
	}
	return string(out)
}

// endsWord reports whether a word of name ends in suffix.
func endsWord(name, suffix string) bool {
	for i := strings.Index(name, suffix); i >= 0; {
		j := i + len(suffix)
		if j == len(name) || !isLetterByte(name[j]) {
			return true
		}
		k := strings.Index(name[j:], suffix)
		if k < 0 {
			return false
		}
		i = j + k
	}
	return false
}
