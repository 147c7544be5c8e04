package normalize

import (
	_ "embed"
	"strings"
)

// Two Latin spellings of Indian given names, told apart by their
// consonants (branch indlat56). The Latin spellings of one Indian name
// vary, but in known ways: a vowel's length and the schwa are written as
// a writer likes (Kamla, Kamala; Rajni, Rajani; Sumeet, Sumit), and a
// consonant is written by any of the letters the Hunterian and the
// everyday spellings give it (devaUnitLatin, the table hilook56 wrote for
// Devanagari against Latin): aspiration written or not (Aravind,
// Aravindh), v or w, the Bengali b for v (Debashis, Devashish), s or sh,
// j or z, ph or f, c or ch. What they do not vary is which consonants the
// name has: a consonant written or left out (Arjun, Arun; Priyanka,
// Priyaka) or one for another (Narendra, Nagendra; Anand, Anant: voicing
// is no spelling of a Hindi name) makes another name.
//
// So two Latin names are one Indian name's spellings when one Devanagari
// consonant sequence spells both (indianLatinAgree): a small alignment of
// the two names, consonant by consonant through the table, with these
// besides: vowels on either side (a, e, i, o, u; y and w where they
// stand for a vowel: Maitry, Sowmya) and a doubled letter (Mallika) are
// free; a y between two vowels, the glide, may be left out where the
// other name has the two vowels (Ayesha, Aesha; Priya, Pria); n or m
// before a consonant is the anusvara (Shambhu, Shanbhu); x is क्ष
// (Laxmi, Lakshmi); a word's last h after a vowel is free (Amla, Amlah).
// The letters with a nukta (ड़ read r or d, ज़ z, j or s) are left out:
// one Devanagari letter read two ways is no licence for Latin names that
// differ in those two (Radha, Dadha).
//
// Latin spellings of other languages' names vary in ways Indian ones do
// not (Jegor, Yegor; Dehmel, Demel; Hurak, Gurak; Mehmet, Mehmed; Avraam,
// Avraham), and letters alone do not tell an Indian name from another
// (branch indlat56 tried: its shape rules parted Aleksandr, Alyaksandr and
// Ursula, Urszula). So the rule is asked only of two one-word names that
// a public list of Indian given names vouches for (indianGate,
// indian_given_names.txt, branch indgate57): one of them on the list, the
// other on it or a spelling of a name on it; not both words of the
// English pronouncing dictionary, not read as Chinese postal or Cantonese
// spellings, nor joined by a Western or Kunrei spelling convention
// (capsStage). Indian lists hold names of other origins too (Mohamad,
// Ajaj, Siraj), and so the letters other romanisations write for one
// sound pass as before (indianUnitsByLetter): g and h,
// kh, gh, ch and h, g and j, j and y, th, dh, s and z, sy and sh; so does
// a stop's voicing at a word's start or at its end after a vowel (Korean
// Pusan, Busan; Turkish Mehmet, Mehmed; Tamil spellings write the first
// consonant either way: Thevan, Dhevan), an h after a vowel and not
// before one (Dehmel, Demel; Ahmad), a y, w or (after i) j between vowels
// (Matija, Matia; Tuwah, Tuah), a y, j or w for i or u before a vowel
// (Ridwan, Riduan; Marja, Maria), and a word's first ye or je for e
// (Yelizaveta, Elizaveta). What stays is what parts Indian names most:
// a consonant written or left out, one place or manner for another, and
// voicing inside a name or after a consonant (Anand, Anant).

// indianLatinApartScore is the score two Latin names whose consonants
// spell no one Indian name are capped to: two names, as
// devaConsonantsApartScore.
const indianLatinApartScore = endingScore

// indianUnit is one consonant of the pivot: the Latin spellings of one
// Devanagari consonant.
type indianUnit struct {
	r     rune // the Devanagari consonant; under -100 a unit of the alternations
	latin string
}

