package normalize

import "strings"

// cyrillicAcronym reports whether acr, in capitals, is the acronym of
// full once full's words that open with Ye open with E: Russian,
// Ukrainian and Bulgarian acronyms are romanised letter by letter, and Е
// is E in the acronym where the words romanised write it Ye at their
// start (ER, Yedinaya Rossiya: ЕР, Единая Россия). acronym_inname.go says
// where it stands among the acronym rules.
func cyrillicAcronym(acr, full string) bool {
	if strings.IndexByte(acr, 'E') < 0 || !strings.Contains(full, "Ye") || !asciiAcronymWord(acr, true) {
		return false
	}
	var b strings.Builder
	b.Grow(len(full))
	for i := 0; i < len(full); i++ {
		if full[i] == 'Y' && i+1 < len(full) && full[i+1] == 'e' && (i == 0 || full[i-1] == ' ' || full[i-1] == '-') {
			b.WriteByte('E')
			i++
			continue
		}
		b.WriteByte(full[i])
	}
	return isAcronymFor(acr, b.String())
}

// slavicLinkedStems are the second parts of the Slavic compound
// adjectives parties are named with, written closed after the linking
// vowel -o- (Slovak sociálnodemokratická, kresťanskodemokratické; Czech
// křesťanskodemokratická; Slovene, Croatian and Serbian
// socijaldemokratska is joined without it and isAcronymFor reads one
// word): the doctrines' words.
var slavicLinkedStems = [...]string{"demokrat", "liberál", "liberal", "sociál", "socijal", "konzervat", "národ", "narod", "kresť", "křesť", "radikál", "radikal"}

// linkedAcronym reports whether acr, in capitals, is the acronym of full
// once a word of full written closed as a Slavic compound adjective
// (a first part of four letters or more, the linking -o-, a doctrine's
// word of slavicLinkedStems) is read as two words: such a compound gives
// the acronym both its parts' letters (SDA, Sociálnodemokratická
// alternatíva; KDH, Kresťanskodemokratické hnutie). acronym_inname.go
// says where it stands among the acronym rules.
func linkedAcronym(acr, full string) bool {
	if len(acr) < 3 || !asciiAcronymWord(acr, false) {
		return false
	}
	lower := strings.ToLower(full)
	for _, stem := range slavicLinkedStems {
		i := strings.Index(lower, "o"+stem)
		if i < 0 {
			continue
		}
		// The first part: four letters or more back to the word's start.
		start := strings.LastIndexAny(lower[:i], " -") + 1
		if len([]rune(lower[start:i])) < 4 {
			continue
		}
		if isAcronymFor(acr, full[:i+1]+" "+full[i+1:]) {
			return true
		}
	}
	return false
}
