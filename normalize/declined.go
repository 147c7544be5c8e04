package normalize

import (
	"strings"
	"unicode"

	"golang.org/x/text/language"
)

// declinesNames reports whether lang writes a name with case or number
// endings: the Slavic, Baltic and Finnic languages, Hungarian, Greek and
// German (Deutschlands, Preise). In a text of one of them a name's forms
// that differ only in their endings ("України", "Україні", "Україну";
// "Rosja", "Rosji", "Rosję"; "Кодекс України", "Кодексу України") are
// its cases, not spellings: a check that reported them, and --unify that
// rewrote one to the other, would change the grammar of the sentence.
// English and the Romance languages inflect a name at most with -s, which
// isInflection already reads.
func declinesNames(lang language.Tag) bool {
	base, _ := lang.Base()
	switch base.String() {
	case "ru", "uk", "be", "bg", "mk", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "hsb",
		"lt", "lv", "fi", "et", "hu", "el", "de":
		return true
	}
	return false
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
	rx, ry := []rune(strings.ToLower(x)), []rune(strings.ToLower(y))
	n := 0
	for n < len(rx) && n < len(ry) && rx[n] == ry[n] {
		n++
	}
	if n < minStem || len(rx)-n > maxEnding || len(ry)-n > maxEnding {
		return false
	}
	for _, r := range append(rx[n:], ry[n:]...) {
		if !unicode.IsLetter(r) {
			return false // "Ankara-based", "U.S."
		}
	}
	return true
}
