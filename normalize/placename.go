package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// placeInLongerName reports whether the place name at text[start:end] is a
// word of a longer name rather than the place: a capitalised word that is
// no function word stands just before it ("Sergei Nikolaev", "Georgy
// Lvov": a person whose surname is a place's old spelling), or a particle
// between hyphens follows it ("Slavyansk-na-Kubani", a town in Russia). The
// glossary rewrites no variant of a place there. A sentence that opens
// with a word the list below lacks before the place ("Yesterday's" is
// possessive, so it counts as none) keeps the variant: the safe way.
func placeInLongerName(text string, start, end int) bool {
	if end+1 < len(text) && text[end] == '-' {
		// A particle of two or three lower-case letters between hyphens
		// continues the name (Slavyansk-na-Kubani, Rostov-on-Don); a
		// word does not (U.S.-led, Kiev-Moscow talks).
		rest := text[end+1:]
		j := 0
		for j < len(rest) && j < 4 && 'a' <= rest[j] && rest[j] <= 'z' {
			j++
		}
		if j >= 2 && j <= 3 && j < len(rest) && rest[j] == '-' {
			return true
		}
	}
	if start < 2 || text[start-1] != ' ' {
		return false
	}
	i := start - 1
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' && r != '-' {
			break
		}
		i -= n
	}
	prev := text[i : start-1]
	r, _ := utf8.DecodeRuneInString(prev)
	if prev == "" || !unicode.IsUpper(r) || strings.ContainsRune(prev, '-') || isAllCaps(prev) {
		return false // a heading in capitals: "CLAIMS KIEV BLAST"
	}
	if strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") || strings.HasSuffix(prev, "s'") {
		return false // Ukraine's Nikolaev
	}
	if strings.HasSuffix(prev, ".") && !isTitleAbbrev(prev) {
		return false // the end of a sentence
	}
	return !placeLeadWords.get()[strings.ToLower(prev)]
}

// isTitleAbbrev reports whether w is an abbreviated title that stands
// before a person's name (Mr., Gen.).
func isTitleAbbrev(w string) bool {
	switch strings.ToLower(w) {
	case "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "maj.", "sgt.", "capt.", "sen.", "rep.", "gov.", "prof.", "st.":
		return true
	}
	return false
}

// placeLeadWords are capitalised words that stand before a place's name
// but are no part of a person's: words that open a sentence, compass
// points and the like.
var placeLeadWords = newLazy(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the in at from to near of for on into onto over through via
		and but or nor so yet outside around across toward towards both while when whereas since
		after before until like unlike besides beyond inside within without along against between
		among amid behind below beneath above under upon by with about during despite throughout
		north south east west northern southern eastern western central northeastern northwestern
		southeastern southwestern greater old new ukrainian russian soviet crimean
		yesterday today tonight meanwhile also then now here there even only all every each
		this that these those many some most much few several such other another no not
		monday tuesday wednesday thursday friday saturday sunday
		january february march april may june july august september october november december
		if as although though because where whether which who what how why once
		downtown central-city city region oblast province port airport`) {
		m[w] = true
	}
	return m
})
