package normalize

import "strings"

// vowelsSwapped reports whether the word in which two names differ has the
// same letters in both but two vowels (a, e, i, o, u), of two syllables,
// that change places (Olivares, Oliveras; Donati, Donita). Each vowel is
// its syllable's nucleus: a romanisation or a spelling convention writes
// a syllable's vowel in the syllable's place, so no convention moves the
// vowel qualities of two syllables at once, and the swap makes two other
// syllables, another name, where the edit distance's transposition counts
// half an edit. The two vowels are apart (one consonant or more between
// them) and neither is beside another vowel: swapped neighbours (Frieda,
// Freida; Wiener, Weiner) are one digraph's two spellings, and a vowel
// beside another is part of a diphthong that conventions write in either
// order. y is no vowel here: the Ukrainian and Russian forms of one name
// write i and y in either place (Soltysiuk, Soltisyuk), so i against y
// elsewhere in the word is no third difference (Belitskiy, Biletskyi:
// Белицкий, Білецький, the swap with -iy against -yi). A pivot through an
// abjad writes neither vowel (Sarfadi, Sarfida), but the matcher scores
// those apart already, under the threshold, on the letters.
func (w *wordApart) vowelsSwapped() bool {
	x, y := w.words()
	if len(x) != len(y) {
		return false
	}
	i, j := -1, -1
	for k := range x {
		if x[k] == y[k] || (x[k] == 'i' || x[k] == 'y') && (y[k] == 'i' || y[k] == 'y') {
			continue
		}
		switch {
		case i < 0:
			i = k
		case j < 0:
			j = k
		default:
			return false // a third letter differs
		}
	}
	if j < i+2 || x[i] != y[j] || x[j] != y[i] || !isVowel(x[i]) || !isVowel(x[j]) {
		return false
	}
	return !besideVowel(x, i) && !besideVowel(x, j)
}

// besideVowel reports whether the letter at i of w has a vowel or y next to it.
func besideVowel(w []byte, i int) bool {
	return i > 0 && isVowelY(w[i-1]) || i+1 < len(w) && isVowelY(w[i+1])
}

