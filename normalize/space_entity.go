package normalize

import "strings"

// spaceEntities are the HTML character references of the spaces that may
// join a name's words ("Qassim&nbsp;Sulaymani"): the no-break space, the
// narrow no-break space and the thin space, by name, in decimal and in
// hexadecimal. joinable takes the same characters written as themselves.
var spaceEntities = [...]string{
	"&nbsp;", "&#160;", "&#xa0;", "&#x00a0;",
	"&#8239;", "&#x202f;", "&thinsp;", "&#8201;", "&#x2009;",
}

// spaceEntityLen returns the length of the space entity (spaceEntities,
// the x and hexadecimal digits in either case) that s starts with, or 0.
func spaceEntityLen(s string) int {
	if len(s) < 6 || s[0] != '&' {
		return 0
	}
	for _, e := range spaceEntities {
		if len(s) >= len(e) && strings.EqualFold(s[:len(e)], e) && (e[1] == '#' || s[:len(e)] == e) {
			return len(e)
		}
	}
	return 0
}

// inSpaceEntity reports whether the word text[s:e] is the name or number of
// a space entity ("nbsp" of "&nbsp;", "160" of "&#160;"): no word of the
// text, but the space between two.
func inSpaceEntity(text string, s, e int) bool {
	if e >= len(text) || text[e] != ';' || s == 0 {
		return false
	}
	amp := strings.LastIndexByte(text[max(0, s-3):s], '&')
	if amp < 0 {
		return false
	}
	amp += max(0, s-3)
	return spaceEntityLen(text[amp:]) == e+1-amp
}
