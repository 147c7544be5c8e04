package normalize

import (
	"strings"
	"unicode"
)

// A one-word company name and its legal form. legal_form.go leaves a
// legal form off a name that keeps two words, not one: Oracle Corporation
// and Oracle are not its, "Corporation" being also a word. An abbreviated
// legal form is no word: it is written only after the registered name of
// a company (ISO 20275's abbreviations: AG, SE, PJSC, GmbH, plc, Ltd,
// Inc., LLC, S.A., S.p.A., N.V., Oyj, ASA...), so Gazprom PJSC and
// Gazprom, Siemens AG and Siemens, Nokia Oyj and Nokia, Fiat S.p.A. and
// Fiat are one company each. A name of one word, three letters or more
// and not a head noun of organisations (orgHeads or orgTableHeads: Bank
// AG is not Bank), followed
// by one abbreviated legal form or two (Co., Ltd.; Sdn Bhd), is the same
// as that word alone. A form of two letters must be written with a
// capital (AG, SE, SA, NV; "as" is a word); the forms written out
// (Limited, Corporation, Incorporated) are not read here (a place's
// corporation is its council: legal_form_written.go reads them with the
// gazetteer), nor Co. (a Company) but before another form (Co., Ltd.).

// oneWordLegalForms adds to legalForms the abbreviations this rule reads
// that legal_form.go does not: SE (Societas Europaea), KGaA, Sdn Bhd and
// Bhd (Malaysia), Tbk (Indonesia).
var oneWordLegalForms = map[string]bool{"se": true, "kgaa": true, "sdn": true, "bhd": true, "tbk": true}

// oneWordLegalForm reports whether one of a and b is a word and the other
// that word and an abbreviated legal form.
func oneWordLegalForm(a, b string, g *Glossary) bool {
	word, full := a, b
	if strings.IndexByte(word, ' ') >= 0 {
		word, full = b, a
	}
	if strings.IndexByte(word, ' ') >= 0 || strings.IndexByte(full, ' ') < 0 || len(word) < 3 {
		return false
	}
	rest := strings.TrimRight(full, " ")
	forms := 0
	for forms < 2 {
		i := strings.LastIndexByte(rest, ' ')
		if i <= 0 || !abbreviatedLegalForm(rest[i+1:], forms == 1) {
			break
		}
		rest = strings.TrimRight(rest[:i], " ,")
		forms++
	}
	if forms == 0 || strings.IndexByte(rest, ' ') >= 0 || len(rest) < 3 || !isUpperStart(rest) || infoOf(Key(rest)).orgHead || orgTableHeads[strings.ToLower(rest)] {
		return false
	}
	return similarityWith(rest, word, g) >= SameThreshold
}

// abbreviatedLegalForm reports whether w is a legal form written as an
// abbreviation; Co. only before another (outer: Co., Ltd.).
func abbreviatedLegalForm(w string, outer bool) bool {
	lw := strings.ToLower(strings.ReplaceAll(strings.TrimRight(w, ","), ".", ""))
	switch lw {
	case "limited", "corporation", "incorporated", "":
		return false
	case "co":
		return outer
	}
	if !legalFormWord(w) && !oneWordLegalForms[lw] {
		return false
	}
	return len(lw) > 2 || isASCIIUpper(w[0])
}

func isUpperStart(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
