package normalize

import (
	"slices"
	"strings"
)

// A spelling (rule "spelling") is an unlisted form whose key is a listed
// form's. Keys leave out vowels, doubled letters and the spaces between
// words, so in a text written in capitals, where every word may be a name,
// ordinary words fold onto names: "RUNS BY ROOT" onto Beirut, "SET FOR
// DOH" onto Fordo, a time format "HHMMSS" onto Homs. Two tests keep such
// words out; listed variants and aliases are not affected.

// spellingFunctionWords are English words that join a sentence, never a
// name's spelling, unless the listed name itself has the word ("Gulf of
// Aden").
var spellingFunctionWords = map[string]bool{
	"a": true, "an": true, "and": true, "as": true, "at": true, "be": true,
	"by": true, "do": true, "for": true, "from": true, "he": true, "if": true,
	"in": true, "is": true, "it": true, "me": true, "my": true, "no": true,
	"not": true, "of": true, "on": true, "or": true, "so": true, "the": true,
	"to": true, "up": true, "us": true, "we": true, "with": true,
}

// joinsFunctionWord reports whether a mention of two words or more, ws of
// text, has a function word that canonical, the listed name, does not.
func joinsFunctionWord(text string, ws []word, canonical string) bool {
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		lw := strings.ToLower(text[w.start:w.end])
		if !spellingFunctionWords[lw] {
			continue
		}
		if !slices.ContainsFunc(splitName(canonical), func(f string) bool { return strings.EqualFold(f, lw) }) {
			return true
		}
	}
	return false
}

// vowelless reports whether form is written in ASCII letters (and
// punctuation) with no vowel: a code or an abbreviation ("HHMMSS",
// "NMSS"), not a spelling of a name. A letter outside ASCII may be a
// vowel, so such a form is never vowelless.
func vowelless(form string) bool {
	letters := false
	for i := 0; i < len(form); i++ {
		c := form[i] | 0x20 // lower case for ASCII letters
		switch {
		case form[i] >= 0x80:
			return false
		case c < 'a' || c > 'z':
			continue
		case isVowelY(c): // y a vowel too: Lyn, Byrd
			return false
		}
		letters = true
	}
	return letters
}
