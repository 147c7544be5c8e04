// Package langwords reads a text's language by its function words: the
// share of its words that are each language's most frequent function
// words (table.go). The aligner's check of a declared language
// (align/langcheck.go) and normalize's reading of an undeclared one
// (bitext normalize without --lang) share it. It prints nothing and is
// cheap to import: the word index is built on first use.
package langwords

import (
	"math/bits"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// index is the languages of funcWords in order (codes), the script of
// each (ISO 15924, as x/text gives it), and, for each function word, a
// bit (1<<index in codes) for each language it is a function word of.
type index struct {
	codes, scripts []string
	words          map[string]uint64
}

var theIndex = sync.OnceValue(func() *index {
	// The map is made at its size, the words of every list (about a
	// thousand, a few in two lists): grown from empty, its copies were
	// half the index's cost, paid by every aligner process (speed63).
	n := 0
	for _, l := range funcWords {
		n += len(l.words)
	}
	x := &index{words: make(map[string]uint64, n)}
	for code := range funcWords {
		x.codes = append(x.codes, code)
	}
	sort.Strings(x.codes)
	x.scripts = make([]string, len(x.codes))
	for i, code := range x.codes {
		sc, _ := language.Make(code).Script()
		x.scripts[i] = sc.String()
		for _, w := range funcWords[code].words {
			x.words[w] |= 1 << i
		}
	}
	return x
})

// Codes returns the languages with a list (ISO 639-1 codes; nb for
// Norwegian Bokmål), sorted: a language's bit in [Langs] is 1<<its index.
// The caller must not change the slice.
func Codes() []string { return theIndex().codes }

// Scripts returns the script (ISO 15924) of each language of [Codes], in
// its order. The caller must not change the slice.
func Scripts() []string { return theIndex().scripts }

// Index returns code's index in [Codes], or -1 when it has no list.
func Index(code string) int {
	codes := Codes()
	i := sort.SearchStrings(codes, code)
	if i < len(codes) && codes[i] == code {
		return i
	}
	return -1
}

// Name returns the English name of code's language ("" when it has no
// list).
func Name(code string) string { return funcWords[code].name }

// Words returns code's function words, most frequent first (nil when it
// has no list). The caller must not change the slice.
func Words(code string) []string { return funcWords[code].words }

// Langs returns the languages word (in lower case, as [EachWord] cuts it)
// is a function word of: bit 1<<i for [Codes]()[i].
func Langs(word []byte) uint64 { return theIndex().words[string(word)] }

// EachWord calls f with each word of text (a run of letters and marks, in
// lower case; f must not keep it) and returns false as soon as f does.
// The end of text ends a word.
func EachWord(text string, f func([]byte) bool) bool {
	var b []byte
	for _, r := range text {
		if r < utf8.RuneSelf { // ASCII: a letter is A-Z or a-z, no mark
			switch {
			case 'a' <= r && r <= 'z':
				b = append(b, byte(r))
				continue
			case 'A' <= r && r <= 'Z':
				b = append(b, byte(r-'A'+'a'))
				continue
			}
		} else if lr, ok := letterLower(r); ok {
			b = utf8.AppendRune(b, lr)
			continue
		}
		if len(b) > 0 {
			if !f(b) {
				return false
			}
			b = b[:0]
		}
	}
	return len(b) == 0 || f(b)
}

// letterLower is unicode.ToLower(r) and whether r is a letter or a mark
// (unicode.IsLetter, unicode.IsMark). A rune below memoRunes (Latin,
// Greek, Cyrillic, Hebrew, Arabic and more: two bytes of UTF-8) is asked
// of package unicode once a process and remembered: its tables are
// searched by halves, which was a fifth of a news pair's language check
// in Farsi or Arabic.
func letterLower(r rune) (rune, bool) {
	if r >= memoRunes || r < 0 {
		return unicode.ToLower(r), unicode.IsLetter(r) || unicode.IsMark(r)
	}
	v := runeMemo[r].Load()
	if v == 0 {
		v = memoKnown | uint32(unicode.ToLower(r))
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			v |= memoLetter
		}
		runeMemo[r].Store(v)
	}
	return rune(v & memoRuneMask), v&memoLetter != 0
}

// memoRunes bounds the runes letterLower remembers.
const memoRunes = 0x800

// A runeMemo entry: 0 not yet known, else memoKnown, memoLetter for a
// letter or mark, and the rune in lower case (below 1<<21).
const (
	memoKnown    = 1 << 31
	memoLetter   = 1 << 30
	memoRuneMask = 1<<21 - 1
)

// runeMemo is letterLower's memo of the runes below memoRunes, filled on
// first use (atomically: EachWord may run in several goroutines).
var runeMemo [memoRunes]atomic.Uint32

// Count counts the function words of the first maxWords words of text
// (all its words when maxWords <= 0): counts[i] is the number of words
// that are [Codes]()[i]'s function words, n the number of words.
func Count(text string, maxWords int) (counts []int, n int) {
	counts = make([]int, len(Codes()))
	EachWord(text, func(w []byte) bool {
		n++
		for m := Langs(w); m != 0; m &= m - 1 {
			counts[bits.TrailingZeros64(m)]++
		}
		return maxWords <= 0 || n < maxWords
	})
	return counts, n
}

