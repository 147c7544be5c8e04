package normalize

import "strings"

// Spellings of one listed person's name by conventions of the languages the
// names come from (issue 11, the UN list's aliases): listedSlipsSim, a line
// of nameReadings (similarity.go), tries each reading below, which rewrites
// what one convention writes two ways, and scores the names again, less a
// convention's cost. They read the names as written: the key has folded or
// kept what they read.
//
//   - South Asian aspirates: Hindi, Urdu and Punjabi have aspirated stops
//     that romanizations write with an h (Bhutto, Bhardwaj, Dhillon) or, in
//     English-language lists and news, as often without it (Butto, Bardwaj,
//     Dillon). bh is written for nothing else in Latin spellings; dh is also
//     the Arabic dhal and dad, whose other spelling is d as well (Fadhil,
//     Fadil). jh is left, as Spanish America writes John Jhon, and so are
//     th, kh, gh, ph and ch: they write English th, the Arabic kh and
//     ghayn, f and English ch.
//   - Bantu prenasalised initials: Kinyarwanda, Kirundi, Swahili, Zulu and
//     their neighbours begin words with a nasal that is part of the
//     consonant (Ntaganda, Nkurunziza, Ndadaye, Mbeki, Mpofu); French and
//     English writers often drop it. A word that begins with n before d, t,
//     k, g, j, z, s or c, or m before b, p, f or v, is read without it,
//     against a name with a word that begins with what is left.
//   - The Arabic case ending: a name transliterated from its full (case)
//     form ends in the nominative -u or -un (ʿAmrun, Bakru); a stem that ends
//     in two consonants (Amr, Bakr, Saqr, Fahd) keeps it most often, as its
//     speakers add a vowel there. A word in -u or -un after two consonants
//     is read without it against a name that has the stem as a word, and
//     so is one in the French transcription's -ou after r or d (Amrou,
//     Amr; Abdou, Abd: French writes u as ou, as in Mahmoud); French's own
//     -ou after another consonant is a diminutive's (Marcou, Marc).
//   - The Indonesian and Javanese glide w: between u and another vowel
//     Indonesian writes w or nothing (Tuah, Tuwah; Suardi, Suwardi); a w
//     between u and a vowel inside a word is read out.
//   - The final -re for -er: French and British English write a word's
//     final -er after a consonant as -re (Centre, Center; Pierre's Lefebvre,
//     Lefever; Petre, Peter), and a romanizer of Arabic or Persian script,
//     which leaves short vowels unwritten, places the vowel of a final
//     consonant and r on either side of the r (Taher, Tahre; Saber, Sabre).
//     A word of five letters or more in consonant + re is read -er against
//     a name with a word of its stem, a vowel and r.
//   - Spanish b and v: Spanish (and Tagalog and Chavacano, which took its
//     spelling) sounds b and v alike, between vowels both as a soft b, and
//     writes one for the other in names (Esteban, Estevan; Labilla,
//     Lavilla). A v between two vowels in a word of five letters or more
//     is read b.
//
// slipsOff turns readings off (bit i for reading i) so that tests measure
// what each adds; zero in use.
var slipsOff uint

// The readings of listedSlipsSim, in the order it tries them.
const (
	slipAspirate = iota
	slipPrenasal
	slipCaseEnding
	slipGlideW
	slipFinalRe
	slipBetacism
	numSlips
)

// listedSlipsSim returns max(score, the similarity of names a and b read by
// each of the conventions above, less a convention's cost).
func (s *simState) listedSlipsSim(a, b string, score float64) float64 {
	on := func(r int) bool { return slipsOff&(1<<r) == 0 && score < SameThreshold }
	if on(slipAspirate) {
		score = s.readEach(a, b, score, aspirateReading)
	}
	if on(slipPrenasal) {
		score = s.readAgainst(a, b, score, prenasalReading)
	}
	if on(slipCaseEnding) {
		score = s.readAgainst(a, b, score, caseEndingReading)
	}
	if on(slipGlideW) {
		score = s.readEach(a, b, score, glideWReading)
	}
	if on(slipFinalRe) {
		score = s.readAgainst(a, b, score, finalReReading)
	}
	if on(slipBetacism) {
		score = s.readEach(a, b, score, betacismReading)
	}
	return score
}

// hasPair reports whether name has the lower-case ASCII letters x and then
// y, in either case, without lowering it: the quick test before a reading
// calls its test for each letter (dropLetters), and the test of a name's
// ou (romaji.go), sh (maghreb.go) or aa (entity_forms.go).
func hasPair(name string, x, y byte) bool {
	for i := 1; i < len(name); i++ {
		if name[i]|0x20 == y && name[i-1]|0x20 == x {
			return true
		}
	}
	return false
}

