package normalize

import "strings"

// A political party named without the word party. The style manuals give
// a party's short form as its name less the head noun "Party", and less
// the country it is the party of, the country being understood: the
// Labour Party, Labour; the Democratic Party, the Democrats; the
// Conservative Party, the Conservatives (AP Stylebook, "political parties
// and philosophies": Democrat, Liberal, Republican, Socialist capitalised
// when they refer to a specific party or its members; The Economist's and
// the Guardian's style guides write Labour, the Tories, the Liberal
// Democrats; the Chicago Manual of Style, 17th ed., on political
// organizations: the Democratic Party, the Democrats). So "[The] [C] X
// Party [of [the] C]" names the party that X names, where C is a
// country's name (regions.txt, CLDR's names), its adjective as English
// makes it (Australian, Norwegian) or the word National, and X is one to
// three words, the last of which may be the members' plural of an
// adjective (Liberal, Liberals; Democratic, Democrats; partyAdjective).
// A country's party is the party of the whole country, not a branch of
// one: a state's, a province's or a city's party (Montana Green Party,
// Quebec Liberal Party) keeps what makes it a branch, and other words
// before X (Country Liberal Party, Liberal Democratic Party) make another
// party. X must be a name: an ordinal, a country, its adjective or a
// generic word (National, New, Opposition, People's) alone is not one.
// Nor is "X Party" of one word X, with no country and no plural, read:
// English also calls a faction or a band after a man or a place a party
// (the Watanabe Party, the Mito Party of Japanese history), and its name
// less Party is the man or the place.

// partyGenericWords are words that do not name a party on their own,
// lower case: ordinals, National and words for a party's place in
// politics or its people.
var partyGenericWords = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"national": true, "new": true, "opposition": true, "ruling": true, "political": true,
	"people's": true, "peoples": true, "people": true, "main": true, "other": true, "one": true,
	"party": true, "parties": true, "the": true, "of": true, "and": true,
}

// mayBePartyShortForm is partyShortForm's quick test, which orgFormsScore
// asks first so that other pairs cost a comparison or a scan: long ends in
// " Party" (any case), or begins with short's first two letters (any
// case) and holds " Party of ".
func mayBePartyShortForm(short, long string) bool {
	n := len(long)
	return (long[n-1]|0x20) == 'y' && n > 6 && strings.EqualFold(long[n-6:], " party") ||
		long[0]|0x20 == short[0]|0x20 && long[1]|0x20 == short[1]|0x20 && strings.Contains(long, " Party of ")
}

// partyShortForm reports whether long is a party's name, "[The] [C] X
// Party [of [the] C]", and short is X or X with its last word the
// members' plural.
func partyShortForm(short, long string) bool {
	if t, ok := strings.CutPrefix(short, "the "); ok {
		short = t // the Greens
	}
	if len(long) < len(short)+5 || len(short) < 3 || !isASCIIUpper(short[0]) {
		return false
	}
	head := strings.LastIndex(long, " Party")
	if head < 0 {
		head = strings.LastIndex(long, " PARTY")
	}
	if head <= 0 {
		return false
	}
	tail := long[head+len(" Party"):]
	country := tail != ""
	if country {
		c, ok := strings.CutPrefix(tail, " of ")
		if !ok {
			return false
		}
		if d, ok := strings.CutPrefix(c, "the "); ok {
			c = d
		}
		if !isCountryName(c) {
			return false
		}
	}
	words, sw := withoutThe(strings.Fields(long[:head])), withoutThe(strings.Fields(short))
	if len(sw) == 0 || len(sw) > 3 || len(words) < len(sw) || len(words) > len(sw)+2 {
		return false
	}
	core, lead := words[len(words)-len(sw):], words[:len(words)-len(sw)]
	for i, w := range core {
		if i < len(core)-1 && !strings.EqualFold(w, sw[i]) || i == len(core)-1 && !partyWordOrPlural(w, sw[i]) {
			return false
		}
	}
	last := core[len(core)-1]
	plural := !strings.EqualFold(last, sw[len(sw)-1])
	if plural && !partyAdjective(last) && !partyFamilyWords[strings.ToLower(last)] {
		return false
	}
	if len(lead) == 0 && !country && len(core) == 1 && !plural && !partyFamilyWords[strings.ToLower(last)] {
		// "X Party" and X: a faction named after a man or a place (the
		// Watanabe Party, the Mito Party) and the man or the place; but
		// a party family's word names the party (party_family.go).
		return false
	}
	if len(core) == 1 && (partyGenericWords[strings.ToLower(core[0])] || isCountryName(core[0]) || isCountryAdjective(core[0])) {
		return false
	}
	for _, w := range core {
		if strings.EqualFold(w, "party") {
			return false
		}
	}
	return partyLead(lead)
}

// withoutThe returns words without a first word "the" (any case).
func withoutThe(words []string) []string {
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		return words[1:]
	}
	return words
}

// partyWordOrPlural reports whether s is w, or the plural of a member
// that English makes from w: w and s (Liberal, Liberals; Green, Greens),
// or -ic given way to -s (Democratic, Democrats).
func partyWordOrPlural(w, s string) bool {
	if strings.EqualFold(w, s) {
		return true
	}
	if len(s) == len(w)+1 && (s[len(s)-1]|0x20) == 's' && strings.EqualFold(s[:len(w)], w) {
		return true
	}
	stem, ok := strings.CutSuffix(strings.ToLower(w), "ic")
	return ok && len(stem) >= 4 && len(s) == len(stem)+1 && (s[len(s)-1]|0x20) == 's' && strings.EqualFold(s[:len(stem)], stem)
}

// partyLead reports whether the words before a party's name say only
// which country's party it is: none, a country's name, its adjective, the
// word National, or a country's name or adjective and National.
func partyLead(lead []string) bool {
	switch len(lead) {
	case 0:
		return true
	case 1:
		return strings.EqualFold(lead[0], "national") || isCountryName(lead[0]) || isCountryAdjective(lead[0])
	case 2:
		if isCountryName(lead[0] + " " + lead[1]) {
			return true
		}
		return strings.EqualFold(lead[1], "national") && (isCountryName(lead[0]) || isCountryAdjective(lead[0]))
	}
	return false
}

// partyAdjective reports whether w ends as the English adjectives that
// name parties and make their members' plural do: -ic (Democratic,
// Democrats), -al (Liberal), -ist (Socialist), -ive (Conservative), -an
// (Republican).
func partyAdjective(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range [...]string{"ic", "al", "ist", "ive", "an"} {
		if len(w) >= len(suf)+4 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
