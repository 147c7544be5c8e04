package normalize

// Look-alikes of East Slavic names told apart by a letter that every
// romanisation of Russian and Ukrainian keeps apart (issue 11, branch
// lookalike6): the sibilants с, з against ш, ж, and the Ukrainian surname
// suffixes -ак against -ук. Both rules read a name romanised the English
// way only, known by an East Slavic suffix, where a letter without a mark
// is the letter itself and not a Czech or South Slavic š, ž left unmarked.
// Another (branch names44) reads a consonant of word formation, not of
// spelling: the k, ch or sh of a diminutive before a surname's suffix
// (diminutiveConsonant: Ivanenko, Ivanchenko).

// eastSlavicEnds lists word endings that mark a name romanised from Russian
// or Ukrainian in an English system (BGN/PCGN, the Ukrainian national
// system, passports): -enko, the adjective -skiy, -skyi, -skii, -skyy and
// -skaya, the patronymics -vich, -vych and -vna, and -chuk. The bare -sky
// is left out: it is also a Czech or Slovak -ský written without its mark,
// as -ov and -ova are Bulgarian, Czech and Slovak too.
var eastSlavicEnds = [...]string{"enko", "skiy", "skyi", "skii", "skyy", "skaya", "vich", "vych", "vna", "chuk"}

// eastSlavicWord reports whether the lowercase word w ends in one of
// eastSlavicEnds.
func eastSlavicWord(w []byte) bool {
	for _, e := range eastSlavicEnds {
		if hasSuffix(w, e) {
			return true
		}
	}
	return false
}

// sibilantH reports whether the word in which two names differ, an East
// Slavic name in both (eastSlavicWord), has s or z in one name where the
// other has sh or zh, and is otherwise the same but for i against y (the
// Russian и, й and the Ukrainian и, which the systems write either way:
// Denisenko, Denysenko). The English systems write с, з as s, z and ш, ж
// as sh, zh; none writes one for the other, so Sevchenko is not
// Shevchenko, nor Zukovskiy Zhukovskiy. German writes ш as sch and ж as
// sch or sh; French ch and j; Polish sz and ż, which a missing mark turns
// to z: none of those is the English sh or zh against s or z.
func (w *wordApart) sibilantH() bool {
	x, y := w.words()
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(x) != len(y)+1 || len(y) < 5 {
		return false
	}
	skipped := false
	for i, j := 0, 0; j < len(y); i, j = i+1, j+1 {
		c, d := x[i], y[j]
		if c == d || (c == 'i' || c == 'y') && (d == 'i' || d == 'y') {
			continue
		}
		if skipped || c != 'h' || i == 0 || x[i-1] != 's' && x[i-1] != 'z' || i >= 2 && (x[i-2] == 's' || x[i-2] == 'c') {
			return false
		}
		skipped = true
		j-- // x's h has no letter in y
	}
	// an h left at x's end was the only difference: not a sibilant's
	return skipped && eastSlavicWord(x) && eastSlavicWord(y)
}

// akUk reports whether the word in which two names differ ends in -ak in
// one name and -uk in the other after ch, i or y (-chak, -chuk; -iak,
// -yak for -як; -iuk, -yuk for -юк), the same stem of four letters or
// more before it but for i against y. The Ukrainian -ак (-як) and -ук
// (-юк) are two surname suffixes (Kovalchak, Kovalchuk; Romaniak,
// Romaniuk), and no romanisation writes а for у. Other names in -ak and
// -uk, where the suffix is no Ukrainian one, are left alone.
func (w *wordApart) akUk() bool {
	x, y := w.words()
	n := len(x)
	if n != len(y) || n < 7 || x[n-1] != 'k' || y[n-1] != 'k' {
		return false
	}
	if !(x[n-2] == 'a' && y[n-2] == 'u' || x[n-2] == 'u' && y[n-2] == 'a') {
		return false
	}
	switch {
	case x[n-3] == 'h' && y[n-3] == 'h':
		if x[n-4] != 'c' || y[n-4] != 'c' {
			return false
		}
	case (x[n-3] == 'i' || x[n-3] == 'y') && (y[n-3] == 'i' || y[n-3] == 'y'):
	default:
		return false
	}
	for i := range n - 3 {
		if x[i] != y[i] && !((x[i] == 'i' || x[i] == 'y') && (y[i] == 'i' || y[i] == 'y')) {
			return false
		}
	}
	return true
}

