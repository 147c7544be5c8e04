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

// A company's own word and its trade. A company named by a word of its
// own (a founder's name, a coined word) and its trade is known by the
// word alone, as with its kind above: Samsung Electronics, Samsung;
// Bentley Motors, Bentley; Qantas Airways, Qantas. nameBeforeKind reads
// Samsung Electronics Company as Samsung (Company the head), so the name
// without its head reads so too, or the two forms of one name would
// disagree. A group and its listed company are two entities on a
// register, but a list and the news name both by the one word, and the
// check sets judge them one (legalform's Bentley, Bentley Motors
// Limited; Qantas, Qantas Airways Limited), while their look-alikes of
// the shape are a body and a part of it (Red Army, Red Army Faction;
// Conservative Party, Conservative Party Board), which no trade word
// names. nameBeforeTrade reads the longer name, less a leading "The" and
// its legal forms at the end (Samsung Electronics Co., Ltd.), as the
// shorter's one word, by its key, and one word of tradeWords; the own
// word, as above, no word the organisation tables know.

// tradeWords are the trades, in small letters, that follow a company's
// own word in its name.
var tradeWords = map[string]bool{
	"electronics": true, "motor": true, "motors": true, "airways": true, "airlines": true,
	"aircraft": true, "aviation": true, "steel": true, "chemical": true, "chemicals": true,
	"pharmaceutical": true, "pharmaceuticals": true, "petroleum": true, "oil": true,
	"foods": true, "mining": true, "shipbuilding": true, "telecom": true, "semiconductor": true,
	"automotive": true, "industries": true, "engineering": true, "breweries": true, "brewery": true,
}

// nameBeforeTrade reports whether one of a and b is a company's own word
// and the other that word and its trade, as the comment above says.
func nameBeforeTrade(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	// The cheap tests first: orgStage asks every pair below SameThreshold.
	if len(a) < 3 || len(b) < len(a)+4 || strings.IndexByte(a, ' ') >= 0 {
		return false
	}
	ws := strings.Fields(strings.TrimPrefix(b, "The "))
	for len(ws) > 2 && legalFormWord(strings.TrimRight(ws[len(ws)-1], ",")) {
		ws = ws[:len(ws)-1] // Samsung Electronics Co., Ltd.
	}
	if len(ws) != 2 {
		return false
	}
	own, trade := ws[0], strings.TrimRight(ws[1], ",")
	if !tradeWords[strings.ToLower(trade)] || !isASCIIUpper(trade[0]) {
		return false
	}
	return isASCIIUpper(a[0]) && Key(own) == Key(a) && !knownOrgWord(a) && !partyGenericWords[strings.ToLower(a)]
}