// indianUnitsByLetter lists, for each first letter a..z, the spellings
// that open with it and their consonant.
var indianUnitsByLetter = func() (t [26][]indianUnit) {
	units := []rune{'क', 'ख', 'ग', 'घ', 'च', 'छ', 'ज', 'झ', 'ट', 'ठ', 'ड', 'ढ', 'त', 'थ', 'द', 'ध',
		'न', 'प', 'फ', 'ब', 'भ', 'म', 'य', 'र', 'ल', 'व', 'श', 'ष', 'स', 'ह', devaJnya}
	for _, r := range units {
		for _, s := range devaUnitLatin(r) {
			t[s[0]-'a'] = append(t[s[0]-'a'], indianUnit{r, s})
		}
	}
	for _, s := range []string{"ksh", "ks", "x"} {
		t[s[0]-'a'] = append(t[s[0]-'a'], indianUnit{'क' + 'ष', s}) // क्ष
	}
	// letters other romanisations the matcher reads write for one sound,
	// which the names' letters cannot tell from an Indian name's: the
	// Ukrainian h of Russian g (Hurak, Gurak), the Russian and Arabic kh
	// and gh (Bakhar, Bahar; Shawakh, Shawagh), the Arabic th and dh (ث, ذ:
	// Athir, Asir), the German and Portuguese s and z (Dinis, Diniz)
	for i, set := range [][]string{{"g", "h"}, {"kh", "gh", "ch", "h"}, {"g", "j"}, {"j", "y"}, {"th", "dh", "s", "z"}, {"z", "s"}, {"sy", "sh", "s"}} {
		for _, s := range set {
			t[s[0]-'a'] = append(t[s[0]-'a'], indianUnit{rune(-100 - i), s})
		}
	}
	return t
}()

// indianLatinApart reports whether a and b, two one-word Latin names that
// the list vouches for as Indian given names (indianGate), have
// consonants no one Indian name spells.
func indianLatinApart(a, b string) bool {
	var ba, bb [indianMaxLen]byte
	x, ok := indianWord(ba[:0], a)
	if !ok {
		return false
	}
	y, ok := indianWord(bb[:0], b)
	if !ok || indianSameConsonants(x, y) || indianLatinAgree(x, y, true) {
		return false // the alignment first: most pairs it is asked of are one name's spellings
	}
	// Two names of the list are Indian names both, and the letters other
	// romanisations write for one sound are two names' there (Jatin,
	// Yatin; Sharad, Sharat); a name the list has only by its key may be
	// of another origin, and they pass.
	listed, both := indianGate(x, y)
	if !listed || !both && indianLatinAgree(x, y, false) {
		return false
	}
	// not two words of the English pronouncing dictionary (Docherty,
	// Doherty; Fischer, Vischer)
	return pronunciations(x) == "" || pronunciations(y) == ""
}

// indianSameConsonants reports whether x and y have the same letters but
// vowels, a doubled letter read once: the pairs most often asked, which
// the alignment would find one name, found so without it.
func indianSameConsonants(x, y []byte) bool {
	i, j := 0, 0
	for {
		for i < len(x) && (indianVowel(x[i]) || i > 0 && x[i] == x[i-1]) {
			i++
		}
		for j < len(y) && (indianVowel(y[j]) || j > 0 && y[j] == y[j-1]) {
			j++
		}
		if i == len(x) || j == len(y) {
			return i == len(x) && j == len(y)
		}
		if x[i] != y[j] {
			return false
		}
		i++
		j++
	}
}

// indianMaxLen bounds the names the rule reads (the alignment's table is
// (indianMaxLen+1) squared).
const indianMaxLen = 24

// indianWord returns name in lower-case ASCII letters, or false when it
// has anything else (a space: two words) or is longer than indianMaxLen.
func indianWord(buf []byte, name string) ([]byte, bool) {
	if len(name) < 2 || len(name) > indianMaxLen {
		return nil, false
	}
	w, ok := lowerASCII(buf, name)
	if !ok {
		return nil, false
	}
	return w, true
}

func indianVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// indianFree reports whether w[i] is a letter the alignment passes over on
// its own: a vowel, a y or w that stands for one (not before a vowel:
// Maitry, Sowmya), the second of a doubled letter, an h after a vowel and
// not before one (Amlah; Dehmel).
func indianFree(w []byte, i int) bool {
	c := w[i]
	switch {
	case indianVowel(c):
		return true
	case (c == 'y' || c == 'w') && i > 0 && (i+1 == len(w) || !indianVowel(w[i+1])):
		return true
	case i > 0 && w[i-1] == c:
		return true
	case c == 'h' && i > 0 && indianVowel(w[i-1]) && (i+1 == len(w) || !indianVowel(w[i+1]) && w[i+1] != 'y'):
		return true // Amlah; Dehmel, Demel (German); Ahmad (Arabic)
	}
	return false
}

