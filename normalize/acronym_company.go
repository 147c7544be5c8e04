package normalize

import "strings"

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
