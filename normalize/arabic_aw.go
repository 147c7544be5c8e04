package normalize

import "strings"

// The Levantine and Egyptian ō for the Arabic diphthong aw. Classical
// Arabic's aw before a consonant (فوز fawz, نوفل nawfal, شوقي shawqi) is
// spoken ō in the Levant and Egypt, and the lists and the press of those
// countries write it so (Foz, Nofal, Shoki), while the scholarly and the
// Gulf spellings keep aw (Fawz, Nawfal, Shawqi): one name, two spellings
// (the UK Sanctions List's Samer Foz, Samir Fawz). The key keeps the w, so
// the two stay apart.
//
// levantOReading, one of nationalSim's readings (national.go: called
// when the name has aw and the other none), reads the aw of a word as o
// where the other name calls for it: aw before a consonant (not a vowel, w, y or the word's end: the
// aw of Dawood, Lawal is a consonant's w) in a word of a name of two words
// or more, against a name of two words or more that writes no aw itself
// and has an o inside a word before that consonant (so no word the two
// write alike is read). The reading is compared letter by letter as any
// name is, so Dawson read Doson stays apart from Dodson when the rest of
// the name does not bring them together.

// levantOReading returns name in lower case with the aw before a consonant
// of its words read as o against other (see above), or "" when no such aw
// is read.
func levantOReading(name, other string) string {
	if !hasAwConsonant(name) || hasPair(other, 'a', 'w') || !strings.Contains(name, " ") || !strings.Contains(other, " ") {
		return ""
	}
	return readWords(name, func(w string) string {
		var b []byte
		for i := 0; i+2 < len(w); i++ {
			if w[i] != 'a' || w[i+1] != 'w' || !asciiConsonant(w[i+2]) || !oBefore(other, w[i+2]) {
				continue
			}
			if b == nil {
				b = []byte(w)
			}
			b[i], b[i+1] = 0, 'o' // 0 marks the a left out
		}
		if b == nil {
			return w
		}
		out := b[:0]
		for _, c := range b {
			if c != 0 {
				out = append(out, c)
			}
		}
		return string(out)
	})
}

// hasAwConsonant is levantOReading's cheap first test: name has aw before
// a consonant (any case).
func hasAwConsonant(name string) bool {
	for i := 0; i+2 < len(name); i++ {
		if name[i]|0x20 == 'a' && name[i+1]|0x20 == 'w' && asciiConsonant(name[i+2]|0x20) {
			return true
		}
	}
	return false
}

// oBefore reports whether other has an o before the consonant c (lower
// case) inside a word: where the other name writes ō.
func oBefore(other string, c byte) bool {
	for i := 1; i+1 < len(other); i++ {
		if other[i]|0x20 == 'o' && other[i+1]|0x20 == c && isLetterByte(other[i-1]) {
			return true
		}
	}
	return false
}
