package normalize

import "strings"

// A name of its own before the words that say what kind of body it is.
// Many bodies are named by a word or two of their own (a founder's name,
// a coined word, an acronym kept as a name) and then their kind: the
// Siong Leng Musical Association, the Elephant 6 Recording Company, KTH
// Royal Institute of Technology; and they are known by the own words
// alone (Siong Leng, Elephant 6, KTH), as a person is by a surname.
// nameBeforeKind reads the longer name, less a leading "The", as the
// shorter's words (by their keys, a hyphen read as a space) and two to
// five words more that end in a head noun naming a whole body
// (Association, Society, Company, Corporation, Institute, Foundation),
// or in such a head and "of" a word (Institute of Technology). The own
// words must be one or two, none a word the organisation tables know
// (knownOrgWord: a head noun, a country, its adjective, a word they
// translate), so that a name made of common words keeps its kind
// (Rugby League, National Rugby League Museum; Conservative Party,
// Conservative Party Board). A part of a body is named by the body's
// name and the part's (Likud Youth Movement, the ANC Youth League, a
// Central Committee): a word that names a part among the words added
// keeps the pair apart, and League, Committee, Council, Board are no
// head of a whole here.

// wholeBodyHeads are the head nouns, in small letters, that name a
// whole body, not one of its parts.
var wholeBodyHeads = map[string]bool{
	"association": true, "society": true, "company": true, "corporation": true,
	"institute": true, "foundation": true,
}

// partWords are the words, in small letters, that name a body's part.
var partWords = map[string]bool{
	"youth": true, "women's": true, "womens": true, "women": true, "student": true, "students": true,
	"central": true, "branch": true, "section": true, "wing": true, "faction": true, "chapter": true,
}

// nameBeforeKind reports whether one of a and b is the other's own words
// and the other those words and its kind, as the comment above says.
func nameBeforeKind(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	// The cheap tests first: orgStage asks every pair below SameThreshold.
	if len(a) < 2 || len(b) < len(a)+12 || len(a) > 24 || !hasWholeBodyHead(b) {
		return false
	}
	own := strings.Fields(strings.ReplaceAll(a, "-", " "))
	long := strings.Fields(strings.ReplaceAll(b, "-", " "))
	if len(long) > 0 && long[0] == "The" {
		long = long[1:]
	}
	added := len(long) - len(own)
	if len(own) == 0 || len(own) > 2 || added < 2 || added > 5 {
		return false
	}
	letters := false
	for i, w := range own {
		if Key(w) != Key(long[i]) || knownOrgWord(w) || partyGenericWords[strings.ToLower(w)] {
			return false
		}
		letters = letters || isASCIILetter(w[0]) && len(w) > 1
	}
	if !letters {
		return false
	}
	rest := long[len(own):]
	for _, w := range rest {
		if partWords[strings.ToLower(w)] {
			return false
		}
	}
	last := len(rest) - 1
	if wholeBodyHeads[strings.ToLower(rest[last])] {
		return true
	}
	return last >= 2 && rest[last-1] == "of" && wholeBodyHeads[strings.ToLower(rest[last-2])]
}

// hasWholeBodyHead reports whether s has one of wholeBodyHeads's words,
// capitalised.
func hasWholeBodyHead(s string) bool {
	return strings.Contains(s, " Association") || strings.Contains(s, " Society") || strings.Contains(s, " Company") ||
		strings.Contains(s, " Corporation") || strings.Contains(s, " Institute") || strings.Contains(s, " Foundation")
}
