package normalize

import (
	_ "embed"
	"strings"
	"sync"
)

// genderTitles are honorifics that say a person is a man (true) or a
// woman (false), as English, French, German, Spanish, Italian and Arabic
// press forms write them before a name. Words that are also common given
// names (Don, Lady as in Lady Gaga's stage name is kept: it never stands
// against Lord in one pair) and the bare initial M. (Monsieur, or a given
// name's initial) are left out.
var genderTitles = map[string]bool{
	"mr": true, "mister": true, "sir": true, "lord": true, "king": true, "prince": true,
	"herr": true, "monsieur": true, "senor": true, "señor": true, "signor": true, "sheikh": true, "shaikh": true,
	"mrs": false, "ms": false, "miss": false, "madam": false, "madame": false, "mme": false, "mlle": false,
	"mademoiselle": false, "dame": false, "lady": false, "queen": false, "princess": false, "frau": false,
	"senora": false, "señora": false, "signora": false, "sheikha": false, "shaikha": false,
}

// genderTitlesApart reports whether the names a and b both open with an
// honorific of a gender and the two genders differ: Mr. Smith and
// Mrs. Smith are two people however alike the rest is, while the titles,
// dropped as titles are when names are compared, left only the surname
// to compare (1.000 before).
func genderTitlesApart(a, b string) bool {
	ga, okA := openingGender(a)
	if !okA {
		return false
	}
	gb, okB := openingGender(b)
	return okB && ga != gb
}

// openingGender gives the gender of the honorific that opens name, if one
// of genderTitles does (a full stop after it allowed). It lowers the word
// into a buffer: most names stop at the first byte or the word's length.
func openingGender(name string) (man, ok bool) {
	if len(name) < 4 || !strings.ContainsRune("MmSsLlKkPpHhFfQqDd", rune(name[0])) {
		return false, false
	}
	n := strings.IndexByte(name, ' ')
	if n < 0 || n > 14 {
		return false, false
	}
	var buf [14]byte
	w := buf[:0]
	for i := 0; i < n; i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c |= 0x20
		}
		w = append(w, c)
	}
	if w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	man, ok = genderTitles[string(w)]
	return man, ok
}

// gender_names.tsv lists the given names that the US Census Bureau's 1990
// first-name lists (public domain) give to one gender, a line each (name,
// tab, m or f), sorted: a name of the male list that the female list
// lacks, or whose share of the men is at least ten times its share of the
// women (m), and the other way round (f). Names shared more evenly (Jean,
// Robin, Leslie, Christian) are left out. testdata/bench/gender_names.py
// writes it. givenGender searches the text as it is, so that neither
// start-up nor a first use pays for a table.
//
//go:embed gender_names.tsv
var genderNamesTSV string

// givenGendersApart reports whether the first words of names a and b, the
// given names, differ and the census lists one as a man's name and the
// other as a woman's: Marlon Brando and Marlene Brando, Alan and Alene, are
// two people, however few letters tell them apart. A woman's name in -a
// against a man's name that is it with an -s (Andrea, Andreas; Nicola,
// Nicolas) is not read so: Italian writes the Greek and Latin men's names
// in -as with a final -a (Andrea, Luca, Mattia are men in Italy).
func givenGendersApart(a, b string) bool {
	wa, wb := givenWord(a), givenWord(b)
	if len(wa) < 2 || len(wb) < 2 || sameLetters(wa, wb) {
		return false
	}
	ga, okA := givenGender(wa)
	if !okA {
		return false
	}
	gb, okB := givenGender(wb)
	if !okB || ga == gb {
		return false
	}
	return !oneSpokenGiven(wa, wb)
}

