package normalize

import "strings"

// A name with some of its words as an acronym. A long name is shortened by
// writing a run of its words as their acronym and keeping the rest: the UN
// Security Council is the United Nations Security Council, the US Army the
// United States Army, a sporting club "SC" after its name. A name with a
// word in capitals matches a longer name when that word is the acronym
// (isAcronymFor) of a run of two words or more of the longer name and the
// longer name, with the run written as the acronym, matches the shorter
// one (by the matcher without this rule): so the words around the acronym
// must match as they would in any two names, and a branch with added
// words stays a branch.

// partialAcronym reports whether a, with a word in capitals, is b with a
// run of its words written as their acronym.
func partialAcronym(a, b string, g *Glossary) bool {
	if strings.IndexByte(a, ' ') < 0 || strings.Count(b, " ") <= strings.Count(a, " ") {
		return false
	}
	var acr string
	for w := range strings.SplitSeq(a, " ") { // an empty word is no acronym
		if len(w) >= 2 && isASCIIUpper(w[0]) && isASCIIUpper(w[1]) {
			if acr != "" {
				return false // one acronym in the name
			}
			acr = w
		}
	}
	if acr == "" {
		return false
	}
	words := strings.Fields(b)
	if len(words) > 16 {
		return false
	}
	for i := range words {
		for j := i + 2; j <= len(words) && j-i <= len(acr)+3; j++ {
			if !isAcronymFor(acr, strings.Join(words[i:j], " ")) {
				continue
			}
			short := strings.Join(words[:i], " ") + " " + acr + " " + strings.Join(words[j:], " ")
			if similarityWith(strings.TrimSpace(short), a, g) >= SameThreshold {
				return true
			}
		}
	}
	return false
}
