package normalize

import "strings"

// Two endings of one name that the pivot scripts write alike and that the
// letters of the base score leave one letter apart (normalize/testdata/
// devset, zhforeign, kana):
//   - French does not sound the final s or t of -ois, -oit, -uis and -uit
//     (Benois and Benoit are "Benoi", Dupuis and Dupuit "Dupui"), and
//     Russian, Chinese and katakana write the two as they sound (Бенуа,
//     デュピュイ). Only after oi and ui: after other vowels one of the
//     letters is spoken in the names English keeps (Bridge and Bridget,
//     Wille and Willet, Barra and Barras are two names each), and the
//     Spanish s of Luis is spoken (four letters: left, as words of fewer
//     than five letters are).
//   - Chinese writes the -land of an English or Dutch name as the -lan of
//     another (兰: Cleveland 克利夫兰, Roland 罗兰, Boyland and Boylan both
//     博伊兰), where katakana and hangul write the d (ランド, 랜드). Only with
//     three letters or more before lan (Harlan, Harland; Boylan, Boyland):
//     Nolan and Noland, Bran and Brand are two names each.
//
// pivotEndingSim reads such an ending of a word as the other name's ending
// when the other name is that word with the other ending; the pair then
// scores as the reading does, less a convention's cost. Names of more than
// one word, of letters other than ASCII ones, and names found in running
// text (s.inText, as englishsound.go) are left.

// pivotEndingMinLen is the fewest letters of the shorter word
// pivotEndingSim reads (Benois; Luis and Luit are left).
const pivotEndingMinLen = 5

// pivotEndingSim returns max(score, the similarity of a and b with an
// ending of one read as the other's, less a convention's cost) when both
// are one word of ASCII letters (see above); otherwise score.
func (s *simState) pivotEndingSim(a, b string, score float64) float64 {
	if s.inText || !pivotEndingLetters(a) && !pivotEndingLetters(b) {
		return score // a checkSim's, or the quick test: no ending of the two
	}
	return s.readAgainst(a, b, score, pivotEndingReading)
}

// pivotEndingLetters reports whether w ends in s or t after oi or ui, or
// in land: the endings pivotEndingReading reads (the quick test).
func pivotEndingLetters(w string) bool {
	n := len(w)
	if n < pivotEndingMinLen {
		return false
	}
	switch w[n-1] | 0x20 {
	case 's', 't':
		return w[n-2]|0x20 == 'i' && (w[n-3]|0x20 == 'o' || w[n-3]|0x20 == 'u')
	case 'd':
		return strings.EqualFold(w[n-4:], "land")
	}
	return false
}

// pivotEndingReading returns name, one word of ASCII letters, with its
// ending written as other's when other is name with the other ending of
// the pair (-ois and -oit, -uis and -uit; -land and -lan), or "" when it
// reads nothing.
func pivotEndingReading(name, other string) string {
	n := len(name)
	if !pivotEndingLetters(name) || len(other) < pivotEndingMinLen || n > englishSoundMaxLen ||
		!asciiLetters(name) || !asciiLetters(other) {
		return ""
	}
	if c := name[n-1] | 0x20; c == 's' || c == 't' {
		if len(other) != n || !strings.EqualFold(name[:n-1], other[:n-1]) {
			return ""
		}
		if o := other[n-1] | 0x20; o != 's' && o != 't' || o == c {
			return ""
		}
		return other // the silent letter read as the other's
	}
	if n-len("land") < 3 || len(other) != n-1 || !strings.EqualFold(name[:n-1], other) {
		return "" // -land: three letters or more before lan
	}
	return other
}
