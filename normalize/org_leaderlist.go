package normalize

import "strings"

// A list named for its leader, before or after the party's name and a
// dash: Zoran Janković's List — Positive Slovenia (Lista Zorana Jankovića
// – Pozitivna Slovenija), Lista di Pietro — Italia dei Valori. leaderList
// reads the longer name, cut at its one dash, as the shorter (by the
// letters, similarityWith) beside a part that is List, in English or a
// language of the organisation tables, and one to three words of a
// leader's name's form (leaderWord, a possessive's 's taken off), with
// connectors (of, di, van) between them. A part with any word the tables know
// is a subtitle or an ally (Independent List -- Ivan Grubisic against
// Independent List -- Milan Bandic; Popular Association - Golden Dawn).

// leaderList reports whether one of a and b is the other with a list
// named for its leader beside it after a dash (see above).
func leaderList(a, b string, g *Glossary) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) < len(a)+8 || !dashByte(b) || !hasNameDash(b) {
		return false
	}
	parts := nameParts(b)
	if len(parts) != 2 {
		return false
	}
	for i := range 2 {
		list, rest := strings.TrimSpace(parts[i]), strings.TrimSpace(parts[1-i])
		if rest != "" && leadersList(list) && (strings.EqualFold(rest, a) || similarityWith(rest, a, g) >= SameThreshold || italianOfVariant(rest, a, g)) {
			return true
		}
	}
	return false
}

// leadersList reports whether s is one word List (listOrBloc's, not Bloc)
// and one to three words of a leader's name, connectors between them.
func leadersList(s string) bool {
	ow := orgWordIndex()
	list, names := 0, 0
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(w)
		switch {
		case isListWord(w, ow):
			list++
		case ow.anyConn[lw] || optionalOrgWord(lw):
		default:
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if !leaderWord(w) {
				return false
			}
			names++
		}
	}
	return list == 1 && names >= 1 && names <= 3
}

// isListWord reports whether w is List in English or a language of the
// organisation tables (Lista, Liste, Lijst).
func isListWord(w string, ow *orgWords) bool {
	if strings.EqualFold(w, "list") {
		return true
	}
	for _, e := range ow.byForeign[Key(w)] {
		if e.english == "list" {
			return true
		}
	}
	return false
}
