package normalize

import "strings"

// sovietRepublicNamed reports whether one of a and b ends in "<Adj>
// Soviet Socialist Republic" (or "<Adj> SSR") and the other is the same
// name ending in the country that republic was: a body of a Soviet
// republic is listed under the republic's name and under the country's
// (Communist Party of Kirghiz Soviet Socialist Republic, Communist Party
// of Kirghizia). The country is read by its codes (adjectiveCodesOf:
// Latvian, Latvia) or as the adjective's word with a country's ending
// (Kirghiz, Kirghizia; Turkmen, Turkmenistan; Armenian, Armenia: one
// opens the other, four letters or more shared); every word before it
// must be the same.
func sovietRepublicNamed(a, b string) bool {
	if !strings.HasSuffix(a, "Soviet Socialist Republic") && !strings.HasSuffix(a, " SSR") {
		a, b = b, a
	}
	rest, ok := strings.CutSuffix(a, " Soviet Socialist Republic")
	if !ok {
		if rest, ok = strings.CutSuffix(a, " SSR"); !ok {
			return false
		}
	}
	i := strings.LastIndexByte(rest, ' ')
	j := strings.LastIndexByte(b, ' ')
	if i < 0 || j < 0 {
		return false
	}
	before, adj := rest[:i], rest[i+1:]
	if t, ok := strings.CutSuffix(before, " the"); ok {
		before = t
	}
	bBefore, country := b[:j], b[j+1:]
	if !strings.EqualFold(before, bBefore) || len(adj) < 4 || len(country) < 4 {
		return false
	}
	if adjectiveCodesOf(adj, country) {
		return true
	}
	short, long := adj, country
	if len(short) > len(long) {
		short, long = long, short
	}
	return strings.HasPrefix(long, short) && len(long) > len(short) && len(long)-len(short) <= 4
}
