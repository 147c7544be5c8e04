package normalize

import "strings"

// Regnal and ordinal numbers written as Roman numerals (issue 11: "a
// numeral"). A Roman numeral after a name counts a dynasty's or a series'
// members: Louis XIV and Louis XV, Pope John XXIII and John XXII, Henry VII
// and Henry VIII are other persons, Apollo XI and Apollo XII other flights.
// The key reads the numerals as letters, with its doubled letters made one
// (VIII and VII are both vi), so such pairs score 1 or near it.
// romanDistinct tells them apart: both names write a numeral from I to
// XXXIX in capitals (romanNumeral, as discovery reads them) as a word after
// their first, and the numerals, in order, differ. A numeral in one name
// only is left to the other rules ("Henry VIII", "Henry"; "Louis XIV",
// "Louis 14": numbersDistinct reads digits), and the first word is never a
// numeral (a list's capitals: "XI Jinping"); only I, V and X are read, so
// initials such as C., D., L. and M. are letters as before.

// maxRomanWords is how many numerals of a name romanDistinct compares.
const maxRomanWords = 4

// romanDistinct reports whether names a and b each write a Roman numeral
// after their first word and the numerals differ.
func romanDistinct(a, b string) bool {
	if !romanLetterAfterSpace(a) || !romanLetterAfterSpace(b) {
		return false // most names: no word after the first begins with I, V or X
	}
	var na, nb [maxRomanWords]string
	ka := romanNumerals(a, &na)
	if ka == 0 {
		return false
	}
	kb := romanNumerals(b, &nb)
	return kb > 0 && (ka != kb || na != nb)
}

// romanNumerals writes the words of name after its first that are Roman
// numerals (a comma after one aside) to out, in order, and returns how
// many it found (at most maxRomanWords are kept; more count but are not
// compared). It allocates nothing: it runs for every pair scored the same.
func romanNumerals(name string, out *[maxRomanWords]string) int {
	i := strings.IndexByte(name, ' ')
	if i < 0 {
		return 0 // one word: no numeral after a name
	}
	n := 0
	for w := range strings.SplitSeq(name[i+1:], " ") {
		w = strings.TrimSuffix(w, ",")
		if w == "" || w[0] != 'I' && w[0] != 'V' && w[0] != 'X' || !romanNumeral(w) {
			continue
		}
		if n < maxRomanWords {
			out[n] = w
		}
		n++
	}
	return n
}

// romanLetterAfterSpace reports whether a word of name after its first
// begins with I, V or X: the cheap test before romanNumerals.
func romanLetterAfterSpace(name string) bool {
	for i := len(name) - 1; i > 0; i-- {
		if c := name[i]; (c == 'I' || c == 'V' || c == 'X') && name[i-1] == ' ' {
			return true
		}
	}
	return false
}
