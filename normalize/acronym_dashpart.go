package normalize

import "strings"

// firstPartAcronym reports whether acr, one word in capitals, is the
// acronym (isAcronymFor) of the part of full before its first dash, and
// every part after it is words not all in capitals: a party's acronym
// is of its name, and the name listed with the same name in another
// language or a subtitle after a dash still is the party (PNV, Partido
// Nacionalista Vasco — Euzko Alderdi Jeltzalea). A part after the dash
// in capitals is another party's acronym, the whole a coalition
// (Fidesz – KDNP), and a part with a word of English the organisation
// tables translate is a subtitle that may name a branch (PFLP, the
// Popular Front for the Liberation of Palestine – General Command, is
// another body); partsAcronym (acronym_folded.go) reads an acronym of
// as many parts as the name. acronym_inname.go says where it stands
// among the acronym rules.
func firstPartAcronym(acr, full string) bool {
	if len(acr) < 3 || !hasNameDash(full) || !asciiAcronymWord(acr, false) {
		return false
	}
	parts := nameParts(full)
	if len(parts) < 2 {
		return false
	}
	ow := orgWordIndex()
	for _, p := range parts[1:] {
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
	return isAcronymFor(acr, strings.TrimSpace(parts[0]))
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
