package normalize

import "strings"

// genderTitles are honorifics that say a person is a man (true) or a
// woman (false), as English, French, German, Spanish, Italian and Arabic
// press forms write them before a name. Words that are also common given
// names (Don, Lady as in Lady Gaga's stage name is kept: it never stands
// against Lord in one pair) and the bare initial M. (Monsieur, or a given
// name's initial) are left out.
var genderTitles = map[string]bool{
	"mr": true, "mister": true, "sir": true, "lord": true, "king": true, "prince": true,
	"herr": true, "monsieur": true, "senor": true, "señor": true, "signor": true, "sheikh": true, "shaikh": true,
	"mrs": false, "ms": false, "miss": false, "madam": false, "madame": false, "mme": false, "mlle": false,
	"mademoiselle": false, "dame": false, "lady": false, "queen": false, "princess": false, "frau": false,
	"senora": false, "señora": false, "signora": false, "sheikha": false, "shaikha": false,
}

// genderTitlesApart reports whether the names a and b both open with an
// honorific of a gender and the two genders differ: Mr. Smith and
// Mrs. Smith are two people however alike the rest is, while the titles,
// dropped as titles are when names are compared, left only the surname
// to compare (1.000 before).
func genderTitlesApart(a, b string) bool {
	ga, okA := openingGender(a)
	if !okA {
		return false
	}
	gb, okB := openingGender(b)
	return okB && ga != gb
}

// openingGender gives the gender of the honorific that opens name, if one
// of genderTitles does (a full stop after it allowed). It lowers the word
// into a buffer: most names stop at the first byte or the word's length.
func openingGender(name string) (man, ok bool) {
	if len(name) < 4 || !strings.ContainsRune("MmSsLlKkPpHhFfQqDd", rune(name[0])) {
		return false, false
	}
	n := strings.IndexByte(name, ' ')
	if n < 0 || n > 14 {
		return false, false
	}
	var buf [14]byte
	w := buf[:0]
	for i := 0; i < n; i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c |= 0x20
		}
		w = append(w, c)
	}
	if w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	man, ok = genderTitles[string(w)]
	return man, ok
}