// hasNasalStart reports whether a word of name begins with n before d, t,
// k, g, j, z, s or c, or m before b, p, f or v (either case), as every
// word prenasalReading reads does (Ntaganda, Mbeki; not Mohammad).
func hasNasalStart(name string) bool {
	for i := 0; i+1 < len(name); i++ {
		if i > 0 && isLetterByte(name[i-1]) {
			continue
		}
		switch c, n := name[i]|0x20, name[i+1]|0x20; {
		case c == 'n' && (n == 'd' || n == 't' || n == 'k' || n == 'g' || n == 'j' || n == 'z' || n == 's' || n == 'c'):
			return true
		case c == 'm' && (n == 'b' || n == 'p' || n == 'f' || n == 'v'):
			return true
		}
	}
	return false
}

// lowerAt returns the byte of name at i folded to lower case, or 0 past its
// end.
func lowerAt(name string, i int) byte {
	if i < 0 || i >= len(name) {
		return 0
	}
	c := name[i]
	if 'A' <= c && c <= 'Z' {
		c |= 0x20
	}
	return c
}

// aspirateReading returns name with the h of bh and dh before a vowel
// left out, or "" when it has none.
func aspirateReading(name string) string {
	if !hasPair(name, 'b', 'h') && !hasPair(name, 'd', 'h') {
		return "" // most names: no call of the test for each letter
	}
	return dropLetters(name, func(i int) bool { return aspirateAt(name, i) })
}

// aspirateAt reports whether name[i] is the h of bh or dh before a vowel.
func aspirateAt(name string, i int) bool {
	p := lowerAt(name, i-1)
	return i > 0 && i+1 < len(name) && lowerAt(name, i) == 'h' && isVowel(lowerAt(name, i+1)) && (p == 'b' || p == 'd')
}

// dropLetters returns name without the bytes at the indexes drop holds
// for, or "" when it holds for none; a capital dropped from the start of
// a word leaves the next letter a capital (Ntaganda: Taganda).
func dropLetters(name string, drop func(i int) bool) string {
	var out []byte
	upper := false
	for i := 0; i < len(name); i++ {
		if drop(i) {
			if out == nil {
				out = append(make([]byte, 0, len(name)), name[:i]...)
			}
			upper = 'A' <= name[i] && name[i] <= 'Z'
			continue
		}
		if out != nil {
			c := name[i]
			if upper && 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			out = append(out, c)
		}
		upper = false
	}
	if out == nil {
		return ""
	}
	return string(out)
}

// prenasalReading returns name with the nasal of each word that begins with
// a Bantu prenasalised consonant left out, when other has a word that
// begins with the two letters that follow the nasal; or "" when none is so.
func prenasalReading(name, other string) string {
	if !hasNasalStart(name) {
		return ""
	}
	return dropLetters(name, func(i int) bool { return prenasalAt(name, other, i) })
}

// prenasalAt reports whether name[i] is the nasal of a word that begins
// with a Bantu prenasalised consonant, other having a word that begins
// with the two letters after it.
func prenasalAt(name, other string, i int) bool {
	if i+4 >= len(name) || i > 0 && isLetterByte(name[i-1]) {
		return false
	}
	n, c := lowerAt(name, i), lowerAt(name, i+1)
	switch {
	case n == 'n' && strings.IndexByte("dtkgjzsc", c) >= 0:
	case n == 'm' && strings.IndexByte("bpfv", c) >= 0:
	default:
		return false
	}
	return isVowel(lowerAt(name, i+2)) && hasWordStarting(other, c, lowerAt(name, i+2))
}

// hasWordStarting reports whether a word of name begins with the letters c1
// c2 (lower case; any case in name).
func hasWordStarting(name string, c1, c2 byte) bool {
	for i := 0; i+1 < len(name); i++ {
		if (i == 0 || !isLetterByte(name[i-1])) && lowerAt(name, i) == c1 && lowerAt(name, i+1) == c2 {
			return true
		}
	}
	return false
}

