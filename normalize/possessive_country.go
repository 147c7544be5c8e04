package normalize

import "strings"

// A country named as the owner. English news names a body with its
// country in the possessive as often as without it: "Israel's Mossad" is
// the Mossad, "Iran's Revolutionary Guards" the Revolutionary Guards, which
// the default glossary has as a form of the Islamic Revolutionary Guard
// Corps. tokenScore reads the possessive's country as a word more (0.920
// for "Iran's Revolutionary Guards" / "Revolutionary Guards"), so a
// one-word rest fell under the threshold (Israel's Mossad, 0.782) and the
// glossary, which knows whole names, could not tell that the rest is a
// form of the other name's entry ("Iran's Revolutionary Guards" / IRGC,
// 0.389). countryPossessive reads the rest against the other name, the
// glossary's entries included; the owner must be a country's English name
// (CLDR's, regions_en.txt), so "Ahmad's Bakery" and "Sophie's Choice" are
// not read.

// countryPossessive reports whether one of a and b begins with a country's
// English name in the possessive and the rest of it is one name with the
// other (similarityWith, glossary g's entries included), the other not
// beginning with the possessive too.
func countryPossessive(a, b string, g *Glossary) bool {
	a, b, ok := possessiveOwned(a, b)
	if !ok || possessiveFirst(b) {
		return false // neither owned, or both: tokenScore compares the owners
	}
	sp := strings.IndexByte(a, ' ')
	owner := possessiveOwner(a[:sp])
	if !isEnglishRegionKey([]string{Key(owner)}) {
		return false
	}
	rest := strings.TrimSpace(a[sp+1:])
	if rest == "" || Key(rest) == Key(owner) {
		return false
	}
	return similarityWith(rest, b, g) >= SameThreshold
}
