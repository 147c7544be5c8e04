package align

import (
	"bytes"
	"compress/gzip"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	cedictdata "github.com/bitext/bitext/align/internal/cedict"
)

// The Chinese-English dictionary built in. A pair of Chinese (in Han
// characters) and English aligns with CC-CEDICT unless a dictionary is
// given (Options.Lexicon) or Options.NoDefaultDict is set: on MAC zh-en
// (novels) it lifts strict F1 from 0.807 to 0.858. The dictionary is the
// compact form of align/internal/cedict (headwords and the content words
// of short senses, as readCedict keeps them), read when a pair needs it:
// Align reads the part the pair can use (cedictFor), a batch the whole,
// once a process (defaultCedict).

// defaultCedict returns the built-in dictionary, read on first use: the
// whole of it, for a batch (its pairs share it) and a given Lexicon.
var defaultCedict = sync.OnceValue(func() *Lexicon { return loadCedict(nil) })

// loadCedict reads the built-in dictionary, with keep not nil only the
// Han keys keep accepts (readCedictTable). The embedded file is checked
// by the tests: an error reading it is a broken build, not bad input.
func loadCedict(keep func(string) bool) *Lexicon {
	var l *Lexicon
	zr, err := gzip.NewReader(bytes.NewReader(cedictdata.Gzip))
	if err == nil {
		// Read into a dictTable (a quarter of the memory of maps),
		// streamed, made to size: the file has about one key (187,000)
		// for 8 bytes compressed (1.5 MB). A part grows as it is read.
		hint := len(cedictdata.Gzip) / 8
		if keep != nil {
			hint /= 16
		}
		l, err = readCedictTable(zr, hint, keep)
	}
	if err != nil {
		panic("align: the built-in CC-CEDICT (align/internal/cedict): " + err.Error())
	}
	return l
}

// cedictFor returns the part of the built-in dictionary a pair with
// sentences src and tgt can use: the Han keys spelt with characters of
// the pair (pairRunes), and the keys not all Han (128 of 187,000). Every
// word the aligner looks up in it is a piece of a sentence of the pair
// (maxMatch, hanDictWords) or a word's foldKey, so it finds in the part
// what it finds in the whole (TestCedictForLikeWhole): Bible en-zh keeps
// 61,000 keys, a MAC novel 23,000, and the live heap of the whole, 7.8
// MB, was a fifth of the alignment's most with it (BENCHMARKS.md, branch
// mem44). It is read anew for each pair, in 0.1-0.3 s.
func cedictFor(src, tgt []string) *Lexicon {
	set := pairRunes(src, tgt)
	return loadCedict(func(k string) bool {
		for _, r := range k {
			if !set.has(r) {
				return false
			}
		}
		return true
	})
}

// A runeSet is a set of runes, a bit each.
type runeSet []uint64

func (s runeSet) has(r rune) bool {
	return r >= 0 && int(r>>6) < len(s) && s[r>>6]&(1<<(r&63)) != 0
}

func (s runeSet) add(r rune) {
	if r >= 0 && int(r>>6) < len(s) {
		s[r>>6] |= 1 << (r & 63)
	}
}

// pairRunes returns the runes of the sentences of src and tgt, and those
// of the foldKey of each (a compatibility ideograph folds to another).
func pairRunes(src, tgt []string) runeSet {
	set := make(runeSet, (unicode.MaxRune+1)/64)
	for _, side := range [][]string{src, tgt} {
		for _, s := range side {
			for _, r := range s {
				set.add(r)
			}
		}
	}
	var folded []rune
	for i, w := range set {
		for ; w != 0; w &= w - 1 {
			r := rune(i<<6 | bits.TrailingZeros64(w))
			if r >= utf8.RuneSelf {
				folded = append(folded, []rune(foldKey(string(r)))...)
			}
		}
	}
	for _, r := range folded {
		set.add(r)
	}
	return set
}

// dictFor is the dictionary Align uses for a pair with sentences src and
// tgt: o.Lexicon when given; else, unless o.NoDefaultDict, the
// dictionary found installed for a pair of English and Japanese or Czech
// (installed.go), the built-in CC-CEDICT when the pair is Chinese
// and English (zhEnPair); else none. Align itself reads only the part of
// the built-in dictionary the pair can use (pairDict).
func (o *Options) dictFor(src, tgt []string) *Lexicon {
	l, builtin := o.dictChoice(src, tgt)
	if builtin {
		return defaultCedict()
	}
	return l
}

// pairDict is dictFor, with the built-in dictionary's part for the pair
// (cedictFor) where dictFor gives the whole.
func (o *Options) pairDict(src, tgt []string) *Lexicon {
	l, builtin := o.dictChoice(src, tgt)
	if builtin {
		return cedictFor(src, tgt)
	}
	return l
}

// dictChoice is dictFor's choice: a dictionary, or builtin true for the
// built-in one.
func (o *Options) dictChoice(src, tgt []string) (l *Lexicon, builtin bool) {
	if o.Lexicon != nil || o.NoDefaultDict {
		return o.Lexicon, false
	}
	if l, _ := o.installedFor(src, tgt); l != nil { // installed.go
		return l, false
	}
	return nil, zhEnPair(o.langs, src, tgt)
}

// zhEnPair reports whether one side of a pair is Chinese and the other
// English, either way round. A side's language, when known (langs), must
// be Chinese or English; the Chinese side must be written in Han
// characters (hanScript) and the English side not; an English side of
// unknown language must read as English (englishText).
func zhEnPair(langs [2]language.Tag, src, tgt []string) bool {
	_, ok := pairWithEnglish(langs, src, tgt, language.Chinese, func(s, other []string, _ bool) bool {
		return hanScript(s) && !hanScript(other)
	})
	return ok
}

// englishWords are frequent English words that other languages written in
// Latin letters seldom have.
var englishWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "was": true, "that": true, "with": true,
	"his": true, "her": true, "he": true, "she": true, "you": true, "it": true, "for": true,
	"is": true, "are": true, "were": true, "have": true, "had": true, "this": true, "they": true,
	"not": true, "but": true, "be": true, "at": true, "from": true, "which": true, "will": true,
}

// englishShare is the least share of a text's words among englishWords
// for englishText: English prose has 25-35%, French, German, Dutch and
// Hungarian under 5%.
const englishShare = 0.15

// englishText reports whether sents (their first 5,000 words) read as
// English: englishShare of their words are among englishWords, and there
// are at least 5 words.
func englishText(sents []string) bool {
	n, hits := 0, 0
	for _, s := range sents {
		for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			n++
			if englishWords[strings.ToLower(w)] {
				hits++
			}
		}
		if n >= 5000 {
			break
		}
	}
	return n >= 5 && float64(hits) >= englishShare*float64(n)
}
