package normalize

import "strings"

// The Dutch ch of Indonesian names. Indonesian spelling before 1972 (van
// Ophuijsen's and Soewandi's, after Dutch) wrote the Arabic kh, and in
// Javanese names the Arabic ḥ as well, with ch after a vowel, and many
// Indonesian names keep it: Rochim (Rahim), Mochtar (Mukhtar), Achmad
// (Ahmad), Machfud (Mahfudh), as German does (Bach). English reads ch as
// tsh, so the key keeps it; a word pair under the threshold in which one
// word has ch after a vowel and the other has no ch is read again with
// that ch as kh, at the cost of a convention; as h too when the reading
// leaves the words differing only in short vowels (dutchChShortVowels),
// inside a name of two words or more. French writes sh with ch (Bachar,
// Bashar), so a ch read h alone is not enough against a shorter word. A
// ch at the start of a word is left alone: English and French write tsh
// and sh with it there (Charles, Chantal), and ch before a vowel at the
// start is the Indonesian ch only in a few names. Pinyin ch is English ch too, but a
// Pinyin pair read so (Wuchang, Wuhang) is a minimal pair that
// pinyinDistinct vetoes on the whole names.

// dutchChSim is sim, or the score of folded words x and y with the ch
// after a vowel in one of them read kh or h, when that is better.
func (s *simState) dutchChSim(x, y string, sim float64) float64 {
	cx, cy := hasCh(x), hasCh(y)
	if cx == cy {
		return sim
	}
	if cy {
		x, y = y, x
	}
	if rx := dutchCh(x, "kh", false); rx != x {
		sim = max(sim, s.editSim(rx, y)-conventionPenalty)
	}
	return sim
}

// dutchCh returns folded word w with each ch after a vowel written as r,
// but for a final -ich, -ych: the Slavic patronymic and surname ending
// (Mihailovich, tsh), which reads as -ikh, -ih would meet the surname
// (Mihailov). Unless front is set, a ch before e, i or y is left too:
// French writes sh with it there (Michel, Rachid) and English tsh
// (Mitchell, which the key spells with ch): read kh, "Mitchell" would
// meet "Mikhail".
func dutchCh(w, r string, front bool) string {
	var b []byte
	last := 0
	for i := 1; i+1 < len(w); i++ {
		if w[i] != 'c' || w[i+1] != 'h' || !isVowel(w[i-1]) || i+2 == len(w) && (w[i-1] == 'i' || w[i-1] == 'y') {
			continue
		}
		if i+2 < len(w) && !front && (w[i+2] == 'e' || w[i+2] == 'i' || w[i+2] == 'y') {
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(w)+1)
		}
		b = append(append(b, w[last:i]...), r...)
		last = i + 2
	}
	if b == nil {
		return w
	}
	return string(append(b, w[last:]...))
}

// dutchChShortVowels is the word score, inside a name of two words or
// more, of folded words x and y of which one has ch after a vowel (Dutch
// and old Indonesian kh or h) and the other no ch, when the ch read h or
// kh leaves the pair differing only in short vowels (shortVowelsOnly,
// shortVowelInserted): the Javanese o of Rochim for the a of Rahim. It is
// shortVowelScore less the cost of a convention, or 0.
func dutchChShortVowels(x, y string) float64 {
	if d := len(x) - len(y); d > 2 || d < -2 {
		return 0 // read h or kh, one word is the other's length or one more
	}
	cx, cy := hasCh(x), hasCh(y)
	if cx == cy {
		return 0
	}
	if cy {
		x, y = y, x
	}
	for _, r := range [2]string{"kh", "h"} {
		if rx := dutchCh(x, r, true); rx != x && (shortVowelsOnly(rx, y) || shortVowelInserted(rx, y)) {
			return shortVowelScore - conventionPenalty
		}
	}
	return 0
}

// hasCh reports whether folded word w has ch.
func hasCh(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == 'c' && w[i+1] == 'h' {
			return true
		}
	}
	return false
}

