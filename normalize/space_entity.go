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

// blankSpaceEntities is text with every space entity (spaceEntityLen)
// written as as many spaces, so that offsets stay those of text, and
// whether it had one; text itself, at the cost of one byte search, when it
// has none. The matcher
// reads the blanked text: "Qassim&nbsp;Sulaymani" is one name, where the
// entity's "nbsp" was a word between two (only the surname was
// rewritten); the mention's form is text's, entity and all, which
// keepSpacing keeps.
func blankSpaceEntities(text string) (string, bool) {
	i := strings.IndexByte(text, '&')
	var b []byte
	for i >= 0 {
		if n := spaceEntityLen(text[i:]); n > 0 {
			if b == nil {
				b = []byte(text)
			}
			for k := i; k < i+n; k++ {
				b[k] = ' '
			}
			i += n
		} else {
			i++
		}
		k := strings.IndexByte(text[i:], '&')
		if k < 0 {
			break
		}
		i += k
	}
	if b == nil {
		return text, false
	}
	return string(b), true
}
