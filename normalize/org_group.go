package normalize

import "strings"

// A company's short name in capitals with and without "Group". Companies
// that go by letters are listed with and without the word their group
// adds (APA Group, APA; BT Group, BT): the letter-by-letter score of a
// short word against it with a word more is 0.78, under SameThreshold,
// and partyHeadAdded and oneWordParty read parties' head nouns, not a
// company's. capitalsGroup reads only a name of two to six capitals or
// digits, one word, and that word followed by " Group", nothing else: a
// word in small letters (Interview, Interview Group) may be a common
// noun, and another word (APA Energy Group) another company.

// capitalsGroup reports whether one of a and b is a name in capitals and
// the other that name followed by " Group" (see above).
func capitalsGroup(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) != len(a)+len(" Group") || len(a) < 2 || len(a) > 6 || !strings.HasSuffix(b, " Group") || !strings.HasPrefix(b, a) {
		return false
	}
	letters := 0
	for i := 0; i < len(a); i++ {
		switch c := a[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return letters >= 2
}
