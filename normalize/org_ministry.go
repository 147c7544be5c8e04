package normalize

import "strings"

// A ministry of affairs. A ministry named for the affairs it handles (the
// Ministry of Foreign Affairs, of Home Affairs, of Veterans Affairs) is
// called in running text by the adjective or noun of those affairs and
// "Ministry" (the Foreign Ministry, the Home Ministry: AP Stylebook and
// the BBC's house style write these for the ministries of other
// countries). A name "Ministry of [the] X Affairs" is read without
// "Affairs" against a name ending in "Ministry", which the matcher then
// reads in either order (Ministry of Interior, Interior Ministry): X must
// match whole, so the Foreign Ministry stays apart from the Ministry of
// Economic Affairs. The ministry's country, if one name gives it, must be
// in the other too.

// ministryVariant reports whether a, "Ministry of [the] X Affairs", and b,
// "X Ministry", name one ministry (either order of a and b).
func ministryVariant(a, b string, g *Glossary) bool {
	if !strings.HasSuffix(b, " Ministry") {
		a, b = b, a
	}
	if !strings.HasSuffix(b, " Ministry") || !strings.HasPrefix(a, "Ministry of ") || !strings.HasSuffix(a, " Affairs") {
		return false
	}
	return similarityWith(strings.TrimSuffix(a, " Affairs"), b, g) >= SameThreshold
}
