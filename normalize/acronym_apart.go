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
// three letters, bareAcronym) of as many letters (capitals, dots and one & at most) whose letters differ and are
// not one another's in another order (NATO, OTAN); or one of them an
// ampersand acronym and the other a name of words without "&" or "and";
// or one of them an acronym and the other a name of words whose initials
// it does not spell (isAcronymFor: every letter a word's, in order, every
// content word's letter there): MM, General Motors, which the base reads
// as a person's initials and the General as his title.
func acronymsApart(a, b string) bool {
	la, ampA, okA := bareAcronym(a)
	lb, ampB, okB := bareAcronym(b)
	switch {
	case okA && okB:
		return la != lb && len(la) == len(lb) && !sameLetters(la, lb)
	case okA && ampA:
		return nameWithoutAnd(b)
	case okB && ampB:
		return nameWithoutAnd(a)
	case okA:
		return strings.Contains(b, " ") && !isAcronymFor(a, b)
	case okB:
		return strings.Contains(a, " ") && !isAcronymFor(b, a)
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
