package normalize

import (
	"strings"
	"unicode/utf8"
)

// A text often names one thing twice on purpose, one name beside the
// other: "the Houthis, or Ansar Allah,", "Burma, now Myanmar", "Islamic
// State (IS, also ISIS or ISIL)". Rewritten to the house spelling, both
// names say the same: "the Houthis, or Houthis". apposedAlias finds such
// a mention so that rewriteChunk leaves it as written; glossedAlias does
// the same after phrases that introduce a name ("also known as").

// appositionWords may stand between two names of one thing, after an
// optional comma or opening bracket: "Islamic State, or ISIS", "Burma,
// now Myanmar", "Ansar Allah, better known as the Houthis". Longer
// phrases come before the phrases they end in.
var appositionWords = []string{
	"better known as", "also known as", "now known as", "formerly known as", "known as",
	"also called", "now called", "then called", "once called", "formerly called",
	"previously called", "originally called", "later called", "officially called",
	"now renamed", "later renamed", "renamed", "which became", "also spelled",
	"or", "also", "now", "formerly", "previously", "once", "then", "later",
	"officially", "today", "aka", "a.k.a.",
}

// appositionEdges hold the first and the last words of
// appositionWords: a mention whose neighbouring word is in neither (most
// mentions) costs a word's lookup, not a scan of every phrase.
var appositionEdges = newLazy(func() [2]edgeWordSet {
	first, last := edgeWords(appositionWords)
	return [2]edgeWordSet{first, last}
})

// maxApposedWords is the most words read as the name beside a mention.
const maxApposedWords = 5

// maxBracketBack is how far back, in bytes, an open bracket is looked for
// by inBracketAfter: a gloss in brackets is short ("(IS, also ISIS or"),
// and looking no further keeps each mention's cost bounded.
const maxBracketBack = 60

// apposedAlias reports whether the mention between before and after stands
// beside another name of the same thing: after one that sameName says is
// the mention's (the text gives the mention as its other name), or before
// the house spelling itself (canonical: the rewrite would repeat it), or
// inside a bracket opened just after such a name ("Islamic State (IS,
// also ISIS or ISIL)"). A bare comma is no joint: it joins a list's items
// too ("Teheran, Téhéran, TEHERAN", "In Kiev, Kyiv residents"). A listed
// variant or alias (listed) also stays near the house spelling
// (canonicalNear); a slip ("Kovalev and Kovlaev") does not.
func apposedAlias(before, after, form, canonical string, listed bool, sameName func(string) bool) bool {
	if name := nameBefore(before); name != "" && sameNameTail(name, form, sameName) {
		return true
	}
	if inBracketAfter(before, form, sameName) {
		return true
	}
	return nameAfter(after, canonical) || listed && canonicalNear(before, after, canonical)
}

// maxGapWords is how many lower-case words may stand between a mention and
// the house spelling in canonicalNear: "Burma changed its name to
// Myanmar" has four.
const maxGapWords = 6

// canonicalNear reports whether the house spelling canonical stands in the
// mention's clause, at most maxGapWords lower-case words before or after
// it, with no other capitalised word or punctuation between (but a comma
// after the house spelling before words): "Bombay was renamed
// Mumbai", "from Kiev to Kyiv", "Kyiv, not Kiev", "Kyiv rather than
// Kiev". A text names one thing twice so close only to speak of its
// names; rewritten, it would say "from Kyiv to Kyiv". One of the words
// between must say so (namingCue): in "Kiev said the city of Kyiv voted"
// none does, and Kiev is rewritten.
func canonicalNear(before, after, canonical string) bool {
	if canonical == "" {
		return false
	}
	a := after
	cue := true // no word between: "Kiev Kyiv"
	for i := range maxGapWords + 1 {
		a = strings.TrimLeft(a, " ")
		if len(a) >= len(canonical) && a[0]|0x20 == canonical[0]|0x20 && strings.EqualFold(a[:len(canonical)], canonical) {
			r, _ := utf8.DecodeRuneInString(a[len(canonical):])
			if !isWordRune(r) && r != '-' {
				return cue
			}
		}
		n := lowerWordLen(a)
		if n == 0 {
			break
		}
		if i == 0 {
			cue = false
		}
		cue = cue || namingCue(a[:n])
		a = a[n:]
	}
	b := before
	cue = true
	for i := range maxGapWords + 1 {
		b = strings.TrimRight(b, " ")
		c := b
		if i > 0 {
			c = strings.TrimSuffix(b, ",") // "Kyiv, not Kiev"; not "In Kyiv, Kiev residents"
		}
		if len(c) >= len(canonical) && c[len(c)-1]|0x20 == canonical[len(canonical)-1]|0x20 && strings.EqualFold(c[len(c)-len(canonical):], canonical) {
			r, _ := utf8.DecodeLastRuneInString(c[:len(c)-len(canonical)])
			if len(c) == len(canonical) || !isWordRune(r) && r != '-' {
				return cue
			}
		}
		n := lowerWordLenBack(b)
		if n == 0 {
			return false
		}
		if i == 0 {
			cue = false
		}
		cue = cue || namingCue(b[len(b)-n:])
		b = b[:len(b)-n]
	}
	return false
}

