package normalize

// One-word look-alikes among Slavic family names (issue 11, branch
// slavic1). Two romanized Slavic family names one letter apart are one
// name only when a romanization of the Cyrillic writes one as the other:
// Sergeev and Sergeyev (BGN/PCGN's ye for е after a vowel), Khristov and
// Kristov, Mikhailov and Mihailov (х as kh, h, German ch), Hryhorenko and
// Hrygorenko (the Ukrainian г is h), Kuleshov and Kulishov (the Ukrainian
// і for е), Masina and Massina (French ss). Where the letter differs as no
// convention has it (д and з: Kudin, Kuzin; р and т: Baranova, Batanova;
// к and г, which Russian keeps apart: Kulagin, Gulagin; о and у, which the
// key folds: Krotov, Krutov; a vowel of the stem left out: Karelin,
// Karlin; the Ukrainian and Belarusian -ko against -kov: Yushko, Yushkov)
// they are two families, and the edit distance, which counts one letter
// of seven, must not call them one.
//
// Only names one letter apart are read: names further apart are the edit
// distance's and the other rules' matter, and the conventions' multi-
// letter spellings (shch, chtch, zh and j, x and ks) cannot be told from
// two slips by one letter's test.

// slavicFoldMax bounds the words read: longer words are left alone.
const slavicFoldMax = 40

// slavicApart reports whether a and b are two Slavic family names (one by
// its suffix, familySuffix, the other too or in the Ukrainian and
// Belarusian -ko: Yushko, Yushkov) one letter apart, case and apostrophes
// aside, where no romanization's alternation puts that letter
// (slavicSubstitution, slavicInsertion). Two words that both read as
// Hepburn (romajiMorae: Jinshin, Junshin) are Japanese, whatever their
// ending.
func slavicApart(a, b string) bool {
	if d := len(a) - len(b); a == b || len(a) < 4 || len(b) < 4 || d < -2 || d > 2 || len(a) > slavicFoldMax || len(b) > slavicFoldMax ||
		!slavicLast(a) || !slavicLast(b) || // cheap tests first: most pairs stop here
		!(familySuffix(a) && slavicFamily(b) || familySuffix(b) && slavicFamily(a)) ||
		notSlavicEnd(a) || notSlavicEnd(b) {
		return false
	}
	var ba, bb [slavicFoldMax]byte
	x, y := slavicLetters(ba[:0], a), slavicLetters(bb[:0], b)
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y)-len(x) > 1 {
		return false
	}
	p, q := sharedEnds(x, y)
	if len(y)-q-p != 1 { // y's differing part: one letter, or x is y
		return false
	}
	if len(x) == len(y) {
		if slavicSubstitution(x[p], y[p]) || (x[p] == 'h' && y[p] == 'z' || x[p] == 'z' && y[p] == 'h') && p > 0 && (x[p-1] == 'c' || x[p-1] == 's') {
			return false // and Polish cz, sz for ch, sh: Czubin, Chubin
		}
	} else if slavicInsertion(y, p) {
		return false
	}
	return !hepburnIn(a, b)
}

// hepburnIn reports whether a and b both end in -in and read as Hepburn
// (romajiMorae): Japanese words whose -in is a moraic n after i (the
// Jinshin war, a temple's 院: Fugenin), not a Russian -in. The feminine
// -ina is left out: Kapanina and Kazanina read as Hepburn too, and
// Japanese names rarely end so.
func hepburnIn(a, b string) bool {
	if len(a) < 2 || len(b) < 2 || a[len(a)-1]|0x20 != 'n' || b[len(b)-1]|0x20 != 'n' || a[len(a)-2]|0x20 != 'i' || b[len(b)-2]|0x20 != 'i' {
		return false
	}
	var ma, mb [24]string
	if _, ok := romajiMorae(ma[:0], a); !ok {
		return false
	}
	_, ok := romajiMorae(mb[:0], b)
	return ok
}

// notSlavicEnd reports whether w ends as the words that familySuffix
// takes but are no Slavic family names: the Arabic -uddin, -addin (ad-
// Din, its d doubled: Fikiruddin) and the Welsh -fyn, -wyn (Merfyn,
// Bronwyn), whose letters the Slavic conventions do not read.
func notSlavicEnd(w string) bool {
	n := len(w)
	if n < 4 || w[n-1]|0x20 != 'n' {
		return false
	}
	e := w[n-4:]
	return asciiFoldEqual(e, "ddin") || asciiFoldEqual(e[1:], "fyn") || asciiFoldEqual(e[1:], "wyn")
}

// slavicLast reports whether w, not empty, ends in a letter that a
// Slavic family name (slavicFamily) ends in: v, a, n, y, i, o, k, h.
func slavicLast(w string) bool {
	switch w[len(w)-1] | 0x20 {
	case 'v', 'a', 'n', 'y', 'i', 'o', 'k', 'h':
		return true
	}
	return false
}

// slavicSubstitution reports whether letters c and d, one for the other,
// are an alternation of the romanizations of one Cyrillic name: i, y and
// j (и, ы, й, і and the iotation); g and h (г: Ukrainian and Belarusian
// h); c and k (English k, German ch for х: Christov, Khristov), c and s
// (French ch for ш: Chirianov; Polish cz, sz), s and z (German s for з),
// v and w (German and Polish w for в); e and i (Ukrainian і for е: Kulishov,
// Kuleshov), e and o (ё written e or o; Ukrainian о for е after a
// sibilant), a and o (Russian and Ukrainian spellings of an unstressed о),
// a and e (Belarusian я for е).
func slavicSubstitution(c, d byte) bool {
	if c > d {
		c, d = d, c
	}
	switch string([]byte{c, d}) {
	case "iy", "ij", "jy", "gh", "ck", "cs", "sz", "vw", "ei", "eo", "ao", "ae":
		return true
	}
	return false
}

