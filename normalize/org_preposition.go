package normalize

import "strings"

// The preposition of an organisation's name. English renders the genitive
// or the dative of a name in its own language (Komitet za, Comité de,
// Büro für) by "of", "for" or "on" as the translator chooses: the
// Provincial Committee for Serbia is the Provincial Committee of Serbia,
// the Office of Latino Affairs the Office on Latino Affairs. Two names that
// are the same once "for" and "on" between two words are read "of" are
// the same; nothing else of the names may differ (by the matcher without
// this rule), and a name without one of these words is left alone.

// prepositionOf rewrites " for " and " on " (in small letters) between two words
// of s as " of ", and reports whether it did.
func prepositionOf(s string) (string, bool) {
	if !strings.Contains(s, " for ") && !strings.Contains(s, " on ") {
		return s, false
	}
	f := strings.Fields(s)
	changed := false
	for i := 1; i < len(f)-1; i++ {
		if w := f[i]; w == "for" || w == "on" {
			f[i] = "of"
			changed = true
		}
	}
	return strings.Join(f, " "), changed
}

// prepositionVariant reports whether a and b are one name but for "of",
// "for" and "on": both have one, and they differ in it.
func prepositionVariant(a, b string, g *Glossary) bool {
	if !strings.Contains(a, " of ") && !strings.Contains(a, " for ") && !strings.Contains(a, " on ") ||
		!strings.Contains(b, " of ") && !strings.Contains(b, " for ") && !strings.Contains(b, " on ") {
		return false
	}
	ra, oka := prepositionOf(a)
	rb, okb := prepositionOf(b)
	if !oka && !okb {
		return false
	}
	return similarityWith(ra, rb, g) >= SameThreshold
}