// namingCue reports whether w, a lower-case word between a name and its
// house spelling (canonicalNear), speaks of a name or a choice between two:
// renamed, called, from ... to, not, rather than, and, or ("Bombay was
// renamed Mumbai", "Kyiv, not Kiev", "Kiev and Kyiv are both used").
func namingCue(w string) bool {
	switch w {
	case "renamed", "rename", "renaming", "name", "names", "named", "call", "calls", "called",
		"known", "spelled", "spelt", "spelling", "spell", "written", "from", "to", "not", "rather",
		"than", "instead", "and", "or", "nor", "versus", "vs", "over", "became", "become", "becomes",
		"changed", "change", "changes", "formerly", "former", "previously", "now", "once", "replaced":
		return true
	}
	return false
}

// lowerWordLen returns the length of the word of lower-case ASCII letters
// that starts s and ends at a space, or 0.
func lowerWordLen(s string) int {
	i := 0
	for i < len(s) && 'a' <= s[i] && s[i] <= 'z' {
		i++
	}
	if i == 0 || i < len(s) && s[i] != ' ' {
		return 0
	}
	return i
}

// lowerWordLenBack is lowerWordLen of the word that ends s, after a space.
func lowerWordLenBack(s string) int {
	i := len(s)
	for i > 0 && 'a' <= s[i-1] && s[i-1] <= 'z' {
		i--
	}
	if i == len(s) || i > 0 && s[i-1] != ' ' {
		return 0
	}
	return len(s) - i
}

// nameBefore cuts the joint (a comma, bracket, slash or one of
// appositionWords, then an optional "the") off the end of before and
// returns the words before it (lastWords), whose tails the caller reads
// as names, or "" when before ends in no joint.
func nameBefore(before string) string {
	b := strings.TrimRight(before, " \t\"“‘'")
	b = cutWordEnd(b, "the")
	joined := false
	if appositionEdges.get()[1].has(lastWordOf(b)) {
		for _, w := range appositionWords {
			if rest, found := cutWordEndFold(b, w); found {
				b, joined = rest, true
				break
			}
		}
	}
	switch {
	case strings.HasSuffix(b, ",") && joined:
		b = b[:len(b)-1]
	case strings.HasSuffix(b, "("), strings.HasSuffix(b, "/"):
		b, joined = b[:len(b)-1], true
	}
	if !joined {
		return ""
	}
	b = strings.TrimRight(b, " \t\"”’'")
	if b == "" || strings.ContainsRune(".!?;:\n", lastRune(b)) {
		return "" // another sentence's end
	}
	return lastWords(b)
}

// lastWords returns the last words of b, at most maxApposedWords, back to
// a word that ends in punctuation ("Kharkiv," of "Kharkiv, Kyiv") or
// starts with a bracket or quotation mark, which it keeps without the
// mark. Callers read its tails with sameNameTail.
func lastWords(b string) string {
	i := len(b)
	for range maxApposedWords {
		j := strings.LastIndexAny(b[:i], " \t\n") + 1
		w := b[j:i]
		if w == "" || strings.ContainsRune(",.;:!?)”’", lastRune(w)) {
			break
		}
		if k := strings.LastIndexAny(w, "(\"“‘/"); k >= 0 {
			return b[j+k+1:]
		}
		i = j
		if i == 0 {
			break
		}
		i = len(strings.TrimRight(b[:i], " \t"))
		if i == j {
			break // a tab or line break
		}
	}
	return strings.TrimLeft(b[i:], " \t")
}

