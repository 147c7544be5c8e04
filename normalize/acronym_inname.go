package normalize

import "strings"

// Acronyms one at a time: shapes of a party's acronym against its long
// name that isAcronymFor does not read, each a fact of how parties are
// named and written, not of one party:
//
//   - acronymInName: the long name writes the acronym inside itself, as a
//     word after the words it abbreviates (NAP, Bangladesh National Awami
//     Party - Bangladesh NAP), or as its own word before a dash with a
//     hyphen the acronym leaves out (EUSTOP, EU-STOP – EU-Austritt, ...):
//     acronyms are written with and without their hyphens.
//   - cyrillicAcronym (acronym_cyrillic.go): an acronym romanised letter by
//     letter from Cyrillic writes Е as E where the words romanised write
//     it Ye at their start (ER, Yedinaya Rossiya).
//   - linkedAcronym (acronym_cyrillic.go): a Slavic compound adjective
//     written closed with its linking -o- gives both its parts' letters
//     (SDA, Sociálnodemokratická alternatíva; KDH, Kresťanskodemokratické
//     hnutie).
//   - dashPartAcronym, partyLetterAcronym (acronym_dashpart.go): the
//     acronym of one part of a dashed name, the same name in another
//     language or a subtitle of other words beside it (PNV, Partido
//     Nacionalista Vasco — Euzko Alderdi Jeltzalea; ORaH, Zelena
//     alternativa - Održivi razvoj Hrvatske); an acronym with the P of a
//     Party the name is written without (FAP, Fijian Association).
//
// Not read: an acronym beside another (TS LKD, Tėvynės sąjunga; UDV-RDA,
// Rassemblement Démocratique Africain), which a merged party or a
// section keeps, but a coalition's is written so too (BWP-PSB: another
// party's beside the Belgian Workers' Party's, TestBilingualAcronym).
//
// acronymAndName asks the cheap tests once for all five: acronymStage
// asks them of every pair under acronymScore.

// acronymAndName returns the pair's short name, which opens with two
// capitals as an acronym does, and its long name, of two words or more;
// ok is false when neither is such a pair.
func acronymAndName(a, b string) (acr, full string, ok bool) {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 2 || len(a) > 24 || !isASCIIUpper(a[0]) || !isASCIIUpper(a[1]) || len(b) < len(a)+4 || strings.IndexByte(b, ' ') < 0 {
		return "", "", false
	}
	return a, b, true
}

// acronymsOneByOne is acronymInName, cyrillicAcronym, linkedAcronym,
// dashPartAcronym, partyLetterAcronym, regionLeftAcronym
// (acronym_region.go), countryFirstAcronym (acronym_country_first.go) and
// countryLastAcronym (acronym_country_last.go),
// as acronymRules asks them (one call a pair).
func acronymsOneByOne(a, b string, _ *Glossary) bool {
	acr, full, ok := acronymAndName(a, b)
	return ok && (acronymInName(acr, full) || cyrillicAcronym(acr, full) || linkedAcronym(acr, full) ||
		dashPartAcronym(acr, full) || partyLetterAcronym(acr, full) || regionLeftAcronym(acr, full) ||
		countryFirstAcronym(acr, full) || countryLastAcronym(acr, full))
}

// asciiAcronymWord reports whether s is one word of ASCII capitals and
// digits, two letters or more, and hyphens when hyphens is true.
func asciiAcronymWord(s string, hyphens bool) bool {
	if len(s) < 2 || !isASCIIUpper(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !isASCIIUpper(c) && !('0' <= c && c <= '9') && !(hyphens && c == '-' && s[i-1] != '-') {
			return false
		}
	}
	return true
}

// acronymInName reports whether full writes acr inside itself, as the
// comment at the top of the file says: as a word after a run of full's
// words acr abbreviates, or as full's own word before a dash but for
// its hyphens.
func acronymInName(acr, full string) bool {
	if !asciiAcronymWord(acr, false) {
		return false
	}
	if head, tail, ok := ownWordDash(full); ok && strings.IndexByte(head, '-') > 0 && subtitleWords(tail) &&
		asciiAcronymWord(head, true) && strings.ReplaceAll(head, "-", "") == acr {
		return true // EUSTOP, EU-STOP – EU-Austritt
	}
	if !strings.Contains(full, acr) {
		return false
	}
	words := strings.Fields(full)
	at := -1
	for i, w := range words {
		if w == acr {
			at = i
			break
		}
	}
	// The words acr abbreviates come before it: a run that ends at a
	// dash or at acr, as many words as acr has letters or a connector or
	// two more.
	for start := 0; start < at; start++ {
		for end := start + 2; end <= at && end <= start+len(acr)+2; end++ {
			if isDashWord(words[end-1]) {
				break
			}
			if isAcronymFor(acr, strings.Join(words[start:end], " ")) {
				return true // NAP, Bangladesh National Awami Party - Bangladesh NAP
			}
		}
	}
	return false
}

// subtitleWords reports whether s, after a dash, is two words or more
// and not all in capitals: a subtitle, not another party's acronym (a
// coalition's). Unlike wordsSubtitle (org_oneword.go) it lets the
// subtitle open with a word in capitals (EU-Austritt).
func subtitleWords(s string) bool {
	return strings.IndexByte(s, ' ') > 0 && strings.ToUpper(s) != s
}

// isDashWord reports whether w is a spaced dash (-, --, –, —).
func isDashWord(w string) bool {
	return w == "-" || w == "--" || w == "–" || w == "—"
}
