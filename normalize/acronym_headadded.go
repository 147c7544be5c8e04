package normalize

import "strings"

// An acronym with the head noun Party after it. A party known by its
// acronym is listed as the acronym and Party (BPF Party, the Belarusian
// People's Front; the TDP Party) where the long name ends in another head
// noun (Front) or in Party already; isAcronymFor reads capitals only.
// acronymHeadAdded cuts the short name's last word, which must be a head
// noun of partyHeads (Party, Movement, or a translation the tables give:
// Partei, Partido), and reads the rest, in capitals, as the long name's
// acronym.

// acronymHeadAdded reports whether short is an acronym of full with a
// head noun of parties after it, as the comment above says.
func acronymHeadAdded(short, full string) bool {
	// The cheap tests first: acronymStage asks this of every pair, both
	// ways round.
	if len(short) < 5 || len(short) > 24 || !isASCIIUpper(short[0]) || !isASCIIUpper(short[1]) || len(full) < len(short)+4 {
		return false
	}
	i := strings.LastIndexByte(short, ' ')
	if i < 2 || i > 11 {
		return false
	}
	acr, head := short[:i], short[i+1:]
	if strings.IndexByte(acr, ' ') >= 0 || !isHeadKey(partyHeads, Key(head)) {
		return false
	}
	return isAcronymFor(acr, full)
}

// acronymWithHead is acronymHeadAdded both ways round, as acronymRules
// asks it (one call a pair: acronymStage asks it of every pair).
func acronymWithHead(a, b string, _ *Glossary) bool {
	return acronymHeadAdded(a, b) || acronymHeadAdded(b, a)
}
