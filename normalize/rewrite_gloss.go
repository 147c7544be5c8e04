package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// glossPhrases end a text that introduces the names after it as other
// names of what it has just named: "the Islamic State, also known as"
// (then "ISIS"), "a.k.a.", "dubbed", "calling itself", and those that
// give another spelling of it ("also spelled Qaddafi", "transliterated as
// Kiev": the house spelling there would say "Kyiv, transliterated as
// Kyiv"), and the nouns that name a word as a word ("the Arabic acronym
// Daesh", "the name Kiev"; "word", "term" and "name" only after "the":
// "word word Daesh" in a test's filler is no gloss). Each is matched at the end of a word, in any case. "written"
// alone is none ("had written Zelensky a letter").
var glossPhrases = []string{"known as", "aka", "a.k.a.", "a.k.a", "also called", "otherwise called", "formerly",
	"dubbed", "calls itself", "called itself", "calling itself", "referred to as",
	"spelled", "spelt", "spelled as", "spelt as", "written as", "also written", "formerly written",
	"sometimes written", "often written", "rendered as", "transliterated", "transliterated as",
	"romanized", "romanised", "romanized as", "romanised as", "transcribed as",
	"acronym", "abbreviation", "the name", "the term", "the word", "spelling", "moniker", "nickname"}

// glossLast holds the last words of glossPhrases: glossPhraseEnd scans the
// phrases only after one of them.
var glossLast = newLazy(func() edgeWordSet {
	_, last := edgeWords(glossPhrases)
	return last
})

// maxGlossNames is how many names, each after a comma, "or" or "and", may
// stand between a gloss phrase and the mention ("also known as ISIS or"
// before "ISIL").
const maxGlossNames = 4

// maxGlossNameWords is the most capitalised words one of those names may
// have. More is no list of names but a headline or a list of names
// without a phrase before it, and reading further back would make a check
// of a text that is all names read the whole text again at each mention.
const maxGlossNameWords = 8

// glossedAlias reports whether the mention between before and after is
// written as another name of what the text has just named: after a
// phrase that introduces one ("also known as ISIS or ISIL"), or in
// brackets right after a name that sameName says is the mention's ("the
// Islamic State (ISIS)", "Kyiv (Kiev in Russian)"; not "Juha Sipilä
// (Centre)"). The text explains
// the other name there; house spelling would make it say "the Islamic
// State, also known as Islamic State", so the mention is neither
// rewritten nor reported.
func glossedAlias(before, after string, sameName func(string) bool) bool {
	if strings.HasPrefix(after, ")") || inLanguage(after) {
		if rest, ok := strings.CutSuffix(strings.TrimRight(before, " "), "("); ok {
			rest = strings.TrimRight(rest, " ")
			// The name before the bracket: its last one to four words.
			for n, i := 0, len(rest); n < 4 && i > 0; n++ {
				i = strings.LastIndexByte(rest[:i], ' ') + 1
				if sameName(rest[i:]) {
					return true
				}
				i--
			}
		}
	}
	b := strings.TrimRight(before, " \t\n\"“'")
	for range maxGlossNames + 1 {
		if glossPhraseEnd(b) {
			return true
		}
		// A name before this one, after a comma, "or" or "and".
		switch {
		case strings.HasSuffix(b, ","):
			b = b[:len(b)-1]
		case strings.HasSuffix(b, " or"):
			b = b[:len(b)-3]
		case strings.HasSuffix(b, " and"):
			b = b[:len(b)-4]
		default:
			return false
		}
		b = strings.TrimRight(b, " \t\n\"”'")
		if strings.HasSuffix(b, ",") {
			return false // ", and": the list of names has ended
		}
		// The name's words, back to the comma, "or" or "and" before it.
		words := 0
		for {
			w := b[strings.LastIndexAny(b, " \t\n")+1:]
			r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"“'"))
			if w == "" || strings.HasSuffix(w, ",") || !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				break
			}
			if words == maxGlossNameWords {
				return false
			}
			b = strings.TrimRight(b[:len(b)-len(w)], " \t\n")
			words++
		}
		if words == 0 {
			return false
		}
		b = strings.TrimRight(b, "\"“'")
	}
	return false
}

// inLanguage reports whether after, the text after a mention, closes a
// bracket that says in which language the mention is the name: " in
// Russian)" of "Kyiv (Kiev in Russian)".
func inLanguage(after string) bool {
	rest, ok := strings.CutPrefix(after, " in ")
	if !ok {
		return false
	}
	word, _, ok := strings.Cut(rest, ")")
	r, _ := utf8.DecodeRuneInString(word)
	return ok && unicode.IsUpper(r) && !strings.ContainsFunc(word, func(r rune) bool { return !unicode.IsLetter(r) })
}

// glossPhraseEnd reports whether b ends in one of glossPhrases, at the
// start of b or after a character that is no letter.
func glossPhraseEnd(b string) bool {
	if !glossLast.get().has(lastWordOf(b)) {
		return false
	}
	for _, p := range glossPhrases {
		if len(b) < len(p) || !strings.EqualFold(b[len(b)-len(p):], p) {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(b[:len(b)-len(p)])
		if len(b) == len(p) || !unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