// closePairs share most of their short function words (в, на, не, за,
// до, по, а; a, v, na, je, z, do; og, i, er, det, til): a text of one
// reads as the other at 1.0 to 3.0 times the other's share
// (align/langcheck.go's measurements).
var closePairs = map[[2]string]bool{
	{"ru", "uk"}: true, {"ru", "bg"}: true, {"uk", "bg"}: true,
	{"cs", "sk"}: true, {"da", "nb"}: true,
}

// Close reports whether languages a and b share most of their function
// words (Russian, Ukrainian and Bulgarian; Czech and Slovak; Danish and
// Norwegian Bokmål).
func Close(a, b string) bool { return closePairs[[2]string{a, b}] || closePairs[[2]string{b, a}] }

// Thresholds of [Read] (measured in BENCHMARKS.md, "The text's language
// read before rewriting"). A text is read as the language whose function
// words are the largest share of its first ReadMaxWords words when it has
// at least ReadMinWords words, that share is at least readMinShare, and it
// is at least readRatio times the share of every other language but the
// languages [Close] to it, readCloseRatio times theirs. When only the close
// ratio fails (Danish and Norwegian, Russian and Bulgarian share their
// most frequent function words), the words of one list that the other's
// lacks decide (closeByExclusive).
const (
	ReadMinWords   = 50
	ReadMaxWords   = 1000
	readMinShare   = 0.15
	readRatio      = 1.8
	readCloseRatio = 1.5
	// readMinDistinct is how many different function words of the lead's
	// list a text of ReadMinWords or more needs: one English sentence
	// repeated ("Angela Merkel met Emmanuel Macron in Paris." x 1000) had
	// 29% Dutch words, met and in, and was read as Dutch.
	readMinDistinct = 3
)

// A Reading is what [Read] found of a text: the language it reads as (""
// when too short or too mixed to tell), the number of words counted, and
// the languages of the largest shares of them with their shares.
type Reading struct {
	Lang  string
	Words int
	// Lead is the language of the largest share, read or not; Next the
	// one of the next largest; Other the one of the largest share among
	// the languages neither Lead nor close to it. "" for none.
	Lead, Next, Other                string
	LeadShare, NextShare, OtherShare float64
}

// Read reads the language of text, of which it counts the first
// ReadMaxWords words. A text of ShortMinWords to ReadMinWords-1 words (a
// headline, a caption, a brief) is read by stronger evidence (readShort):
// several function words of one language, its letters that English does
// not use, and no English function word; never as English. Lang is ""
// for a shorter text.
func Read(text string) Reading {
	counts, n := Count(text, ReadMaxWords)
	r := Reading{Words: n}
	codes := Codes()
	lead := -1
	for i, c := range counts { // Codes are in order: a tie goes to the first
		if c > 0 && (lead < 0 || c > counts[lead]) {
			lead = i
		}
	}
	if lead < 0 {
		return r
	}
	share := func(i int) float64 { return float64(counts[i]) / float64(n) }
	r.Lead, r.LeadShare = codes[lead], share(lead)
	for i, c := range counts {
		if i == lead || c == 0 {
			continue
		}
		if s := share(i); s > r.NextShare {
			r.Next, r.NextShare = codes[i], s
		}
		if s := share(i); s > r.OtherShare && !Close(codes[lead], codes[i]) {
			r.Other, r.OtherShare = codes[i], s
		}
	}
	closeShare := 0.0
	if Close(r.Lead, r.Next) {
		closeShare = r.NextShare
	}
	if n >= ReadMinWords && r.LeadShare >= readMinShare && r.LeadShare >= readRatio*r.OtherShare && distinct(text, lead) >= readMinDistinct {
		switch {
		case r.LeadShare >= readCloseRatio*closeShare:
			r.Lang = r.Lead
		default:
			// Lead and Next are close (Danish and Norwegian, Russian
			// and Bulgarian): the words of one list the other lacks
			// tell them (closeByExclusive); Next is read only when its
			// share would be read too.
			switch l := closeByExclusive(r, exclusiveCounts(text)); {
			case l == r.Lead:
				r.Lang = l
			case l == r.Next && r.NextShare >= readMinShare && r.NextShare >= readRatio*r.OtherShare:
				r.Lang = l
			}
		}
	}
	if n >= ShortMinWords && n < ReadMinWords {
		r.Lang = readShort(text, shortDefault)
	}
	return r
}

// distinct counts the different function words of Codes()[lang] among
// the first ReadMaxWords words of text, up to readMinDistinct.
func distinct(text string, lang int) int {
	var seen []string
	n := 0
	EachWord(text, func(w []byte) bool {
		if n++; Langs(w)&(1<<lang) != 0 && !slices.Contains(seen, string(w)) {
			seen = append(seen, string(w))
		}
		return len(seen) < readMinDistinct && n < ReadMaxWords
	})
	return len(seen)
}