// The spelling reform of 1972. Van Ophuijsen's spelling (1901, after
// Dutch) wrote Indonesian oe, tj, dj, j, nj, sj and ch; Soewandi's (1947)
// wrote u for oe; the Ejaan Yang Disempurnakan (EYD, 1972, joint with
// Malaysia) writes c for tj, j for dj, y for j, ny for nj, sy for sj and
// kh for ch. Many persons keep the old spelling of their own name
// (Soeharto, Tjahjo Kumolo) and lists mix the two. The key reads most of
// the table already: dj is j, and j before a vowel inside a word is y (so
// nj and sj are ny and sy), oe against u costs little, and dutchChSim
// reads ch as kh. It cannot read tj as c: the key reads the EYD c as
// English does (k before a, o, u; s before e, i), where Indonesian c is
// English ch (Cut, Aceh, Cilacap). Nor does it read an initial j as y
// beside oe (Joesoef, Yusuf; Njai Ratoe, Nyai Ratu). spellingReformSim
// reads a name that shows the old spelling into the new one, its c
// written ch, and the other name's c as ch too. The Japanese
// minimal-pair cap (romajiDistinct) still holds a pair whose old name
// reads as Japanese morae (Soerabaja, so-e-ra-ba-ja): letting such pairs
// through let Koetsu and Kutsu, Shoeki and Shuki through too.

// Marks of the spelling before 1972 that oldSpellingMarks finds in a name.
const (
	oldTj  = 1 << iota // tj, not the Dutch diminutive -tje (Marietje)
	oldOeJ             // oe and j, in one word or two (Joesoef; Njai Ratoe)
)

// spellingReformSim returns max(score, the similarity of names a and b
// with a name in the spelling before 1972 read in the EYD's, at the cost
// of a convention), when a or b shows that spelling. The other name's c is
// read as the EYD's (English ch) when the old name has tj: Tjut Nyak
// Dhien, Cut Nyak Dien; not Kut.
func (s *simState) spellingReformSim(a, b string, score float64) float64 {
	ma, mb := oldSpellingMarks(a), oldSpellingMarks(b)
	if (ma|mb)&oldTj != 0 && (strings.ContainsAny(a, slavicTjLetters) || strings.ContainsAny(b, slavicTjLetters)) {
		ma, mb = ma&^oldTj, mb&^oldTj // Šentjur, Šenčur: Slovene tj is t and y
	}
	if ma|mb == 0 || ma == 0 && !reformHelps(mb, a) || mb == 0 && !reformHelps(ma, b) {
		return score
	}
	ra, rb := a, b
	if ma != 0 {
		ra = oldSpellingReading(a)
	} else if mb&oldTj != 0 {
		ra = eydC(a)
	}
	if mb != 0 {
		rb = oldSpellingReading(b)
	} else if ma&oldTj != 0 {
		rb = eydC(b)
	}
	if ra == a && rb == b {
		return score
	}
	return max(score, s.similarity(ra, rb)-conventionPenalty)
}

// slavicTjLetters are letters of the Slavic and Baltic languages that
// write tj for t and y (Slovene Šentjur, Croatian and Serbian tj, Czech
// and Slovak ť): in a pair where either name has one, tj is not read c.
// Written without them (Sentjur, Sencur) the pair reads as Indonesian.
const slavicTjLetters = "šžčćđřťŠŽČĆĐŘŤ"

// reformHelps reports whether reading a name with marks m in the EYD can
// bring it nearer the name other, written in neither spelling: tj read c
// needs a c in other, j read y a y (else the key has read the pair
// already: oe against u costs little).
func reformHelps(m int, other string) bool {
	return m&oldTj != 0 && strings.ContainsAny(other, "cC") || m&oldOeJ != 0 && strings.ContainsAny(other, "yY")
}

