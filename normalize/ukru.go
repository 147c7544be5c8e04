package normalize

import "strings"

// Ukrainian against Russian renderings of one name (issue 11). Ukrainian
// and Russian write many names with one Cyrillic spelling or with the
// regular differences of the two orthographies, and each language has its
// own romanization: Ukrainian's national system of 2010 (and BGN/PCGN for
// Ukrainian) writes г as h and и as y, Russian's BGN/PCGN and the common
// English practice write г as g and и as i. Ukrainian has і where Russian
// has о or е in a closed syllable (ikavism: Львів/Львов, Lviv/Lvov), ends
// adjectives and names in -ий/-ій (-yi, -iy, -ii) where Russian has -ый,
// -ий, -ой, -ей (-y, -iy, -oy, -ey, -ei), writes є (ie, ye) where Russian
// writes е (e; ye after a vowel or a soft sign), and doubles a consonant before -я where Russian writes -ье
// (Запоріжжя/Запорожье: -zhzhia, -zhye). slavicRomanSim (beru.go) reads one name as a
// Ukrainian romanization and the other as a Russian one and rewrites each
// word of the first that is, letter for letter, the same Cyrillic form
// under those correspondences as the word at its place in the second.
// The reading is exact, not fuzzy: a word is rewritten only when every
// letter is accounted for, and only when the Ukrainian word writes no g
// (г is h there) and the Russian word no h of its own (Russian has h only
// in kh, zh, ch, sh), so that names that differ in other letters
// (Hunan/Henan) and close names of two persons keep their score; an
// initial h against g alone is not enough, as English names differ so
// (Hall/Gall).

// wordsReading returns name with each word that read reads against the
// word at its place in other written as that word, or "" when no word is
// (or the two have not as many words). It allocates only when it
// rewrites. ukru.go's and beru.go's readings share it.
func wordsReading(name, other string, read func(w, o string) bool) string {
	if strings.Count(name, " ") != strings.Count(other, " ") || !readWordsAgainst(name, other, read, nil) {
		return ""
	}
	var b strings.Builder
	b.Grow(len(name) + len(other))
	readWordsAgainst(name, other, read, &b)
	return b.String()
}

// readWordsAgainst walks the words of name and other (split at spaces, as many in
// each) and reports whether read reads a word of name against the word
// at its place in other; when b is not nil it writes name to b with those
// words written as other's.
func readWordsAgainst(name, other string, read func(w, o string) bool, b *strings.Builder) bool {
	done := false
	for first := true; name != "" || other != ""; first = false {
		w, rest, _ := strings.Cut(name, " ")
		o, orest, _ := strings.Cut(other, " ")
		name, other = rest, orest
		if w != o && read(w, o) {
			done = true
			w = o
		}
		if b != nil {
			if !first {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
	}
	return done
}

// ukRuMayDiffer reports whether the first letters where uk and ru differ
// can begin a correspondence of ukRuStep (h against g, y against i, i
// against o or e), or lie in uk's last six letters, where the endings
// (ukRuEnds, ukRuDoubled) are: a test that costs less than slavicWords and
// ukRuAlign.
func ukRuMayDiffer(uk, ru string) bool {
	p := 0
	for p < len(uk) && p < len(ru) && uk[p]|0x20 == ru[p]|0x20 {
		p++
	}
	if len(uk)-p <= 6 {
		return true
	}
	if p == len(ru) {
		return false // ukRuAlign ends uk where it ends ru
	}
	switch u, r := uk[p]|0x20, ru[p]|0x20; u {
	case 'h':
		return r == 'g'
	case 'y':
		return r == 'i'
	case 'i':
		return r == 'o' || r == 'e' || r == 'y'
	}
	return false
}

// ukRuFirst reports whether ukRuAlign can read Ukrainian first letter u
// against Russian first letter r: alike, or h against g.
func ukRuFirst(u, r byte) bool { return u == r || u == 'h' && r == 'g' }

// slavicWords appends w, a word in Ukrainian's or Belarusian's
// romanization (both write г as h), to dw and ru, a Russian romanization,
// to dr, in lower case, and reports whether the two can be read against
// each other: both of three letters to 40 (dw's and dr's capacity), of
// the letters a to z, w without a g of its own (ukHasG) and ru without an
// h of its own (ruHasH).
func slavicWords(dw, dr []byte, w, ru string) ([]byte, []byte, bool) {
	if len(w) < 3 || len(ru) < 3 || len(w) > cap(dw) || len(ru) > cap(dr) {
		return nil, nil, false
	}
	u, ok := lowerASCII(dw, w)
	if !ok || ukHasG(u) {
		return nil, nil, false
	}
	r, ok := lowerASCII(dr, ru)
	if !ok || ruHasH(r) {
		return nil, nil, false
	}
	return u, r, true
}

// lowerASCII appends w in lower case to dst, and reports whether w is made
// of the letters a to z (either case).
func lowerASCII(dst []byte, w string) ([]byte, bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c < 'a' || c > 'z' {
			return dst, false
		}
		dst = append(dst, c)
	}
	return dst, true
}

// ukHasG reports whether a Ukrainian romanization has a g of its own: the
// national system writes г as h and ґ (rare) as g, and zgh for зг.
func ukHasG(w []byte) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == 'g' && !(i > 0 && w[i-1] == 'z' && i+1 < len(w) && w[i+1] == 'h') {
			return true
		}
	}
	return false
}

