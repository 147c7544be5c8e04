package normalize

import "strings"

// Acronyms that name other bodies. The base score reads a short name in
// capitals by its letters and sounds, as it reads a person's initials:
// GIS and KIS are said alike (G and K, as in Gaddafi, Qaddafi), AV and
// AW, PC and PK are one key, and M&S is the initials of any two words
// (Morgan Stanley). An acronym is not said: its letters are the initials
// of its body's words, and another letter is another body (Wikipedia's
// disambiguation pages: GIA and GIF, CCC and CCD, ML and MM). An
// ampersand acronym spells a name with "&" or "and" where it has its &
// (M&S, Marks & Spencer, Marks and Spencer), not a name without one.

// acronymApartScore caps two acronyms, or an ampersand acronym and a name,
// that acronymsApart finds two bodies: under SameThreshold, as a name and
// a look-alike of it (endingScore).
const acronymApartScore = endingScore

// acronymsApart reports whether a and b are two bare acronyms (two or
// three letters, bareAcronym: capitals, dots and one & at most) of as many
// letters, whose letters differ and are not one another's in another order
// (NATO, OTAN), unless they are
// persons' names in capitals (namesInCapitals: ROY, ROI); or one of them an
// ampersand acronym and the other a name of words without "&" or "and";
// or one of them an acronym and the other a name of words whose initials
// it does not spell (isAcronymFor: every letter a word's, in order, every
// content word's letter there): MM, General Motors, which the base reads
// as a person's initials and the General as his title; unless that
// acronym is a name in capitals (nameWord: AMY).
func acronymsApart(a, b string) bool {
	la, ampA, okA := bareAcronym(a)
	lb, ampB, okB := bareAcronym(b)
	switch {
	case okA && okB:
		return la != lb && len(la) == len(lb) && !sameLetters(la, lb) &&
			!namesInCapitals(a, la, b, lb)
	case okA && ampA:
		return nameWithoutAnd(b)
	case okB && ampB:
		return nameWithoutAnd(a)
	case okA:
		return strings.Contains(b, " ") && !isAcronymFor(a, b) && !nameWord(a, la)
	case okB:
		return strings.Contains(a, " ") && !isAcronymFor(b, a) && !nameWord(b, lb)
	}
	return false
}

// bareAcronym returns the letters of s when s is an acronym alone: two or
// three capitals of A-Z with dots between or after them and one & at most
// between two of them (M&S, U.S., B&Q); amp reports the &. Longer words
// in capitals are names as often as acronyms (SHANSI, SHANXI: one
// province in two romanizations).
func bareAcronym(s string) (letters string, amp, ok bool) {
	var buf [3]byte
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z':
			if n == len(buf) {
				return "", false, false
			}
			buf[n] = c
			n++
		case c == '.' && n > 0:
		case c == '&' && n > 0 && !amp && i+1 < len(s) && 'A' <= s[i+1] && s[i+1] <= 'Z':
			amp = true
		default:
			return "", false, false
		}
	}
	if n < 2 {
		return "", false, false
	}
	return string(buf[:n]), amp, true
}

// sameLetters reports whether x and y, of as many letters, hold the same
// letters in another order.
func sameLetters(x, y string) bool {
	var count [26]int
	for i := 0; i < len(x); i++ {
		count[x[i]-'A']++
		count[y[i]-'A']--
	}
	for _, c := range count {
		if c != 0 {
			return false
		}
	}
	return true
}

// nameWithoutAnd reports whether s is a name of two words or more with no
// "&" and no word "and".
func nameWithoutAnd(s string) bool {
	if !strings.Contains(s, " ") || strings.Contains(s, "&") {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		if strings.EqualFold(w, "and") {
			return false
		}
	}
	return true
}

// namesInCapitals reports whether a and b, bare acronyms of letters la
// and lb, are persons' names in capitals as the matcher knows names (issue
// 11): sanctions lists and passports write names in capitals, and ROY and
// ROI, ZAC and ZAK, KIM and GIM are one name as Roy and Roi are. A word
// written with dots or an & is an acronym. A name is a given name of the
// nickname table or a word the pronouncing table says as a word and not
// letter by letter (CAM, AMY; not CDC, IBM, whose pronunciations spell
// their letters), on either side; or, on both sides, a surname of the
// Korean or Chinese tables (KIM, GIM), whose short spellings are acronyms
// too (AW, Hokkien's 歐, against AV).
func namesInCapitals(a, la, b, lb string) bool {
	if a != la || b != lb {
		return false
	}
	var bufA, bufB [3]byte
	wa, wb := lowerCapitals(&bufA, la), lowerCapitals(&bufB, lb)
	return nameInCapitals(la, wa) || nameInCapitals(lb, wb) ||
		surnameInCapitals(wa) && surnameInCapitals(wb)
}

// nameWord reports whether a, a bare acronym of letters la, is written as
// a word (no dots, no &) that nameInCapitals reads as a name: AMY against
// AMY LOUISE is a given name, not an acronym that does not spell the name.
func nameWord(a, la string) bool {
	var buf [3]byte
	return a == la && nameInCapitals(la, lowerCapitals(&buf, la))
}

// lowerCapitals writes the capitals letters (three at most) in small
// letters in buf.
func lowerCapitals(buf *[3]byte, letters string) []byte {
	w := buf[:len(letters)]
	for i := 0; i < len(letters); i++ {
		w[i] = letters[i] + 'a' - 'A'
	}
	return w
}

// nameInCapitals reports whether letters (w in small letters) are a given
// name of the nickname table or a word with a vowel that the pronouncing
// table says otherwise than letter by letter.
func nameInCapitals(letters string, w []byte) bool {
	if nicknamesWritten()[string(w)] {
		return true
	}
	if len(w) < 3 || !strings.ContainsAny(letters, "AEIOUY") {
		return false // HMM, CDS: the table's words without a vowel are said as letters or sounds
	}
	for p := range strings.FieldsSeq(pronunciations(w)) {
		if !spelledOut(letters, p) {
			return true
		}
	}
	return false
}

// surnameInCapitals reports whether w, in small letters, spells a surname
// of the Korean or the Chinese table.
func surnameInCapitals(w []byte) bool {
	return koreanSurnames()[string(w)] != (koreanSurnameSet{}) || cantoTables().known[string(w)]
}

// letterNames are the names of the letters A to Z as pronounce.tsv writes
// them (EY, B IY, S IY...: one byte a phoneme), with the reduced vowel's
// forms of W and of the letters said with EH.
var letterNames = [26][]string{
	{"J"}, {"bL"}, {"sL"}, {"dL"}, {"L"}, {"Ef", "@f"}, {"jL", "gL"}, {"Jc"}, {"Y"},
	{"jJ"}, {"kJ"}, {"El", "@l"}, {"Em", "@m"}, {"En", "@n"}, {"K"}, {"pL"},
	{"kyV"}, {"Ar"}, {"Es", "@s"}, {"tL"}, {"yV"}, {"vL"},
	{"dUb@lyV", "d@b@lyV", "dUb@yV", "dUbyV"}, {"Eks", "@ks"}, {"wY"}, {"zL"},
}

// spelledOut reports whether pron, a pronunciation of pronounce.tsv, says
// the capitals letters one by one (CDC: sLdLsL).
func spelledOut(letters, pron string) bool {
	if letters == "" {
		return pron == ""
	}
	for _, n := range letterNames[letters[0]-'A'] {
		if strings.HasPrefix(pron, n) && spelledOut(letters[1:], pron[len(n):]) {
			return true
		}
	}
	return false
}