// oldSpellingMarks returns the marks of the Indonesian spelling before
// 1972 in name (oldTj, oldOeJ), or 0: a byte scan, in most names the
// whole cost of the reading.
func oldSpellingMarks(name string) int {
	if strings.IndexByte(name, 'j') < 0 && strings.IndexByte(name, 'J') < 0 {
		return 0 // both marks have a j: most names are done here
	}
	m, oe, j := 0, false, false
	for i := 0; i < len(name); i++ {
		c := name[i] | 0x20 // ASCII letters in lower case; no other byte becomes t, j, o or e
		switch {
		case c == 'j':
			j = true
		case c == 't' && i+1 < len(name) && name[i+1]|0x20 == 'j' && !dutchDiminutive(name, i+2):
			m |= oldTj
		case c == 'o' && i+1 < len(name) && name[i+1]|0x20 == 'e':
			oe = true
		}
	}
	if oe && j && !japaneseOeJ(name) {
		m |= oldOeJ
	}
	return m
}

// japaneseOeJ reports whether each word of name with j or oe reads as
// Japanese morae in Hepburn (romajiMorae): there j is English j and oe two
// vowels (Joetsu, jo-e-tsu, is no Yutsu), and the name is not read in
// the EYD for its oe and j. Most names of the old spelling have a word
// that Japanese does not (Joesoef, Wahjoe, Njai Ratoe Kidoel).
func japaneseOeJ(name string) bool {
	var buf [24]string
	for w := range strings.FieldsFuncSeq(strings.ToLower(name), nameWordSep) {
		if strings.Contains(w, "oe") || strings.IndexByte(w, 'j') >= 0 {
			if _, ok := romajiMorae(buf[:0], w); !ok {
				return false
			}
		}
	}
	return true
}

// dutchDiminutive reports whether name[i:] (after a tj) ends a word as
// the Dutch diminutive -tje, -tjes or the Afrikaans -tjie, -tjies
// (Marietje, Jantje, Sannetjie): there tj is Dutch, not Indonesian c.
func dutchDiminutive(name string, i int) bool {
	for _, e := range [...]string{"e", "es", "ie", "ies"} {
		if k := i + len(e); k <= len(name) && strings.EqualFold(name[i:k], e) && (k == len(name) || wordEnd(name, k)) {
			return true
		}
	}
	return false
}

// oldSpellingReading returns name read from the spelling before 1972 into
// the EYD, with the EYD's c written ch as English reads it: tj is ch, dj
// j, nj ny, sj sy, any other j y, oe u. The case of each first letter
// is kept (Tjut, Chut).
func oldSpellingReading(name string) string {
	b := make([]byte, 0, len(name)+2)
	for i := 0; i < len(name); i++ {
		c := name[i]
		lc := c | 0x20
		var n byte
		if i+1 < len(name) {
			n = name[i+1] | 0x20
		}
		up := c != lc // an upper-case ASCII letter
		switch {
		case c >= 0x80 || !isASCIIWordByte(c):
			b = append(b, name[i])
		case lc == 't' && n == 'j':
			b = append(b, caseOf('c', up), 'h')
			i++
		case (lc == 'd' || lc == 's' || lc == 'n') && n == 'j':
			if lc == 'd' {
				b = append(b, caseOf('j', up))
			} else {
				b = append(b, c, 'y')
			}
			i++
		case lc == 'j':
			b = append(b, caseOf('y', up))
		case lc == 'o' && n == 'e':
			b = append(b, caseOf('u', up))
			i++
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// eydC returns name with each c that is not part of ch or ck written ch,
// the EYD's c as English reads it (Cut, Chut; Aceh, Acheh), or name
// itself when it has none.
func eydC(name string) string {
	var b []byte
	last := 0
	for i := 0; i < len(name); i++ {
		if name[i]|0x20 != 'c' || i+1 < len(name) && (name[i+1]|0x20 == 'h' || name[i+1]|0x20 == 'k') {
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(name)+4)
		}
		b = append(append(b, name[last:i+1]...), 'h')
		last = i + 1
	}
	if b == nil {
		return name
	}
	return string(append(b, name[last:]...))
}

// caseOf returns lower-case ASCII letter c, in upper case when up is set.
func caseOf(c byte, up bool) byte {
	if up {
		return c - 0x20
	}
	return c
}
