package normalize

import "strings"

// Italian's "of" with its article: di, del, dei, della, dello, delle,
// degli are one word of a name in as many forms as the noun after
// it has genders and numbers, and a hand that copies a name slips between
// them (Italia dei Valori, Italia del Valori). leaderList
// (org_leaderlist.go) reads the party's part of a leader's list as the
// other name once each of these words is read "di" (foldItalianOf); the
// nouns stay as they are, so Partito dei Lavoratori and Partito del
// Lavoro stay two names.

// italianOf are the forms foldItalianOf reads as "di", in small letters.
var italianOf = map[string]bool{"del": true, "dei": true, "della": true, "dello": true, "delle": true, "degli": true}

// foldItalianOf returns s with each word of italianOf, in any case, as
// "di", and whether it changed a word.
func foldItalianOf(s string) (string, bool) {
	f := strings.Fields(s)
	changed := false
	for i, w := range f {
		if i > 0 && italianOf[strings.ToLower(w)] {
			f[i] = "di"
			changed = true
		}
	}
	if !changed {
		return s, false
	}
	return strings.Join(f, " "), true
}

// italianOfVariant reports whether a and b are one name once their
// Italian "of"s are read alike, both having one.
func italianOfVariant(a, b string, g *Glossary) bool {
	fa, oka := foldItalianOf(a)
	fb, okb := foldItalianOf(b)
	return oka && okb && (strings.EqualFold(fa, fb) || similarityWith(fa, fb, g) >= SameThreshold)
}
