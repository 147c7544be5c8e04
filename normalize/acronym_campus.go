package normalize

import "strings"

// A university's campus named with its system's acronym. A university
// system names a campus by the system's name and the campus's place
// joined by a dash, a comma or "at": the University of Wisconsin–Madison,
// the University of California, Berkeley, the University of Texas at
// Austin; and its short form writes the system's name as its acronym and
// keeps the campus: UW–Madison, UC Berkeley, UT Austin (the University of
// Wisconsin System's and the University of California's editorial style
// guides; Chicago Manual of Style, 17th ed., 6.80, the en dash joining a
// compound's parts: "University of Wisconsin–Madison"). The comma and
// "at" forms are read by partialAcronym (acronym_partial.go), which takes
// words at spaces; campusAcronym reads the dashed form, an acronym of
// capitals joined to the next word by a hyphen or an en dash, by reading
// each dash between two words, in both names, as a space. The campus is
// kept, so another campus of the system (UW–Milwaukee) stays apart.

// enDash is U+2013 in UTF-8.
const enDash = "\u2013"

// campusAcronym reports whether acr begins with an acronym of two to
// eight capitals joined by a dash to a word, and is full, a name of more
// words, with a run of its words written as that acronym (partialAcronym),
// each dash between two words read as a space.
func campusAcronym(acr, full string, g *Glossary) bool {
	n := 0
	for n < len(acr) && isASCIIUpper(acr[n]) {
		n++
	}
	if n < 2 || n > 8 || n+1 >= len(acr) || acr[n] != '-' && !strings.HasPrefix(acr[n:], enDash) {
		return false
	}
	a, b := dashesAsSpaces(acr), dashesAsSpaces(full)
	return a != acr && partialAcronym(a, b, g)
}

// dashesAsSpaces returns s with every hyphen or en dash between two
// letters written as a space.
func dashesAsSpaces(s string) string {
	if !strings.ContainsRune(s, '-') && !strings.Contains(s, enDash) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		w := 1
		if s[i] == '-' || strings.HasPrefix(s[i:], enDash) {
			if s[i] != '-' {
				w = len(enDash)
			}
			if i > 0 && isASCIILetter(s[i-1]) && i+w < len(s) && isASCIILetter(s[i+w]) {
				b.WriteByte(' ')
				i += w - 1
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
