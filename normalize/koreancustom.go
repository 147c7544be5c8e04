package normalize

import (
	_ "embed"
	"strings"
	"sync"
)

// Korean names in their customary spellings. The press and the persons
// themselves write most Korean surnames in spellings that no romanization
// makes (Lee, Rhee for 이, Revised Romanization I or Yi, McCune-Reischauer
// Yi, the North's Ri; Park for 박, Bak, Pak; Roh for 노, No; Choi for 최,
// Choe), and given names in English letter groups: oo for u (Doo-hwan,
// Moo-hyun), ee for i and ui (Chung-hee, Jeong-hui), u for ㅓ, eo in
// Revised Romanization (Kun-hee, Geon-hui; Chun, Jeon), yu and ou for ㅕ,
// yeo (Myung-bak, Myeong-bak; Yeon-koung, Yeon-gyeong), wh for hw
// (Kyung-wha), oi for oe (Hoi-chang), a silent h after a vowel (Kyo-ahn,
// Kyu-hah) and ck for k (Duck-soo).
//
// koreanCustomSame holds two names the same when each has the shape of a
// Korean name (koreanReading's: words of romanized Korean syllables, two
// words or more, at most five syllables) with its surname, first or last,
// one of korean_surnames.tsv's spellings, the two surnames spellings of one
// surname there, and the given names' syllables, in order, read alike: as
// koreanReading reads them, or one of them with its customary letter groups
// read back to Revised Romanization's. The surname alone never joins two
// names (Lee Myung-bak, Lee Jae-myung), and both names must have the Korean
// shape, so Lee Hsien Loong or Robert Lee is never read as Korean; a
// surname the table does not list (Li, Parker) is not one of its surnames.

//go:embed korean_surnames.tsv
var koreanSurnamesTSV string

// koreanSurnameSet is a set of surnames of korean_surnames.tsv, by line:
// one bit a line, so the table holds at most 128 (TestKoreanSurnamesFit).
type koreanSurnameSet [2]uint64

// koreanSurnames maps a spelling, lower case, to the surnames it spells.
// It is built on first use, by a pair whose names both pass the quick
// tests of koreanCustomSame.
var koreanSurnames = sync.OnceValue(func() map[string]koreanSurnameSet {
	m := map[string]koreanSurnameSet{}
	n := 0
	for line := range strings.Lines(koreanSurnamesTSV) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		for _, f := range fields[1:] {
			s := m[strings.ToLower(f)]
			s[n/64] |= 1 << (n % 64)
			m[strings.ToLower(f)] = s
		}
		n++
	}
	return m
})

// koreanSurnameFilter holds, for the first two letters of the table's
// spellings (a single letter's second is 26), the lengths they have, one
// bit for each: a word that the filter does not pass is no spelling of the
// table, found without the map.
var koreanSurnameFilter = sync.OnceValue(func() *[26 * 27]uint8 {
	var f [26 * 27]uint8
	for w := range koreanSurnames() {
		if i, ok := koreanSurnameSlot(w); ok {
			f[i] |= 1 << (len(w) - 1)
		}
	}
	return &f
})

// koreanSurnameSlot is w's place in koreanSurnameFilter, if w is one to
// eight ASCII letters.
func koreanSurnameSlot(w string) (int, bool) {
	if len(w) == 0 || len(w) > 8 {
		return 0, false
	}
	c0, c1 := int(w[0]|0x20)-'a', 26
	if len(w) > 1 {
		c1 = int(w[1]|0x20) - 'a'
	}
	if c0 < 0 || c0 >= 26 || c1 < 0 || c1 > 26 {
		return 0, false
	}
	return c0*27 + c1, true
}

