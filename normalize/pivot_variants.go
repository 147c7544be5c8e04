package normalize

// English spellings of one name that the pivot scripts write alike
// (katakana, hangul and Chinese write a foreign name by its sound:
// normalize/testdata/kana, hangul, zhforeign).
//
// The English ew. Inside an English word ew is the vowel /uː/ or /juː/
// (new, dew, Jewell, Hewitt, Prewett, Drew), the sound a u writes in an
// open syllable or before a vowel (Pruett, Juett, Dru, Lucas), and family
// names kept both spellings: Prewett and Pruett, Jewett and Juett, Hewett
// and Huett, Shewfelt and Shufeldt, Stewart and Stuart are each one name,
// which Chinese and Korean write alike (普鲁厄特 for Prewett and Pruett,
// 슈펠트). The key writes the w of ew as v (the w of Polish and German
// transliteration: Jewgeni, Lewandowski), so such a pair lost a letter and
// a vowel and fell under the threshold. englishEwSim reads the ew of a
// word, after its first letter, as u when the other name writes a u where
// the ew is (the letters before it the same) and no ew of its own; the
// other name's spelling then decides, at the base score less a
// convention's cost: Hewson and Hudson stay two names (Huson, Hudson
// 0.833), as Newton and Nunan do. An initial ew is left (Ewan, Ewing: the
// letters are a syllable of their own), and so are names of more than one
// word and names found in running text (s.inText, as englishsound.go): in
// prose a capitalised word may be an English word, and dew and due, or
// stew and Stu, are two words.

// ewMinLen is the fewest letters a word englishEwSim reads may have
// (Drew, Dru).
const ewMinLen = 3

// englishEwSim returns max(score, the similarity of a and b with the ew
// of one read as the other's u, less a convention's cost) when both are
// one word of ASCII letters (see above); otherwise score.
func (s *simState) englishEwSim(a, b string, score float64) float64 {
	if s.inText || ewAt(a, 1) < 0 && ewAt(b, 1) < 0 {
		return score // a checkSim's, or the quick test: no ew after the first letter
	}
	return s.readAgainst(a, b, score, ewReading)
}

// ewAt returns the index of the first ew (any case) of w at from or later,
// or -1.
func ewAt(w string, from int) int {
	for i := max(from, 0); i+1 < len(w); i++ {
		if w[i]|0x20 == 'e' && w[i+1]|0x20 == 'w' {
			return i
		}
	}
	return -1
}

// ewReading returns name, one word of ASCII letters, with each ew after
// its first letter written u where other, one word of ASCII letters with
// no ew, has a u after the same letters, or "" when it reads nothing.
func ewReading(name, other string) string {
	if len(name) < ewMinLen || len(other) < ewMinLen || len(name) > englishSoundMaxLen || len(other) > englishSoundMaxLen ||
		!asciiLetters(name) || !asciiLetters(other) || ewAt(other, 0) >= 0 {
		return ""
	}
	var out []byte
	from := 0 // bytes of name copied to out
	for i := ewAt(name, 1); i >= 0; i = ewAt(name, i+2) {
		j := i - (from - len(out)) // where the u falls in the read name
		if j >= len(other) || other[j]|0x20 != 'u' || !sameLettersFold(name[from:i], other[len(out):j]) {
			continue
		}
		out = append(out, name[from:i]...)
		out = append(out, 'u')
		from = i + 2
	}
	if out == nil {
		return ""
	}
	return string(append(out, name[from:]...))
}

// sameLettersFold reports whether ASCII strings x and y are the same
// letters, case aside.
func sameLettersFold(x, y string) bool {
	if len(x) != len(y) {
		return false
	}
	for i := 0; i < len(x); i++ {
		if x[i]|0x20 != y[i]|0x20 {
			return false
		}
	}
	return true
}
