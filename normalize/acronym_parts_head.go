package normalize

import "strings"

// A part of a list's or a bloc's name often leaves its head noun out of
// its acronym: I-IG, Independent List -- Ivan Grubisic (Neovisna lista –
// Ivan Grubišić); S-JB, Sovereignty – Jana Bobošíková Bloc (Suverenita –
// blok Jany Bobošíkové). partsAcronym asks headLeftOutAcronym of a part
// the acronym's part does not spell as it stands.

// headLeftOutAcronym reports whether a, a part of an acronym, spells f, a
// part of the name, without f's words that are List or Bloc in some
// language of the organisation tables (lista, blok), one word at least
// left.
func headLeftOutAcronym(a, f string) bool {
	ow := orgWordIndex()
	words := acronymFields(f)
	kept := words[:0:0]
	for _, w := range words {
		if !listOrBloc(w, ow) {
			kept = append(kept, w)
		}
	}
	if len(kept) == len(words) || len(kept) == 0 {
		return false
	}
	g := strings.Join(kept, " ")
	return isAcronymFor(a, g) || foldedAcronym(a, g) || initialOfOneWord(a, g)
}

// listOrBloc reports whether w is List or Bloc, in English or a language
// of the organisation tables.
func listOrBloc(w string, ow *orgWords) bool {
	lw := strings.ToLower(w)
	if lw == "list" || lw == "bloc" {
		return true
	}
	for _, e := range ow.byForeign[Key(w)] {
		if e.english == "list" || e.english == "bloc" {
			return true
		}
	}
	return false
}
