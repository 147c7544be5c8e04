package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext/bitext/normalize"
)

// A wordInfo is what the features and Model 1 read of a word (not a
// number, not a Han character): its keys, computed once. Folding a word
// and transliterating it into a name key were most of an aligner pass's
// time on news-sized documents (issue 14), and words repeat, within a
// document and across the documents of a batch.
type wordInfo struct {
	key          string // foldKey
	upper, cased bool   // starts with an upper-case letter; in a script with letter case
	n            int    // runes in key
	stem         string // stem(key)
	// cognate and skel are normalize.Key's first cognatePrefix runes
	// ("" when shorter) and normalize.Skeleton ("" when shorter than
	// minSkeleton), set on first use; nkey is normalize.Key of the word,
	// which both are read from, computed once (nkeySet).
	cognate, skel                  string
	nkey                           string
	cognateSet, skelIsSet, nkeySet bool
	// vocab[k] is the serial of a vocabulary the stem was looked up in,
	// vid[k] the stem's id there (-1: not in it); next is the slot to
	// fill next.
	vocab [2]uint32
	vid   [2]int32
	next  uint8
	// fids[side] are the word's feature ids on that side (0 source, 1
	// target) in the feature table whose serial is fser[side].
	fser [2]uint32
	fids [2][]uint32
}

// vocabID returns the id of stem w (the stem of wi, or a Han character
// when wi is nil) in v, or -1 if v does not hold it. v must not change
// once looked up in.
func (wi *wordInfo) vocabID(v *vocab, w string) int32 {
	if wi != nil {
		for k, s := range wi.vocab {
			if s == v.serial {
				return wi.vid[k]
			}
		}
	}
	id, ok := v.ids[w]
	if !ok {
		id = -1
	}
	if wi != nil {
		wi.vocab[wi.next], wi.vid[wi.next] = v.serial, id
		wi.next ^= 1
	}
	return id
}

func newWordInfo(w string) *wordInfo {
	r, _ := utf8.DecodeRuneInString(w)
	key := foldKey(w)
	var upper, cased bool
	// A rune under propCached without case (Arabic, Hebrew) is read from
	// runeProps, not searched for in package unicode's tables (0.15 M
	// instructions of the seed article's Arabic pair).
	if r >= propCached || runeProps()[r]&propCased != 0 {
		upper = unicode.IsUpper(r)
		cased = upper || unicode.IsLower(r)
	}
	return &wordInfo{
		key:   key,
		upper: upper,
		cased: cased,
		n:     utf8.RuneCountInString(key),
		stem:  stem(key),
	}
}

// cognateKey is the word's cognate feature value, or "" for none.
func (wi *wordInfo) cognateKey(text string) string {
	if !wi.cognateSet {
		wi.cognateSet = true
		if nk := wi.nameKey(text); utf8.RuneCountInString(nk) >= cognatePrefix {
			wi.cognate = prefixRunes(nk, cognatePrefix)
		}
	}
	return wi.cognate
}

// nameKey is normalize.Key(text), text the word wi was made for,
// computed once: a capitalised word of four letters or more needs it for
// its cognate prefix and its skeleton both.
func (wi *wordInfo) nameKey(text string) string {
	if !wi.nkeySet {
		wi.nkeySet = true
		switch indicBlock(text) { // devanagari.go
		case devaBlock:
			wi.nkey = devaKey(text)
		case bengaliBlock:
			wi.nkey = devaKey(bengaliDeva(text))
		default:
			wi.nkey = normalize.Key(text)
		}
	}
	return wi.nkey
}

// skeleton is the word's name feature value, or "" for none.
func (wi *wordInfo) skeleton(text string) string {
	if !wi.skelIsSet {
		wi.skelIsSet = true
		var sk string
		switch indicBlock(text) {
		case devaBlock:
			sk = normalize.Skeleton(normalize.DevanagariLatin(text))
		case bengaliBlock:
			sk = normalize.Skeleton(normalize.DevanagariLatin(bengaliDeva(text)))
		default:
			sk = normalize.SkeletonOfKey(wi.nameKey(text))
		}
		if utf8.RuneCountInString(sk) >= minSkeleton {
			wi.skel = sk
		}
	}
	return wi.skel
}

// A wordCache remembers the wordInfo of the words it has seen. Align
// keeps one for its passes; a Batch keeps one for all its pairs. nil
// remembers nothing. Not safe for concurrent use.
type wordCache struct {
	m map[string]*wordInfo
	// classes remembers runeClass+1 of the runes below classCached
	// (0: not yet known).
	classes [classCached]uint8
	// table is the feature table of the last pass, kept for the next
	// one: cleared, its map keeps its size.
	table *featureTable
	// parts holds the stems of the parts of the compounds the last
	// aligner split (compoundSetup); nil for none.
	parts map[*wordInfo][]string
	// spareToks and spareStems hold the last small document's tokMemo
	// blocks and stemMemo stems (by side), released when its alignment
	// ended, for the next document of a batch to fill again: they were
	// a sixth of a news batch's garbage.
	spareToks  [2][]tokEvent
	spareStems [2][]stemWord
}