// possessiveOv reports whether the word in which two names differ is, in
// one name, the word of the other with -ov or -ev added, a Russian,
// Ukrainian or Bulgarian surname made from a father's given name (Ivanov,
// Ivan's son; Konstantinov; Vasiliev, of Vasiliy), five letters or more
// before it. The surname names a family, not the given name, as
// patronymicS's Williams is not William. A given name's final й, written
// y or i, is kept or dropped before -ev (Nikolay, Nikolayev; Vasiliy,
// Vasiliev; Sergei, Sergeev), and и is written i or y (Yuriy, Yuryev).
func (w *wordApart) possessiveOv() bool {
	x, y := w.words()
	if len(x) > len(y) {
		x, y = y, x
	}
	n, m := len(x), len(y)
	if n < 5 || m < n+1 || m > n+2 || y[m-1] != 'v' || y[m-2] != 'o' && y[m-2] != 'e' {
		return false
	}
	stem := y[:m-2]
	if len(stem) == n-1 && (x[n-1] == 'y' || x[n-1] == 'i') && isVowel(x[n-2]) {
		x = x[:n-1] // й dropped before -ev
	}
	if len(stem) != len(x) {
		return false
	}
	for i := range x {
		if x[i] != stem[i] && !((x[i] == 'i' || x[i] == 'y') && (stem[i] == 'i' || stem[i] == 'y')) {
			return false
		}
	}
	return true
}

// slavicSurnameEnds lists the endings of East Slavic family names that
// diminutiveConsonant reads: eastSlavicEnds and the possessive -ov, -ev,
// -in, -yn with their feminine -a (Volkov, Volkova; Pashin, Pashina).
// The bare -ov and -in are Bulgarian, Czech and Slovak too: the rule reads
// a consonant of Slavic word formation, not of one romanisation, so a
// name of any Slavic language may hold it.
var slavicSurnameEnds = [...]string{"enko", "skiy", "skyi", "skii", "skyy", "skaya", "vich", "vych", "vna", "chuk", "ov", "ova", "ev", "eva", "in", "ina", "yn", "yna"}

// slavicSurnameWord reports whether the lowercase word w ends in one of
// slavicSurnameEnds, an -in or -yn after a consonant (or i, y: Ilyin):
// after another vowel it is no possessive suffix (Japanese -in, 院:
// Kyohouin).
func slavicSurnameWord(w []byte) bool {
	for _, e := range slavicSurnameEnds {
		if hasSuffix(w, e) {
			n := len(w) - len(e)
			return !((e[0] == 'i' || e[0] == 'y') && e[1] == 'n' && n > 0 && isVowel(w[n-1]) && w[n-1] != 'i')
		}
	}
	return false
}

// sameIY reports whether the lowercase words x and y are one but for i
// against y (и and й, which the systems write either way).
func sameIY(x, y []byte) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] != y[i] && !((x[i] == 'i' || x[i] == 'y') && (y[i] == 'i' || y[i] == 'y')) {
			return false
		}
	}
	return true
}

// diminutiveConsonant reports whether the word in which two names differ,
// an East Slavic family name in both (slavicSurnameWord), has in one name
// k, ch or sh more than in the other, before a vowel or before k and a
// vowel, the word otherwise the same but for i against y (Ivanenko,
// Ivanchenko; Volkov, Volchkov; Pashin, Pashkin). The consonant is a
// suffix of Slavic word formation, not a spelling: -к-, -ч-, -ш- make a
// diminutive or a pet form of the stem (Иван, Иванко; волк, волчок;
// Паша, Пашка), and the surname made from it (-енко, -ов, -ин, -евич)
// names another family: Иваненко and Иванченко, Волков and Волчков,
// Лазаревич and Лазаркевич are two names. No romanisation writes a к, ч
// or ш that the Cyrillic lacks, or drops one it has; the conventions that
// add a letter write it beside the sound's own letters (German tsch for
// ч, the h of kh and of shch, c before k in ck), which the rule leaves: a
// ch after s or sh is of щ (Khrushchev, Khrushev; Polish szcz), a k
// after c the ck.
func (w *wordApart) diminutiveConsonant() bool {
	x, y := w.words()
	if len(x) < len(y) {
		x, y = y, x
	}
	d := len(x) - len(y)
	if d < 1 || d > 2 || len(y) < 5 || !slavicSurnameWord(x) || !slavicSurnameWord(y) {
		return false
	}
	i := 0
	for i < len(y) && sameIY(x[i:i+1], y[i:i+1]) {
		i++
	}
	// The inserted letters may begin before the first letter that differs
	// when they repeat the letters after them (Burkov, Burov: k at 3).
	for k := max(3, i-2); k <= i; k++ {
		c := x[k]
		switch {
		case d == 1 && c == 'k' && x[k-1] != 'c':
		case d == 2 && x[k+1] == 'h' && (c == 'c' && !hasSuffix(x[:k], "s") && !hasSuffix(x[:k], "sh") || c == 's'):
		default:
			continue
		}
		s := x[k+d:]
		if len(s) < 2 || !(isVowel(s[0]) || s[0] == 'k' && isVowel(s[1])) {
			continue
		}
		if sameIY(x[:k], y[:k]) && sameIY(s, y[k:]) {
			return true
		}
	}
	return false
}

