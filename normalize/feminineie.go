package normalize

import "strings"

// The Latin feminine -ia written -ie. German, French, Danish, Norwegian
// and Czech write the Latin and Greek women's names in -ia with a final
// -ie, whose e is silent or a schwa: "Amalie" (Amalia), "Eugenie"
// (Eugénie, Eugenia), "Emilie", "Natalie", "Rosalie"; the South Slavic
// languages write them -ija ("Amalija"). The key reads a final -ie as the
// English -ie of "Jennie" (i), so against -ia a final vowel is missing
// and the pair falls under the threshold. A pair of names under the
// threshold is read again with such a word's -ie written -ia, at the cost
// of a convention, when the other name has a word ending in -ia (or -ja,
// -ya). English writes its diminutives -ie (Katie, Annie, Josie, Julie),
// whose stem is one syllable: only a stem of two syllables or more is
// read so ("Amal-ie", "Eugen-ie"), so that Katie/Katia and Julie/Julia
// stay as the letters score them.

// feminineIeSim returns max(score, the similarity of names a and b with
// the -ie of one read -ia, less a convention's cost), when one name has a
// word that feminineIeReading rewrites and the other a word in -ia.
func (s *simState) feminineIeSim(a, b string, score float64) float64 {
	return s.readAgainst(a, b, score, func(name, other string) string {
		if !endsIa(other) {
			return ""
		}
		return feminineIeReading(name)
	})
}

// endsIa reports whether a word of name ends in -ia, -ja or -ya (any case).
func endsIa(name string) bool {
	for i := 1; i < len(name); i++ {
		if name[i]|0x20 != 'a' || i+1 < len(name) && isLetterByte(name[i+1]) {
			continue
		}
		if c := name[i-1] | 0x20; c == 'i' || c == 'j' || c == 'y' {
			return true
		}
	}
	return false
}

// isLetterByte reports whether c is an ASCII letter or a byte of a
// non-ASCII letter.
func isLetterByte(c byte) bool { return c >= 0x80 || 'a' <= c|0x20 && c|0x20 <= 'z' }

// feminineIeReading returns name with each word that ends in -ie after a
// consonant, on a stem of two vowel groups or more, written -ia; or ""
// when no word is so.
func feminineIeReading(name string) string {
	var out []byte
	for i := 2; i < len(name); i++ {
		if name[i] != 'e' || name[i-1] != 'i' || i+1 < len(name) && isLetterByte(name[i+1]) {
			continue
		}
		start := i - 1
		for start > 0 && isLetterByte(name[start-1]) {
			start--
		}
		stem := name[start : i-1]
		if c := stem[len(stem)-1]; c >= 0x80 || isVowelY(c|0x20) {
			continue // Louie, Zoie: a vowel before -ie is no Latin -ia
		}
		if stemVowelGroups(stem) < 2 {
			continue // Katie, Julie, Annie: an English diminutive
		}
		if out == nil {
			out = []byte(name)
		}
		out[i] = 'a'
	}
	if out == nil {
		return ""
	}
	return string(out)
}

// stemVowelGroups counts the runs of vowels of a written word, a byte of
// a non-ASCII letter counted as a vowel (é, ë: the accented letters of
// names are mostly vowels).
func stemVowelGroups(w string) int {
	n, in := 0, false
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		v := w[i] >= 0x80 || isVowel(c) || c == 'y' && i > 0
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// feminineIeOnly reports whether names a and b are one name once the -ie
// of one is read -ia (Amalie, Amalia): the Pinyin and Hepburn minimal-pair
// caps, made for Chinese and Japanese names whose final e and a are two
// syllables, leave such a pair alone.
func feminineIeOnly(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	if endsIa(b) && strings.EqualFold(feminineIeReading(a), b) {
		return true
	}
	return endsIa(a) && strings.EqualFold(feminineIeReading(b), a)
}
