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
// sentences src and tgt can use: the Han keys the pair can spell (each
// character in the pair, pairRunes, and each two characters running in
// it side by side, pairBigrams), and the keys not all Han (128 of
// 187,000). The aligner looks up a Han key only as a piece of a sentence
// of the pair: a Han character is a token of its own (tokenize), and a
// Han word a piece of a run that maxMatch and hanDictWords cut; so it
// finds in the part what it finds in the whole (TestCedictForLikeWhole).
// Bible en-zh keeps about 5,700 keys of 187,000, and the live heap of the
// whole (6.7 MB) was a sixth of the alignment's most with it
// (BENCHMARKS.md, branch mem44). It is read for each pair, in 0.1-0.2 s.
// Sentences from elsewhere (Options.Examples, a batch's pool) are cut
// with the whole (pairDict, Batch).
func cedictFor(src, tgt []string) *Lexicon {
	set, two := pairRunes(src, tgt), pairBigrams(src, tgt)
	return loadCedict(func(k string) bool {
		var last rune = -1
		for _, r := range k {
			if !set.has(r) || last >= 0 && !two.has(last, r) {
				return false
			}
			last = r
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
// of the foldKey of each (a compatibility ideograph folds to another:
// the aligner looks Han characters up as written, but a part is better
// too large than too small).
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

// A bigramSet holds pairs of runes hashed to bits: has is true for every
// pair added and, rarely, for another (a key kept that need not be).
type bigramSet []uint64

// bigramBits is the size of a bigramSet (512 KB): a long Chinese novel has
// about 150,000 distinct pairs of Han characters, 3.5% of the bits.
const bigramBits = 22

func (s bigramSet) bit(a, b rune) uint64 {
	return (uint64(a)<<21 | uint64(b)) * 0x9e3779b97f4a7c15 >> (64 - bigramBits)
}

func (s bigramSet) has(a, b rune) bool {
	i := s.bit(a, b)
	return s[i>>6]&(1<<(i&63)) != 0
}

func (s bigramSet) add(a, b rune) {
	i := s.bit(a, b)
	s[i>>6] |= 1 << (i & 63)
}

// pairBigrams returns the pairs of runes side by side in the sentences of
// src and tgt, where both are at least U+2E80 (the CJK radicals: below
// it, no Han).
func pairBigrams(src, tgt []string) bigramSet {
	set := make(bigramSet, 1<<bigramBits/64)
	for _, side := range [][]string{src, tgt} {
		for _, s := range side {
			var last rune
			for _, r := range s {
				if r >= 0x2e80 && last >= 0x2e80 {
					set.add(last, r)
				}
				last = r
			}
		}
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
	l, builtin := o.dictChoice(src, tgt, false)
	if builtin {
		return defaultCedict()
	}
	return l
}

// pairDict is dictFor, with the built-in dictionary's part for the pair
// (cedictFor) and an installed one's (installedFor) where dictFor gives
// the whole, unless o.Examples are given: their sentences are cut into
// the dictionary's words too.
func (o *Options) pairDict(src, tgt []string) *Lexicon {
	l, builtin := o.dictChoice(src, tgt, o.Examples == nil)
	switch {
	case !builtin:
		return l
	case o.Examples != nil:
		return defaultCedict()
	}
	return cedictFor(src, tgt)
}

// dictChoice is dictFor's choice: a dictionary, or builtin true for the
// built-in one.
func (o *Options) dictChoice(src, tgt []string, part bool) (l *Lexicon, builtin bool) {
	if o.Lexicon != nil || o.NoDefaultDict {
		return o.Lexicon, false
	}
	if l, _ := o.installedFor(src, tgt, part); l != nil { // installed.go
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
