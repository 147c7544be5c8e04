package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A glossary may give a plural house name for a singular one (and a
// singular for a plural: "Qods Forces" -> "Quds Force"): the default
// glossary rewrites "Ansar Allah" (a movement: "Ansar Allah says") to
// "Houthis". Where the text uses the name as a singular, the plural breaks
// the sentence: "Houthis says", "Houthis is", "a Houthis spokesman",
// "Houthis fighters". numberClash finds those uses, and rewriteChunk
// leaves the name as written there; before a past-tense verb, a modal or
// punctuation ("Ansar Allah fired", "Ansar Allah will", "Ansar Allah's")
// the plural reads well and the name is rewritten.

// singularAttributes are nouns that a name modifies as an adjective ("an
// Ansar Allah spokesman"), where only a singular name fits; plural nouns
// (fighters) end in s and need no list.
var singularAttributes = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "leader": true, "movement": true,
	"official": true, "commander": true, "delegation": true, "militia": true, "group": true,
	"member": true, "source": true, "statement": true, "attack": true, "drone": true,
	"missile": true, "chief": true, "government": true, "administration": true, "fighter": true,
	"stronghold": true, "territory": true, "media": true, "channel": true,
	"negotiator": true, "delegate": true, "representative": true, "militant": true, "rebel": true,
	"leadership": true, "politburo": true, "council": true, "authority": true, "court": true,
}

// pluralVerbs are verbs whose form says their subject is plural: "the Qods
// Forces are" cannot become "the Quds Force are".
var pluralVerbs = map[string]bool{
	"are": true, "were": true, "have": true, "do": true, "say": true, "claim": true,
	"deny": true, "remain": true,
}

// singularized reports whether repl ends in the singular of the last word
// of form, a plural in -s: "Quds Force" of "Qods Forces".
func singularized(form, repl string) bool {
	last := form[strings.LastIndexByte(form, ' ')+1:]
	if len(last) < 3 || last[len(last)-1]|0x20 != 's' {
		return false
	}
	one := last[:len(last)-1]
	return len(repl) > len(one) && strings.EqualFold(repl[len(repl)-len(one):], one) && repl[len(repl)-len(one)-1] == ' '
}

// clashAdverbs may stand between a name and its verb ("Ansar Allah also
// says"): numberClash reads the word after them.
var clashAdverbs = map[string]bool{
	"also": true, "then": true, "later": true, "now": true, "still": true, "never": true,
	"reportedly": true, "again": true, "previously": true, "already": true, "recently": true,
	"often": true, "always": true, "usually": true, "allegedly": true,
}

// numberClash reports whether rewriting form, a singular name, to repl, a
// plural name of one word (pluralName; a people's or movement's name with
// its own singular adjective: Houthi), would break the sentence around
// it; before is the text before the mention and after the text after it.
// It does when an indefinite article stands before the name, or the word
// after it is a verb or noun ending in s ("says", "is", "fighters"; not
// "ss") or one of singularAttributes. A plural word inside a longer name
// is the name's own ("Popular Mobilization Forces units") and clashes
// with nothing. The other way, a house name that ends in the singular of
// form's last word clashes with one of pluralVerbs after it ("Qods Forces
// are").
func numberClash(before, form, repl, after string) bool {
	if repl == "" || repl[len(repl)-1]|0x20 != 's' { // most house names: no plural
		return singularized(form, repl) && pluralVerbs[nextLowerWord(after, isAllCaps(form))]
	}
	if strings.ContainsAny(repl, " -") || !pluralName(repl) || pluralName(form) || strings.HasSuffix(strings.ToLower(form), "s") {
		return false
	}
	if a := lastWordOf(strings.TrimRight(before, " ")); strings.EqualFold(a, "a") || strings.EqualFold(a, "an") {
		return true // "an Ansar Allah spokesman"
	}
	caps := isAllCaps(form)
	w := nextLowerWord(after, caps)
	if clashAdverbs[w] {
		w = nextLowerWord(strings.TrimLeft(after, " ")[len(w):], caps)
	}
	if w == "" {
		return false
	}
	return singularAttributes[w] || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// nextLowerWord returns the word after the spaces that start s when it
// is in lower-case letters but perhaps its first (a verb or noun, "says",
// or "Says" in a headline in title case; not an acronym), in lower case;
// else "". With caps (a name in capitals: a heading), a word in capitals
// too ("SAYS").
func nextLowerWord(s string, caps bool) string {
	s = strings.TrimLeft(s, " ")
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLower(r) && !(i > 0 && r == '\'') && !((i == 0 || caps) && unicode.IsUpper(r)) {
			break
		}
		i += n
	}
	if i < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsLetter(r) {
			return "" // a capital inside: no lower-case word
		}
	}
	return strings.ToLower(s[:i])
}
