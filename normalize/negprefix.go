package normalize

import (
	"bytes"
	"strings"
)

// A word and the same word with an English negating prefix are opposites,
// not spellings (branch negprefix): "Untranslated Segment" and "Translated
// Segment" name two things, though only a prefix apart. English grammars
// list the negating prefixes un-, non-, dis-, anti- and in-, which assimilates
// to the next consonant: im- before b, m and p (impossible), il- before l
// (illegal), ir- before r (irregular). No spelling convention adds such a
// syllable before a name's first letter.
//
// The Latin in- is narrower. It makes adjectives of Latinate adjectives
// (inconsistent, illegal, irregular, immaterial, indirect), and its
// assimilated forms double a name's first consonant, which names also do
// where a short form drops the first vowel: Illarion and Larion (Russian
// Илларион, Ларион), Immanuel and Manuel, Innocenzo. So in-, im-, il- and
// ir- are read only before a word with an ending of a Latinate adjective
// (latinateEndings); un-, non-, dis- and anti- before any word.

// negationPrefixes are the prefixes negationPrefix reads: each with the
// letters the word after it may begin with (any when only is empty) and
// those it may not (in- is not written before b, m, p, l and r, where its
// assimilated forms are).
var negationPrefixes = [...]struct {
	prefix, only, not string
	latin             bool // the word must end as a Latinate adjective
}{
	{"un", "", "", false}, {"non", "", "", false}, {"dis", "", "", false}, {"anti", "", "", false},
	{"in", "", "bmplr", true}, {"im", "bmp", "", true}, {"il", "l", "", true}, {"ir", "r", "", true},
}

// latinateEndings are the endings of the Latinate adjectives in- makes
// opposites of: -al, -ar, -ent, -ant, -ible, -able, -ive, -ate, -ite,
// -ous, -ic, -ure, -ect (immortal, irregular, indecent, intolerant,
// invisible, inevitable, inactive, illegitimate, infinite, impious,
// inorganic, impure, incorrect).
var latinateEndings = [...]string{"al", "ar", "ent", "ant", "ible", "able", "ive", "ate", "ite", "ous", "ic", "ure", "ect"}

// latinateAdjective reports whether word ends in one of latinateEndings.
func latinateAdjective(word []byte) bool {
	for _, e := range latinateEndings {
		if bytes.HasSuffix(word, []byte(e)) {
			return true
		}
	}
	return false
}

// negationMinRest is the fewest letters of the word after the prefix: a
// shorter one is a syllable of a name (Unger, Ger), and such pairs score
// far under the threshold anyway.
const negationMinRest = 4

// negationPrefix reports whether the word in which two names differ is, in
// one name, the other's word, letter for letter, after an English negating
// prefix (Untranslated, Translated; Nonresident, Resident; Impossible,
// Possible). The prefix's in- takes its assimilated form: im- only before b,
// m or p, il- before l, ir- before r, and in- before none of them; and it
// only before a Latinate adjective's ending.
func (w *wordApart) negationPrefix() bool {
	x, y := w.words()
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(y) < negationMinRest || len(x)-len(y) < 2 || len(x)-len(y) > 4 || !bytes.HasSuffix(x, y) {
		return false
	}
	prefix, next := x[:len(x)-len(y)], y[0]
	for _, p := range negationPrefixes {
		if string(prefix) != p.prefix {
			continue
		}
		return (p.only == "" || strings.IndexByte(p.only, next) >= 0) && strings.IndexByte(p.not, next) < 0 &&
			(!p.latin || latinateAdjective(y))
	}
	return false
}
