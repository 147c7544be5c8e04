package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// placeAsGivenName reports whether the one-word place name at
// text[start:end] is a person's given name: the first word of a name
// whose next word follows it after one space ("Riyad Mahrez", a footballer,
// no spelling of the city Riyadh; "Odessa Young"). placeInLongerName reads
// the word before (a place's old spelling as a surname: "Georgy Lvov");
// this reads the word after. The glossary rewrites no variant of a place
// there.
//
// What marks the next word as a name's: it starts with a capital and has a
// lower-case letter (not a heading in capitals, "KIEV UKRAINE"), it is no
// word that follows a place's name to make a longer name of the place or
// of something there (placeHeadWords: "Riyad Province", "Kiev Oblast",
// "Bombay Stock Exchange"), nor a word of placeLeadWords ("Kiev Monday").
// A possessive or any punctuation after the place ("Riyad's", "Kiev,
// Ukraine") ends the name there. And a given name does not follow a word
// that places what comes next ("in Kiev Zelensky said", "the mayor of
// Kiev Vitali Klitschko"): after one of placePrepositions the place is
// read as the place.
func placeAsGivenName(text string, start, end int) bool {
	if strings.IndexByte(text[start:end], ' ') >= 0 || end+2 > len(text) || text[end] != ' ' {
		return false
	}
	next := text[end+1:]
	i := 0
	for i < len(next) {
		r, n := utf8.DecodeRuneInString(next[i:])
		if !unicode.IsLetter(r) && !(i > 0 && (r == '-' || r == '\'' || r == '’')) {
			break
		}
		i += n
	}
	w := strings.TrimRight(next[:i], "-'’")
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	r, _ := utf8.DecodeRuneInString(w)
	if w == "" || !unicode.IsUpper(r) || !hasLower(w) {
		return false
	}
	lw := strings.ToLower(w)
	if placeHeadWords.get()[lw] || placeLeadWords.get()[lw] {
		return false
	}
	return !placePrepositionBefore(text[:start])
}

// placePrepositionBefore reports whether before, the text before a place's
// name, ends in one of placePrepositions and a space.
func placePrepositionBefore(before string) bool {
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) {
		return false
	}
	i := strings.LastIndexFunc(b, func(r rune) bool { return !unicode.IsLetter(r) }) + 1
	return placePrepositions.get()[strings.ToLower(b[i:])]
}

// placePrepositions are words after which a name is a place's, not a
// person's given name.
var placePrepositions = newLazy(func() map[string]bool {
	return wordSet(`in at from to near of into onto outside around across toward towards
	through via inside within the`)
})

// placeHeadWords are words that follow a place's name in a longer name of
// the place or of a body, building or event there ("Riyad Province",
// "Kiev Pechersk Lavra" is not listed and is read as a name: the safe
// way, nothing rewritten).
var placeHeadWords = newLazy(func() map[string]bool {
	return wordSet(`province provincial oblast region regional governorate district
	county city town village municipality metro metropolitan suburb suburbs area zone
	airport port harbour harbor street avenue road highway square station railway
	university institute school academy college bank club stadium arena dam bridge river sea
	lake valley basin mountains court council government administration authority
	mayor governor police office patriarchate declaration summit agreement accords
	accord protocol talks conference forum festival film season tea duck man time times
	post news radio television tv opera ballet theatre theater zoo museum hospital
	plant factory oil gas power energy company group exchange stock market international
	national state hall palace tower mosque church cathedral lavra monastery embassy
	consulate ministry rada duma parliament assembly army battalion brigade regiment
	division corps fleet command centre center front line direction pact format process
	team fc dynamo united derby marathon open cup league championship games olympics uprising
	revolution massacre crisis war offensive operation`)
})
