package normalize

import (
	"slices"
	"strings"
)

// One country in two forms of its name in a party's native name. A party
// written in its own language names its country as the language's
// grammar asks, and the datasets Party Facts links write it both ways:
// Norges Kommunistiske Parti (Norway's) and Norske kommunistiske parti
// (Norwegian), Latvijas Zemnieku savienība (Latvia's) and Latviešu
// Zemnieku Savienība (Latvian). English's own pairs (Swedish Liberal
// Party, Liberal Party of Sweden) are countryAdjective's (org_country.go);
// here the words stay in their places and differ only where each names
// one country (countryWordCodes, over CLDR's names in the languages of
// org_party_words.tsv: Norges and Norske are both Norway's, Slovenská is
// neither Slovakia's nor Slovenia's, so it never reads as one). Every
// other word must be the other name's word by its key, and one of them a
// political head noun (party, union... in any language of the tables).
// A country of two words against one (San Marino, Sammarinese) is
// twoWordCountryVariant's (org_country_twoword.go).

// countryWordVariant reports whether a and b are one party's name but for
// words that name one country in two forms (see above).
func countryWordVariant(a, b string) bool {
	if !mayBeCountryWordVariant(a, b) {
		return twoWordCountryVariant(a, b) // org_country_twoword.go: Sammarinese, San Marino
	}
	if !differentWordsCountries(a, b) {
		return false
	}
	wa, wb := orgNameWords(a), orgNameWords(b)
	if len(wa) != len(wb) || len(wa) < 2 {
		return false
	}
	country, head := false, false
	for i := range wa {
		ka, kb := Key(wa[i]), Key(wb[i])
		if ka == kb {
			head = head || isHeadKey(politicalHeads.get(), ka)
			continue
		}
		ca, cb := countryWordCodes(ka), countryWordCodes(kb)
		if len(ca) == 0 || !slices.Equal(ca, cb) {
			return false
		}
		country = true
	}
	return country && head
}

// mayBeCountryWordVariant is countryWordVariant's quick test, without
// allocating (names match asks it of every pair below SameThreshold, most
// of them people's names): the names have as many words, three or more,
// and every two words in one place that differ in their letters (case
// aside) have four letters or more and open with the same three (Norges,
// Norske; Savienība, savieniba).
func mayBeCountryWordVariant(a, b string) bool {
	n := strings.Count(a, " ")
	if n < 2 || strings.Count(b, " ") != n {
		return false
	}
	differ := false
	for a != "" && b != "" {
		wa, ra, _ := strings.Cut(a, " ")
		wb, rb, _ := strings.Cut(b, " ")
		if !strings.EqualFold(wa, wb) {
			if len(wa) < 4 || len(wb) < 4 || !strings.EqualFold(wa[:3], wb[:3]) {
				return false
			}
			differ = true
		}
		a, b = ra, rb
	}
	return differ
}

// differentWordsCountries reports whether every two words in one place of
// a and b (as many words, mayBeCountryWordVariant) that differ in their
// letters name one country: the test that leaves people's names (Mohammed,
// Mohammad bin Salman) before every word is keyed.
func differentWordsCountries(a, b string) bool {
	for a != "" && b != "" {
		wa, ra, _ := strings.Cut(a, " ")
		wb, rb, _ := strings.Cut(b, " ")
		if !strings.EqualFold(wa, wb) {
			// Savienība, savieniba: one key; else one country
			ka, kb := Key(wa), Key(wb)
			if ca := countryWordCodes(ka); ka != kb && (len(ca) == 0 || !slices.Equal(ca, countryWordCodes(kb))) {
				return false
			}
		}
		a, b = ra, rb
	}
	return true
}
