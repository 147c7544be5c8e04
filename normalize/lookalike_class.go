package normalize

import "strings"

// Look-alikes told apart by the kind of letter that changes (issue 11,
// branch lookalike4): spelling conventions swap a letter for one of its own
// kind, a vowel for a vowel, a stop for a stop of the same place; a letter of
// another kind, which no convention writes for the sound, makes another name.
// Each rule reads the one word in which two names differ (wordApart) and asks
// that it differ in one letter only.

// vowelForConsonant reports whether the word in which two names differ has
// a vowel (a, e, i, o, u) in one name where the other has a consonant
// (Euskirchen, Emskirchen; Inayauan, Inayagan). The conventions that write a
// vowel in one spelling and a consonant letter in the other write a glide or
// a vowel's length with the consonant: y, j, i and w, v, u for the glides
// (Yusuf, Iusuf; Evgeni, Eugeni; Latin u and v), h for a length or a
// breath (Ohno, Oono; Allah, Alla), l for Belarusian ў (Vouk, Volk) and
// Polish ł, and Somali c for ʿayn where others write a vowel twice (Jacfar,
// Jaafar); those consonants are left to the other rules. Any other
// consonant is a sound of its own.
func (w *wordApart) vowelForConsonant() bool {
	at := w.oneLetterApart()
	if at < 0 {
		return false
	}
	x, y := w.words()
	c, d := x[at], y[at]
	if isVowel(d) {
		c, d = d, c
	}
	if !isVowel(c) || isVowel(d) {
		return false
	}
	switch d {
	case 'y', 'j', 'w', 'v', 'h', 'l', 'c':
		return false
	}
	return true
}

// finalAlternates lists the groups of consonants that spelling conventions
// write for one another at a word's end, after a vowel: voicing and the
// labials (Yakub, Yakup; Yusuf, Yusup; Ivanov, Ivanof), the coronals and
// French mute finals (Hamid, Hamit; Rigaud, Rigaux; Gonzalez, Gonzales), the
// velars (Tariq, Tarik; Ishaq, Ishag), the nasals (Ibrahim, Ibrahin), the
// liquids, and h with g, k, x, j and t (Ukrainian h for Russian g: Oleh,
// Oleg; kh, Somali x and Spanish j for one sound; Arabic ta marbuta, -ah and
// -at).
var finalAlternates = [...]string{"bpfvw", "dtsxzc", "ckqgx", "mn", "lr", "hgkxjt"}

// finalConsonant reports whether the word in which two names differ ends,
// after a vowel, in one consonant in one name and in another in the other,
// of no group of finalAlternates (Vardenis, Vardenik; Karlos, Karlom): a
// word's last consonant is kept by every spelling but for those
// alternations, and is often a suffix of its own (a case, a plural, a
// diminutive), so another one makes another name.
func (w *wordApart) finalConsonant() bool {
	at := w.oneLetterApart()
	x, y := w.words()
	if at < 3 || at != len(x)-1 || !isVowel(x[at-1]) {
		return false
	}
	c, d := x[at], y[at]
	if isVowel(c) || isVowel(d) || c == 'y' || d == 'y' {
		return false
	}
	for _, g := range finalAlternates {
		if strings.IndexByte(g, c) >= 0 && strings.IndexByte(g, d) >= 0 {
			return false
		}
	}
	return true
}

// yForE reports whether the word in which two names differ has y between
// two consonants in one name where the other has e (Bykovo, Bekovo; Rybin,
// Rebin). A y between consonants is a vowel: Cyrillic ы, Ukrainian и or a
// Polish, Czech or Turkic y, which every romanisation writes y or i, never
// e; an e is Cyrillic е or э, or a Latin e, which no convention writes y
// (Cyrillic е after a consonant is e, ye, je or ie). Armenian ը, written
// y by BGN/PCGN and ě by ALA-LC, is the one letter read both ways; it is
// mostly left unwritten between consonants (Mkrtchyan).
func (w *wordApart) yForE() bool {
	at := w.oneLetterApart()
	x, y := w.words()
	if at <= 0 || at >= len(x)-1 {
		return false
	}
	c, d := min(x[at], y[at]), max(x[at], y[at])
	return c == 'e' && d == 'y' && !isVowel(x[at-1]) && !isVowel(x[at+1]) && x[at-1] != 'y' && x[at+1] != 'y'
}