// inBracketAfter reports whether before ends inside a bracket, opened at
// most maxBracketBack bytes back and not closed, right after a name sameName says is
// the mention's: "Islamic State (IS, also ISIS" before "ISIS".
func inBracketAfter(before, form string, sameName func(string) bool) bool {
	i := strings.LastIndexByte(before[max(0, len(before)-maxBracketBack):], '(')
	if i < 0 {
		return false
	}
	i += max(0, len(before)-maxBracketBack)
	if strings.ContainsAny(before[i:], ").!?\n") {
		return false
	}
	name := lastWords(strings.TrimRight(before[:i], " \t"))
	return name != "" && sameNameTail(name, form, sameName)
}

// nameAfter reports whether after, the text after a mention, joins it to
// canonical, the house spelling it would be rewritten to: "Burma, now
// Myanmar", "Ansar Allah, better known as the Houthis".
func nameAfter(after, canonical string) bool {
	a := strings.TrimLeft(after, " \t")
	joined := false
	switch {
	case strings.HasPrefix(a, ","):
		a = a[1:] // a joint only with words after it: "Burma, now Myanmar"
	case strings.HasPrefix(a, "("), strings.HasPrefix(a, "/"):
		a, joined = a[1:], true
	}
	a = strings.TrimLeft(a, " \t")
	for _, w := range appositionWords {
		if !appositionEdges.get()[0].has(firstWordOf(a)) {
			break
		}
		if len(a) > len(w) && strings.EqualFold(a[:len(w)], w) && a[len(w)] == ' ' {
			a, joined = strings.TrimLeft(a[len(w):], " \t"), true
			break
		}
	}
	if !joined {
		return false // a bare comma joins items of lists too: "Teheran, Téhéran"
	}
	a = strings.TrimPrefix(a, "the ")
	a = strings.TrimLeft(a, "\"“‘'")
	if len(a) < len(canonical) || !strings.EqualFold(a[:len(canonical)], canonical) {
		return false
	}
	rest := a[len(canonical):]
	r, _ := utf8.DecodeRuneInString(rest)
	if rest != "" && (isWordRune(r) || r == '-') {
		return false // "Myanmarese": another word
	}
	return true
}

// sameNameTail reports whether name, or one of its tails of whole words,
// is a name sameName knows other than form, the mention itself: "Islamic
// State" of "the Islamic State"; not "Kiev" of "In Kiev" beside "Kiev's".
func sameNameTail(name, form string, sameName func(string) bool) bool {
	for {
		if !strings.EqualFold(name, form) && sameName(name) {
			return true
		}
		i := strings.IndexAny(name, " \t")
		if i < 0 {
			return false
		}
		name = strings.TrimLeft(name[i:], " \t")
	}
}

// cutWordEnd cuts the word w (and the spaces before it) off the end of
// s when s ends in it as a whole word.
func cutWordEnd(s, w string) string {
	if rest, ok := cutWordEndFold(s, w); ok && strings.HasSuffix(s, w) {
		return rest
	}
	return s
}

// cutWordEndFold is cutWordEnd in any case, saying whether it cut.
func cutWordEndFold(s, w string) (string, bool) {
	if len(s) < len(w) || !strings.EqualFold(s[len(s)-len(w):], w) {
		return s, false
	}
	rest := s[:len(s)-len(w)]
	if rest != "" {
		r, _ := utf8.DecodeLastRuneInString(rest)
		if isWordRune(r) || r == '.' || r == '-' {
			return s, false
		}
	}
	return strings.TrimRight(rest, " \t"), true
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// edgeWordSet is a set of lower-case ASCII words.
type edgeWordSet map[string]bool

// edgeWords returns the sets of the first and of the last words of
// phrases.
func edgeWords(phrases []string) (first, last edgeWordSet) {
	first, last = edgeWordSet{}, edgeWordSet{}
	for _, p := range phrases {
		f := strings.Fields(p)
		first[f[0]], last[f[len(f)-1]] = true, true
	}
	return first, last
}

// has reports whether w, in any case, is in the set; it does not allocate.
func (s edgeWordSet) has(w string) bool {
	var buf [16]byte
	if w == "" || len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return s[string(buf[:len(w)])]
}

// lastWordOf returns the run of ASCII letters and dots that ends s ("a.k.a."
// of "ISIS, a.k.a."), and firstWordOf the one that starts it.
func lastWordOf(s string) string {
	i := len(s)
	for i > 0 && wordByte(s[i-1]) {
		i--
	}
	return s[i:]
}

func firstWordOf(s string) string {
	i := 0
	for i < len(s) && wordByte(s[i]) {
		i++
	}
	return s[:i]
}

func wordByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c == '.' }
