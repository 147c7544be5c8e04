package normalize

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// An acronym written with a capital only. British and Commonwealth house
// styles (the Guardian's, the BBC's, The Economist's) write an acronym
// that is said as a word with its first letter in capitals only: Nato,
// Unesco, Opec, Fifa; and text run through title case writes any acronym
// so (Appg, Uit). isAcronymFor and partialAcronym (acronym_partial.go)
// read only capitals, and syllabic_acronym.go reads such a word when it
// is the whole name. Here a word so written, inside a name, stands for a
// run of two words or more of the longer name when, in capitals, it is
// their acronym (isAcronymFor) and the run names a body: it has a head
// noun of organisations (orgHeads) or of institutions (institutionHeads:
// Department, University, Institute...). The longer name with the run
// written as the word must then match the shorter as a whole (by the
// matcher without this rule), so a branch with added words stays apart.
// Since every word of a title-cased name begins with a capital, the word
// must be of three letters or more (two-letter words are particles: Da,
// De, Al) and not a word of the longer name.

// institutionHeads are head nouns of the names of public and academic
// bodies that orgHeads (names of armed groups, parties and associations)
// does not hold, by lower-cased word.
var institutionHeads = map[string]bool{
	"department": true, "ministry": true, "office": true, "agency": true, "bureau": true,
	"authority": true, "board": true, "institute": true, "institution": true,
	"university": true, "college": true, "school": true, "academy": true, "centre": true,
	"center": true, "bank": true, "service": true, "company": true, "corporation": true,
	"foundation": true,
}

// titleAcronymWord reports, cheaply, whether w may be an acronym written
// with a capital only: a capital, then two to five small ASCII letters.
func titleAcronymWord(w string) bool {
	if len(w) < 3 || len(w) > 6 || !isASCIIUpper(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// bodyHeads are institutionHeads and the words of orgHeads (similarity.go)
// as written, lower-cased: namesBody looks words up without folding them.
var bodyHeads = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(orgHeads)+len(institutionHeads))
	for _, w := range orgHeads {
		m[w] = true
	}
	for w := range institutionHeads {
		m[w] = true
	}
	return m
})

// namesBody reports whether words has a head noun of organisations or
// institutions (a plural's -s taken off; after a hyphen, the last part),
// or a company's word (companyHead), without allocating.
func namesBody(words []string) bool {
	heads := bodyHeads()
	for _, w := range words {
		w = strings.Trim(w, ",.;:()")
		if i := strings.LastIndexByte(w, '-'); i >= 0 {
			w = w[i+1:]
		}
		var buf [24]byte
		if len(w) < 2 || len(w) > len(buf) {
			continue
		}
		lw := buf[:len(w)]
		for i := 0; i < len(w); i++ {
			c := w[i]
			if isASCIIUpper(c) {
				c |= 0x20
			}
			lw[i] = c
		}
		if heads[string(lw)] || lw[len(lw)-1] == 's' && heads[string(lw[:len(lw)-1])] || legalFormWord(w) {
			return true
		}
	}
	return false
}

// titleCaseAcronym reports whether a, with a word written as a
// title-cased acronym, is b with a run of its words written as that word.
func titleCaseAcronym(a, b string, g *Glossary) bool {
	if strings.Count(b, " ") <= strings.Count(a, " ") {
		return false
	}
	var words []string
	for w := range strings.SplitSeq(a, " ") { // an empty word is no acronym
		if !titleAcronymWord(w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !hasWordBeginning(b, r) || w == "The" || w == "And" || w == "For" {
			continue // the acronym's first letter begins no word of b; a function word
		}
		if words == nil {
			words = strings.Fields(b)
			if len(words) > 16 || !namesBody(words) {
				return false // no run of b names a body
			}
		}
		if titleAcronymRun(w, a, words, g) {
			return true
		}
	}
	return false
}

// hasWordBeginning reports whether a word of s begins with r (ASCII,
// either case).
func hasWordBeginning(s string, r rune) bool {
	lower := r | 0x20
	for i := 0; i < len(s); i++ {
		if (i == 0 || s[i-1] == ' ' || s[i-1] == '-') && rune(s[i]|0x20) == lower {
			return true
		}
	}
	return false
}

// titleAcronymRun reports whether w, a word of a, spells a run of words
// that names a body and that, written as w, makes words match a.
func titleAcronymRun(w, a string, words []string, g *Glossary) bool {
	for _, x := range words {
		if strings.EqualFold(x, w) {
			return false // a word of the longer name, not an acronym
		}
	}
	acr := strings.ToUpper(w)
	for i := range words {
		if words[i][0]|0x20 != acr[0]|0x20 {
			continue // a run begins with the acronym's letter (one after a function word is tried too)
		}
		for j := i + 2; j <= len(words) && j-i <= len(acr)+3; j++ {
			run := words[i:j]
			if !namesBody(run) || !isAcronymFor(acr, strings.Join(run, " ")) {
				continue
			}
			short := strings.TrimSpace(strings.Join(words[:i], " ") + " " + w + " " + strings.Join(words[j:], " "))
			if similarityWith(short, a, g) >= SameThreshold {
				return true
			}
		}
	}
	return false
}
