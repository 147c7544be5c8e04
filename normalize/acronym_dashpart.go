package normalize

import "strings"

// dashPartAcronym reports whether acr, one word in capitals or in camel
// case (camelAcronym: ORaH), is the acronym of one part of full split at
// its dashes, and every other part is words not all in capitals: a
// party's acronym is of its name, and the name listed with the same name
// in another language or a subtitle beside it after a dash still is the
// party (PNV, Partido Nacionalista Vasco — Euzko Alderdi Jeltzalea;
// ORaH, Zelena alternativa - Održivi razvoj Hrvatske). A part in
// capitals is another party's acronym, the whole a coalition (Fidesz –
// KDNP), and a part with a word of English the organisation tables
// translate is a subtitle that may name a branch (PFLP, the Popular
// Front for the Liberation of Palestine – General Command, is another
// body); partsAcronym (acronym_folded.go) reads an acronym of as many
// parts as the name. acronym_inname.go says where it stands among the
// acronym rules.
func dashPartAcronym(acr, full string) bool {
	if len(acr) < 3 || strings.IndexByte(acr, ' ') >= 0 || !hasNameDash(full) {
		return false
	}
	caps := asciiAcronymWord(acr, false)
	if !caps && !mayBeCamel(acr) {
		return false
	}
	parts := nameParts(full)
	if len(parts) < 2 {
		return false
	}
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if !(caps && isAcronymFor(acr, p)) && !camelAcronym(acr, p) {
			continue
		}
		if otherPartsWords(parts, i) {
			return true
		}
	}
	return false
}

// otherPartsWords reports whether every part of parts but the i-th is
// words not all in capitals (subtitleWords) with no word of English the
// organisation tables translate (dashPartAcronym).
func otherPartsWords(parts []string, i int) bool {
	ow := orgWordIndex()
	for j, p := range parts {
		if j == i {
			continue
		}
		p = strings.TrimSpace(p)
		if !subtitleWords(p) {
			return false
		}
		for _, w := range strings.Fields(p) {
			if len(ow.byEnglish[strings.ToLower(w)]) > 0 {
				return false // an English subtitle: a branch (General Command)
			}
		}
	}
	return true
}

// partyLetterAcronym reports whether acr, three capitals or more, ends in
// P and the rest is the acronym of full, which does not end in a head
// noun: a party's acronym keeps the P of its Party (or Partido, Parti,
// Partei) where its name is written without it (FAP, Fijian Association:
// the Fijian Association Party). acronym_inname.go says where it stands
// among the acronym rules.
func partyLetterAcronym(acr, full string) bool {
	if len(acr) < 3 || acr[len(acr)-1] != 'P' || !asciiAcronymWord(acr, false) {
		return false
	}
	last := full[strings.LastIndexByte(full, ' ')+1:]
	if isHeadKey(politicalHeads.get(), Key(last)) {
		return false
	}
	return isAcronymFor(acr[:len(acr)-1], full)
}
