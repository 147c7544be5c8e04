package normalize

import (
	"strings"
	"unicode"
)

// Syllabic abbreviations. Besides the acronym of initials, organisations
// are named by a word made of the first letters or syllables of each word
// of the name, in order: Philracom is the Philippine Racing Commission,
// PANLAR the Panamerican League of Associations for Rheumatology, OWL the
// Overwatch League, EURAO the European Radio Amateurs' Organization (the
// Soviet and German tradition: Komsomol, Gestapo). One word matches a name
// of two content words or more when it is, letter for letter, a beginning
// of each content word in turn (function words of, the, al, -e... may be
// left out: optionalOrgWords) and at least one beginning is shorter than
// its word (the word joined whole is a joined name, which the matcher
// reads already). Every content word gives at least one letter, so that
// a word does not match a longer name that adds a word (Niger, Niger
// Delta) or a name of which it is only one word. A place's short form is
// made the same way, so the word must be in capitals or the name must have
// a head noun of organisations.

// syllabicAcronym reports whether short, one word of three letters or
// more, abbreviates full by the beginnings of its words.
func syllabicAcronym(short, full string) bool {
	if strings.IndexByte(short, ' ') >= 0 || strings.IndexByte(full, ' ') < 0 {
		return false
	}
	s := lettersLower(short)
	if len(s) < 3 || len(s) > 12 {
		return false
	}
	var words [][]rune
	for _, w := range strings.FieldsFunc(full, func(r rune) bool { return r == ' ' || r == '-' || r == '/' || r == '–' }) {
		if optionalOrgWords[strings.ToLower(strings.Trim(w, "'’.,"))] {
			continue
		}
		if lw := lettersLower(w); len(lw) > 0 {
			words = append(words, lw)
		}
	}
	if len(words) < 2 || len(words) > 8 || len(words) > len(s) || !beginnings(s, words, false) {
		return false
	}
	// A place's short form is made the same way (Gradsko, Grad Skopje;
	// Kampot, Kampong Thom): the word must be written in capitals or the
	// name must say it is an organisation by a head noun.
	if isAllCaps(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, short)) {
		return true
	}
	for _, w := range strings.Fields(full) {
		if infoOf(Key(w)).orgHead { // by key, as orgHeads are: Commission, League
			return true
		}
	}
	return false
}

// beginnings reports whether s is a beginning of words[0], then of
// words[1]... using all of s, with at least one beginning cut short
// (cut: one was already).
func beginnings(s []rune, words [][]rune, cut bool) bool {
	if len(words) == 0 {
		return len(s) == 0 && cut
	}
	w := words[0]
	for k := 1; k <= len(w) && k <= len(s) && s[k-1] == w[k-1]; k++ {
		if len(s)-k >= len(words)-1 && beginnings(s[k:], words[1:], cut || k < len(w)) {
			return true
		}
	}
	return false
}

// lettersLower is s's letters in small letters.
func lettersLower(s string) []rune {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if unicode.IsLetter(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}
