package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A hyphenated compound in an acronym. English writes a compound adjective
// or noun with a hyphen and its second element in small letters
// ("Radio-television", "Self-financing", "Evidence-based"); an acronym
// takes the compound's first letter only: CRTC is the Canadian
// Radio-television and Telecommunications Commission, FSTE the Federation
// for Self-financing Tertiary Education. So the part after a hyphen may be
// left out of an acronym. Title case, in which organisations' names are
// written, capitalises that part too (the Chicago Manual of Style and AP:
// "Cross-Border", "Third-Sector"), so a capital after a hyphen does not
// show a word of the name of its own, and the part is left out whatever
// its case (org4: org2 kept a capitalised part for names such as
// Gilgit-Baltistan, which left ISTR, the International Society for
// Third-Sector Research, unread). Every part may still give its letter
// (GBC, AQ); the Persian and Urdu connectors (-e-, ul-) are optional
// words already.

// acronymWords splits full into the words an acronym spells (at spaces,
// hyphens, slashes and dashes) and reports, as bit j of tail, that word j
// follows a hyphen: the second element of a compound. At most 16 words.
func acronymWords(full string) (words []string, tail uint32) {
	start, afterHyphen := -1, false
	for i, r := range full {
		sep := r == ' ' || r == '-' || r == '/' || r == '–'
		if sep {
			if start >= 0 {
				words = append(words, full[start:i])
				start = -1
			}
			afterHyphen = r == '-'
			continue
		}
		if start < 0 {
			start = i
			if afterHyphen && unicode.IsLetter(r) && len(words) > 0 && len(words) < 32 {
				tail |= 1 << len(words)
			}
		}
	}
	if start >= 0 {
		words = append(words, full[start:])
	}
	return words, tail
}

// compoundTail reports whether words[j] may be left out of an acronym as
// the second element of a hyphenated compound, which is not
// also a connector an acronym may write (e, i, ul: acronym_forms.go).
func compoundTail(words []string, tail uint32, j int) bool {
	if tail&(1<<j) == 0 {
		return false
	}
	w := words[j]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) && !connectorWords[strings.ToLower(w)]
}
