package normalize

// Georgian and Armenian read to Latin, as the places of those countries
// are written in English copy and in the gazetteer's other languages
// (Tbilisi, თბილისი; Yerevan, Երևան). The tables are written from the
// standards, not taken from any program:
//
//   - Georgian: the national system of 2002 (Georgia's State Department of
//     Geodesy and Cartography, adopted by BGN/PCGN in 2009), one value for
//     each letter of the modern alphabet (Mkhedruli). The system marks the
//     ejectives with an apostrophe (კ k', ტ t'), which the key drops as it
//     drops every apostrophe inside a word: Kutaisi, ქუთაისი.
//   - Armenian: BGN/PCGN 1981, the plain-letter form of ISO 9985, with its
//     rules of position: ե is ye and ո is vo at the start of a word, ու is
//     u, և is ev (yev at the start), ւ otherwise v; the apostrophes of the
//     aspirates (թ t', փ p', ք k', չ ch', ց ts') are dropped as above.
//     Western Armenian's voicing (Hagop) is the look-alike rules' matter.

// georgianLatin is the national system's value of each Mkhedruli letter
// from ა (U+10D0) to ჰ (U+10F0).
var georgianLatin = [...]string{
	"a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh",
	"r", "s", "t", "u", "p", "k", "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j",
	"h",
}

// armenianLatin is BGN/PCGN's value of each lower-case Armenian letter
// from ա (U+0561) to ֆ (U+0586), ե, ո and ւ before their rules of position.
var armenianLatin = [...]string{
	"a", "b", "g", "d", "e", "z", "e", "y", "t", "zh", "i", "l", "kh", "ts", "k", "h",
	"dz", "gh", "ch", "m", "y", "n", "sh", "o", "ch", "p", "j", "rr", "s", "v", "t", "r",
	"ts", "v", "p", "k", "o", "f",
}

// appendCaucasus appends the Latin reading of r, a Georgian or Armenian
// letter (lower-case), whose word's letters before and after it are prev
// and next (0 or -1 at the word's edges), and whether r was one.
func appendCaucasus(dst []byte, r, prev, next rune) ([]byte, bool) {
	switch {
	case r >= 0x10D0 && r <= 0x10F0:
		return append(dst, georgianLatin[r-0x10D0]...), true
	case r == 'ե' && prev == 0:
		return append(dst, "ye"...), true
	case r == 'ո' && next == 'ւ':
		return append(dst, 'u'), true
	case r == 'ո' && prev == 0:
		return append(dst, "vo"...), true
	case r == 'ւ' && prev == 'ո':
		return dst, true
	case r == 'և':
		if prev == 0 {
			return append(dst, "yev"...), true
		}
		return append(dst, "ev"...), true
	case r >= 0x0561 && r <= 0x0586:
		return append(dst, armenianLatin[r-0x0561]...), true
	}
	return dst, false
}
