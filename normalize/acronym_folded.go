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

// An acronym in parts. A party's short form joins the short forms of its
// name's parts as the name joins them, with a dash (Smer-SD, Smer –
// Sociálna Demokracia; SOLIDARITY-PBP, Solidarity - People Before Profit;
// TS LKD, Tėvynės sąjunga – Lietuvos krikščionys demokratai): each part of
// the acronym is its part of the name written whole, the acronym of it
// (isAcronymFor, foldedAcronym), or one capital for a part of one word
// besides connectors (M, La Margherita).

// partsAcronym reports whether acr, split at hyphens or spaces into two
// parts or more, spells full split at its dashes (" – ", " - ", "—", " -- ")
// part by part.
func partsAcronym(acr, full string) bool {
	if len(acr) < 3 || len(acr) > 24 || !capitalsLastPart(acr) || !hasNameDash(full) {
		return false
	}
	ap := strings.FieldsFunc(acr, func(r rune) bool { return r == '-' || r == ' ' || r == '–' })
	fp := nameParts(full)
	if len(ap) < 2 || len(ap) != len(fp) {
		return false
	}
	for i, a := range ap {
		f := strings.TrimSpace(fp[i])
		if !strings.EqualFold(withoutMarks(a), withoutMarks(f)) && !isAcronymFor(a, f) && !foldedAcronym(a, f) && !initialOfOneWord(a, f) && !headLeftOutAcronym(a, f) {
			return false
		}
	}
	return true
}

// capitalsLastPart is partsAcronym's quick test of acr: a hyphen, an en
// dash (Lakas–CMD) or a space, and after the last of them one to six
// capitals, nothing else.
func capitalsLastPart(acr string) bool {
	j := len(acr) - 1
	for j >= 0 && isASCIIUpper(acr[j]) {
		j--
	}
	return j > 0 && len(acr)-j-1 >= 1 && len(acr)-j-1 <= 6 && (acr[j] == '-' || acr[j] == ' ' || strings.HasSuffix(acr[:j+1], "–"))
}

// hasNameDash reports whether s has a dash nameParts splits at.
func hasNameDash(s string) bool {
	return strings.Contains(s, "–") || strings.Contains(s, "—") || strings.Contains(s, " - ") || strings.Contains(s, "--")
}

// nameParts splits s at its dashes: an en or em dash, or a hyphen or two
// with a space on either side.
func nameParts(s string) []string {
	for _, d := range [...]string{" -- ", "--", " - ", "–", "—"} {
		s = strings.ReplaceAll(s, d, "\x00")
	}
	return strings.Split(s, "\x00")
}

// initialOfOneWord reports whether a is one capital, the initial of the
// one word of f that is not a connector of any language.
func initialOfOneWord(a, f string) bool {
	if len(a) != 1 || !isASCIIUpper(a[0]) {
		return false
	}
	conn := orgWordIndex().anyConn
	var word string
	for _, w := range acronymFields(withoutMarks(f)) {
		lw := strings.ToLower(w)
		if conn[lw] || optionalOrgWords[lw] || foreignFunctionWords[lw] {
			continue
		}
		if word != "" {
			return false
		}
		word = w
	}
	return word != "" && word[0]&^0x20 == a[0]
}