// stemConsonants reports whether the word in which two names differ, an
// East Slavic family name in both (slavicSurnameWord) romanised the
// English way (ASCII letters, no w, j, sch, sz or cz of the German, Polish
// and Czech systems), with one first letter, has consonants that no
// romanisation writes for the other's: the consonants of the two, each
// digraph (kh, zh, ch, sh, shch, ts) one letter and y and doubled
// letters aside, differ by a consonant more or less or by one that is not
// near the other (consonantCost 1: Vankevich, Vashkevich; Polyakov,
// Polshakov; Vasilenko, Vasilizhenko). The romanisations of a Russian or
// Ukrainian name differ in its vowels and in how they write one letter
// (kh or h, shch or sch, ts or tz, g or h); its consonants are the
// Cyrillic letters', so a consonant more or another is another stem.
func (w *wordApart) stemConsonants() bool {
	x, y := w.words()
	if len(x) < 5 || len(y) < 5 || x[0] != y[0] || !slavicSurnameWord(x) || !slavicSurnameWord(y) || !englishSlavic(x) || !englishSlavic(y) ||
		hasSuffix(x, "vna") || hasSuffix(y, "vna") || hasSuffix(x, "ddin") || hasSuffix(y, "ddin") {
		return false
	}
	var bx, by [64]rune
	sx, sy := slavicConsonants(bx[:0], x), slavicConsonants(by[:0], y)
	if len(sx) != len(sy) {
		return true
	}
	for i := range sx {
		if sx[i] != sy[i] && consonantCost(sx[i], sy[i]) >= 1 {
			return true
		}
	}
	return false
}

// englishSlavic reports whether w, lowercase ASCII, has none of the
// letters and digraphs the German, Polish, Czech and French systems write
// for Russian sounds (w, j, sch, sz, cz, tz, a c alone, tch).
func englishSlavic(w []byte) bool {
	for i, c := range w {
		switch c {
		case 'w', 'j':
			return false
		case 'z':
			if i > 0 && (w[i-1] == 's' || w[i-1] == 'c' || w[i-1] == 't') {
				return false
			}
		case 'c':
			// a c not of ch (Czech and Polish ts), German sch, French tch
			if i+1 == len(w) || w[i+1] != 'h' || i > 0 && (w[i-1] == 's' || w[i-1] == 't') {
				return false
			}
		}
	}
	return true
}

// slavicConsonants appends to out the consonants of w, lowercase ASCII:
// kh, zh, ch, sh and ts as editSim's symbols, shch as sh, x as ks, y and
// apostrophes left out, a doubled letter once.
func slavicConsonants(out []rune, w []byte) []rune {
	for i := 0; i < len(w); i++ {
		c := rune(w[i])
		if i+1 < len(w) && w[i+1] == 'h' {
			switch c {
			case 'k':
				c = symKh
			case 'z':
				c = symZh
			case 'c':
				c = symCh
			case 's':
				c = symSh
				if i+3 < len(w) && w[i+2] == 'c' && w[i+3] == 'h' {
					i += 2 // shch
				}
			}
			if c != rune(w[i]) {
				i++
			}
		} else if c == 't' && i+1 < len(w) && w[i+1] == 's' {
			c = symTsLatin
			i++
		}
		if c == 'x' {
			out = append(out, 'k') // x is ks: Aleksandrov, Alexandrov
			c = 's'
		}
		if isVowel(byte(c)) && c < 128 || c == 'y' || c == '\'' {
			continue
		}
		if n := len(out); n > 0 && out[n-1] == c {
			continue
		}
		out = append(out, c)
	}
	return out
}