// koreanSurnameLetters reports whether w could be a spelling of the table
// (koreanSurnameFilter: its first two letters and length), the quick test
// before the map.
func koreanSurnameLetters(w string) bool {
	i, ok := koreanSurnameSlot(w)
	if !ok || koreanSurnameFilter()[i]&(1<<(len(w)-1)) == 0 {
		return false
	}
	for j := 2; j < len(w); j++ {
		if c := w[j] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// koreanCustomName is a name cut into its surname and given syllables.
type koreanCustomName struct {
	surname koreanSurnameSet
	sur     string   // the surname as written
	given   []string // the given name's syllables, in order
}

// koreanCustomSame reports whether a and b are one Korean name as
// described above.
func koreanCustomSame(a, b string) bool {
	if len(a) > 48 || len(b) > 48 || !koreanCustomQuick(a) || !koreanCustomQuick(b) {
		return false
	}
	var bufA, bufB [2]koreanCustomName
	var sylA, sylB [10]string
	na := koreanCustomCut(bufA[:0], sylA[:0], a)
	if len(na) == 0 {
		return false
	}
	nb := koreanCustomCut(bufB[:0], sylB[:0], b)
	for _, x := range na {
		for _, y := range nb {
			if koreanCustomMatch(x, y) {
				return true
			}
		}
	}
	return false
}

// koreanCustomQuick: the first or the last word of name could be a
// surname of the table (a byte scan, no map).
func koreanCustomQuick(name string) bool {
	i := strings.IndexByte(name, ' ')
	if i < 0 {
		return false
	}
	j := strings.LastIndexByte(name, ' ')
	return koreanSurnameLetters(name[:i]) || koreanSurnameLetters(name[j+1:])
}

// koreanCustomCut appends to out the readings of name with its first word,
// and with its last, as the surname, when that word is one of the table's
// and the rest are syllables (strict or customary); syl holds the
// syllables of both readings.
func koreanCustomCut(out []koreanCustomName, syl []string, name string) []koreanCustomName {
	words := 0
	for range strings.FieldsSeq(name) {
		words++
	}
	if words < 2 {
		return out
	}
	table := koreanSurnames()
	first, last := outerWords(name)
	for k, sur := range [2]string{first, last} {
		var low [8]byte
		if !koreanSurnameLetters(sur) {
			continue
		}
		set, ok := table[string(asciiLower(low[:0], sur))]
		if !ok {
			continue
		}
		start := len(syl)
		w, ok := 0, true
		for word := range strings.FieldsSeq(name) {
			w++
			if (k == 0 && w == 1) || (k == 1 && w == words) {
				continue
			}
			for s := range strings.SplitSeq(word, "-") {
				if len(syl) == cap(syl) || !koreanAnySyllable(s) {
					ok = false
					break
				}
				syl = append(syl, s)
			}
		}
		if ok && len(syl) > start && len(syl)-start <= 4 {
			out = append(out, koreanCustomName{set, sur, syl[start:len(syl):len(syl)]})
		}
		if first == last {
			break
		}
	}
	return out
}

// asciiLower appends s in lower case to out (s is ASCII letters).
func asciiLower(out []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		out = append(out, s[i]|0x20)
	}
	return out
}

// koreanCustomMatch: the surnames are spellings of one surname and the
// given syllables read alike, one by one.
func koreanCustomMatch(x, y koreanCustomName) bool {
	if x.surname[0]&y.surname[0] == 0 && x.surname[1]&y.surname[1] == 0 {
		return false
	}
	if len(x.given) != len(y.given) {
		return false
	}
	for i := range x.given {
		if !koreanSyllablesAlike(x.given[i], y.given[i]) {
			return false
		}
	}
	return true
}

// koreanAnySyllable reports whether s is a romanized Korean syllable,
// strict or customary.
func koreanAnySyllable(s string) bool {
	var buf [16]byte
	if _, ok := koreanSyllable(buf[:0], s); ok {
		return true
	}
	_, _, _, ok := koreanCustomParts(s)
	return ok
}

// koreanSyllablesAlike reports whether syllables x and y read alike:
// koreanSyllable reads them alike, or one of them, read with its customary
// letter groups, can be what koreanSyllable reads the other.
func koreanSyllablesAlike(x, y string) bool {
	var bx, by [16]byte
	rx, okx := koreanSyllable(bx[:0], x)
	ry, oky := koreanSyllable(by[:0], y)
	if okx && oky && string(rx) == string(ry) {
		return true
	}
	return (oky && koreanCustomReads(x, ry)) || (okx && koreanCustomReads(y, rx))
}

// The customary letter groups of vowels and what koreanSyllable reads for
// each of the Revised Romanization vowels they stand for.
var koreanCustomVowels = map[string][]string{
	"oo": {"u"}, "woo": {"u"}, "yoo": {"yu"}, // ㅜ, ㅠ: Doo, Woo, Yoo
	"ee":  {"i", "ui"},  // ㅣ, ㅢ: Lee, Hee (hui)
	"u":   {"u", "o"},   // ㅓ as u: Kun (geon), Chun (jeon)
	"yu":  {"yu", "yo"}, // ㅕ as yu: Myung (myeong), Hyun (hyeon)
	"ou":  {"o", "yo"},  // Soung (song), Koung (gyeong)
	"you": {"yo"},       // Young (yeong)
	"oi":  {"we"},       // ㅚ: Choi, Hoi (hoe)
	"ai":  {"e"},        // ㅐ: Paik (baek)
}

// koreanCustomParts cuts a customary syllable into its initial, vowel
// letters and final: sh for s, wh for hw, ck for k, and an h after the
// vowel dropped (Ahn, Hah).
func koreanCustomParts(syl string) (in, v, f string, ok bool) {
	if len(syl) > 8 {
		return "", "", "", false
	}
	var low [8]byte
	s := low[:0]
	for i := 0; i < len(syl); i++ {
		c := syl[i] | 0x20
		if c < 'a' || c > 'z' {
			return "", "", "", false
		}
		s = append(s, c)
	}
	if len(s) > 2 && s[0] == 'w' && s[1] == 'h' {
		s[0], s[1] = 'h', 'w' // wh, whose w koreanVowelLetter counts a vowel: hw
	}
	i, j := koreanVowelRun(s)
	if i == j {
		return "", "", "", false
	}
	ini, vow, fin := string(s[:i]), string(s[i:j]), string(s[j:])
	if ini == "sh" {
		ini = "s"
	}
	fin = strings.TrimPrefix(fin, "h")
	if fin == "ck" {
		fin = "k"
	}
	in, ok1 := koreanInitials[ini]
	f, ok2 := koreanFinals[fin]
	if !ok1 || !ok2 {
		return "", "", "", false
	}
	if _, ok := koreanCustomVowels[vow]; !ok {
		if _, ok := koreanVowels[vow]; !ok {
			return "", "", "", false
		}
	}
	return in, vow, f, true
}

// koreanCustomReads reports whether syllable x, read with its customary
// letter groups, can be reading (koreanSyllable's, with its final dot).
func koreanCustomReads(x string, reading []byte) bool {
	in, vow, f, ok := koreanCustomParts(x)
	if !ok {
		return false
	}
	r := string(reading)
	if !strings.HasPrefix(r, in) || !strings.HasSuffix(r, f+".") {
		return false
	}
	mid := r[len(in) : len(r)-len(f)-1]
	if v, ok := koreanVowels[vow]; ok && v == mid {
		return true
	}
	for _, v := range koreanCustomVowels[vow] {
		if v == mid {
			return true
		}
	}
	return false
}
