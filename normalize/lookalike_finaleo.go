package normalize

// finalEOOneEnding reports whether a last e against o in word x (lowercase
// ASCII letters, five or more, a consonant before the vowel: finalVowel's)
// is one ending written two ways (issue 11, branch look41): after h,
// Wade-Giles ho for Pinyin he (Huangho, Huanghe); after k, Wade-Giles ko
// for Pinyin ke and ge, in a word whose letters before the k both systems
// write alike (wadeGilesPinyinAlike: Haike, Haiko); after v, and after n
// following i or y, the Ukrainian -e for the Russian neuter -o of a place
// named by a possessive -ov, -ev, -in or -yn (Petrovo, Petrove; Borodino,
// Borodine). Elsewhere the two are two morae or two endings: Japanese
// writes -ke and -ko, -ne and -no for other syllables (Daisuke, Daisuko;
// Yasune, Yasuno), so the word is another name. On the design data the
// e / o pairs after k and n were all Japanese look-alikes (BENCHMARKS.md,
// branch look41).
func finalEOOneEnding(x []byte) bool {
	n := len(x)
	switch x[n-2] {
	case 'h', 'v':
		return true
	case 'k':
		return wadeGilesPinyinAlike(x[:n-2])
	case 'n':
		return x[n-3] == 'i' || x[n-3] == 'y'
	}
	return false
}

// wadeGilesPinyinAlike reports whether stem, lowercase ASCII letters, is
// Pinyin syllables that Wade-Giles writes the same: it has none of the
// letters Wade-Giles does not write (b, d, q, r, v, x, z, a g outside ng,
// a c outside ch) and segmentPinyin reads it (Haike: hai; not Daisuke,
// Tomoke: d, tomo).
func wadeGilesPinyinAlike(stem []byte) bool {
	for i, c := range stem {
		switch c {
		case 'b', 'd', 'q', 'r', 'v', 'x', 'z':
			return false
		case 'g':
			if i == 0 || stem[i-1] != 'n' {
				return false
			}
		case 'c':
			if i+1 == len(stem) || stem[i+1] != 'h' {
				return false
			}
		}
	}
	return segmentPinyin(string(stem), pinyinSyllables()) != nil
}