// indianGlide reports whether w[i] is a y, w or (after i) j between two
// vowels that the other name, at o[j], leaves out for the two vowels
// (Ayesha, Aesha; Tuwah, Tuah), or a word's first y or j before e, which
// the other name, at its start, leaves out (Yelizaveta, Elizaveta).
func indianGlide(w []byte, i int, o []byte, j int) bool {
	c := w[i]
	if (c == 'y' || c == 'j') && i == 0 && len(w) > 1 && w[1] == 'e' {
		return j == 0 // a word's first ye or je, the Russian е (Yelizaveta, Elizaveta; Jegor, Egor)
	}
	return i > 0 && (c == 'y' || c == 'w' || c == 'j' && w[i-1] == 'i') && i+1 < len(w) && indianVowel(w[i-1]) && indianVowel(w[i+1]) &&
		j > 0 && j < len(o) && indianVowel(o[j-1]) && indianVowel(o[j])
}

// devaVoicePartner returns the stop of r's place and aspiration of the
// other voicing (त द, ख घ), or 0.
func devaVoicePartner(r rune) rune {
	const pairs = "कगखघचजछझटडठढतदथधपबफभ"
	for i, c := range []rune(pairs) {
		if c == r {
			return []rune(pairs)[i^1]
		}
	}
	return 0
}

// indianGlidePair reports whether c and d are a glide and its vowel: y
// and i, w and u, either way round.
func indianGlidePair(c, d byte) bool {
	return (c == 'y' || c == 'j') && d == 'i' || c == 'i' && (d == 'y' || d == 'j') || c == 'w' && d == 'u' || c == 'u' && d == 'w'
}

// indianLatinAgree reports whether one Devanagari consonant sequence
// spells both x and y (see the file's comment): a search over the pairs of
// positions, each step a free letter on one side or a consonant's
// spelling on both. strict leaves out what other romanisations write for
// one sound: the alternations of indianUnitsByLetter (g and h, j and y),
// a stop's voicing at a word's edge, a word's first ye or je.
func indianLatinAgree(x, y []byte, strict bool) bool {
	const w = indianMaxLen + 1
	var seen [w * w]bool
	var stack [2 * w * w]uint16
	sp := 0
	push := func(i, j int) {
		if k := i*w + j; !seen[k] {
			seen[k] = true
			stack[sp] = uint16(k)
			sp++
		}
	}
	push(0, 0)
	for sp > 0 {
		sp--
		i, j := int(stack[sp])/w, int(stack[sp])%w
		if i == len(x) && j == len(y) {
			return true
		}
		if i < len(x) && (indianFree(x, i) || indianGlide(x, i, y, j)) {
			push(i+1, j)
		}
		if j < len(y) && (indianFree(y, j) || indianGlide(y, j, x, i)) {
			push(i, j+1)
		}
		if i == len(x) || j == len(y) {
			continue
		}
		// a y after a consonant and before a vowel, or an i; a w there, or
		// a u: the glide (Aditya, Aditia; Ridwan, Riduan)
		if indianGlidePair(x[i], y[j]) && (i == 0 && j == 0 || i > 0 && j > 0 &&
			!indianVowel(x[i-1]) && !indianVowel(y[j-1])) && i+1 < len(x) && j+1 < len(y) &&
			indianVowel(x[i+1]) && indianVowel(y[j+1]) {
			push(i+1, j+1)
		}
		// a word's first ye against je (Yegor, Jegor)
		if !strict && i == 0 && j == 0 && (x[0] == 'y' || x[0] == 'j') && (y[0] == 'y' || y[0] == 'j') && x[1] == 'e' && y[1] == 'e' {
			push(1, 1)
		}
		// n or m before a consonant: the anusvara
		if (x[i] == 'n' || x[i] == 'm') && (y[j] == 'n' || y[j] == 'm') &&
			i+1 < len(x) && j+1 < len(y) && !indianVowel(x[i+1]) && !indianVowel(y[j+1]) {
			push(i+1, j+1)
		}
		for _, u := range indianUnitsByLetter[x[i]-'a'] {
			if !hasPrefixBytes(x[i:], u.latin) {
				continue
			}
			if strict && u.r < 0 {
				continue
			}
			for _, v := range indianUnitsByLetter[y[j]-'a'] {
				if !hasPrefixBytes(y[j:], v.latin) {
					continue
				}
				ni, nj := i+len(u.latin), j+len(v.latin)
				if v.r == u.r || !strict && devaVoicePartner(u.r) == v.r && (i == 0 && j == 0 ||
					ni == len(x) && nj == len(y) && i > 0 && j > 0 && indianVowel(x[i-1]) && indianVowel(y[j-1])) {
					push(ni, nj)
				}
			}
		}
	}
	return false
}

