package normalize

import "strings"

// A second name in brackets. News and lists write an organisation's name
// with another of its names after it in brackets: its acronym
// ("International Business Machines (IBM)"), a former name after a word
// that says so ("Telia Company (formerly TeliaSonera)"), or the name in
// another language ("Aeroflot (Soviet Airlines)"). Each of the two names
// is the organisation's, so the pair of such a name and a name without
// brackets scores as the better of the name outside and the name inside
// against the other (Matcher.Similarity, every stage). The name inside
// counts only when it is a name: an acronym the name outside spells, a
// name after formerly, previously, originally, "also known as" or "ex-",
// or a name of two words or more, capitalised, that ends in a head noun of
// organisations (Airlines, Party, Bank: bracketHead) and is not a
// country's. A bracket that tells which of its namesakes a name is, a
// place or a kind ("Green Party (Montana)", "Labour Party (UK)",
// "Hilton (company)"), is left to the other stages. An acronym inside
// is read against an acronym only: the name outside is read against the
// other name already (International Business Machines, IBM), and another
// body's name the acronym spells is another body (Kansas State
// University (KSU), Kent State University); against an acronym, the one
// in brackets decides alone, letter for letter (I.B.M.; not DPP, whatever
// the name outside would make of it). The name inside is the acronym of
// the name outside when isAcronymFor or the matcher says so (Gulf English
// School of Kuwait, GES: the country left out). Two names each with brackets
// are left to the other stages too: two bodies share an acronym (Kansas
// State University (KSU), Kent State University (KSU)).

// matcherSimilarity is Matcher.Similarity, set by init: the readings
// here run every stage on the names they read, and orgStage, one of
// matcherStages, asks them, so naming the method here would make an
// initialization cycle.
var matcherSimilarity func(m *Matcher, a, b string) float64

func init() { matcherSimilarity = (*Matcher).Similarity }

// bracketedScore caps the score of a name with a second name in
// brackets against one of the two: not 1, for the names are not written
// alike; what the base gives a name against itself with its acronym in
// brackets (Kent State University (KSU), Kent State University).
const bracketedScore = 0.92

// bracketCues are the words that open a bracket holding a former or
// other name of the organisation, longest first.
var bracketCues = [...]string{
	"formerly known as ", "also known as ", "formerly ", "previously ", "originally ", "ex-",
}

// splitBracketed returns the name outside and the name inside of name
// written "X (Y)", the bracket closing at its end, with a cue word
// (bracketCues) taken off Y; cued reports the cue. ok is false when
// name has no such bracket, X or Y is empty or Y holds a bracket.
func splitBracketed(name string) (outside, inside string, cued, ok bool) {
	n := len(name)
	if n < 5 || name[n-1] != ')' {
		return "", "", false, false
	}
	i := strings.LastIndex(name, " (")
	if i <= 0 {
		return "", "", false, false
	}
	outside, inside = strings.TrimSpace(name[:i]), strings.TrimSpace(name[i+2:n-1])
	if outside == "" || inside == "" || strings.ContainsAny(inside, "()") || strings.ContainsAny(outside, "()") {
		return "", "", false, false
	}
	for _, c := range bracketCues {
		if len(inside) > len(c) && strings.EqualFold(inside[:len(c)], c) {
			return outside, strings.TrimSpace(inside[len(c):]), true, true
		}
	}
	return outside, inside, false, true
}

// bracketHeads are the last words, in small letters, beside orgHeads and
// institutionHeads, of a name in brackets that is an organisation's name
// in another language: a company's kinds.
var bracketHeads = map[string]bool{
	"airlines": true, "airways": true, "railway": true, "railways": true, "company": true,
	"corporation": true, "bank": true, "industries": true, "works": true, "enterprise": true,
}

// bracketHead reports whether the name in brackets y names an
// organisation without a cue: two words or more, each of three letters
// or more capitalised, the last a head noun of organisations, the whole
// no country's name.
func bracketHead(y string) bool {
	ws := strings.Fields(y)
	if len(ws) < 2 || len(ws) > 8 {
		return false
	}
	for _, w := range ws {
		if len(w) >= 3 && !isASCIIUpper(w[0]) && w[0] < 0x80 {
			return false
		}
	}
	last := strings.ToLower(ws[len(ws)-1])
	if !bracketHeads[last] && !institutionHeads[last] && !infoOf(Key(last)).orgHead {
		return false
	}
	return !isCountryName(y)
}

// bracketedSimilarity returns the better of m's similarity of the name
// outside name's brackets and of the name inside them to other (see
// above), or -1 when name has no second name in brackets or other has
// brackets of its own.
func (m *Matcher) bracketedSimilarity(name, other string) float64 {
	x, y, cued, ok := splitBracketed(name)
	if !ok || strings.HasSuffix(other, ")") {
		return -1
	}
	acronym := !cued && acronymShaped(y) && !strings.Contains(y, " ") && (isAcronymFor(y, x) || matcherSimilarity(m, x, y) >= SameThreshold)
	if !cued && !acronym && !bracketHead(y) {
		return -1
	}
	if acronym && acronymShaped(other) && !strings.Contains(other, " ") {
		// Two acronyms: the one written in the brackets decides
		// (acronymLetters, discover.go: U.S., US).
		if acronymLetters(y) == acronymLetters(other) {
			return 1
		}
		return -1
	}
	if acronym {
		return matcherSimilarity(m, x, other)
	}
	return max(matcherSimilarity(m, x, other), matcherSimilarity(m, y, other))
}

// ampersandAcronym reports whether s is an acronym with an ampersand
// between its letters: capitals (and dots) on both sides of one &, no
// space (M&S, AT&T, B&Q).
func ampersandAcronym(s string) bool {
	i := strings.IndexByte(s, '&')
	if i <= 0 || i == len(s)-1 || strings.IndexByte(s[i+1:], '&') >= 0 {
		return false
	}
	for j := 0; j < len(s); j++ {
		if c := s[j]; j != i && !isASCIIUpper(c) && c != '.' {
			return false
		}
	}
	return true
}

// ampersandAndSimilarity returns m's similarity of an ampersand acronym
// (M&S) to a name that writes its "&" as "and" (Marks and Spencer), read
// with "&" there (Marks & Spencer): the acronym's letters on each side
// of the & are the initials of the words on each side of the "and". It
// returns -1 when acr is no ampersand acronym or name has no single
// " and " with words on each side.
func (m *Matcher) ampersandAndSimilarity(acr, name string) float64 {
	if !ampersandAcronym(acr) {
		return -1
	}
	i := strings.Index(name, " and ")
	if i <= 0 || i+len(" and ") >= len(name) || strings.Contains(name[i+1:], " and ") {
		return -1
	}
	return matcherSimilarity(m, acr, name[:i]+" & "+name[i+len(" and "):])
}

// secondNameScore returns the better score of a and b read as above: a
// name with a second name in brackets (bracketedSimilarity) or an
// ampersand acronym against "and" (ampersandAndSimilarity), either way
// round, and what Matcher.Explain says of it; -1 when neither reading
// applies.
func (m *Matcher) secondNameScore(a, b string) (float64, string) {
	if t := max(m.bracketedSimilarity(a, b), m.bracketedSimilarity(b, a)); t >= 0 {
		return min(t, bracketedScore), "a name with its second name in brackets, each the organisation's (International Business Machines (IBM); Telia Company (formerly TeliaSonera))"
	}
	return max(m.ampersandAndSimilarity(a, b), m.ampersandAndSimilarity(b, a)), "an ampersand acronym against \"and\" (M&S, Marks and Spencer)"
}