// slavicInsertion reports whether y's letter at i, which the other name
// leaves out, is one a romanization writes or leaves out for one Cyrillic
// name: y, i or j (the iotation of BGN/PCGN's ye, yu, ya, the soft sign:
// Sergeyev, Sergeev; -iy, -ii), h after a consonant (kh, ch, sh, zh, gh
// against k, c, s, z, g: Khristov, Kristov), k before h (kh against h:
// Mikhailov, Mihailov), c before h (German sch, ch: Michailovich), t
// before ch (French tch), a letter doubled (French and German ss:
// Massina), o before u (French ou: Kouznetsov). Any other letter, a vowel
// of the stem or a consonant (Karelin, Karlin; Yushko, Yushkov), makes
// another name.
func slavicInsertion(y []byte, i int) bool {
	c := y[i]
	next, prev := byte(0), byte(0)
	if i+1 < len(y) {
		next = y[i+1]
	}
	if i > 0 {
		prev = y[i-1]
	}
	switch {
	case c == 'y' || c == 'i' || c == 'j':
		// next to a vowel or at the end: the iotation, the soft sign
		// before a vowel, й (Sergeyev, Afanasiev, -iy); between two
		// consonants it is a vowel of the stem (Ryzhikov, Ryzhkov)
		return next == 0 || isVowel(next) || prev != 0 && isVowel(prev)
	case c == prev || c == next:
		return true
	case c == 'h':
		return prev != 0 && !isVowel(prev)
	case c == 'k' || c == 'c':
		return next == 'h'
	case c == 't':
		return next == 'c' && i+2 < len(y) && y[i+2] == 'h'
	case c == 'o':
		return next == 'u'
	}
	return false
}

// slavicLetters appends to out the bytes of w lowered, apostrophes (the
// soft sign's) left out.
func slavicLetters(out []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] != '\'' {
			out = append(out, w[i]|0x20)
		}
	}
	return out
}

// slavicFamily reports whether w is a Slavic family name by its suffix
// (familySuffix) or ends in -ko after a consonant, five letters or more
// (Yushko, Korobko: Ukrainian and Belarusian).
func slavicFamily(w string) bool {
	if familySuffix(w) {
		return true
	}
	n := len(w)
	if n < 5 || w[n-1]|0x20 != 'o' || w[n-2]|0x20 != 'k' || !afterConsonant(w, 2) {
		return false
	}
	for i := 0; i < n; i++ {
		if c := w[i] | 0x20; (c < 'a' || c > 'z' || w[i] < 'A') && w[i] != '\'' {
			return false
		}
	}
	return true
}

// caseFoldSpan returns how many bytes a and b share at their start (p)
// and, of the rest, at their end (q), ASCII case aside: the bytes where
// they differ are a[p:len(a)-q] and b[p:len(b)-q].
func caseFoldSpan(a, b string) (p, q int) {
	n := min(len(a), len(b))
	for p < n && a[p]|0x20 == b[p]|0x20 {
		p++
	}
	for q < n-p && a[len(a)-1-q]|0x20 == b[len(b)-1-q]|0x20 {
		q++
	}
	return p, q
}

// slavicTwinWords reports whether a and b, names of several words whose
// keys are one (score 1), are written alike, case aside, but for one
// letter of one word that slavicApart parts (Ivan Krotov, Ivan Krutov:
// the key folds o and u). Names of one word are capsStage's own matter.
// It reads the bytes where the names differ, and asks slavicApart only of
// the word around them: most such pairs differ in case or diacritics.
func slavicTwinWords(a, b string) bool {
	if d := len(a) - len(b); d < -1 || d > 1 {
		return false
	}
	p, q := caseFoldSpan(a, b)
	if len(a)-q-p > 1 || len(b)-q-p > 1 || p == len(a) && p == len(b) {
		return false // more than a letter apart, or case only
	}
	// the word around p, in both names (letters and the apostrophe)
	s := p
	for s > 0 && slavicWordByte(a[s-1]) {
		s--
	}
	ea, eb := p, p
	for ea < len(a) && slavicWordByte(a[ea]) {
		ea++
	}
	for eb < len(b) && slavicWordByte(b[eb]) {
		eb++
	}
	if s == 0 && ea == len(a) {
		return false // one word
	}
	return slavicApart(a[s:ea], b[s:eb])
}

// slavicWordByte reports whether c is an ASCII letter or an apostrophe.
func slavicWordByte(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z' || c == '\''
}

// keysOneApart reports whether the keys x and y differ in one letter at
// most (one for another, or one more), as two words one letter apart do:
// it spares outvotedScore the look for the written words of the others.
func keysOneApart(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y)-len(x) > 1 {
		return false
	}
	p, q := sharedEnds(x, y)
	return len(y)-q-p <= 1
}

// sharedEnds gives the lengths of the longest beginning (p) and then the
// longest end (q) that x, the shorter, shares with y; what is left of y
// between them is where the two differ.
func sharedEnds[T string | []byte](x, y T) (p, q int) {
	for p < len(x) && x[p] == y[p] {
		p++
	}
	for q < len(x)-p && x[len(x)-1-q] == y[len(y)-1-q] {
		q++
	}
	return p, q
}
