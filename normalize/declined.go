package normalize

import (
	"strings"
	"unicode"

	"golang.org/x/text/language"
)

// declinesNames returns how lang writes a name with case or number
// endings: any case ending in the Slavic, Baltic and Finnic languages,
// Hungarian, Greek and Icelandic (Reykjavík, Reykjavíkur; Kalifornía,
// Kaliforníu: WMT21's Icelandic news, 38 report lines -> 29 and 48 ->
// 17); German's few noun endings in German (Deutschlands, Preise;
// germanEndings). In a text of one of them a name's forms
// that differ only in their endings ("України", "Україні", "Україну";
// "Rosja", "Rosji", "Rosję"; "Кодекс України", "Кодексу України") are
// its cases, not spellings: a check that reported them, and --unify that
// rewrote one to the other, would change the grammar of the sentence.
// English and the Romance languages inflect a name at most with -s, which
// isInflection already reads.
func declinesNames(lang language.Tag) declension {
	base, _ := lang.Base()
	switch base.String() {
	case "ru", "uk", "be", "bg", "mk", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "hsb",
		"lt", "lv", "fi", "et", "hu", "el", "is":
		return declinesCases
	case "de":
		return declinesGerman
	}
	return declinesNot
}

// A declension is how a language declines names and nouns, from the least
// to the most: not at all, German's few endings, any case ending.
type declension uint8

const (
	declinesNot    declension = iota
	declinesGerman            // the endings of germanEndings alone: Preis, Preise; Erfahrung, Erfahrungen
	declinesCases             // any ending declinedForms reads
)

// forms reports whether forms a and b of a name are its cases in a
// language of declension k (declinedForms; in German only with the
// endings of germanEndings: Selenskyj and Selenski are two spellings, as
// Kiev and Kiew are).
func (k declension) forms(a, b string) bool {
	switch k {
	case declinesCases:
		return declinedForms(a, b)
	case declinesGerman:
		return declinedForms(a, b) && germanEndings(a, b)
	}
	return false
}

// germanEndings reports whether the words of a and b (as many in each)
// differ only by German's noun endings after their common stem: -e, -en,
// -er, -ern, -es, -n, -ns, -s (Preis, Preise; Erfahrung, Erfahrungen;
// Restaurant, Restaurante).
func germanEndings(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if !germanEndingPair(wa[i], wb[i]) {
			return false
		}
	}
	return true
}

// germanEndingPair reports whether words x and y differ only by German's
// endings after a stem: the longest common beginning, or one a letter or
// two shorter when the endings share their first letters ("Islamische",
// "Islamischer": -e and -er, not nothing and -r).
func germanEndingPair(x, y string) bool {
	n, _, _ := stemTails(x, y)
	rx, ry := []rune(strings.ToLower(x)), []rune(strings.ToLower(y))
	for k := n; k >= 0 && k >= n-2; k-- {
		if germanEnding[string(rx[k:])] && germanEnding[string(ry[k:])] {
			return true
		}
	}
	return false
}

var germanEnding = map[string]bool{"": true, "e": true, "en": true, "er": true, "ern": true, "es": true, "n": true, "ns": true, "s": true}

// stemTails returns the length, in letters, of the longest common
// beginning of words x and y in lower case, and what follows it in each.
func stemTails(x, y string) (int, []rune, []rune) {
	rx, ry := []rune(strings.ToLower(x)), []rune(strings.ToLower(y))
	n := 0
	for n < len(rx) && n < len(ry) && rx[n] == ry[n] {
		n++
	}
	return n, rx[n:], ry[n:]
}

// maxEnding is the most letters a case ending declinedForms reads has
// (Polish -ami, Russian -ого, Ukrainian -ові, German -en, Hungarian -nak);
// minStem the fewest letters of the stem before it.
const (
	maxEnding = 3
	minStem   = 3
)

// declinedForms reports whether forms a and b (a name's words, as the
// corpus writes them) are the same words but for the endings of some:
// each pair of words is one word or shares a stem of minStem letters or
// more followed by at most maxEnding letters in each ("Waszyngtonie",
// "Waszyngtona"; "Preise", "Preis"). A spelling's change inside a word
// ("Zotov", "Zatov"; "Soleimani", "Soleymani") is no ending.
func declinedForms(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) || a == b {
		return false
	}
	for i := range wa {
		if !sameStem(wa[i], wb[i]) {
			return false
		}
	}
	return true
}

// sameStem reports whether words x and y are one word with endings of at
// most maxEnding letters after a common stem of at least minStem letters,
// compared in lower case.
func sameStem(x, y string) bool {
	if x == y {
		return true
	}
	n, tx, ty := stemTails(x, y)
	if n < minStem || len(tx) > maxEnding || len(ty) > maxEnding {
		return false
	}
	for _, r := range append(tx, ty...) {
		if !unicode.IsLetter(r) {
			return false // "Ankara-based", "U.S."
		}
	}
	return true
}
