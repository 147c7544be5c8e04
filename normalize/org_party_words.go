package normalize

import (
	_ "embed"
	"strings"
	"sync"
)

// The words party names are made of, in the languages Party Facts' native
// names are written in (org_party_words.tsv, written from reference
// knowledge of the languages, no file copied). A native name and its
// English translation are one party when their words translate word for
// word (Partido Socialista, Socialist Party; Stronnictwo Ludowe, People's
// Party; Confédération Verte, Green Confederation): translatedName reads
// this table beside orgWordTable, so a word the table lacks, or two names
// whose words differ after translation (Social Democratic, Democratic
// Socialist), keep the names apart.
//
// The file's lines are "english<TAB>lang<TAB>forms", the forms a word
// takes in that language (inflections, genders, numbers) separated by
// spaces and written as Key folds them (ą a, ž z, ő o), or
// "english<TAB>head": the English word is a head noun of a party's name
// (Coalition, Bloc, Rally), which translatedName asks a name to have, as
// orgTableHeads. An English word with an apostrophe (people's, workers')
// matches the name's word with it or without it (Peoples Union).

//go:embed org_party_words.tsv
var orgPartyWordsText string

// orgPartyWords is the table of org_party_words.tsv in orgWordTable's
// form (English word -> "lang form|lang form") and its head nouns.
var orgPartyWords = sync.OnceValues(func() (map[string]string, map[string]bool) {
	words, heads := map[string]string{}, map[string]bool{}
	for _, line := range strings.Split(orgPartyWordsText, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case len(f) == 2 && f[1] == "head":
			heads[f[0]] = true
		case len(f) == 3:
			var b strings.Builder
			b.WriteString(words[f[0]])
			for _, form := range strings.Fields(f[2]) {
				if b.Len() > 0 {
					b.WriteByte('|')
				}
				b.WriteString(f[1] + " " + form)
			}
			words[f[0]] = b.String()
		default:
			panic("normalize: org_party_words.tsv: bad line " + line)
		}
	}
	return words, heads
})

// partyTableHeads are the head nouns org_party_words.tsv adds to
// orgTableHeads for translatedName, and partyTableHeadEnds their
// hasWordOf filter.
var partyTableHeads, partyTableHeadEnds = func() (map[string]bool, *[32]uint32) {
	_, heads := orgPartyWords()
	var ends [32]uint32
	for h := range heads {
		ends[h[0]&31] |= 1 << (h[len(h)-1] & 31)
	}
	return heads, &ends
}()

// englishTableWord returns the English word of the organisation tables
// that w (a name's word in small letters) is, with or without an
// apostrophe (Peoples, people's; Workers, workers'), or w.
func englishTableWord(w string, ow *orgWords) string {
	if _, ok := ow.byEnglish[w]; ok {
		return w
	}
	if e, ok := ow.byBare[strings.ReplaceAll(w, "'", "")]; ok {
		return e
	}
	return w
}