// oneSpokenGiven reports whether the given names x and y, listed for two
// genders, are spellings of one spoken name, which English spells apart
// for a man and a woman only in writing: the key reads them alike (Toni,
// Tony; Ronni, Ronnie), or they end in two spellings of the final /i/ of
// the English pet names (-y, -i, -ie, -ey, -ee) on one stem (Corey, Cori;
// Toney, Toni), or English spelling reads them as one sound
// (englishsound.go), each read with the soft g of conventions.go (Gene,
// Jeane; Jerry, Gerri), or one is the other with a final s, silent in French
// (Jacque, Jacques) and dropped in Italian, which writes the Greek and
// Latin men's names in -as with a final -a (Andrea, Andreas; Nicola,
// Nicolas: Andrea, Luca, Mattia are men in Italy).
func oneSpokenGiven(x, y string) bool {
	x, y = softG(strings.ToLower(x)), softG(strings.ToLower(y))
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y) == len(x)+1 && y[len(x)] == 's' && x == y[:len(x)] {
		return true
	}
	if sx := finalIStem(x); sx != "" && sx == finalIStem(y) {
		return true
	}
	return Key(x) == Key(y) || englishSoundSame(x, y)
}

// finalIStem returns word without the letters of a final /i/ (-ie, -ey,
// -ee, -y, -i), or "" when word does not end in one.
func finalIStem(word string) string {
	n := len(word)
	if n < 3 {
		return ""
	}
	last, prev := word[n-1]|0x20, word[n-2]|0x20
	if n >= 4 && last == 'e' && prev == 'i' || n >= 4 && prev == 'e' && (last == 'y' || last == 'e') {
		return word[:n-2]
	}
	if last == 'y' || last == 'i' {
		return word[:n-1]
	}
	return ""
}

// givenWord returns the ASCII letters that open name up to a space, a
// hyphen or the end, or "" when the first word has another character (an
// accented letter, an apostrophe, a full stop: an initial) or is longer
// than any name of the table (12 letters).
func givenWord(name string) string {
	i := 0
	for i < len(name) && i <= 12 && 'a' <= name[i]|0x20 && name[i]|0x20 <= 'z' {
		i++
	}
	if i == 0 || i > 12 || i < len(name) && name[i] != ' ' && name[i] != '-' {
		return ""
	}
	return name[:i]
}

// genderSlots is an open-addressed hash table of gender_names.tsv's
// lines, built on first use: slot genderHash(name) & genderSlotMask, or
// the next free one after it, holds the byte offset of the name's line
// plus one (0: empty). 8,192 slots for 5,011 names keep the probes short;
// a word that is no listed name (Qasem, Zhang) mostly stops at the first
// empty slot, which a binary search over the text or a map lookup of a
// new string did not (p100k cost 0.7% to 1.7% more instructions so).
var (
	genderSlots     [genderSlotMask + 1]uint16
	genderSlotsOnce sync.Once
)

// buildGenderSlots fills genderSlots from gender_names.tsv.
func buildGenderSlots() {
	t := genderNamesTSV
	for off := 0; off < len(t); {
		tab := off + strings.IndexByte(t[off:], '\t')
		h := genderHash(t[off:tab])
		for genderSlots[h&genderSlotMask] != 0 {
			h++
		}
		genderSlots[h&genderSlotMask] = uint16(off + 1) // the text is under 64 KiB
		off = tab + 3
	}
}

// genderSlotMask is the number of slots of genderSlots less one.
const genderSlotMask = 1<<13 - 1

// genderHash is FNV-1a of word (lower case).
func genderHash(word string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(word); i++ {
		h = (h ^ uint32(word[i])) * 16777619
	}
	return h
}

// givenGender looks word up in gender_names.tsv (genderSlots), lowered
// into a buffer.
func givenGender(word string) (man, ok bool) {
	var buf [12]byte
	w := buf[:len(word)]
	h := uint32(2166136261) // genderHash, as the word is lowered
	for i := 0; i < len(word); i++ {
		w[i] = word[i] | 0x20
		h = (h ^ uint32(w[i])) * 16777619
	}
	genderSlotsOnce.Do(buildGenderSlots)
	t := genderNamesTSV
	for ; ; h++ {
		v := int(genderSlots[h&genderSlotMask])
		if v == 0 {
			return false, false
		}
		off := v - 1
		if end := off + len(w); end < len(t) && t[end] == '\t' && t[off:end] == string(w) {
			return t[end+1] == 'm', true
		}
	}
}

// sameLetters reports whether the ASCII words x and y are one word but for
// case.
func sameLetters(x, y string) bool {
	if len(x) != len(y) {
		return false
	}
	for i := 0; i < len(x); i++ {
		if x[i]|0x20 != y[i]|0x20 {
			return false
		}
	}
	return true
}
