package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The look-alike caps that hold a man's and a woman's form of a name apart
// (wordApartRule: Danilov, Danilova; Francesco, Francesca) read names
// written in Latin letters, and a word in another script never met them:
// Данилов and Danilova, दानिलोव and Danilova joined where Danilov and
// Danilova are two names (issue 11, branch left55). genderReadingRule asks
// those rules of a name's Latin reading (appendLatin) instead, for the
// scripts that write their vowels. Only the gender rules: the other
// look-alike rules read a spelling a letter apart, and a transliteration
// and a Latin spelling of one name differ by its conventions (Χανιά,
// Hania; कऋूणामय, Karunamay), which those rules would read as another
// name.

// nativeGenderRule returns what makes names a and b, one of them with a
// word in a script other than Latin, a man's and a woman's form of a name
// (genderReadingRule, abjadRussianGender), in wordApartRule's words, or
// "". Two names of ASCII only, most of the pairs capsStage reads, are
// passed over at one look at their bytes.
func nativeGenderRule(a, b string) string {
	if !hasNonASCII(a) && !hasNonASCII(b) {
		return ""
	}
	if why := genderReadingRule(a, b); why != "" {
		return why
	}
	if abjadRussianGender(a, b) {
		return "a Russian family name's man's and woman's form, its -ov written with waw (Ivanov, إيفانوفا)"
	}
	return ""
}

// hasNonASCII reports whether s has a byte outside ASCII.
func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// genderReadingRule returns what makes names a and b, one of them with a
// word in a script that writes its vowels (capReadings), a man's and a
// woman's form of a name when read in Latin letters, in the words of the
// first row of wordApartRules flagged gender that holds, or "" when none
// does or neither name has such a word.
// A Devanagari word's last consonant may be read with its unwritten
// vowel (देव: dev or deva, Vasudev and Vasudeva one name), so a Devanagari
// word meets only the Russian -ov and -ova, -skiy and -skaya, which
// Indian names do not end in.
func genderReadingRule(a, b string) string {
	ra, rb, ok := capReadings(a, b)
	if !ok {
		return ""
	}
	var w wordApart
	if !w.set(ra, rb) {
		return ""
	}
	if HasDevanagari(a) || HasDevanagari(b) {
		if x, y := w.words(); w.russianGender() && !hasSuffix(x, "ev") && !hasSuffix(y, "ev") {
			return whyRussianGender
		}
		return ""
	}
	for i := range wordApartRules {
		if r := &wordApartRules[i]; r.gender && r.held(&w) {
			return r.why
		}
	}
	return ""
}

// capReadings returns names a and b with each word written in Cyrillic,
// Greek, Devanagari, Armenian or Georgian letters replaced by its Latin
// reading (appendLatin, lowercase), the other words as they are, and ok
// true, when a or b has such a word; otherwise a, b and false. Arabic and
// Hebrew words are left as written: their readings leave the short vowels
// out, and a cap that reads vowels would misread them. A name of ASCII
// only is passed over without an allocation.
func capReadings(a, b string) (ra, rb string, ok bool) {
	na, nb := hasVowelScriptWord(a), hasVowelScriptWord(b)
	if !na && !nb {
		return a, b, false
	}
	ra, rb = a, b
	if na {
		ra = vowelScriptReading(a)
	}
	if nb {
		rb = vowelScriptReading(b)
	}
	return ra, rb, true
}

// hasVowelScriptWord reports whether s has a letter of a script whose
// letters write its vowels (isVowelScript).
func hasVowelScriptWord(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isVowelScript(r) {
			return true
		}
		i += n
	}
	return false
}

// isVowelScript reports whether r is a letter of Cyrillic, Greek,
// Devanagari, Armenian or Georgian, the scripts appendLatin reads with
// their vowels.
func isVowelScript(r rune) bool {
	return isDevanagari(r) || unicode.In(r, unicode.Cyrillic, unicode.Greek, unicode.Armenian, unicode.Georgian)
}

// vowelScriptReading returns s, split at spaces, with each word that has
// a letter of a vowel script (isVowelScript) written as its Latin reading.
func vowelScriptReading(s string) string {
	var out []byte
	for i, w := range strings.Split(s, " ") {
		if i > 0 {
			out = append(out, ' ')
		}
		if hasVowelScriptWord(w) {
			out = appendLatin(out, w)
		} else {
			out = append(out, w...)
		}
	}
	return string(out)
}

// abjadRussianGender reports whether names a and b, as many words each,
// have a pair of words, one in Arabic or Hebrew letters and one in ASCII
// Latin letters, that are a Russian family name's man's and woman's form:
// the abjad word's reading (appendLatin) ends in the -ov that waw writes
// (-uf, -uv, -ub: إيفانوف, איבנוב) and the Latin one in -ova, or the abjad
// one in -ufa, -uva, -uba (إيفانوفا, איבנובה) and the Latin one in -ov.
// Their readings leave the short vowels out, so the wordApart rules,
// which read vowels, are not asked of them; only the suffix written with
// its long vowel is (issue 11, branch left55). The -ev of -yev is left:
// its abjad reading -if is also Geneva's (جنيف).
func abjadRussianGender(a, b string) bool {
	for {
		u, v, ra, rb, more := nextWords(a, b)
		if !more {
			return false
		}
		a, b = ra, rb
		if strings.IndexFunc(v, isAbjad) >= 0 {
			u, v = v, u
		}
		if strings.IndexFunc(u, isAbjad) < 0 {
			continue
		}
		var buf [64]byte
		n, ok := lowerLetters(&buf, v)
		if !ok || n < 5 {
			continue
		}
		lat := buf[:n]
		var rbuf [64]byte
		rd := appendLatin(rbuf[:0], u)
		switch {
		case hasSuffix(lat, "ova"):
			if hasSuffix(rd, "uf") || hasSuffix(rd, "uv") || hasSuffix(rd, "ub") {
				return true
			}
		case hasSuffix(lat, "ov"):
			if hasSuffix(rd, "ufa") || hasSuffix(rd, "uva") || hasSuffix(rd, "uba") {
				return true
			}
		}
	}
}
