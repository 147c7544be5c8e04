package normalize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A party's name in quotes after what the party is. Some languages name
// a party by its kind and then its name in quotes (the Liberal State
// Party "The Freedom League", Dutch Liberale Staatspartij "De
// Vrijheidsbond"; Political Party "Servant of the People", which
// partyHeadAdded reads as a head noun added), and the datasets Party
// Facts links list the name alone (Freedom League). quotedName reads the
// longer name's words in quotes (straight, curly or guillemets) against
// the shorter name's, key for key, connectors and articles left out
// (orgKeyWords): two words or more (a faction of one word in quotes,
// Polish People's Party "Piast", is named for a man or a place), and the
// words outside the quotes must hold a head noun of parties (Party,
// Bloc... or a translation of one): a kind of party, not another body's
// name (the Friends of "The Freedom League").

// quotedName reports whether one of a and b is the other's words in
// quotes after a party's kind, as the comment above says (an orgRule's
// same that reads no glossary: one call a pair, not withoutGlossary's
// two).
func quotedName(a, b string, _ *Glossary) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	// The cheap test first: orgStage asks this of every pair under
	// SameThreshold, and IndexAny of quotes beyond ASCII reads b rune by
	// rune.
	if len(b) < len(a)+6 || !mayHaveQuote(b) {
		return false
	}
	i := strings.IndexAny(b, "\"“”„«") // an opening quote
	if i < 0 || strings.ContainsAny(a, "\"“”„«»") {
		return false
	}
	_, n := utf8.DecodeRuneInString(b[i:])
	j := strings.IndexAny(b[i+n:], "\"“”»")
	if j < 0 {
		return false
	}
	inside, outside := b[i+n:i+n+j], b[:i]+" "+b[i+n+j+1:]
	ka := orgKeyWords(a)
	if len(ka) < 2 || !slices.Equal(ka, orgKeyWords(inside)) {
		return false
	}
	for _, w := range orgNameWords(outside) {
		if politicalHeadWords()[w] || isHeadKey(politicalHeads.get(), Key(w)) {
			return true
		}
	}
	return false
}

// mayHaveQuote reports whether s has a straight quote or the first byte
// of a curly quote or guillemet (U+201C-201E: E2; U+00AB, U+00BB: C2).
func mayHaveQuote(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '"' || c == 0xE2 || c == 0xC2 {
			return true
		}
	}
	return false
}
