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
// for Self-financing Tertiary Education. So the part after a hyphen that
// begins with a small letter may be left out of an acronym. A part that
// begins with a capital is a word of the name of its own (Lashkar-e-Taiba's
// Taiba, Al-Qaida's Qaida, Gilgit-Baltistan) and is never left out; the
// Persian and Urdu connectors (-e-, ul-) are optional words already.

// acronymWords splits full into the words an acronym spells (at spaces,
// hyphens, slashes and dashes) and reports, as bit j of tail, that word j
// follows a hyphen and begins with a small letter: the second element of a
// compound. At most 16 words.
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
			if afterHyphen && unicode.IsLower(r) && len(words) > 0 && len(words) < 32 {
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
// the small-letter second element of a hyphenated compound, which is not
// also a connector an acronym may write (e, i, ul: acronym_forms.go).
func compoundTail(words []string, tail uint32, j int) bool {
	if tail&(1<<j) == 0 {
		return false
	}
	w := words[j]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) && !connectorWords[strings.ToLower(w)]
}
