package normalize

import "strings"

// Acronyms that take a letter from each part of a closed compound. English
// writes many compounds as one word (hardware, software, overwatch,
// network, firewall), and an acronym may spell each part as if it were a
// word of its own: the Open Source Hardware Association is the OSHWA, an
// Overwatch League the OWL, a Free Software Foundation of a country the
// FSWF. A word in small letters does not show its parts; a short list of
// the common second parts of English closed compounds (ware, watch, work,
// book, house, land, line, board, field, light, power, ship, space...,
// and the Germanic and Finnish heads of bodies' names, partei, amt, bund,
// verband, puolue, which count as head nouns; the first part three
// letters or more) lets a word give the initial of its second part after
// its own. The other
// words give their initials as isAcronymFor reads them (a function word
// its initial or nothing), each content word one letter or two, and one
// word at least must give two, so that the rule adds only what
// isAcronymFor does not read. The name must have a head noun of
// organisations or the acronym four letters.

// compoundSecondParts are common second parts of English closed compounds.
var compoundSecondParts = []string{
	"ware", "watch", "work", "works", "book", "books", "house", "land", "line", "lines",
	"ball", "board", "care", "craft", "field", "fire", "light", "side", "stone", "wood",
	"water", "ways", "port", "room", "ship", "shop", "space", "star", "time", "view",
	"wind", "point", "power", "mark", "cast", "link", "gate", "guard", "force", "town",
	"hall", "wall", "yard", "wide", "school", "life", "health", "press", "print", "mail",
}

// compoundHeadParts are the heads of bodies' names that German, Dutch,
// the Scandinavian languages and Finnish join to the word before
// (Volkspartei, Bundesamt, Arbeiderpartiet, oikeistopuolue,
// työväenliitto): a second part that is also a head noun.
var compoundHeadParts = []string{
	"partei", "partij", "parti", "partiet", "amt", "bund", "verband", "kammer", "rat",
	"dienst", "werk", "werke", "gericht", "forbund", "forbundet", "puolue", "liitto",
}

// compoundAcronym reports whether acr spells full's initials with a
// closed compound's second part giving a letter too.
func compoundAcronym(acr, full string) bool {
	if len(acr) < 3 || len(acr) > 12 || !isASCIIUpper(acr[0]) || !isASCIIUpper(acr[1]) || !isASCIIUpper(acr[len(acr)-1]) {
		return false
	}
	for i := 0; i < len(acr); i++ {
		if !isASCIIUpper(acr[i]) {
			return false
		}
	}
	any := false // a closed compound first, without allocating
	for w := range strings.FieldsFuncSeq(full, func(r rune) bool { return r == ' ' || r == '-' || r == '/' }) {
		if c, _ := compoundSecond(strings.Trim(w, ".,:;()'’")); c != 0 {
			any = true
			break
		}
	}
	if !any {
		return false
	}
	var sb [12]acrSlot
	slots := sb[:0]
	two, head := false, false
	for w := range strings.FieldsFuncSeq(full, func(r rune) bool { return r == ' ' || r == '-' || r == '/' }) {
		w = strings.Trim(w, ".,:;()'’")
		if w == "" || w == "&" {
			continue
		}
		if len(slots) == len(sb) {
			return false
		}
		c := w[0] &^ 0x20
		if !isASCIIUpper(c) {
			return false
		}
		if optionalOrgWord(w) {
			slots = append(slots, acrSlot{letters: []string{string(c)}, optional: true})
			continue
		}
		sl := acrSlot{letters: []string{string(c)}}
		if second, h := compoundSecond(w); second != 0 {
			sl.letters = append(sl.letters, string([]byte{c, second}))
			two, head = true, head || h
		}
		slots = append(slots, sl)
	}
	if !two || len(slots) < 2 {
		return false
	}
	if len(acr) < 4 && !head && !hasTableHead(full) && !hasOrgHead(full) {
		return false
	}
	return spellsSlots(acr, slots) && !isAcronymFor(acr, full)
}

// compoundSecond returns the initial, in capitals, of the second part of
// w when w in small letters ends in one of compoundSecondParts or
// compoundHeadParts after three letters or more (0 if not), and whether
// that part is a head noun.
func compoundSecond(w string) (byte, bool) {
	if len(w) < 6 || compoundEnds[w[len(w)-1]&31]&(1<<(w[len(w)-2]&31)) == 0 {
		return 0, false
	}
	for _, p := range compoundSecondParts {
		if len(w)-len(p) >= 3 && strings.EqualFold(w[len(w)-len(p):], p) {
			return p[0] &^ 0x20, false
		}
	}
	for _, p := range compoundHeadParts {
		if len(w)-len(p) >= 3 && strings.EqualFold(w[len(w)-len(p):], p) {
			return p[0] &^ 0x20, true
		}
	}
	return 0, false
}

// compoundEnds has bit b&31 of element a&31 set for each part of
// compoundSecondParts and compoundHeadParts that ends in letters b, a: of
// a name's words, few pass it to the lists.
var compoundEnds = func() (ends [32]uint32) {
	for _, list := range [][]string{compoundSecondParts, compoundHeadParts} {
		for _, p := range list {
			ends[p[len(p)-1]&31] |= 1 << (p[len(p)-2] & 31)
		}
	}
	return ends
}()

// hasOrgHead reports whether a word of s is a head noun of organisations
// (orgHeads, by key).
func hasOrgHead(s string) bool {
	for _, w := range strings.Fields(s) {
		if infoOf(Key(w)).orgHead {
			return true
		}
	}
	return false
}
