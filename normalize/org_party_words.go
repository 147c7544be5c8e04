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
// spaces and written without their marks (ą a, ž z, ő o: translatedName
// reads a name's word so when its key is not in the tables);
// "english<TAB>head": the English word is a head noun of a party's name
// (Coalition, Bloc, Rally), which translatedName asks a name to have, as
// orgTableHeads; or "adjective<TAB>country<TAB>codes": an English
// adjective of a country that country_names.go cannot tell from the
// country's names (Spanish, Spain; Dutch, Netherlands). An English word with an apostrophe (people's, workers')
// matches the name's word with it or without it (Peoples Union).

//go:embed org_party_words.tsv
var orgPartyWordsText string

// partyWordTable is org_party_words.tsv read: its words in
// orgWordTable's form (English word -> "lang form|lang form"), its head
// nouns, and the English adjectives of countries that are not the
// country's name with an ending (Spanish, French, Dutch), by the
// countries' codes.
type partyWordTable struct {
	words     map[string]string
	heads     map[string]bool
	countries map[string][]string
}

var orgPartyWords = sync.OnceValue(func() *partyWordTable {
	t := &partyWordTable{words: map[string]string{}, heads: map[string]bool{}, countries: map[string][]string{}}
	for _, line := range strings.Split(orgPartyWordsText, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case len(f) == 2 && f[1] == "head":
			t.heads[f[0]] = true
		case len(f) == 3 && f[1] == "country":
			t.countries[Key(f[0])] = strings.Fields(f[2])
		case len(f) == 3:
			var b strings.Builder
			b.WriteString(t.words[f[0]])
			for _, form := range strings.Fields(f[2]) {
				if b.Len() > 0 {
					b.WriteByte('|')
				}
				b.WriteString(f[1] + " " + form)
			}
			t.words[f[0]] = b.String()
		default:
			panic("normalize: org_party_words.tsv: bad line " + line)
		}
	}
	return t
})

// nameHeads are the head nouns translatedName asks an English name to
// have: orgTableHeads and those org_party_words.tsv adds (Coalition,
// Bloc, Rally), with their hasWordOf filter: one scan of a name for
// either.
var nameHeads = sync.OnceValue(func() (h struct {
	set  map[string]bool
	ends [32]uint32
}) {
	h.set = map[string]bool{}
	for w := range orgTableHeads {
		h.set[w] = true
	}
	for w := range orgPartyWords().heads {
		h.set[w] = true
	}
	for w := range h.set {
		h.ends[w[0]&31] |= 1 << (w[len(w)-1] & 31)
	}
	return h
})

// hasNameHead reports, without allocating, whether a word of s, in small
// letters, is one of nameHeads.
func hasNameHead(s string) bool {
	h := nameHeads()
	return hasWordOf(s, h.set, &h.ends)
}

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
