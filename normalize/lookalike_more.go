package normalize

import "strings"

// More look-alikes of different names that the edit distance scores as one
// name (issue 11, branch names23), each read from a spelling convention.

// patronymicS reports whether a and b, as written, are the same words but
// the last, which is a Germanic patronymic surname in one name, a given
// name and a genitive -s (Williams, Edwards, Jacobs, Willems: the son of
// William, of Edward), and lacks the -s in the other. The surname names a
// family, not the given name: Michaels is not Michael, however near the
// letters. The only spelling convention that adds a bare -s after a
// consonant of a given name is the Latvian masculine nominative (Gustavs,
// Arnolds, Vilhelms), and Latvian writes no w, q, x, y, ch, th, ph, ck nor
// ae, ee, oo, ea, ou: the -s word must have one of them, and only ASCII
// letters (Latvian and Lithuanian letters carry marks). The s must follow a
// consonant other than s, c, z and y (a vowel's -s is a Greek, Latin or
// Lithuanian ending, Hungarian writes cs and zs for one sound, Aweys is a
// diphthong), and the other word must not end in a sibilant (Shvarts,
// Swartz: ts is a spelling of tz). A name with a lowercase word, or with an
// organisation's head noun, is no person's name: an English plural there
// (Committee, Committees) is left to the other rules.
func patronymicS(a, b string) bool {
	if len(a) == len(b) || len(a) > 64 || len(b) > 64 {
		return false // the s makes the lengths differ; long names are no persons'
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	n := len(wa)
	if n != len(wb) || n > 3 {
		return false
	}
	for i := 0; i < n-1; i++ {
		if !strings.EqualFold(wa[i], wb[i]) || !personWord(wa[i]) {
			return false
		}
	}
	x, y := strings.ToLower(wa[n-1]), strings.ToLower(wb[n-1])
	if len(x) < len(y) {
		x, y = y, x
	}
	if !personWord(wa[n-1]) || !personWord(wb[n-1]) || len(x) < 4 || len(y) < 3 {
		return false
	}
	m := len(x)
	for i := 0; i < m; i++ {
		if x[i] < 'a' || x[i] > 'z' {
			return false
		}
	}
	if x[m-1] != 's' || isVowel(x[m-2]) || strings.IndexByte("sczy", x[m-2]) >= 0 {
		return false
	}
	if strings.IndexByte("sxz", y[len(y)-1]) >= 0 {
		return false
	}
	return notLatvian(x[:m-1])
}

// personWord reports whether w, as written, can be a word of a person's
// name: capitalised and no organisation's head noun.
func personWord(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' && w[0] < 0x80 {
		return false
	}
	return !infoOf(Key(w)).orgHead
}

// notLatvian reports whether the lowercase ASCII word w has a letter or a
// pair of letters that Latvian spelling does not write.
func notLatvian(w string) bool {
	if strings.ContainsAny(w, "wqxy") {
		return true
	}
	for i := 0; i+1 < len(w); i++ {
		switch w[i : i+2] {
		case "ch", "th", "ph", "ck", "ae", "ee", "oo", "ea", "ou":
			return true
		}
	}
	return false
}

