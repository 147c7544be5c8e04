package normalize

import "strings"

// Letters English writes and does not sound, which the pivot scripts
// (katakana, hangul, Chinese: normalize/testdata/kana, hangul, zhforeign)
// do not write, in names whose letters alone decide only when the names
// are long (branch pivot54). The base score weighs a letter against the
// length of the names: main already called Humphery / Humphrey,
// McCaffery / McCaffrey, Edmondson / Edmonson, Gulbrandsen / Gulbransen
// and Carlisle / Carlyle one name, and Jeffery / Jeffrey, Lowery / Lowrey,
// Lindsay / Linsay, Lisle / Lyle two, one letter apart in fewer letters.
// Three spellings, each read only against the spelling that leaves the
// letter out:
//   - the unstressed e between a consonant and a final -ry: English names
//     write it or leave it (Jeffery and Jeffrey, Lowery and Lowrey,
//     Vickery and Vickrey, Aubery and Aubrey), as the speakers drop or keep
//     a schwa there; Chinese writes 里 for the end of both (杰弗里), and
//     katakana リー (Jeffery Deaver is ジェフリー・ディーヴァー). Read as the
//     other name's -rey when it ends so after a consonant; a vowel or an r
//     before the e (Lorey, Currey) is left;
//   - the d between n and s before a vowel, which English does not sound
//     there (Windsor, handsome), and which surnames of one name
//     write or leave (Lindsay and Linsay, Lindsey and Linsey, Frandsen and
//     Fransen, Edmondson and Edmonson: リンジー, 린지, 林赛 for Lindsay
//     and Linsay alike). Read only after a letter before the n (not at the
//     start of a word), when the other name writes ns where this one writes
//     nds, the letters before it the same, and has no nds;
//   - the s of a final -isle, silent since the word came through French
//     (isle, Carlisle, Lisle: /aɪl/), read as the -ile or -yle the other
//     name ends in (Lisle and Lyle, ライル, 라일, 莱尔; Lisle and Lile).
//
// unsoundedSim reads such a spelling of a word as the other name's, and
// joins the two (at 1 less a convention's cost) only when the reading
// leaves nothing else apart, the names' keys the same (Lisle read Lile has
// Lyle's key): a letter left out and another difference are two names
// (Sandsen and Sanson, Lindsay and Linsky, Emery and Embrey). Names of more
// than one word, of letters other than ASCII ones, of fewer than five
// letters (four for the name it is read against: Lyle), and names found
// in running text (s.inText, as englishsound.go) are left.

// unsoundedMinLen is the fewest letters of a word unsoundedSim reads
// (Avery, Lisle), and unsoundedOtherMinLen of the name it is read against
// (Lyle).
const (
	unsoundedMinLen      = 5
	unsoundedOtherMinLen = 4
)

// unsoundedSim returns max(score, 1 less a convention's cost) when a and
// b, one word of ASCII letters each, have one key once an unsounded letter
// of one is left out as the other leaves it (see above); otherwise score.
func (s *simState) unsoundedSim(a, b string, score float64) float64 {
	if s.inText || !unsoundedLetters(a) && !unsoundedLetters(b) {
		return score // a checkSim's, or the quick test: no -ery, -isle or nds
	}
	for _, p := range [2][2]string{{a, b}, {b, a}} {
		if r := unsoundedReading(p[0], p[1]); r != "" {
			if v := s.similarity(r, p[1]); v >= 1 {
				score = max(score, v-conventionPenalty)
			}
		}
	}
	return score
}

// unsoundedLetters reports whether w, of unsoundedMinLen letters or more,
// ends in ery or isle or has nds after its second letter: the letters
// unsoundedReading needs (the quick test).
func unsoundedLetters(w string) bool {
	n := len(w)
	if n < unsoundedMinLen {
		return false
	}
	if hasSuffixFold(w, "ery") || hasSuffixFold(w, "isle") {
		return true
	}
	for i := 2; i+1 < n; i++ {
		if w[i]|0x20 == 'd' && w[i-1]|0x20 == 'n' && w[i+1]|0x20 == 's' {
			return true
		}
	}
	return false
}

// hasSuffixFold reports whether w ends in suffix, ASCII case folded.
func hasSuffixFold(w, suffix string) bool {
	return len(w) >= len(suffix) && strings.EqualFold(w[len(w)-len(suffix):], suffix)
}

// unsoundedReading returns name, one word of ASCII letters, with its
// unsounded e of -ery, d of nds or s of -isle left out as other, one word
// of ASCII letters, leaves it out (see above), or "" when it reads nothing.
func unsoundedReading(name, other string) string {
	n := len(name)
	if n < unsoundedMinLen || len(other) < unsoundedOtherMinLen || n > englishSoundMaxLen || len(other) > englishSoundMaxLen ||
		!asciiLetters(name) || !asciiLetters(other) {
		return ""
	}
	switch {
	case hasSuffixFold(name, "ery"):
		if !isASCIIConsonantNotR(name[n-4]) || !hasSuffixFold(other, "rey") || hasSuffixFold(other, "ery") ||
			!isASCIIConsonantNotR(other[len(other)-4]) {
			return ""
		}
		return name[:n-3] + "rey"
	case hasSuffixFold(name, "isle"):
		if !hasSuffixFold(other, "ile") && !hasSuffixFold(other, "yle") || hasSuffixFold(other, "isle") {
			return ""
		}
		return name[:n-4] + "ile"
	}
	if indexFold(other, "nds") >= 0 {
		return ""
	}
	for i := 2; i+2 < n; i++ {
		if name[i]|0x20 != 'd' || name[i-1]|0x20 != 'n' || name[i+1]|0x20 != 's' || !isASCIIVowelY(name[i+2]) {
			continue
		}
		if i+1 < len(other) && other[i]|0x20 == 's' && strings.EqualFold(name[:i], other[:i]) {
			return name[:i] + name[i+1:] // the d left out
		}
	}
	return ""
}

// isASCIIConsonantNotR reports whether c is an ASCII letter other than a
// vowel (y counted one) and r.
func isASCIIConsonantNotR(c byte) bool {
	return isASCIILetter(c) && !isASCIIVowelY(c) && c|0x20 != 'r'
}

// isASCIIVowelY reports whether c is a, e, i, o, u or y in either case.
func isASCIIVowelY(c byte) bool {
	switch c | 0x20 {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}
