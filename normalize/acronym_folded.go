package normalize

import (
	"strings"
	"unicode"
)

// An acronym of a name written as its own language writes it. Most
// languages of Europe write an organisation's name in sentence case
// (Narodna stranka Radom za Boljitak, Parti socialiste belge, Sojuz na Makedonija),
// join a connector of their own between its words (za, na, pour, et) and
// an elided article to the next word (Coalició Nacional d'Andorra), and
// the acronym drops the diacritics of the letters it takes, or keeps them
// where the name as listed lost them (GE, Génération Écologie; PNȚCD,
// Partidul National Taranesc Crestin Democrat). isAcronymFor reads the
// name as English writes it; foldedAcronym hands it the same pair with
// the acronym's and the name's letters without their diacritics
// (withoutMarks, acronym_marks.go), the elided article taken off a word,
// each connector of orgLangs' languages and of acronym_foreign.go's
// foreignFunctionWords left out and every other word written with a
// capital, so that each word the acronym does not spell must still be a
// connector, and each letter the initial of a word in order.

// mayBeFoldedAcronym is the quick test: acr is two to ten capitals (with
// a hyphen or a space between parts) and full has a space.
func mayBeFoldedAcronym(acr, full string) bool {
	n := len(acr)
	if n < 2 || n > 24 || !strings.Contains(full, " ") {
		return false
	}
	caps := 0
	for _, r := range acr {
		switch {
		case r == '-' || r == ' ':
		case 'A' <= r && r <= 'Z' || r >= 0x80 && unicode.IsUpper(r):
			caps++
		default:
			return false
		}
	}
	return caps >= 2 && caps <= 10
}

// foldedAcronym reports whether acr, its diacritics taken off, spells the
// initials of full's words written as foldedAcronym's comment says.
func foldedAcronym(acr, full string) bool {
	if !mayBeFoldedAcronym(acr, full) {
		return false
	}
	conn := orgWordIndex().anyConn
	var words []string
	for _, w := range acronymFields(withoutMarks(full)) {
		if i := strings.LastIndexAny(w, "'’"); i >= 0 && i < len(w)-1 && i <= 4 {
			w = w[i+1:] // d'Andorra, l'union, dell'Ambiente
		}
		lw := strings.ToLower(w)
		if lw == "" || !optionalOrgWords[lw] && (conn[lw] || foreignFunctionWords[lw]) {
			continue
		}
		words = append(words, strings.ToUpper(w[:1])+w[1:])
	}
	if len(words) < 2 {
		return false
	}
	folded := strings.Join(words, " ")
	fa := withoutMarks(acr)
	return (folded != full || fa != acr) && isAcronymFor(fa, folded)
}

// acronymFields splits s at spaces, hyphens and dashes, commas left off.
func acronymFields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '-' || r == '–' || r == '—' || r == ',' || r == '"'
	})
}
