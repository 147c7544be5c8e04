package normalize

// Names said alike whose letters score them under conventionFloor (issue
// 11, branch names55). pronouncedSim (pronounce.go) reads two single-word
// names the pronouncing dictionary says alike only from conventionFloor,
// as every nameReading; under it are spellings of one sound that share
// few letters: Yates and Yeats (0.56), Hague and Haig, Mae and May, which
// katakana (イェーツ, ヘイグ), Hangul and Chinese write alike. Under the
// floor the dictionary also says alike names that their letters part for a
// reason (Rahman and Romine, Conn and Khan, Saad and Sod: cmusay52's Tried
// row), so saidAlikeLowSim asks a second sign, the letters:
//
//   - the two names write the same consonants in the same order
//     (consonantLetters: a vowel, a y after the first letter and a
//     doubled letter aside), so that only the vowels' spelling differs:
//     Yates, Yeats (y t s); Hague, Haig (h g); not Rahman, Romine
//     (r h m n, r m n) nor Conn, Khan;
//   - neither writes an a and no o where the other writes an o and no a
//     (Khan, Kohn; Hahl, Holle: the dictionary's second pronunciation of
//     Kohn and Holle says the o as an a, and the pivot scripts write the
//     two vowels apart, カーン and コーン);
//   - each has four letters or more: Jae and Jay, Bae and Bay, Tae and
//     Tay are Korean names against English ones (names52's Tried row),
//     and a three-letter word is as often a Pinyin syllable;
//   - the pair scores saidAlikeLowFloor or more.
//
// As pronouncedSim, it is not for names in running text (s.inText).

// saidAlikeLowFloor is the least score saidAlikeLowSim reads: the
// table's homophones with the same consonants score from 0.50 (Tew, Two)
// up, and under it the letters share too little (Maciag, McCague: 0.44).
const saidAlikeLowFloor = 0.5

// saidAlikeLowWhat is Matcher.Explain's words for the reading.
const saidAlikeLowWhat = "one pronunciation, the same consonants, vowels spelled apart (Yates, Yeats; Hague, Haig)"

// saidAlikeLowSim returns pronouncedAlikeScore for two single-word names
// of four letters or more, scored from saidAlikeLowFloor to
// conventionFloor, that write the same consonants (consonantLetters), not
// an a against an o (aAgainstO), and
// that the dictionary says alike (saidAlikeSpelling); else score.
func (s *simState) saidAlikeLowSim(a, b string, score float64) float64 {
	if s.inText || score < saidAlikeLowFloor || score >= conventionFloor || len(a) < 4 || len(b) < 4 {
		return score
	}
	var ca, cb [pronounceMaxWord]byte
	ka, ok := consonantLetters(&ca, a)
	if !ok {
		return score
	}
	kb, ok := consonantLetters(&cb, b)
	if !ok || string(ka) != string(kb) || aAgainstO(a, b) {
		return score
	}
	if saidAlikeSpelling(a, b) {
		return max(score, pronouncedAlikeScore)
	}
	return score
}

// consonantLetters writes into buf the consonant letters of name, one
// word of three or more ASCII letters (lowerWord), lower case and in
// order: a, e, i, o and u left out, a y too after the first letter
// (Yates: y t s; Haig: h g), and a letter doubled written once. It reports
// false for a name lowerWord refuses.
func consonantLetters(buf *[pronounceMaxWord]byte, name string) ([]byte, bool) {
	w, ok := lowerWord(buf, name)
	if !ok {
		return nil, false
	}
	n := 0 // w is buf: the consonants are written over the letters read
	for i, c := range w {
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			continue
		case 'y':
			if i > 0 {
				continue
			}
		}
		if n > 0 && buf[n-1] == c {
			continue
		}
		buf[n] = c
		n++
	}
	return buf[:n], true
}

// aAgainstO reports whether one of a and b writes an a and no o and the
// other an o and no a (Khan, Kohn; Hahl, Holle), in either case.
func aAgainstO(a, b string) bool {
	ha, oa := vowelAO(a)
	hb, ob := vowelAO(b)
	return ha && !oa && ob && !hb || oa && !ha && hb && !ob
}

// vowelAO reports whether name has an a and whether it has an o, in
// either case.
func vowelAO(name string) (hasA, hasO bool) {
	for i := 0; i < len(name); i++ {
		switch name[i] | 0x20 {
		case 'a':
			hasA = true
		case 'o':
			hasO = true
		}
	}
	return hasA, hasO
}
