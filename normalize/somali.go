package normalize

import "strings"

// Somali names in the Somali Latin orthography (the official script of
// 1972, which Somali newspapers, the government and many lists write):
// x is the Arabic ḥa, which English and Arabic transliteration write h
// (Xasan, Maxamed, Axmed, Xuseen: Hassan, Mohamed, Ahmed, Hussein); c is
// the ʿayn, which they leave out or write with an apostrophe (Cali, Cumar,
// Cabdullahi, Macallin: Ali, Umar, Abdullahi, Mu'allim); a long vowel is
// written twice (Xuseen, Faarax, Yuusuf), which the key folds already.
//
// somaliReading reads x as h and leaves c out, only in a name that is
// Somali by its own letters (somaliName: an x that is no Pinyin x nor
// Albanian xh, and a vowel written twice or a word that begins with c and
// a vowel) and only against a name that writes an h, no x and (for c) no
// c. Pinyin writes x only before i and u (Xu, Hu stay two surnames),
// Albanian xh is the j of Hoxha, and an x between vowels alone is Greek or
// Latin (Roxana and Rohana are two names).
// nationalSim (national.go) calls it for a name with an x against a name
// with an h and no x. The two letters change so much of a name (Maxamed
// Cabdullahi, Mohamed Abdullahi: 0.70; Xuseen, Hussein: 0.59) that
// somaliSim tries it from somaliFloor too, under the floor of the other
// readings, behind a byte search for x.

// somaliFloor is the least score of a pair that somaliSim reads.
const somaliFloor = 0.4

// somaliSim returns max(score, the similarity of one name read by the
// Somali orthography against the other as written, less a convention's
// cost).
func (s *simState) somaliSim(a, b string, score float64) float64 {
	if !hasLetter(a, 'x') && !hasLetter(b, 'x') {
		return score // the cheap test: no x, no Somali name
	}
	return s.readAgainst(a, b, score, somaliReading)
}

// hasLetter reports whether name has the lower-case ASCII letter c in
// either case.
func hasLetter(name string, c byte) bool {
	return strings.IndexByte(name, c) >= 0 || strings.IndexByte(name, c&^0x20) >= 0
}

// somaliName reports whether name is Somali by its own letters: an x that
// is no Pinyin x nor Albanian xh (see above), and a vowel written twice or
// a word that begins with c and a vowel (Cali, Cabdi). An x alone does not
// make a name Somali (Roxana, Maxim: Rohana is another name).
func somaliName(name string) bool {
	x, mark := false, false
	for i := 0; i < len(name); i++ {
		c := name[i] | 0x20
		switch {
		case c == 'x':
			if i+1 == len(name) || !isLetterByte(name[i+1]) {
				x = true // Faarax: a final x
			} else if n := name[i+1] | 0x20; n != 'i' && n != 'u' && n != 'h' && n < 0x80 {
				x = true // Maxamed, Axmed, Xasan: no Pinyin x, no Albanian xh
			} else if n == 'u' {
				x = x || strings.Contains(name, "ee") // Xuseen
			}
		case isVowel(c) && i > 0 && name[i-1]|0x20 == c:
			mark = true // Xuseen, Yuusuf, Faarax
		case c == 'c' && (i == 0 || !isLetterByte(name[i-1])) && i+1 < len(name) && isVowel(name[i+1]|0x20):
			mark = true // Cali, Cumar, Cabdullahi
		}
	}
	return x && mark
}

// somaliReading returns name read by the Somali orthography against other
// (see above), in lower case, or "" when it reads nothing.
func somaliReading(name, other string) string {
	if hasLetter(other, 'x') || !hasLetter(other, 'h') || !somaliName(name) {
		return ""
	}
	dropC := !hasLetter(other, 'c') && !hasPair(name, 'c', 'h')
	b := make([]byte, 0, len(name))
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch c | 0x20 {
		case 'x':
			b = append(b, 'h')
		case 'c':
			if !dropC {
				b = append(b, 'c')
			}
		default:
			b = append(b, lowerAt(name, i))
		}
	}
	return string(b)
}
