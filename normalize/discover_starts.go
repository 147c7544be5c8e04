package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Cyrillic words that open sentences, not names: Clusters (discover.go)
// leaves out a cluster of them, in a check (inconsistent.go) and in
// discover.

// cyrillicStarts returns, as a set, the roots of groups (clusters of two spellings or
// more) whose every spelling is a Cyrillic word that Cyrillic text
// capitalises only for its place at a sentence start, not a name. Russian,
// Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian capitalise names
// and the first word of a sentence, nothing else (no nouns as German does,
// no words of a heading as English does), and a name, declined or not,
// comes back inside sentences: "Зеленский заявил ... встреча с Зеленским".
// A one-word spelling that neither the text nor a declined form of it
// (a capitalised word inside a sentence sharing its stem) writes inside a
// sentence is a verb, adverb or noun opening sentences ("Предъявите
// паспорт.", "Передавайте багаж.", "Перевіряйте документи."): two of them
// alike are no name spelt two ways. Latin script is left as it was: a
// one-word name at a sentence start still counts there ("Zatov spoke.").
func (d *Discoverer) cyrillicStarts(cands []candidate, groups map[int][]int) map[int]bool {
	var roots []int
	inside := map[string]bool{} // the stems of the spellings of roots: true once a word inside a sentence has one
	for r, ids := range groups {
		if len(ids) < 2 || !allCyrillicWords(cands, ids) {
			continue
		}
		roots = append(roots, r)
		for _, i := range ids {
			inside[declinedStem(cands[i].form)] = false
		}
	}
	if len(roots) == 0 {
		return nil
	}
	// One pass over the capitalised words seen inside sentences: every
	// word of a form seen there, the words after the first of a form seen
	// only at sentence starts ("Владимир Зеленский"), each with its
	// prefixes down to three letters shorter (a case ending: "Зеленским").
	for form, n := range d.counts {
		ws := strings.Fields(form)
		if d.initial[form] == n {
			ws = ws[1:]
		}
		for _, w := range ws {
			r := []rune(strings.ToLower(w))
			for k := max(minDeclinedStem, len(r)-3); k <= len(r); k++ {
				if _, ok := inside[string(r[:k])]; ok {
					inside[string(r[:k])] = true
				}
			}
		}
	}
	drop := map[int]bool{}
	for _, r := range roots {
		drop[r] = !slices.ContainsFunc(groups[r], func(i int) bool { return inside[declinedStem(cands[i].form)] })
	}
	return drop
}

// allCyrillicWords reports whether the candidates ids are each one word
// (no space or hyphen) that begins with a Cyrillic letter.
func allCyrillicWords(cands []candidate, ids []int) bool {
	for _, i := range ids {
		form := cands[i].form
		if strings.ContainsAny(form, " -") {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(form); !unicode.Is(unicode.Cyrillic, r) {
			return false
		}
	}
	return true
}

// minDeclinedStem is the fewest letters of a stem: shorter words are compared whole.
const minDeclinedStem = 3

// declinedStem returns word in lower case without its last two letters (a case
// or verb ending: "зеленск" of "Зеленский"), keeping minDeclinedStem letters.
func declinedStem(word string) string {
	w := []rune(strings.ToLower(word))
	return string(w[:max(min(len(w), minDeclinedStem), len(w)-2)])
}
