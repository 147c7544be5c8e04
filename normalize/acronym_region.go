package normalize

import "strings"

// An acronym that leaves out the region or state. placeLeftAcronym
// (acronym_place.go) reads an acronym that leaves out a final "of
// <country>"; a body that works in one region or state is named so too,
// and known at home by the acronym of the rest: the Christian Social
// Union in Bavaria is the CSU, the Retired Police Association of NY the
// RPA. A region's name is not in the country tables, so
// regionLeftAcronym reads the two forms that name a place by their shape:
// "in" before one capitalised word ("in Bavaria"; "in" before a proper
// noun at a name's end is where the body works), and "of" before a
// state's or province's code of two or three capitals ("of NY", "of
// NSW"). A word after "of" is not read: it names a field as often as a
// place (Rochester Institute of Technology, RIT; Royal Institute of
// Technology). As in placeLeftAcronym, the acronym has three capitals or
// more and the place is all that is left out.

// regionLeftAcronym reports whether acr, a word of capitals, is the
// acronym of full less a final "in <Word>" or "of <CODE>".
func regionLeftAcronym(acr, full string) bool {
	if len(acr) < 3 || len(acr) > 12 || !asciiAcronymWord(acr, false) {
		return false
	}
	i := strings.LastIndexByte(full, ' ')
	if i < 0 {
		return false
	}
	place, rest := full[i+1:], full[:i]
	switch {
	case strings.HasSuffix(rest, " in"):
		rest = rest[:len(rest)-3]
		if !capitalisedWord(place) {
			return false
		}
	case strings.HasSuffix(rest, " of"):
		rest = rest[:len(rest)-3]
		if len(place) < 2 || len(place) > 3 || !asciiAcronymWord(place, false) {
			return false
		}
	default:
		return false
	}
	return strings.Count(rest, " ") >= 2 && isAcronymFor(acr, rest)
}

// capitalisedWord reports whether w is one word of letters, an ASCII
// capital and small letters after it (Bavaria; not NATO, not 1707).
func capitalisedWord(w string) bool {
	if len(w) < 3 || !isASCIIUpper(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		c := w[i]
		if c < 0x80 && !('a' <= c && c <= 'z') {
			return false
		}
	}
	return true
}
