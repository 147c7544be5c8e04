package normalize

import "strings"

// The Scots ch. Scots, and the Irish names English took through Scotland,
// write the velar fricative ch after a vowel (loch, Gallacher, Docherty,
// Lachlan) where English spelling keeps gh for the sound it lost (lough,
// Gallagher, Dougherty, Laughlin); the key reads the two differently.
//
// scotsChReading reads ch between a vowel and a vowel or l as gh, in a
// word of six letters or more, only against a name that writes gh and no
// ch, and not in a name that writes sch (the German sch and tsch:
// Schumacher is no Schumagher). A final ch is left (German Bach, Reich;
// Persian and Hindi bagh, Singh), and so are short words (Italian Richi,
// Righi: ch and gh are k and g). nationalSim (national.go) calls it
// for a name with ch and no sc against a name with gh and no ch.

// scotsChReading returns name with each ch after a vowel read gh, in lower
// case, when other writes gh and no ch (see above), or "".
func scotsChReading(name, other string) string {
	if !hasPair(other, 'g', 'h') || hasPair(other, 'c', 'h') || !hasPair(name, 'c', 'h') || hasPair(name, 's', 'c') {
		return ""
	}
	w := strings.ToLower(name)
	var b []byte
	for start, end := range letterRuns(w) {
		if end-start < 6 {
			continue
		}
		for i := start + 1; i+2 < end; i++ {
			if w[i] != 'c' || w[i+1] != 'h' || !isVowel(w[i-1]) || !isVowel(w[i+2]) && w[i+2] != 'l' {
				continue
			}
			if b == nil {
				b = []byte(w)
			}
			b[i] = 'g'
		}
	}
	if b == nil {
		return ""
	}
	return string(b)
}
