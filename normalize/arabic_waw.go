package normalize

import "strings"

// The waw's o and u in an Arabic name. Arabic writes the long ū and the ō
// of the Levant and Egypt with one letter, waw (دودين: Dudin, Dodin,
// Doudin), and a romanization of a family name from a list or a passport
// picks o, u or ou as its writer heard it: the UK Sanctions List's Musa
// Muhammad Salim Dodin, Doudin, Dudin. The key folds o and u, but the
// Slavic family names' cap (slavicapart.go: Krotov, Krutov; Kudin, Kuzin)
// takes such a pair to 0.8, since Додин and Дудин are two Russian
// surnames: an -in or -ov family name reads as Slavic by its ending alone.
//
// arabicWawOnly is the cap's exemption (stages.go): two names one letter
// apart, that letter o against u, or a u after o (ou) or an o before u
// added, in a name of several words both of which show an Arabic name in
// another word (arabicNameWord: Muhammad's spellings, Ahmad, Abd..., Abu,
// bin, ibn, bint, an al- or el- article joined by a hyphen). A Russian
// name one letter apart (Ivan Krotov, Ivan Krutov) has no such word and
// stays capped.

// arabicWawOnly reports whether a and b differ only by the waw's o, u or
// ou in one place and both show an Arabic name (see above).
func arabicWawOnly(a, b string) bool {
	if d := len(a) - len(b); d < -1 || d > 1 {
		return false
	}
	p, q := caseFoldSpan(a, b) // slavicapart.go
	da, db := strings.ToLower(a[p:len(a)-q]), strings.ToLower(b[p:len(b)-q])
	if len(da) > len(db) {
		da, db = db, da
		a, b = b, a
	}
	switch {
	case da == "o" && db == "u":
	case da == "u" && db == "o":
	case da == "" && db == "u" && p > 0 && b[p-1]|0x20 == 'o': // Dodin, Doudin
	case da == "" && db == "o" && p+1 < len(b) && b[p+1]|0x20 == 'u': // Dudin, Doudin
	default:
		return false
	}
	return arabicNamed(a) && arabicNamed(b)
}

// arabicNamed reports whether a word of name is one of arabicNameWord's or
// begins with abd or an al- or el- article.
func arabicNamed(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == ',' }) {
		if arabicNameWord[w] || strings.HasPrefix(w, "abd") || strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-") {
			return true
		}
	}
	return false
}

// arabicNameWord is the words that show a name written from Arabic: the
// spellings of Muhammad and Ahmad, and the kunya's and the nasab's
// particles.
var arabicNameWord = map[string]bool{
	"muhammad": true, "mohammad": true, "mohammed": true, "muhammed": true, "mohamed": true,
	"mohamad": true, "muhamad": true, "mohamud": true, "ahmad": true, "ahmed": true,
	"abu": true, "abou": true, "bin": true, "ibn": true, "bint": true,
}