// syllableInserted reports whether the longer of the two forms of the word
// in which two names differ is the shorter, four letters or more, with two
// or three letters put in together inside it, a vowel and a consonant
// among them, that make a syllable more (Trillo, Trujillo; Iwasa,
// Iwahisa; Otuzi, Otohuzi): two letters or more of the
// shorter word before them and two or more after. A y before the vowel,
// after a consonant, is the syllable's consonant, the glide that Russian
// я, ю and ё are written with (Smolyakov, Smolkov): no romanisation drops
// such a letter with its vowel. A spelling convention
// adds one letter at a time (a vowel the source script leaves out, a
// silent or doubled consonant, the h of a digraph); a consonant and a
// vowel together inside a word are another syllable, and the name
// another name, where the edit distance sees two letters of eight. Left
// to other rules or as one name: letters added at a word's start or end
// (Maxim, Maximus: the Latin ending; Johann, John), and a vowel added
// beside a vowel, where the vowel groups stay as many (Doherty, Dougherty).
// Left too: a vowel put in beside a consonant the longer word doubles,
// the short vowel and the doubled consonant (the Arabic shadda) that an
// abjad or the hieroglyphs leave unwritten and one romanisation writes and
// another leaves out (Mohammed, Mohmed; Bhuttavi, Bhutvi; Ramesses,
// Ramses): Herriman, Herman and Senussi, Sensi go with them.
func (w *wordApart) syllableInserted() bool {
	x, y := w.words()
	if len(x) > len(y) {
		x, y = y, x
	}
	k := len(y) - len(x)
	if k < 2 || k > 3 || len(x) < 4 {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	// y is x with y[i:i+k] put in at i when the rest is equal; the first
	// such i is taken (Trujillo: Tr + uj + illo).
	if i < 2 || len(x)-i < 2 || string(y[i+k:]) != string(x[i:]) {
		return false
	}
	vowel, consonant := false, false
	for j, c := range y[i : i+k] {
		switch {
		case c == 'y' && j+1 < k && isVowel(y[i+j+1]) && (i+j == 0 || !isVowelY(y[i+j-1])):
			consonant = true // a glide before the vowel: Russian я, ю, ё (Smolyakov, Smolkov)
		case isVowelY(c):
			vowel = true
		default:
			consonant = true
		}
	}
	if y[i-1] == y[i] && !isVowelY(y[i]) || y[i+k-1] == y[i+k] && !isVowelY(y[i+k]) {
		return false // a short vowel and a doubled consonant: Mohammed, Mohmed; Ramesses, Ramses
	}
	return vowel && consonant && vowelGroupsY(y) == vowelGroupsY(x)+1
}

// vowelGroupsY counts the runs of vowels, y among them, of lowercase word w.
func vowelGroupsY(w []byte) int {
	n := 0
	for i, c := range w {
		if isVowelY(c) && (i == 0 || !isVowelY(w[i-1])) {
			n++
		}
	}
	return n
}

// initialW reports whether the word in which two names differ is one
// word with another first letter, w in one form and in the other a
// consonant that no convention writes w for: not v (German and Polish w:
// Wiktor, Viktor; Werner, Verner), b (the Spanish and Greek b for v), g
// (gu for w: Guillermo), h (initialDistinct's onset letters). A w is
// written for a v or for a vowel's onset (Walid, Oualid), and
// initialDistinct leaves onset letters to the distance for those; against
// t, f, k or s it is a consonant of its own, the first of a stressed
// syllable, and the names are two places or two names (Weisendorf,
// Teisendorf; Wareham, Fareham; Welling, Felling).
func (w *wordApart) initialW() bool {
	x, y := w.words()
	if len(x) != len(y) || len(x) < 4 || x[0] == y[0] || string(x[1:]) != string(y[1:]) {
		return false
	}
	c, d := x[0], y[0]
	if d == 'w' {
		c, d = d, c
	}
	return c == 'w' && !onsetLetter(d) && strings.IndexByte("vbg", d) < 0
}

// russianGender reports whether the word in which two names differ is a
// Russian family name in its man's form in one name and its woman's in
// the other, the stems spelled by two romanisations (Mikhailov,
// Mikhaylova; Aleksandrov, Alexandrova; Sinyagovskiy, Sinyagovskaya):
// -ov or -ev against -ova or -eva, and the adjective's -skiy (-skii, -skij,
// -sky, -ski, -skyi) against -skaya (-skaja, -skaia). A woman's surname
// takes the feminine ending in every romanisation, so the two forms name
// two people; the matcher's cap of Slavic names a letter apart reads the
// pair only when the stems are spelled alike (Ivanov, Ivanova). Left out:
// -in against -ina (Kristin, Kristina; Carolin, Carolina: Western given
// names), and the Ukrainian -ska against the Russian -skiy, which the
// development set holds as one person's two labels (Zainchkovska,
// Zainchkovskiy).
func (w *wordApart) russianGender() bool {
	x, y := w.words()
	if hasSuffix(x, "a") {
		x, y = y, x // y the woman's form: Aleksandrov, Alexandrova are as long
	}
	if len(x) < 5 {
		return false
	}
	switch {
	case hasSuffix(y, "ova") || hasSuffix(y, "eva"):
		return hasSuffix(x, "ov") || hasSuffix(x, "ev")
	case hasSuffix(y, "skaya") || hasSuffix(y, "skaja") || hasSuffix(y, "skaia"):
		for _, m := range [...]string{"skiy", "skii", "skij", "sky", "ski", "skyi"} {
			if hasSuffix(x, m) {
				return true
			}
		}
	}
	return false
}

// ikAkUk reports whether the word in which two names differ ends in the
// Ukrainian and Russian surname suffix -ik (-yk: -ик) in one name and in
// -ak or -uk (-iak, -yak, -iuk, -yuk: -як, -юк) in the other, after a
// consonant and four letters or more of the stem (Stakhnyk, Stakhnyak;
// Shvedyk, Shvedyuk; Kalenik, Kalyniak). They are three suffixes, as akUk
// reads -ak and -uk: romanisations write и as i or y and я, ю as ia, ya,
// iu, yu, but none writes и for я or ю; the stems are left to the matcher,
// which scored them alike (Kalenik, Kalyniak: Каленик, Калиняк).
func (w *wordApart) ikAkUk() bool {
	x, y := w.words()
	if len(x) > len(y) {
		x, y = y, x
	}
	n, m := len(x), len(y)
	if n < 6 || x[n-1] != 'k' || y[m-1] != 'k' || x[n-2] != 'i' && x[n-2] != 'y' || isVowelY(x[n-3]) {
		x, y, n, m = y, x, m, n // the -ik word may be the longer: Kalenik, Kalyniak
		if n < 6 || x[n-1] != 'k' || y[m-1] != 'k' || x[n-2] != 'i' && x[n-2] != 'y' || isVowelY(x[n-3]) {
			return false
		}
	}
	if m < 6 || y[m-2] != 'a' && y[m-2] != 'u' {
		return false
	}
	j := m - 3
	if y[j] == 'i' || y[j] == 'y' {
		j-- // the glide of я, ю
	}
	return !isVowelY(y[j])
}
