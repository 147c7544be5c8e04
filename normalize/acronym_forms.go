package normalize

import (
	"strings"
	"unicode"
)

// Two forms of acronyms that isAcronymFor reads beside the plain one.
//
// Connectors in lower case: South Asian organisations write the Persian and
// Urdu connector of their name (ezafe -e/-i, Arabic ul/ud) as a small letter
// of the acronym: LeT is Lashkar-e-Taiba, JeM Jaish-e-Mohammed, HuM
// Harakat ul-Mujahideen, HuJI Harakat ul-Jihad-i-Islami. A small letter
// stands only for such a connector word, so "LeT" is not "Lashkar Taiba".
//
// A generic head noun left out: an acronym of three letters or more may
// leave out the last word of the name when that word is the head noun
// that says what kind of body it is (Organization, Group, Network...): MEK
// is the Mujahedin-e Khalq Organization. Two letters are too few to tell
// an organisation from another with the same first words (IJ, Islamic
// Jihad, is not IJU, the Islamic Jihad Union).

// connectorWords are the connector words a small letter of an acronym
// stands for (lower case).
var connectorWords = map[string]bool{"e": true, "i": true, "ul": true, "ud": true, "ur": true, "u": true, "o": true}

// mixedCaseAcronym reports, cheaply, whether acr may be an acronym with
// small connector letters: a capital, then small and capital letters
// alternating with at least one more capital ("LeT", "HuJI"), at most
// six letters.
func mixedCaseAcronym(acr string) bool {
	if len(acr) < 3 || len(acr) > 6 || !isASCIIUpper(acr[0]) || !isASCIIUpper(acr[2]) {
		return false
	}
	for i := 1; i < len(acr); i++ {
		c := acr[i]
		if !isASCIIUpper(c) && !(c >= 'a' && c <= 'z' && isASCIIUpper(acr[i-1])) {
			return false
		}
	}
	return true
}

func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// spellsSmall reports whether word w, of a full name, can give the small
// letter r of an acronym: it is a connector word that begins with r.
func spellsSmall(w string, r rune) bool {
	lw := strings.ToLower(w)
	return connectorWords[lw] && rune(lw[0]) == r
}

// droppableHead reports whether the last of words may be left out of an
// acronym of n letters.
func droppableHead(words []string, n int) bool {
	if n < 3 || len(words) < 3 {
		return false
	}
	last := words[len(words)-1]
	for _, r := range last {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return wordInfos.get()[Key(last)].orgHead || companyHead(last) // ASRY
}

// A company's acronym without its last word. A company or foundation is
// known by the acronym of its name without the word that says it is one,
// as with the legal form (legal_form.go): the Arab Shipbuilding and Repair
// Yard Company is ASRY, a Global Infrastructure Basel Foundation would be
// GIB. droppableHead (acronym_forms.go) lets an acronym of three letters
// or more leave out such a last word, as it does a head noun of
// orgHeads; the acronym must still spell every other word.

// companyHead reports whether w, the last word of a name, says the body is
// a company or a foundation: Company, Foundation, or a legal form.
func companyHead(w string) bool {
	return strings.EqualFold(w, "company") || strings.EqualFold(w, "foundation") || legalFormWord(w)
}

// An acronym of another form of the name. An organisation's acronym is
// often made from its name in its own language (PKK, Partiya Karkerên
// Kurdistanê; FARC, Fuerzas Armadas Revolucionarias de Colombia), which a
// glossary entry may list beside the English name. glossaryAcronym finds
// the entry of full and tries acr against each of its forms.

// glossaryAcronym reports whether acr is an acronym of a form of the
// glossary entry that full names.
func glossaryAcronym(g *Glossary, acr, full string) bool {
	if g == nil || !acronymShaped(acr) {
		return false
	}
	var kb keyBuilder
	ei := g.entryOfWords(kb.words(full))
	if ei < 0 {
		return false
	}
	e := &g.entries[ei]
	if e.Canonical != full && isAcronymFor(acr, e.Canonical) {
		return true
	}
	for _, v := range e.Variants {
		if v != full && isAcronymFor(acr, v) {
			return true
		}
	}
	return false
}

// acronymShaped reports, cheaply, whether s may be an acronym as
// isAcronymFor reads one: a capital, then a capital, digit or mark, or
// the small connector letters of mixedCaseAcronym.
func acronymShaped(s string) bool {
	if len(s) < 2 || len(s) > 24 || !isASCIIUpper(s[0]) {
		return false
	}
	return !(s[1] >= 'a' && s[1] <= 'z') || mixedCaseAcronym(s)
}
