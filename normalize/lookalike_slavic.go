package normalize

// Look-alikes of East Slavic names told apart by a letter that every
// romanisation of Russian and Ukrainian keeps apart (issue 11, branch
// lookalike6): the sibilants с, з against ш, ж, and the Ukrainian surname
// suffixes -ак against -ук. Both rules read a name romanised the English
// way only, known by an East Slavic suffix, where a letter without a mark
// is the letter itself and not a Czech or South Slavic š, ž left unmarked.

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
