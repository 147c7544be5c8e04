package align

import (
	"bytes"
	"compress/gzip"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"

	cedictdata "github.com/bitext/bitext/align/internal/cedict"
)

// The Chinese-English dictionary built in. A pair of Chinese (in Han
// characters) and English aligns with CC-CEDICT unless a dictionary is
// given (Options.Lexicon) or Options.NoDefaultDict is set: on MAC zh-en
// (novels) it lifts strict F1 from 0.807 to 0.858. The dictionary is the
// compact form of align/internal/cedict (headwords and the content words
// of short senses, as readCedict keeps them), read once a process, the
// first time a pair needs it.

// defaultCedict returns the built-in dictionary, read on first use.
var defaultCedict = sync.OnceValue(loadCedict)

// loadCedict reads the built-in dictionary. The embedded file is checked
// by the tests: an error reading it is a broken build, not bad input.
func loadCedict() *Lexicon {
	var l *Lexicon
	zr, err := gzip.NewReader(bytes.NewReader(cedictdata.Gzip))
	if err == nil {
		// Read into a dictTable (a quarter of the memory of maps),
		// streamed, made to size: the file has about one key (187,000)
		// for 8 bytes compressed (1.5 MB).
		l, err = readCedictTable(zr, len(cedictdata.Gzip)/8)
	}
	if err != nil {
		panic("align: the built-in CC-CEDICT (align/internal/cedict): " + err.Error())
	}
	return l
}

// dictFor is the dictionary Align uses for a pair with sentences src and
// tgt: o.Lexicon when given; else, unless o.NoDefaultDict, the
// dictionary found installed for a pair of English and Japanese or Czech
// (installed.go), the built-in CC-CEDICT when the pair is Chinese
// and English (zhEnPair); else none.
func (o *Options) dictFor(src, tgt []string) *Lexicon {
	if o.Lexicon != nil || o.NoDefaultDict {
		return o.Lexicon
	}
	if l, _ := o.installedFor(src, tgt); l != nil { // installed.go
		return l
	}
	if !zhEnPair(o.langs, src, tgt) {
		return nil
	}
	return defaultCedict()
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