// wordCacheMax bounds a cache: past it, the cache starts afresh (a
// batch of many documents in many languages would otherwise keep every
// word it met).
const wordCacheMax = 1 << 17

func newWordCache() *wordCache { return &wordCache{m: make(map[string]*wordInfo)} }

// newPairWordCache is the word cache of one pair aligned alone, made for
// the distinct words of its sentences: about one for every 16 bytes of a
// news pair (the seed article en-fr: 555 in 9,093 bytes), at most
// pairCacheHint. Grown from empty, the map's copies cost a news pair's
// process a seventh of its word look-ups.
func newPairWordCache(src, tgt []string) *wordCache {
	n := 0
	for _, ss := range [2][]string{src, tgt} {
		for _, s := range ss {
			n += len(s)
		}
	}
	return &wordCache{m: make(map[string]*wordInfo, min(n/16, pairCacheHint))}
}

// pairCacheHint bounds newPairWordCache's size hint: a book's words are
// not made room for ahead (its map grows as before).
const pairCacheHint = 4096

// Properties of a rune, for the scans over whole documents (caseless,
// chars, skipWeight, hanScript) and the words anchors read (isLatin).
const (
	propCased  = 1 << iota // unicode.IsUpper or unicode.IsLower
	propLetter             // unicode.IsLetter
	propSpace              // unicode.IsSpace
	propHan                // unicode.Is(unicode.Han, r)
	propLatin              // unicode.Is(unicode.Latin, r)
)

// propCached bounds the runes runeProps holds: Latin, Greek, Cyrillic,
// Armenian, Hebrew, Arabic. Above it props asks package unicode, whose
// tables are searched (a tenth of a news pair's time went to such
// searches over Arabic and Persian letters).
const propCached = 0x800

func propsOf(r rune) uint8 {
	var p uint8
	if unicode.IsUpper(r) || unicode.IsLower(r) {
		p |= propCased
	}
	if unicode.IsLetter(r) {
		p |= propLetter
	}
	if unicode.IsSpace(r) {
		p |= propSpace
	}
	if unicode.Is(unicode.Han, r) {
		p |= propHan
	}
	if unicode.Is(unicode.Latin, r) {
		p |= propLatin
	}
	return p
}

// isLatin is unicode.Is(unicode.Latin, r), read from runeProps below
// propCached: searching package unicode's table for it cost 85
// instructions a word of Arabic script in anchors' reading (0.1 M of
// the seed article's Arabic pair).
func isLatin(r rune) bool {
	if 0 <= r && r < propCached {
		return runeProps()[r]&propLatin != 0
	}
	return unicode.Is(unicode.Latin, r)
}

// runeProps returns the table of propsOf below propCached, propsTable
// (init_tables.go).
func runeProps() *[propCached]uint8 { return &propsTable }

// props is propsOf(r); t is runeProps().
func props(t *[propCached]uint8, r rune) uint8 {
	if r >= 0 && r < propCached {
		return t[r]
	}
	return propsOf(r)
}

// Rune classes for tokenize.
const (
	classOther  = iota
	classCJK    // Han, Hiragana, Katakana (isCJK)
	classDigit  // unicode.IsDigit
	classLetter // unicode.IsLetter or unicode.IsMark
)

// classCached bounds the runes a wordCache remembers the class of: every
// alphabet and abjad below the CJK blocks.
const classCached = 0x3000

func runeClass(r rune) uint8 {
	switch {
	case isCJK(r):
		return classCJK
	case unicode.IsDigit(r):
		return classDigit
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return classLetter
	}
	return classOther
}

// class is runeClass(r), remembered.
func (c *wordCache) class(r rune) uint8 {
	if c == nil || r < 0 || r >= classCached {
		return runeClass(r)
	}
	k := c.classes[r]
	if k == 0 {
		k = runeClass(r) + 1
		c.classes[r] = k
	}
	return k - 1
}

// featureTable returns an empty feature table for a pass, the last
// pass's emptied when there is one (nil: a new one).
func (c *wordCache) featureTable() *featureTable {
	if c == nil {
		return newFeatureTable()
	}
	if c.table == nil {
		c.table = newFeatureTable()
	} else {
		c.table.reset()
	}
	return c.table
}

// word returns the wordInfo of w.
func (c *wordCache) word(w string) *wordInfo {
	if c == nil {
		return newWordInfo(w)
	}
	if wi, ok := c.m[w]; ok {
		return wi
	}
	if len(c.m) >= wordCacheMax {
		clear(c.m)
	}
	wi := newWordInfo(w)
	// w is a piece of a sentence: a copy does not keep the sentence.
	c.m[strings.Clone(w)] = wi
	return wi
}
