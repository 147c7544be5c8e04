package normalize

import "strings"

// Acronyms of names in other languages that leave out those languages'
// function words. An acronym spells a name's content words and leaves out
// its prepositions, articles and "and" in every language, as isAcronymFor
// does for English's (of, the, and, for...) and a few Romance and Arabic
// ones: the Gesellschaft für Sport und Technik is the GST, the
// Volkspartij voor Vrijheid en Democratie the VVD, the Partido dos
// Trabalhadores the PT, the Union pour un mouvement populaire the UMP.
// foreignFunctionWords are the prepositions, articles and conjunctions of
// German, Dutch, Spanish, Portuguese, Italian, French and the
// Scandinavian languages that names of bodies use (from the languages'
// grammars); an acronym in capitals matches a name when it spells the
// name without them (isAcronymFor, or acronym_closed.go's compound
// reading, whose list holds the Germanic heads written as a second part:
// Volkspartei, Bundesamt). The name must have one of them, and two words
// left.
var foreignFunctionWords = map[string]bool{
	// German
	"für": true, "fur": true, "und": true, "zu": true, "zur": true, "zum": true, "im": true, "am": true, "vom": true, "von": true, "die": true, "das": true, "dem": true, "den": true,
	// Dutch
	"van": true, "voor": true, "en": true, "het": true, "op": true,
	// Spanish, Portuguese, Italian
	"del": true, "los": true, "las": true, "y": true, "para": true, "dos": true, "do": true, "da": true, "o": true, "os": true, "as": true, "em": true, "per": true, "di": true, "della": true, "dei": true, "degli": true, "delle": true, "il": true, "ed": true,
	// French
	"pour": true, "un": true, "une": true, "et": true, "les": true, "aux": true, "au": true,
	// Danish, Norwegian, Swedish
	"og": true, "och": true, "för": true, "af": true, "av": true, "til": true, "till": true,
}

// foreignAcronym reports whether acr, in capitals, spells full without its
// foreign function words.
func foreignAcronym(acr, full string) bool {
	if len(acr) < 2 || len(acr) > 12 || strings.IndexByte(acr, ' ') >= 0 {
		return false
	}
	if !hasForeignFunctionWord(full) {
		return false
	}
	words := strings.Fields(full)
	if len(words) < 3 || len(words) > 16 {
		return false
	}
	kept := make([]string, 0, len(words))
	for _, w := range words {
		if !foreignFunctionWords[strings.ToLower(w)] {
			kept = append(kept, w)
		}
	}
	if len(kept) == len(words) || len(kept) < 2 {
		return false
	}
	rest := strings.Join(kept, " ")
	return isAcronymFor(acr, rest) || compoundAcronym(acr, rest)
}

// hasForeignFunctionWord reports, without allocating, whether a word of s
// is one of foreignFunctionWords (hasWordOf, org_language.go).
func hasForeignFunctionWord(s string) bool { return hasWordOf(s, foreignFunctionWords, nil) }