// ruHasH reports whether a Russian romanization has an h that is not part
// of kh, zh, ch or sh (Russian has no other).
func ruHasH(w []byte) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == 'h' && (i == 0 || !strings.ContainsRune("kzcs", rune(w[i-1]))) {
			return true
		}
	}
	return false
}

// ukRuEnds holds the endings -ий, -ій, -ой, -ый of the two romanizations:
// a Ukrainian word ending in one of uk and a Russian word ending in one of
// ru, after the same letters, end alike.
var ukRuEnds = struct{ uk, ru []string }{
	uk: []string{"yi", "iy", "ii", "yy", "yj", "ij"},
	ru: []string{"iy", "yy", "oy", "ey", "ei", "ii", "y", "i"},
}

// ukRuDoubled holds the consonants Ukrainian doubles before a final -я
// where Russian writes -ье (Подільля/Подолье, Polissia/Polesye).
var ukRuDoubled = []string{"zh", "sh", "ch", "ts", "l", "n", "t", "d", "s", "z", "r"}

// ukRuAlign reports whether uk[i:] and ru[j:] spell one Cyrillic form by
// the two conventions; used counts the correspondences used so far, 2 for
// each but an initial h for g, which counts 1: a pair equal letter for
// letter is not a reading, nor one whose only difference is an initial h
// against g, where English names differ (Hall, Gall; Hill, Gill).
func ukRuAlign(uk, ru []byte, i, j int, used int) bool {
	if i == len(uk) && j == len(ru) {
		return used >= 2
	}
	if i < len(uk) && j < len(ru) && uk[i] == ru[j] && ukRuAlign(uk, ru, i+1, j+1, used) {
		return true
	}
	// The endings are two letters (ukRuEnds.uk), or a doubled consonant
	// of one or two letters and -ia or -ya (ukRuDoubledEnd): four or six
	// letters ending in a. Other lengths skip their loops.
	if rest := len(uk) - i; i > 0 && rest == 2 {
		if ukRuEndsAlike(uk[i:], ru[j:]) {
			return true
		}
	} else if i > 0 && (rest == 4 || rest == 6) && uk[len(uk)-1] == 'a' {
		if ukRuDoubledAlike(uk[i:], ru[j:]) {
			return true
		}
	}
	if n, cost := ukRuStep(uk, ru, i, j); n > 0 {
		return ukRuAlign(uk, ru, i+n, j+1, used+cost)
	}
	return false
}

// ukRuEndsAlike reports whether the Ukrainian ending uk and the Russian
// ending ru are -ий/-ій against -ый/-ий/-ой/-ей (ukRuEnds), written
// differently.
func ukRuEndsAlike(uk, ru []byte) bool {
	for _, e := range ukRuEnds.uk {
		if string(uk) != e {
			continue
		}
		for _, f := range ukRuEnds.ru {
			if string(ru) == f && e != f {
				return true
			}
		}
	}
	return false
}

// ukRuDoubledAlike reports whether the Ukrainian ending uk is a doubled
// consonant and -ia where the Russian ending ru is the consonant and -ye,
// -ie or -e (ukRuDoubled).
func ukRuDoubledAlike(uk, ru []byte) bool {
	for _, c := range ukRuDoubled {
		if ukRuDoubledEnd(uk, c) && ukRuSoftEnd(ru, c) {
			return true
		}
	}
	return false
}

