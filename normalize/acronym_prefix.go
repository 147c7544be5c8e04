package normalize

import "strings"

// An abbreviation by the first letters of a name's first word. Parties
// named by one long word of their own write it short as its first three
// letters: Synaspismos (Coalition) is SYN, Enhedslisten Enh, Shlomtzion
// Shl; the datasets Party Facts links list the abbreviation beside the
// name. syllabicAcronym (syllabic_acronym.go) reads the beginnings of two
// words or more; here one word's beginning is all of the abbreviation.
// Three letters are the beginning of many words, so the abbreviation must
// look like none: in capitals (SYN), or a capital and two letters that
// are no vowels (Enh, Shl), not a name as people's are written (Ali,
// Max); and the word it opens must be eight letters or more (Shlomtzion;
// not Alina, Maxim) and not in capitals itself (an acronym's letters).

// prefixAbbreviation reports whether short is the first three letters of
// full's first word, as the comment above says.
func prefixAbbreviation(short, full string) bool {
	if len(short) != 3 || len(full) < 8 || !isASCIIUpper(short[0]) {
		return false
	}
	caps := true
	for i := 1; i < 3; i++ {
		c := short[i]
		switch {
		case isASCIIUpper(c):
		case c >= 'a' && c <= 'z':
			caps = false
			if strings.IndexByte("aeiou", c) >= 0 {
				return false // Ali, Max: a name as people's are written
			}
		default:
			return false
		}
	}
	if !caps && (isASCIIUpper(short[1]) || isASCIIUpper(short[2])) {
		return false // ShL: neither capitals nor a word
	}
	first := full
	if i := strings.IndexAny(full, " -–—"); i >= 0 {
		first = full[:i]
	}
	if len(first) < 8 || !strings.EqualFold(first[:3], short) {
		return false
	}
	for i := 1; i < len(first); i++ {
		if c := first[i]; c >= 'a' && c <= 'z' || c >= 0x80 {
			return true // a word, not letters in capitals
		}
	}
	return false
}

// abbreviationByPrefix is prefixAbbreviation both ways round, as
// acronymRules asks it (one call a pair, the length tested first:
// acronymStage asks it of every pair under SameThreshold).
func abbreviationByPrefix(a, b string, _ *Glossary) bool {
	return len(a) == 3 && prefixAbbreviation(a, b) || len(b) == 3 && prefixAbbreviation(b, a)
}
