package normalize

import "strings"

// The English w of a diphthong. English writes the second half of the
// diphthongs of brown, law and new with w where it closes a syllable
// (Brown, Dowd, Lawson, Crawford, Dewhurst), and with u inside a word or
// in Scots and older spellings of the same names (Broun, Doud, Lauson,
// Craufurd); German writes that sound au (Braun for Brown: Russian writes
// both Браун). The key reads every w as v, as German and Slavic spelling
// do, so Brown against Braun or Broun counted a consonant against a vowel.
// englishWSim reads, in one name as written, a w after a, e or o that
// ends a word or stands before a consonant other than h and y as u, when
// the other name writes a diphthong with u (au, eu, ou): the reading is of
// one sound spelled both ways, not of every w (Low and Lo, Dow and Do stay
// as they were). Before a vowel w is a consonant in every spelling
// (Howard, Lowell, Kowalski) and is left.

// englishWSim returns max(score, the similarity of names a and b with the
// w of an English diphthong of one read u, less a convention's cost, when
// the other writes a diphthong with u).
func (s *simState) englishWSim(a, b string, score float64) float64 {
	if strings.IndexByte(a, 'w') < 0 && strings.IndexByte(b, 'w') < 0 {
		return score
	}
	return s.readAgainst(a, b, score, englishWReading)
}

// englishWReading returns name with each w after a, e or o that ends a word
// or comes before a consonant other than h, w and y written u, or "" when
// name has none or other writes no diphthong with u.
func englishWReading(name, other string) string {
	if strings.IndexByte(name, 'w') < 0 || !uDiphthong(other) {
		return ""
	}
	var out []byte
	for i := 1; i < len(name); i++ {
		if name[i] != 'w' {
			continue
		}
		switch name[i-1] | 0x20 {
		case 'a', 'e', 'o':
		default:
			continue
		}
		if i+1 < len(name) && isLetterByte(name[i+1]) {
			switch c := name[i+1] | 0x20; c {
			case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w':
				continue
			}
			if name[i+1] >= 0x80 {
				continue
			}
		}
		if out == nil {
			out = []byte(name)
		}
		out[i] = 'u'
	}
	if out == nil {
		return ""
	}
	return string(out)
}

// uDiphthong reports whether name has au, eu or ou (any case).
func uDiphthong(name string) bool {
	for i := 1; i < len(name); i++ {
		if name[i]|0x20 == 'u' {
			switch name[i-1] | 0x20 {
			case 'a', 'e', 'o':
				return true
			}
		}
	}
	return false
}