// ukRuStep returns how many letters of uk from i spell, by the Ukrainian
// convention, the Cyrillic letter that ru at j spells by the Russian one,
// and the correspondence's cost for ukRuAlign's used; 0 letters when the
// two differ otherwise (or one has ended).
func ukRuStep(uk, ru []byte, i, j int) (n, cost int) {
	if i >= len(uk) || j >= len(ru) {
		return 0, 0
	}
	switch {
	case hForG(uk, ru, i, j):
		return 1, min(i+1, 2)
	case uk[i] == 'y' && ru[j] == 'i' && i > 0 && !isVowel(uk[i-1]):
		// и after a consonant: y in Ukrainian, i in Russian
		return 1, 2
	case uk[i] == 'i' && (ru[j] == 'o' || ru[j] == 'e') && i > 0 && ukRuClosed(uk, i+1) && j+1 < len(ru) &&
		(ru[j+1] == uk[i+1] || uk[i+1] == 'h' && ru[j+1] == 'g') && !ukRuBothDoubled(uk, ru, i+1, j+1):
		// ikavism: і in a closed syllable where Russian has о or е before
		// the same consonant, or г (Russian's syllable may be open: Поділля,
		// Подолье; Ріг, Рог)
		return 1, 2
	case uk[i] == 'i' && i+1 < len(uk) && uk[i+1] == 'e' && ru[j] == 'e' && i > 0:
		// є after a consonant: ie in Ukrainian, e in Russian
		return 2, 2
	case uk[i] == 'i' && i+1 < len(uk) && uk[i+1] == 'e' && ru[j] == 'y' && j+1 < len(ru) && ru[j+1] == 'e' && i > 0:
		// є after a vowel or a soft sign: ie in Ukrainian, where Russian's
		// е there is ye (BGN/PCGN writes е ye after a vowel, й, ъ or ь):
		// Гулієва, Гулиева, Huliieva, Guliyeva; Гільєн, Гильен, Hilien,
		// Gilyen. The i is read against the y, the e against the e.
		return 1, 2
	}
	return 0, 0
}

// ukRuBothDoubled reports whether uk at i and ru at j both write a doubled
// consonant. Ukrainian doubles a consonant where a soft one met -я
// (Поділля, Podillia: the syllable before it closed, so ikavism), and
// Russian writes it once there (Подолье, Podolye); a consonant doubled in
// both is no such gemination, and the і against о or е before it no
// ikavism: English names differ so (Linn, Lonn; Billie, Belle).
func ukRuBothDoubled(uk, ru []byte, i, j int) bool {
	return i+1 < len(uk) && uk[i+1] == uk[i] && j+1 < len(ru) && ru[j+1] == ru[j]
}

// ukRuClosed reports whether the letters of Ukrainian word w from i close
// the syllable before them: a consonant that ends the word or is followed
// by another consonant (Lviv, Horlivka, Zaporizhzhia), not a consonant and a vowel.
func ukRuClosed(w []byte, i int) bool {
	if i >= len(w) || isVowelY(w[i]) {
		return false
	}
	return i+1 == len(w) || !isVowel(w[i+1]) && w[i+1] != 'y'
}

// ukRuDoubledEnd reports whether w is consonant c doubled and -ia or -ya
// (Ukrainian -жжя, -лля).
func ukRuDoubledEnd(w []byte, c string) bool {
	n := len(c)
	return len(w) == 2*n+2 && string(w[:n]) == c && string(w[n:2*n]) == c &&
		(string(w[2*n:]) == "ia" || string(w[2*n:]) == "ya")
}

// ukRuSoftEnd reports whether w is consonant c and -ye, -ie or -e (Russian
// -жье, -лье).
func ukRuSoftEnd(w []byte, c string) bool {
	n := len(c)
	if len(w) < n+1 || string(w[:n]) != c {
		return false
	}
	e := string(w[n:])
	return e == "ye" || e == "ie" || e == "e"
}

// hForG reports whether w at i writes г as h (Ukrainian, Belarusian) where
// ru at j writes it g (Russian): an h that is no part of kh, zh, ch or sh
// (Uzhhorod: zh, then h).
func hForG(w, ru []byte, i, j int) bool {
	return w[i] == 'h' && ru[j] == 'g' && (i == 0 || !strings.ContainsRune("kzcs", rune(w[i-1])) || i >= 2 && w[i-2] == 'z' && w[i-1] == 'h')
}
