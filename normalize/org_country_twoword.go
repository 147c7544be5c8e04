package normalize

import (
	"slices"
	"strings"
)

// A party's name with its country in two forms where one is a name of
// two words. countryWordVariant (org_countryword.go) reads the country's
// two forms word for word in their places (Norges, Norske); a country
// whose name is two words (San Marino, Sri Lanka, Costa Rica) has an
// adjective of one (Sammarinese), and the datasets Party Facts links
// write a party both ways (Sammarinese Socialist Party, San Marino
// Socialist Party). twoWordCountryVariant reads the names' words alike
// from either end, key for key, until one word of one name and two of the
// other are left: the two must be a country's name (isCountryName) and
// the one a word countryWordCodes reads as that country; the words read
// alike are two or more, and one of them a political head noun, as
// countryWordVariant asks.

// twoWordCountryVariant reports whether a and b are one party's name but
// for one country named in one word and in two (see above).
func twoWordCountryVariant(a, b string) bool {
	// The cheap test first: orgStage asks this of every pair under
	// SameThreshold that countryWordVariant's quick test leaves out; a
	// party's name of three words with a country is twelve bytes or more.
	if len(a) < 12 || len(b) < 12 {
		return false
	}
	na, nb := strings.Count(a, " "), strings.Count(b, " ")
	if na > nb {
		a, b, na, nb = b, a, nb, na
	}
	if na < 2 || nb != na+1 {
		return false
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != na+1 || len(wb) != nb+1 {
		return false // a double space, or one at an end: the words are not the spaces' count
	}
	i := 0 // words alike at the front
	for i < len(wa) && strings.EqualFold(wa[i], wb[i]) {
		i++
	}
	j := 0 // words alike at the end
	for j < len(wa)-i && strings.EqualFold(wa[len(wa)-1-j], wb[len(wb)-1-j]) {
		j++
	}
	if i+j != len(wa)-1 {
		return false
	}
	one, two := wa[i], wb[i]+" "+wb[i+1]
	if len(one) < 4 || !isASCIIUpper(two[0]) || !isASCIIUpper(wb[i+1][0]) || !isCountryName(two) {
		return false
	}
	c := countryWordCodes(Key(one))
	if len(c) == 0 || !slices.Equal(c, countryWordCodes(Key(two))) {
		return false
	}
	for k, w := range wa {
		if k != i && isHeadKey(politicalHeads.get(), Key(w)) {
			return true
		}
	}
	return false
}
