package normalize

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// A verb at a sentence start (issue 11, branch check64). A check of one
// text clusters single capitalized words, and a sentence's first word has
// a capital whatever it is. In WMT24's machine translations into Spanish
// and Russian, most of the lines no name explains were a verb opening a
// sentence against a name or another verb: "Corrí rápidamente" (I ran)
// against "Roisin Currie", "Superamos" against "Esperamos", "Pensábamos"
// against "Pasábamos", "Дайте мне знать" (let me know) against "шоу
// Дуайта". A word's person ending says it is a verb, as a grammar of the
// language gives them; verbApart parts such pairs in the check.

// verbEndings are the endings of a language's finite verbs, by its
// grammar, that end no name the news writes alone, with the least letters
// a word keeps before each (a shorter stem is a name's: "Ramos", "Aaron",
// "Alí", "Dalí", "José"). Spanish: the first person plural of every tense (-amos,
// -emos, -imos; -ábamos, -íamos, -áramos, -iéramos, whose accent no name
// has), the third plural preterite (-aron, -ieron), the second person
// preterite (-aste, -iste) and plural (-áis, -éis), and the preterite's
// stressed final vowel (corrí, pensé, llegó). Russian: the imperative
// plural and the present's second plural (-йте, -ите, -ете: дайте,
// скажите, знаете).
var verbEndings = map[string][]verbEnding{
	"es": {
		{"ábamos", 2}, {"íamos", 2}, {"áramos", 2}, {"iéramos", 2}, {"ásemos", 2}, {"iésemos", 2},
		{"áis", 2}, {"éis", 2},
		{"amos", 3}, {"emos", 3}, {"imos", 3}, {"aron", 3}, {"ieron", 3}, {"aste", 3}, {"iste", 3},
		{"í", 4}, {"é", 4}, {"ó", 4},
	},
	"ru": {{"йте", 2}, {"ите", 2}, {"ете", 2}},
}

// verbEnding is one ending of verbEndings and the least runes before it.
type verbEnding struct {
	suffix string
	stem   int
}

// verbForm reports whether word (one word, as written) ends in one of
// the verb endings of lang's language after a long enough stem.
func verbForm(lang language.Tag, word string) bool {
	base, _ := lang.Base()
	ends := verbEndings[base.String()]
	if ends == nil {
		return false
	}
	w := strings.ToLower(word)
	for _, e := range ends {
		if stem, ok := strings.CutSuffix(w, e.suffix); ok {
			if utf8.RuneCountInString(stem) >= e.stem {
				// The preterite's final vowel after a consonant only:
				// "leí" is as rare as a name in "-ií".
				if r, _ := utf8.DecodeLastRuneInString(stem); utf8.RuneCountInString(e.suffix) > 1 || !strings.ContainsRune("aeiouáéíóú", r) {
					return true
				}
			}
		}
	}
	return false
}

// verbApart reports whether spellings a and b of a check on a text in
// lang are two words, one of them a verb: a word of its own, which d saw
// only at sentence starts and which ends as a verb of the language does
// (verbForm), against a form whose letters differ beyond their marks. A
// name and its accented spelling ("Ali", "Alí") stay one.
func verbApart(d *Discoverer, lang language.Tag, a, b string) bool {
	if strings.EqualFold(withoutMarks(a), withoutMarks(b)) {
		return false
	}
	verb := func(f string) bool {
		return !strings.ContainsAny(f, " -") && d.counts[f] > 0 && d.initial[f] == d.counts[f] && verbForm(lang, f)
	}
	return verb(a) || verb(b)
}
