package normalize

// The French transcription's r before a shin. maghreb.go reads a French ch
// as the English sh against a name that writes sh, but not after r, so
// that the English -rch (Birch, Church, March) is no shin. French writes
// the shin ch after r too, inside a word and before its vowel: Barcha,
// Harchaoui, Merchaoui, Larchi (برشة, حرشاوي: Barsha, Harshawi), where
// English -rch ends a word or is followed by e in names read as English
// (Archer). rChVowel lets the reading read such a ch: after r, before a,
// i, o or u (not e: Archer, Kirchner's German ch before e, the Italian
// Marchetti), and in a word that writes no other ch. The reading still
// asks for a name that writes sh, and compares the names letter by letter
// (the UK Sanctions List's Mohamad Fayez Al-Barasha, Barcha).

// rChVowel reports whether the ch at byte i of w follows r and comes before
// a, i, o or u: the French transcription's shin after r.
func rChVowel(w string, i int) bool {
	if i+2 >= len(w) || w[i+1]|0x20 != 'h' {
		return false
	}
	switch w[i+2] | 0x20 {
	case 'a', 'i', 'o', 'u':
		return true
	}
	return false
}