// indianGivenNamesTXT is a list of Indian given names in Latin letters
// (see its header for origin and licence, and
// testdata/bench/indian_given_names.py for how it was built).
//
//go:embed indian_given_names.txt
var indianGivenNamesTXT string

// indianNameSet holds the list's names, their keys (indianNameKey) and
// the abbreviations the list's sources write for a name (Mohd, Md for
// Mohammad), its lines that begin with '!'.
type indianNameSet struct {
	names, keys, abbrevs map[string]struct{}
}

// indianNames is built on first use, only when a pair the alignment parts
// is asked.
var indianNames = newLazy(func() indianNameSet {
	t := indianNameSet{names: make(map[string]struct{}, 8192), keys: make(map[string]struct{}, 8192), abbrevs: map[string]struct{}{}}
	var buf []byte
	for line := range strings.Lines(indianGivenNamesTXT) {
		w := strings.TrimRight(line, "\r\n")
		if w == "" || w[0] == '#' {
			continue
		}
		if w[0] == '!' {
			t.abbrevs[w[1:]] = struct{}{}
			continue
		}
		t.names[w] = struct{}{}
		buf = indianNameKey(buf[:0], []byte(w))
		t.keys[string(buf)] = struct{}{}
	}
	return t
})

// indianGate reports whether the rule is asked of x and y (listed): one
// is a name of the list, and the other a name of the list or has the key
// of one (indianNameKey: Anand is on the list, Anant has its key); and
// neither's key begins with the other's (Siraj, Serajuddin: a name and a
// longer one that begins with it are a person's name and its part more
// often than two names, and the listed-part rules read them); and
// neither is an abbreviation the list's sources write (Mohd). Both
// names by their keys only is not enough: names of other origins have
// the keys of list names (Avraam and Avraham have Bram's). both reports
// whether x and y are both names of the list.
func indianGate(x, y []byte) (listed, both bool) {
	t := indianNames.get()
	_, ex := t.names[string(x)]
	_, ey := t.names[string(y)]
	if !ex && !ey {
		return false, false
	}
	if _, ok := t.abbrevs[string(x)]; ok {
		return false, false
	}
	if _, ok := t.abbrevs[string(y)]; ok {
		return false, false
	}
	var bx, by [2 * indianMaxLen]byte
	kx, ky := indianNameKey(bx[:0], x), indianNameKey(by[:0], y)
	if !ex {
		if _, ok := t.keys[string(kx)]; !ok {
			return false, false
		}
	}
	if !ey {
		if _, ok := t.keys[string(ky)]; !ok {
			return false, false
		}
	}
	if len(kx) > len(ky) {
		kx, ky = ky, kx
	}
	return len(kx) == len(ky) || string(ky[:len(kx)]) != string(kx), ex && ey
}

// indianNameKey appends to buf the key of w (lower-case letters): its
// consonants with the differences the Latin spellings of one Indian name
// show, and a stop's voicing, folded, so that a name the list lacks finds
// a listed name of its consonants: a word's first vowel marked '_', a
// first h kept (ह: Hira, Ira), other vowels, h and y and the second of a
// doubled letter left out, x read ks, w and b read v, f read p, z read j,
// c, q and g read k, d read t, m before a consonant read n.
func indianNameKey(buf, w []byte) []byte {
	if len(w) > 0 && indianVowel(w[0]) {
		buf = append(buf, '_')
	}
	for i, c := range w {
		switch c {
		case 'h':
			if i > 0 {
				continue
			}
		case 'a', 'e', 'i', 'o', 'u', 'y':
			continue
		case 'x':
			buf = append(buf, 'k', 's')
			continue
		case 'w', 'b':
			c = 'v'
		case 'f':
			c = 'p'
		case 'z':
			c = 'j'
		case 'c', 'q', 'g':
			c = 'k'
		case 'd':
			c = 't'
		case 'm':
			if i+1 < len(w) && !indianVowel(w[i+1]) && w[i+1] != 'h' && w[i+1] != 'y' && w[i+1] != 'm' {
				c = 'n'
			}
		}
		if i > 0 && w[i-1] == w[i] {
			continue // a doubled letter
		}
		buf = append(buf, c)
	}
	return buf
}