// initialDistinct reports whether a and b, as written, are the same words
// but one, which differs only in its first letter: a consonant changed for
// another that no spelling convention writes for it (Batesville,
// Gatesville; Maddington, Paddington), a consonant put before a word that
// starts with a vowel (Eaton, Seaton), or a vowel put before a consonant and
// a vowel (Usingen, Singen). A name's first sound is the one spellings keep:
// the conventions that change a first letter write one sound two ways, and
// initialAlternates lists them. h, w and y are left alone, as vowels are
// against vowels: they are written for a vowel's onset or dropped
// (Hamadou, Amadou; Yermakov, Ermakov; Omar, Umar), as is j before a vowel
// (Slavic je for e: Jelena, Elena), and a prothetic vowel
// comes only before a cluster (Ibrahim, Brahim; Esteban, Stephan).
func initialDistinct(a, b string) bool {
	if d := len(a) - len(b); d < -1 || d > 1 {
		return false // one letter apart: the lengths differ by one at most
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	var x, y string
	for i := range wa {
		if strings.EqualFold(wa[i], wb[i]) {
			continue
		}
		if x != "" {
			return false
		}
		x, y = strings.ToLower(wa[i]), strings.ToLower(wb[i])
	}
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(y) < 4 || !asciiLetters(x) || !asciiLetters(y) {
		return false
	}
	c, d := x[0], y[0]
	switch {
	case len(x) == len(y):
		return x[1:] == y[1:] && !onsetLetter(c) && !onsetLetter(d) && !initialAlternates(c, d)
	case x[1:] != y:
		return false
	case isVowel(d):
		return !onsetLetter(c) && c != 'j' // a consonant added before a vowel; Slavic je for e (Jelena, Elena)
	default:
		return isVowel(c) && isVowel(y[1]) // a vowel added before a consonant and a vowel
	}
}

// onsetLetter reports whether c is a vowel or a letter that spellings write
// for a vowel's onset or drop: h, w, y.
func onsetLetter(c byte) bool { return isVowel(c) || c == 'h' || c == 'w' || c == 'y' }

// initialAlternates reports whether consonants c and d (lowercase) are
// written for one sound by some spelling convention the matcher reads:
// voicing in the romanisations of Chinese and Korean (Wade-Giles p, t, k
// for Pinyin b, d, g; Pak, Bak), Latin c for k, g, s, ts (Caius, Gaius;
// Cervera, Servera), Pinyin q, c, z, x, r for Wade-Giles ch', ts', ts, hs, j,
// Arabic q, k, g (Qasim, Kasim; Gaddafi), j, g, z, d (Jamal, Gamal; Zadran,
// Jadran; Djamel), dh and th as z and s, Greek and German f, ph, v, b, kh
// and x, Slavic j, z, zh, l and r in Japanese, and Korean's initial
// ㄹ, written r, l or n (Rodong, Nodong; Ri, Li).
func initialAlternates(c, d byte) bool {
	if c > d {
		c, d = d, c
	}
	switch string([]byte{c, d}) {
	case "bp", "bv", "dt", "gk", "ck", "cg", "kq", "cq", "gq", "cs", "cz", "ct", "cj",
		"sz", "tz", "dz", "st", "dj", "gj", "jz", "jr", "lr", "nr", "ln", "fp", "fv", "kx", "sx", "cx", "jx", "qx":
		return true
	}
	return false
}

// asciiLetters reports whether w is all lowercase ASCII letters.
func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// feminineElle reports whether a and b, as written, are the same words but
// one, which ends in a vowel and -el in one name, a Hebrew theophoric name
// (the ʾel, God, of Micha-el, Dani-el, Gabri-el, Samu-el, Immanu-el, Jo-el),
// and in -elle in the other: French makes the feminine given name of such
// a masculine one with -elle (Danielle, Gabrielle, Michelle, Emmanuelle),
// and no spelling convention doubles the l of the masculine name. Names in
// -el after a consonant (Axel, Axelle; Marcel, Marcelle) are left to the
// distance: Russian writes both genders alike (Аксель), and the
// development set, built from Russian labels, joins such a pair.
func feminineElle(a, b string) bool {
	if len(a) == len(b) || len(a) > 64 || len(b) > 64 {
		return false // -elle is longer than -el
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	var x, y string
	for i := range wa {
		if strings.EqualFold(wa[i], wb[i]) {
			continue
		}
		if x != "" {
			return false
		}
		x, y = strings.ToLower(wa[i]), strings.ToLower(wb[i])
	}
	if strings.HasSuffix(x, "elle") {
		x, y = y, x
	}
	n := len(x)
	return n >= 4 && strings.HasSuffix(y, "elle") && len(y) >= 6 && asciiLetters(x) &&
		strings.HasSuffix(x, "el") && isVowel(x[n-3])
}

// genderEnding reports whether a and b, as written, are the same words but
// one, which ends in -o (or -os) in one name and in -a (-as) in the other,
// five letters or more: in the Romance and Slavic languages
// the final vowel is the grammatical gender (and -s the Spanish and
// Portuguese plural), so the two are a man's and a woman's name
// (Francesco, Francesca; Antonio, Antonia) or two places named by an
// adjective of two genders (Russian Dobrovo, Dobrova), not two spellings.
// The Tajik and Uzbek o for a final Arabic ā (Muso, Musa; Mustafo,
// Mustafa) is separated too, as the distance already separates most of
// those (Muso, Musa; Yahyo, Yahya).
func genderEnding(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	var x, y string
	for i := range wa {
		if strings.EqualFold(wa[i], wb[i]) {
			continue
		}
		if x != "" {
			return false
		}
		x, y = strings.ToLower(wa[i]), strings.ToLower(wb[i])
	}
	n := len(x)
	if n < 5 || len(y) != n || !asciiLetters(x) || !asciiLetters(y) {
		return false
	}
	e := n - 1
	if x[e] == 's' && y[e] == 's' {
		e-- // the plural: Queimados, Queimadas
	}
	if x[:e] != y[:e] || x[e+1:] != y[e+1:] {
		return false
	}
	return x[e] == 'a' && y[e] == 'o' || x[e] == 'o' && y[e] == 'a'
}

// nasalLiquid reports whether a and b, as written, are the same words but
// one, which has n in one name where the other has r or l, inside the word
// and away from other nasals and liquids: a nasal is no spelling of a
// liquid in any romanisation (Marsfield, Mansfield; Karimov, Kanimov). The
// one convention that writes them for each other is Korean assimilation,
// next to a nasal or a liquid (Jeolla, Jeonla; Chongryon, Chongnyon), and
// Korean's initial ㄹ (initialAlternates).
func nasalLiquid(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	var x, y string
	for i := range wa {
		if strings.EqualFold(wa[i], wb[i]) {
			continue
		}
		if x != "" {
			return false
		}
		x, y = strings.ToLower(wa[i]), strings.ToLower(wb[i])
	}
	n := len(x)
	if n < 5 || len(y) != n || !asciiLetters(x) || !asciiLetters(y) {
		return false
	}
	at := -1
	for i := 0; i < n; i++ {
		if x[i] != y[i] {
			if at >= 0 {
				return false
			}
			at = i
		}
	}
	if at <= 0 || at == n-1 {
		return false
	}
	c, d := x[at], y[at]
	if c > d {
		c, d = d, c
	}
	if !(c == 'n' && d == 'r' || c == 'l' && d == 'n') {
		return false
	}
	near := func(c byte) bool { return c == 'n' || c == 'l' || c == 'r' || c == 'm' || c == 'g' }
	return !near(x[at-1]) && !near(x[at+1])
}
