package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Abbreviations by syllables written in camel case. Israeli and Greek
// parties are named by the first syllable or two of each word of their
// names, each syllable opened by a capital: AhAv is Ahdut HaAvoda, DeTo
// Degel HaTorah, EvroKo Evropaiko Komma, and French lists write RepG for
// the Républicaine gauche. syllabicAcronym (syllabic_acronym.go) reads a
// word in capitals or against a name with a known head noun; these are
// neither, but their capitals say where each word's part begins, so
// camelAcronym reads them part by part: the short form split before each
// capital must give as many parts as the name has words (connectors of
// any language left out, Hebrew's article ha- glued to a word before its
// capital taken off: HaAvoda, HaTorah), each part a beginning of its
// word, diacritics aside (Rep, Républicaine), and at most half of it.
// The half keeps out a person's surname in camel case against a name
// (DeLuca is not Dennis Lucas: Luca is most of Lucas).

// camelAcronym reports whether short, one word in camel case, abbreviates
// full part by part as the comment above says.
func camelAcronym(short, full string) bool {
	if !mayBeCamel(short) || strings.IndexByte(full, ' ') < 0 {
		return false
	}
	parts := camelParts(short)
	if len(parts) < 2 {
		return false
	}
	conn := orgWordIndex().anyConn
	i := 0
	for _, w := range strings.FieldsFunc(withoutMarks(full), func(r rune) bool { return r == ' ' || r == '-' || r == '–' || r == '—' }) {
		w = strings.Trim(w, "'’.,\"")
		lw := strings.ToLower(w)
		if w == "" || optionalOrgWords[lw] || conn[lw] {
			continue
		}
		if len(w) > 3 && strings.HasPrefix(w, "Ha") && isASCIIUpper(w[2]) {
			lw = lw[2:] // HaAvoda: Hebrew's article glued to its word
		}
		if i == len(parts) {
			return false
		}
		p := parts[i]
		if !strings.HasPrefix(lw, p) || 2*utf8.RuneCountInString(p) > utf8.RuneCountInString(lw) {
			return false
		}
		i++
	}
	return i == len(parts)
}

// mayBeCamel is camelAcronym's quick test, on bytes (names match asks it
// of every pair under SameThreshold, both ways): s has no space and a
// capital A to Z after a small letter a to z.
func mayBeCamel(s string) bool {
	lower := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			return false
		case 'a' <= c && c <= 'z':
			lower = true
		case 'A' <= c && c <= 'Z' && lower:
			return len(s) <= 32 && strings.IndexByte(s[i:], ' ') < 0
		}
	}
	return false
}

// camelParts splits s, one word of letters in camel case (a capital
// first, a small letter and another capital later: AhAv, EvroKo, RepG),
// before each capital, in small letters and without diacritics; nil if s
// is not such a word.
func camelParts(s string) []string {
	if len(s) < 3 || len(s) > 16 {
		return nil
	}
	var parts []string
	start, lower := 0, false
	for i, r := range s {
		switch {
		case i == 0 && !unicode.IsUpper(r), !unicode.IsLetter(r):
			return nil
		case unicode.IsUpper(r) && i > 0:
			parts = append(parts, s[start:i])
			start = i
		case unicode.IsLower(r):
			lower = true
		}
	}
	if len(parts) == 0 || !lower {
		return nil
	}
	parts = append(parts, s[start:])
	for i, p := range parts {
		parts[i] = strings.ToLower(withoutMarks(p))
	}
	return parts
}