// caseEndingReading returns name with the -u, -un or -ou (after r or d)
// of a word whose stem (three letters or more) ends in two consonants left
// out, when other has that stem as a word; or "" when no word is so.
func caseEndingReading(name, other string) string {
	for end := 0; end < len(name); end++ {
		if end+1 < len(name) && isLetterByte(name[end+1]) || !isLetterByte(name[end]) {
			continue
		}
		// name[end] ends a word
		stemEnd := end
		switch {
		case lowerAt(name, end) == 'u' && lowerAt(name, end-1) == 'o': // French -ou
			stemEnd = end - 1
		case lowerAt(name, end) == 'u':
		case lowerAt(name, end) == 'n' && lowerAt(name, end-1) == 'u':
			stemEnd = end - 1
		default:
			continue
		}
		start := stemEnd
		for start > 0 && isLetterByte(name[start-1]) {
			start--
		}
		if stemEnd-start < 3 {
			continue
		}
		c1, c2 := lowerAt(name, stemEnd-2), lowerAt(name, stemEnd-1)
		if !asciiConsonant(c1) || !asciiConsonant(c2) || c1 == c2 {
			continue
		}
		if stemEnd != end && lowerAt(name, end) == 'u' && c2 != 'r' && c2 != 'd' {
			continue // -ou after another consonant: a French diminutive (Marcou, Marc)
		}
		if !hasWord(other, name[start:stemEnd]) {
			continue
		}
		return name[:stemEnd] + name[end+1:]
	}
	return ""
}

// asciiConsonant reports whether c is a lower-case ASCII consonant other
// than the glides w and y.
func asciiConsonant(c byte) bool {
	return 'a' <= c && c <= 'z' && !isVowel(c) && c != 'w' && c != 'y'
}

// hasWord reports whether name has word as one of its words (ASCII case
// folded).
func hasWord(name, word string) bool {
	for i := 0; i+len(word) <= len(name); i++ {
		if i > 0 && isLetterByte(name[i-1]) {
			continue
		}
		if j := i + len(word); (j == len(name) || !isLetterByte(name[j])) && strings.EqualFold(name[i:j], word) {
			return true
		}
	}
	return false
}

// glideWReading returns name with each w between u and a vowel inside a
// word left out, or "" when there is none.
func glideWReading(name string) string {
	if !hasPair(name, 'u', 'w') {
		return ""
	}
	return dropLetters(name, func(i int) bool { return glideWAt(name, i) })
}

// glideWAt reports whether name[i] is a w between u and a vowel inside a
// word.
func glideWAt(name string, i int) bool {
	return i >= 2 && i+1 < len(name) && lowerAt(name, i) == 'w' && lowerAt(name, i-1) == 'u' && isVowel(lowerAt(name, i+1)) && isLetterByte(name[i-2])
}

// finalReReading returns name with the first word of five letters or more
// that ends in a consonant (not r) and re written -er, when other has a
// word of that stem, a vowel and r; or "" when none is so.
func finalReReading(name, other string) string {
	for end := 4; end < len(name); end++ {
		if end+1 < len(name) && isLetterByte(name[end+1]) {
			continue
		}
		if lowerAt(name, end) != 'e' || lowerAt(name, end-1) != 'r' {
			continue
		}
		c := lowerAt(name, end-2)
		if !asciiConsonant(c) || c == 'r' {
			continue
		}
		start := end - 2
		for start > 0 && isLetterByte(name[start-1]) {
			start--
		}
		if end+1-start < 5 || !hasStemVowelR(other, name[start:end-1]) {
			continue
		}
		return name[:end-1] + "er" + name[end+1:]
	}
	return ""
}

// hasStemVowelR reports whether name has a word that is stem (ASCII case
// folded), one vowel and r.
func hasStemVowelR(name, stem string) bool {
	n := len(stem) + 2
	for i := 0; i+n <= len(name); i++ {
		if i > 0 && isLetterByte(name[i-1]) {
			continue
		}
		j := i + n
		if (j == len(name) || !isLetterByte(name[j])) && lowerAt(name, j-1) == 'r' && isVowel(lowerAt(name, j-2)) && strings.EqualFold(name[i:i+len(stem)], stem) {
			return true
		}
	}
	return false
}

// betacismReading returns name with each v between two vowels, in a word of
// five letters or more, written b; or "" when there is none.
func betacismReading(name string) string {
	if strings.IndexByte(name, 'v') < 0 && strings.IndexByte(name, 'V') < 0 {
		return ""
	}
	var out []byte
	for i := 1; i+1 < len(name); i++ {
		if lowerAt(name, i) != 'v' || !isVowel(lowerAt(name, i-1)) || !isVowel(lowerAt(name, i+1)) {
			continue
		}
		start, end := i, i
		for start > 0 && isLetterByte(name[start-1]) {
			start--
		}
		for end < len(name) && isLetterByte(name[end]) {
			end++
		}
		if end-start < 5 {
			continue
		}
		if out == nil {
			out = []byte(name)
		}
		out[i] = name[i] - ('v' - 'b') // keeps the case
	}
	if out == nil {
		return ""
	}
	return string(out)
}
