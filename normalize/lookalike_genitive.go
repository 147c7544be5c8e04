package normalize

// genitiveRespelt reports whether the word in which two names differ is
// their last, of a name of three words at most, every word a person's
// (personWord), and is in one name a family name made with the genitive
// -s (Walters, Peters, Michels, Collins: "Walter's", the son of Walter)
// and in the other a name without that -s that is not the -s word's stem
// as written, another spelling or language form of it (Walther, Petter,
// Michael, Colin), issue 11, branch look65. English, Dutch and Low German
// family names made from a given name with the genitive -s name a family
// (McKinley, A History of British Surnames: the -s names rose from the
// late 13th century), and patronymicS and familyS part such a name
// from its stem; respelling the stem besides does not make the two one
// name: Walters and Walther, Peters and Petter, Winters and Winther,
// Stevens and Stevan, Rogers and Rogier differ by the -s and more.
//
// The gates are patronymicS's and familyS's: the s follows a consonant
// other than s, c, z, x and y, and the -s word's stem, four letters or
// more, is written as Latvian does not write (notLatvian) or has
// familyStem's shape (-er, -en, -in after a consonant, -ng, a doubled
// consonant), so that a Latvian given name's nominative -s against
// another language's form stays one name (Sergejs, Sergey; Aleksandrs,
// Aleksandar; Daniels, Daniil; Raimonds, Raimund). The other word must
// not end in the -s's sound: no s, x or z last, and its last consonant,
// before any final vowels, no s, c, x or z (Hendriks, Hendrix; Frits,
// Fritz; Laurens, Laurence; Alfons, Alphonse; Crews, Cruise stay one).
func (w *wordApart) genitiveRespelt() bool {
	x, y := w.words()
	if x[len(x)-1] != 's' {
		x, y = y, x
	}
	m := len(x)
	if !w.last || w.n > 3 || m < 5 || x[m-1] != 's' || string(x[:m-1]) == string(y) {
		return false
	}
	if c := x[m-2]; isVowel(c) || c == 's' || c == 'c' || c == 'z' || c == 'x' || c == 'y' {
		return false
	}
	if !sibilantFree(y) {
		return false
	}
	if stem := x[:m-1]; !familyStem(stem) && !notLatvian(stem) {
		return false
	}
	return w.personWords()
}

// sibilantFree reports whether the lowercase word y, three letters or
// more, has a last consonant, before any final vowels, other than s, c, x
// and z.
func sibilantFree(y []byte) bool {
	n := len(y)
	if n < 3 {
		return false
	}
	i := n - 1
	for i > 0 && isVowel(y[i]) {
		i--
	}
	switch y[i] {
	case 's', 'c', 'x', 'z':
		return false
	}
	return true
}
