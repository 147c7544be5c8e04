package align

import (
	"cmp"
	"hash/maphash"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// A feature is a piece of evidence that a source and a target sentence may
// share: a number, a name skeleton, a cognate prefix, a punctuation mark, an
// identical word, or a target word that a source word translates to. Both
// sides map their features into one ID space, so that the evidence shared by
// two sentences is the intersection of two sorted ID lists.
type featKind uint8

const (
	kindNumber  featKind = iota // "#1956": a run of digits, any script's digits as ASCII; a Roman numeral "IV" is "#4" (romanNumber)
	kindURL                     // "U:www.example.org"
	kindPunct                   // "P?": question and exclamation marks, quotes, parentheses, colons, %
	kindName                    // "N:slmn": the consonant skeleton of a capitalized or caseless-script word
	kindCognate                 // "C:expe": the first cognatePrefix letters of a word's key
	kindWord                    // "W:dyhrenfurth": a word's whole key (identical words)
	kindMonth                   // "M:5": a month name in one of the languages of monthNames
	kindDict                    // "D:montag": a target stem, reached on the source side through the given dictionary
	kindLex                     // "L:montag": a target stem, reached on the source side through the learned lexicon
	kindLexWeak                 // "L:montag" through a learned link seen in one training pair only (not evidence for scores)
	kindPinyin                  // "Y:chenqingyang": a Latin-script name and the Han characters whose Pinyin spells it (pinyin.go)
	kindKana                    // "K:knptr": the loan skeleton of a katakana run's Hepburn reading and of a Latin word (katakana.go)
	numKinds
)

// kindWeight scales the IDF weight of each kind of feature: numbers and URLs
// are nearly unambiguous; names survive translation better than cognates;
// punctuation is weak evidence (languages punctuate differently); identical
// words add to their cognate prefix. A learned link is as good as a name
// (Model 1 keeps only pairs both directions agree on); a dictionary lists
// every sense of a word, and most of its links in a sentence pair are
// chance, so a dictionary link counts less (tuned on Text+Berg dev).
var kindWeight = [numKinds]float64{
	kindNumber:  1.6,
	kindURL:     2.0,
	kindPunct:   0.6,
	kindName:    1.0,
	kindCognate: 0.8,
	kindWord:    0.6,
	kindMonth:   1.2,
	kindDict:    0.3,
	kindLex:     1.0,
	kindLexWeak: 1.0,
	kindPinyin:  1.0,
	kindKana:    1.0,
}

const (
	// cognatePrefix is the prefix length of Simard, Foster & Isabelle
	// (1992): two words of at least this many letters whose first four
	// letters agree are likely cognates ("Expedition"/"expédition").
	cognatePrefix = 4
	// stemLen truncates words for lexicon and Model 1 lookups, a crude
	// language-independent stemmer ("montagnes" and "montagne" -> "montag").
	stemLen = 6
	// minSkeleton is the shortest name skeleton used as an anchor: one
	// consonant matches anything; two keep "Iraq"/"عراق" ("rk") and
	// "Iran" ("rn"), and the IDF weight silences the frequent ones.
	minSkeleton = 2
)

// featureTable interns feature strings into IDs and records their kind.
type featureTable struct {
	// slots is an open-addressing table (linear probing, a power of two
	// long, at most half full) of id+1 (0: empty) by the hash of the
	// id's key; strs[id] is the key and hashes[id] its hash. A Go map
	// hashed a new key twice, to look it up and to insert it (a fifth of
	// a news batch's map time).
	slots  []uint32
	strs   []string
	hashes []uint64
	seed   maphash.Seed
	kinds  []featKind
	kb     []byte // id's key, reused: a lookup does not allocate
	// keys holds the map's keys' bytes: a new key is a string over
	// them, not an allocation of its own (a news batch's features were
	// two in five of its allocations). A cleared table writes over them:
	// only the map, cleared with it, holds those strings.
	keys []byte
	// serial tells tables (and a reused table's passes) apart: a
	// wordInfo remembers its features under it.
	serial uint32
}

var tableSerial atomic.Uint32

func newFeatureTable() *featureTable {
	return &featureTable{slots: make([]uint32, featureSlotsMin), seed: maphash.MakeSeed(), serial: tableSerial.Add(1)}
}

// featureKeyBlock is the size of a block of featureTable.keys.
const featureKeyBlock = 16 << 10

// featureSlotsMin is the size of a new featureTable's slots.
const featureSlotsMin = 1 << 10

// reset empties t for a new pass, keeping its map's size and the last
// block of its keys.
func (t *featureTable) reset() {
	clear(t.slots)
	t.strs, t.hashes = t.strs[:0], t.hashes[:0]
	t.kinds = t.kinds[:0]
	t.keys = t.keys[:0]
	t.serial = tableSerial.Add(1)
}

func (t *featureTable) id(kind featKind, s string) uint32 {
	t.kb = append(append(t.kb[:0], byte('0'+kind)), s...)
	h := maphash.Bytes(t.seed, t.kb)
	mask := uint64(len(t.slots) - 1)
	i := h & mask
	for ; t.slots[i] != 0; i = (i + 1) & mask {
		if id := t.slots[i] - 1; t.hashes[id] == h && t.strs[id] == string(t.kb) {
			return id
		}
	}
	id := uint32(len(t.kinds))
	if cap(t.keys)-len(t.keys) < len(t.kb) {
		// A new block: the strings over the old one stay valid.
		t.keys = make([]byte, 0, max(featureKeyBlock, len(t.kb)))
	}
	n := len(t.keys)
	t.keys = append(t.keys, t.kb...)
	t.strs = append(t.strs, unsafe.String(&t.keys[n], len(t.kb)))
	t.hashes = append(t.hashes, h)
	t.kinds = append(t.kinds, kind)
	t.slots[i] = id + 1
	if 2*len(t.kinds) > len(t.slots) {
		t.grow()
	}
	return id
}

// grow doubles t.slots and places every id again.
func (t *featureTable) grow() {
	t.slots = make([]uint32, 2*len(t.slots))
	mask := uint64(len(t.slots) - 1)
	for id, h := range t.hashes {
		i := h & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint32(id + 1)
	}
}

// token is a word or number of a sentence.
type token struct {
	text  string // as written
	key   string // foldKey: lower case, no diacritics
	digit bool   // a run of digits
	upper bool   // starts with an upper-case letter
	cased bool   // written in a script with letter case
	han   bool   // a single Han/Kana character
	// group: for a run of three digits right after a digit run and one
	// separator ("1,000", "60 000", "2.500"), the number's value so far
	// ("1000", "60000", "2500"; numberGroup, numsep.go); "" otherwise.
	group string

	// info holds a word's keys (nil for numbers and Han characters).
	info *wordInfo
}

// tokenize splits s into words, digit runs and single CJK characters, and
// calls punct for every punctuation feature. A word's keys come from wc
// (nil: computed afresh).
func tokenize(s string, wc *wordCache, emit func(token), punct func(string)) {
	start := -1
	var digits bool
	// The end of the last digit run and its value with its groups
	// (numberGroup).
	lastEnd, lastVal, lakh := -1, "", false
	flush := func(end int) {
		if start < 0 {
			return
		}
		w, from := s[start:end], start
		start = -1
		t := token{text: w, digit: digits}
		if digits {
			t.key = asciiDigits(w)
			sep := ""
			if lastVal != "" {
				sep = s[lastEnd:from]
			}
			lastVal, t.group, lakh = numberGroup(lastVal, lakh, sep, t.key)
			lastEnd = end
		} else {
			wi := wc.word(w)
			t.key, t.upper, t.cased, t.info = wi.key, wi.upper, wi.cased, wi
		}
		emit(t)
	}
	for i, r := range s {
		switch wc.class(r) {
		case classCJK:
			flush(i)
			c := s[i : i+utf8.RuneLen(r)] // not string(r): no allocation
			emit(token{text: c, key: c, han: true})
		case classDigit:
			if start >= 0 && !digits {
				flush(i)
			}
			if start < 0 {
				start, digits = i, true
			}
		case classLetter:
			if start >= 0 && digits {
				flush(i)
			}
			if start < 0 {
				start, digits = i, false
			}
		default:
			flush(i)
			if p := punctClass(r); p != "" {
				punct(p)
			}
		}
	}
	flush(len(s))
}

// groupSep reports whether sep is one thousands separator: a comma, a
// full stop, a space, a no-break space or an apostrophe.
func groupSep(sep string) bool {
	switch sep {
	case ",", ".", " ", "\u00a0", "\u202f", "'", "’":
		return true
	}
	return false
}

func isCJK(r rune) bool {
	if r < 0x2e80 { // below the CJK radicals: no Han, Hiragana or Katakana
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// punctClass maps punctuation that translations tend to keep to a class:
// question and exclamation marks, quotation marks of every language,
// parentheses, colons and percent signs, in ASCII and full width.
func punctClass(r rune) string {
	switch r {
	case '?', '？', '¿', '؟':
		return "?"
	case '!', '！', '¡':
		return "!"
	case '"', '“', '”', '„', '«', '»', '‹', '›', '「', '」', '『', '』', '‟':
		return "q"
	case '(', '（', '[':
		return "("
	case ':', '：':
		return ":"
	case '%', '٪', '％':
		return "%"
	}
	return ""
}

// romanNumber returns the value of w, as a number feature's key, when w
// is a Roman numeral of two or more capitals I, V and X in canonical form
// ("II" to "XXXIX"), else "". Numbered things are counted in either kind
// of numeral across languages ("Lager 4" / "camp IV"); a single "I", "V"
// or "X" is a pronoun or a letter as often, and "MIX" or "CD" are words.
func romanNumber(w string) string {
	// Most words fail on their first letter, before Trim builds its set.
	if len(w) < 2 || len(w) > 8 || w[0] != 'I' && w[0] != 'V' && w[0] != 'X' || strings.Trim(w, "IVX") != "" {
		return ""
	}
	v, last := 0, 0
	for i := len(w) - 1; i >= 0; i-- {
		d := 1
		switch w[i] {
		case 'V':
			d = 5
		case 'X':
			d = 10
		}
		if d < last {
			v -= d
		} else {
			v += d
			last = d
		}
	}
	if v < 2 || v > 39 || romanOf(v) != w {
		return ""
	}
	return strconv.Itoa(v)
}

// romanOf writes 1 <= v <= 39 as a canonical Roman numeral.
func romanOf(v int) string {
	ones := [...]string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
	return strings.Repeat("X", v/10) + ones[v%10]
}

// monthOf returns the month number a word names, or "".
func monthOf(key string, upper bool) string {
	m, ok := monthNames[key]
	if !ok || ((key == "may" || key == "march") && !upper) {
		return ""
	}
	return m
}

// foldMarks decomposes, drops combining marks and recomposes.
var foldMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// foldKey is the key of a word for identical-word, lexicon and Model 1
// matching: lower case without diacritics, in its own script ("Expédition"
// -> "expedition"). Names and cognates use normalize's keys, which also
// transliterate; a word's translation is looked up by spelling.
//
// A word whose every rune folds alone (foldRune) is folded and lowered a
// rune at a time, as foldMarks and strings.ToLower would make it whole: a
// word in Arabic or Persian, every word of it not ASCII, spent a tenth of
// its process's instructions in foldMarks (BENCHMARKS.md "(branch
// alignspeed57)").
func foldKey(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		if k, ok := foldRunes(w); ok {
			return k
		}
		if s, _, err := transform.String(foldMarks, w); err == nil {
			w = s
		}
	}
	return strings.ToLower(w)
}

// foldRunes returns foldKey(w) and true when every rune of w folds alone
// (foldRune): strings.ToLower lowers a string not in ASCII a rune at a
// time (strings.Map of unicode.ToLower), as foldRune's answer is.
func foldRunes(w string) (string, bool) {
	var buf [64]byte
	b := buf[:0]
	for _, r := range w {
		f, ok := foldRune(r)
		if !ok {
			return "", false
		}
		b = utf8.AppendRune(b, f)
	}
	return string(b), true
}

// foldRune returns what foldMarks makes of r, in lower case
// (unicode.ToLower), and whether r folds alone: it is below
// foldMemoRunes, no rune before it can change its decomposition (it
// starts a segment of NFD), its decomposition less its combining marks
// (Mn) is one rune, and that rune composes with no rune before it (it
// starts a segment of NFC). A word of such runes decomposes rune by rune,
// loses its marks rune by rune and composes nothing across its runes:
// foldMarks of it is the runes' folds one after the other. The answer
// for a rune is computed once a process.
func foldRune(r rune) (rune, bool) {
	if r < 0 || r >= foldMemoRunes {
		return r, false
	}
	v := foldMemo[r].Load()
	if v == 0 {
		v = foldKnown
		d := runes.Remove(runes.In(unicode.Mn)).String(norm.NFD.String(string(r)))
		f, n := utf8.DecodeRuneInString(d)
		if s, _, err := transform.String(foldMarks, string(r)); err == nil && s == d && n > 0 && n == len(d) && f != utf8.RuneError &&
			norm.NFD.PropertiesString(string(r)).BoundaryBefore() && norm.NFC.PropertiesString(d).BoundaryBefore() {
			v |= foldAlone | uint32(unicode.ToLower(f))
		}
		foldMemo[r].Store(v)
	}
	return rune(v & foldRuneMask), v&foldAlone != 0
}

// foldMemo holds foldRune's answers: 0 not yet computed, else foldKnown,
// and foldAlone with the lowered fold in the low bits when the rune folds
// alone.
var foldMemo [foldMemoRunes]atomic.Uint32

const (
	// foldMemoRunes bounds the runes foldRune remembers: two bytes of
	// UTF-8 (Latin, Greek, Cyrillic, Hebrew, Arabic and more).
	foldMemoRunes = 0x800
	foldKnown     = 1 << 31
	foldAlone     = 1 << 30
	foldRuneMask  = 1<<21 - 1
)

// asciiDigits rewrites a run of digits of any script as ASCII digits.
func asciiDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
			continue
		}
		// Decimal digit blocks are runs of ten starting at a zero; find it.
		z := r
		for z > 0 && unicode.IsDigit(z-1) && r-(z-1) <= 9 {
			z--
		}
		b.WriteByte(byte('0' + (r-z)%10))
	}
	return b.String()
}

// stem truncates a key to stemLen runes.
func stem(key string) string {
	n := 0
	for i := range key {
		if n == stemLen {
			return key[:i]
		}
		n++
	}
	return key
}

// extractor turns sentences into sorted feature-ID lists.
type extractor struct {
	table *featureTable
	// toks, when set, remembers each side's sentences' tokens across
	// passes (tokMemo; nil: tokenized each time).
	toks [2]*tokMemo
	// allNames[side] (0 source, 1 target): take every word of that side
	// as a possible name, not only capitalized ones; set for a cased
	// side facing a caseless script (Arabic, Persian, Hebrew), where any
	// word may be a transliterated name or loanword ("terrorism",
	// "تروریسم" both "trrsm").
	allNames [2]bool
	dict     *Lexicon            // the given dictionary (may be nil): source stem -> target stems
	lex      map[string][]string // source stem -> target stems, learned (may be nil)
	lexWeak  map[string][]string // learned from one training pair only (may be nil)
	// pinyin holds the names of the Latin side when the other side is
	// Han (pinyinSetup), hanSide which side that is; nil otherwise.
	pinyin   map[string]bool
	hanSide  int
	readings map[rune]string // Pinyin of Han characters, remembered
	// kana holds the loan skeletons of the Japanese side's katakana
	// runs when one side is Japanese and the other Latin (kanaSetup),
	// kanaSide which side that is; nil otherwise. kanaSkel remembers
	// the loan skeleton of each run.
	kana     map[string]bool
	kanaSide int
	kanaSkel map[string]string
	kanaBuf  []byte
	words    *wordCache // the words' keys, remembered (may be nil)
	// seg holds the given dictionary's Han words when segSide (0 source,
	// 1 target) is Han and the dictionary is keyed by Han words
	// (dictSetup); nil otherwise.
	seg     *hanLex
	segSide int
	// numValues: the pair is Chinese against Latin script (hanLatin),
	// and a number's value across notations is a feature too
	// (numvalues.go).
	numValues bool
	// cut, when not nil, cuts the Han side's sentences and remembers
	// their cuts (the aligner's hanCutter of that side).
	cut *hanCutter
	// hanIDs[side] remembers the dictionary and learned features of the
	// Han words of that side (hanDictWords): a document's Chinese words
	// recur, and each is looked up in the dictionary and interned once a
	// pass.
	hanIDs [2]map[string][]uint32
	pybuf  []byte
	buf    []uint32
	// seen marks, a bit each, the features distinct has met in a list.
	seen []uint64
	// other, when not nil, is a bit set of the features the side read
	// before this one holds (otherSide): the side read second keeps
	// only those, and its words and numbers, which monoSupport and
	// orphanNumbers read before weigh.
	other []uint64
}

// otherSide returns the bit set of the features lists holds, for
// extractor.other: a feature one side lacks weighs nothing (weigh) and
// would be dropped with its weight, and a Chinese sentence read through
// the dictionary lists a hundred or more of them (every sense of every
// word), which would be held until weigh.
func otherSide(lists [][]uint32, n int) []uint64 {
	set := make([]uint64, (n+63)/64)
	for _, fs := range lists {
		for _, f := range fs {
			set[f/64] |= 1 << (f % 64)
		}
	}
	return set
}

// lacked reports whether feature f is missing from x.other and is not a
// word or number (which are read before weigh): it cannot be shared.
func (x *extractor) lacked(f uint32) bool {
	if k := x.table.kinds[f]; k == kindWord || k == kindNumber {
		return false
	}
	return int(f/64) >= len(x.other) || x.other[f/64]&(1<<(f%64)) == 0
}

// sentFeatures returns the sorted, de-duplicated feature IDs of sentence
// s, sentence i of its side of the document (-1: not known), whose cut
// x.cut may remember; src tells which side it is on (only the source side
// is translated through the lexicon; the target side offers its stems as
// lexicon features). Each token gives its own: a number's value, a Han
// character and its links, a word's (wordFeatures), a punctuation mark's
// class; then the sentence as a whole gives its numbers by value between
// Chinese and a Latin script (numberValues), a Han side's dictionary words
// (hanDictWords), katakana loanwords (kanaLoans), names across Han and
// Latin script (hanNames, latinNames) and its URLs (urlFeatures).
func (x *extractor) sentFeatures(i int, s string, src bool) []uint32 {
	s = clip(s)
	x.buf = x.buf[:0]
	add := func(k featKind, v string) { x.buf = append(x.buf, x.table.id(k, v)) }
	tm := x.toks[1]
	if src {
		tm = x.toks[0]
	}
	tm.tokenize(i, s, x.words, func(t token) {
		switch {
		case t.digit:
			if t.group != "" {
				// "60,000": "60" and "60000", not "60" and "" (which
				// "1,000" and "0" have too).
				add(kindNumber, t.group)
			} else {
				add(kindNumber, strings.TrimLeft(t.key, "0"))
			}
			return
		case t.han:
			add(kindWord, t.key)
			if x.seg != nil && (x.segSide == 0) == src {
				x.lexLinks(t.key, src, add) // the dictionary reads words: hanDictWords
			} else {
				x.links(t.key, src, add)
			}
			return
		}
		if t.key != "" {
			x.wordFeatures(t, src)
		}
	}, func(p string) { add(kindPunct, p) })
	if x.numValues {
		numberValues(s, func(v string) { add(kindNumber, v) })
	}
	if x.seg != nil && (x.segSide == 0) == src {
		x.hanDictWords(i, s, src, add)
	}
	if x.kana != nil && (x.kanaSide == 0) == src {
		x.kanaLoans(s, add)
	}
	if x.pinyin != nil {
		if (x.hanSide == 0) == src {
			x.hanNames(s, add)
		} else {
			x.latinNames(s, add)
		}
	}
	x.urlFeatures(s)
	return slices.Clone(x.distinct(x.buf))
}

// wordFeatures adds to x.buf the features of word token t (not a number,
// not a Han character) on the source side if src: the word itself when
// not a single letter, a month's name, a Roman number, a cognate prefix,
// a name's skeleton (a capital, a caseless script, or any long enough
// word facing a caseless side: allNames), a katakana loanword's
// skeleton, and the word's links through the learned lexicon and the
// dictionary (by its parts for a German compound, by its base form
// facing a Chinese dictionary).
func (x *extractor) wordFeatures(t token, src bool) {
	add := func(k featKind, v string) { x.buf = append(x.buf, x.table.id(k, v)) }
	k := t.key
	side := 1
	if src {
		side = 0
	}
	// A word's features are the same each time it occurs on a side
	// in a pass: they are looked up once.
	wi := t.info
	if wi.fser[side] == x.table.serial {
		x.buf = append(x.buf, wi.fids[side]...)
		return
	}
	start := len(x.buf)
	n := t.info.n
	if n >= 2 {
		add(kindWord, k)
	}
	if m := monthOf(k, t.upper); m != "" {
		add(kindMonth, m)
	}
	if r := romanNumber(t.text); r != "" {
		add(kindNumber, r)
	}
	if n >= cognatePrefix {
		// The cognate prefix is taken from the name key, which
		// also spells other scripts in Latin letters.
		if c := t.info.cognateKey(t.text); c != "" {
			add(kindCognate, c)
		}
	}
	if t.upper || !t.cased || (x.allNames[side] && n >= allNamesMinLen) {
		if sk := t.info.skeleton(t.text); sk != "" {
			add(kindName, sk)
		}
	}
	if x.kana != nil && (x.kanaSide == 0) != src && n >= cognatePrefix {
		latinLoans(k, x.kanaBuf, func(sk []byte) {
			if x.kana[string(sk)] {
				add(kindKana, string(sk))
			}
		})
	}
	if x.seg != nil {
		// A Latin word facing a Chinese dictionary: looked up by its
		// English base form (cedict.go).
		x.latinDictWord(k, add)
		x.lexLinks(t.info.stem, src, add)
	} else if ps := x.words.compoundParts(wi); ps != nil {
		// A German compound is looked up by its parts (compound.go).
		for _, p := range ps {
			x.links(p, src, add)
		}
	} else {
		x.links(t.info.stem, src, add)
	}
	wi.fser[side], wi.fids[side] = x.table.serial, append(wi.fids[side][:0], x.buf[start:]...)
}

// urlFeatures adds to x.buf the URLs and e-mail addresses of sentence s,
// lower-cased, trailing punctuation cut.
func (x *extractor) urlFeatures(s string) {
	// Only a sentence holding one of the marks can hold a URL or an
	// address: most sentences skip splitting into fields.
	var fields []string
	if strings.Contains(s, "://") || strings.Contains(s, "www.") || strings.Contains(s, "@") {
		fields = strings.Fields(s)
	}
	for _, f := range fields {
		if strings.Contains(f, "://") || strings.HasPrefix(f, "www.") || (strings.Contains(f, "@") && strings.Contains(f, ".")) {
			x.buf = append(x.buf, x.table.id(kindURL, strings.ToLower(strings.TrimRight(f, ".,;:!?)]\"'»"))))
		}
	}
}

// distinct returns the distinct features of fs in order, in fs's array,
// and, when x.other is set, only those not lacked: a Chinese sentence
// read through the dictionary lists each of its words' senses and many
// features more than once, and sorting only the distinct ones is cheaper
// than sorting all and compacting (the set is the same). The distinct
// ones are marked in x.seen, a bit a feature; when the words of x.seen
// between the least and the greatest are few beside them (a news
// sentence's), they are read off x.seen in order, which costs less than
// sorting. x.seen is left clear.
func (x *extractor) distinct(fs []uint32) []uint32 {
	if n := (len(x.table.kinds) + 63) / 64; len(x.seen) < n {
		x.seen = append(x.seen, make([]uint64, n-len(x.seen))...)
	}
	out := fs[:0]
	lo, hi := uint32(math.MaxUint32), uint32(0)
	for _, f := range fs {
		if b := uint64(1) << (f % 64); x.seen[f/64]&b == 0 {
			x.seen[f/64] |= b
			out = append(out, f)
			lo, hi = min(lo, f), max(hi, f)
		}
	}
	if len(out) > 0 && int(hi/64-lo/64) <= 8*len(out)+distinctScanWords {
		out = out[:0]
		for w := lo / 64; w <= hi/64; w++ {
			for m := x.seen[w]; m != 0; m &= m - 1 {
				out = append(out, w*64+uint32(bits.TrailingZeros64(m)))
			}
			x.seen[w] = 0
		}
	} else {
		for _, f := range out {
			x.seen[f/64] = 0
		}
		slices.Sort(out)
	}
	if x.other != nil {
		out = slices.DeleteFunc(out, x.lacked)
	}
	return out
}

// distinctScanWords: distinct reads the distinct features off its bits
// when the words between the least and the greatest number at most this
// many more than eight a feature.
const distinctScanWords = 64

// maxFeatures is the most features a sentence keeps, the heaviest: the
// search's time is proportional to it, and the light ones (common words)
// decide little.
const maxFeatures = 32

// maxFeatureBytes is how much of a sentence is read for features: real
// sentences are far shorter, and a runaway "sentence" (a whole file
// without punctuation) is judged on its length and first words.
const maxFeatureBytes = 16 << 10

// clip cuts s to at most maxFeatureBytes, on a rune boundary.
func clip(s string) string {
	if len(s) <= maxFeatureBytes {
		return s
	}
	i := maxFeatureBytes
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

// links adds the lexical features of a word stem: on the source side the
// stems of its translations, on the target side the stem itself.
func (x *extractor) links(st string, src bool, add func(featKind, string)) {
	if !src {
		if x.dict != nil {
			add(kindDict, dictStem(st))
		}
		x.lexLinks(st, src, add)
		return
	}
	x.dict.eachTranslation(dictStem(st), func(tr string) { add(kindDict, tr) })
	x.lexLinks(st, src, add)
}

// lexLinks is links without the given dictionary's.
func (x *extractor) lexLinks(st string, src bool, add func(featKind, string)) {
	if !src {
		if x.lex != nil {
			add(kindLex, st)
		}
		if len(x.lexWeak) > 0 {
			add(kindLexWeak, st)
		}
		return
	}
	for _, tr := range x.lex[st] {
		add(kindLex, tr)
	}
	for _, tr := range x.lexWeak[st] {
		add(kindLexWeak, tr)
	}
}

// allNamesMinLen is the shortest word taken as a possible name under
// allNames: short words are function words.
const allNamesMinLen = 5

// heaviest moves the maxFeatures heaviest of fs (more than maxFeatures,
// each weighing more than 0 in w) to its front, in ID order, and reports
// true, when the lightest of them weighs more than the heaviest of the
// rest: then they are the same whatever sort picks them, and sorting
// each weight's complemented bits above the ID as one number is cheaper
// than a comparison function (blocks does the same). On a tie at the
// cut it leaves fs and reports false: which of the equals weigh's
// comparison sort keeps is its own. keys is scratch space, returned for
// reuse.
func heaviest(fs []uint32, w []float32, keys []uint64) ([]uint64, bool) {
	keys = keys[:0]
	for _, f := range fs {
		keys = append(keys, uint64(^math.Float32bits(w[f]))<<32|uint64(f))
	}
	slices.Sort(keys)
	if keys[maxFeatures-1]>>32 == keys[maxFeatures]>>32 {
		return keys, false
	}
	for j := range maxFeatures {
		fs[j] = uint32(keys[j])
	}
	slices.Sort(fs[:maxFeatures])
	return keys, true
}

// caseless reports whether most letters of sents (a sample) are in a
// script without letter case.
func caseless(sents []string) bool {
	var cased, other int
	t := runeProps()
	for _, s := range sents {
		for _, r := range s {
			switch p := props(t, r); {
			case p&propCased != 0:
				cased++
			case p&propLetter != 0:
				other++
			}
		}
		if cased+other > 20000 {
			break
		}
	}
	return other > cased
}

func prefixRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// chars is the length of s in characters, not counting spaces: the unit of
// the length model. A Chinese character counts one, like a Latin letter;
// the document pair's own character ratio absorbs the difference.
func chars(s string) int {
	n := 0
	t := runeProps()
	for _, r := range s {
		if props(t, r)&propSpace == 0 {
			n++
		}
	}
	return n
}

// weigh computes each feature's weight from how many sentences carry it on
// each side, drops features that never occur on the other side (they cannot
// be shared), and returns the weight table indexed by feature ID.
//
// A feature's weight is kindWeight times its inverse document frequency,
// ln((ns+nt)/(dfs+dft)): a name found in one sentence of each side weighs
// ln(N/2), a word found in every sentence nothing.
func weigh(table *featureTable, src, tgt [][]uint32) []float32 {
	n := len(table.kinds)
	dfs := make([]int32, n)
	dft := make([]int32, n)
	for _, fs := range src {
		for _, f := range fs {
			dfs[f]++
		}
	}
	for _, fs := range tgt {
		for _, f := range fs {
			dft[f]++
		}
	}
	total := float64(len(src) + len(tgt))
	w := make([]float32, n)
	for f := range n {
		if dfs[f] == 0 || dft[f] == 0 {
			continue
		}
		idf := math.Log(total / float64(dfs[f]+dft[f]))
		// Anything spread over more than a few sentences per hundred is
		// a function word or a common stem, not an anchor.
		if idf > 0.5 {
			w[f] = float32(kindWeight[table.kinds[f]] * idf)
		}
	}
	var keys []uint64
	prune := func(lists [][]uint32) {
		total := 0
		for i, fs := range lists {
			// The features of no weight dropped, in place (a loop, not
			// slices.DeleteFunc's call a feature).
			k := 0
			for _, f := range fs {
				if w[f] != 0 {
					fs[k] = f
					k++
				}
			}
			fs = fs[:k]
			if len(fs) > maxFeatures {
				// Keep the heaviest, back in ID order.
				var ok bool
				if keys, ok = heaviest(fs, w, keys); !ok {
					slices.SortFunc(fs, func(a, b uint32) int { return cmp.Compare(w[b], w[a]) })
					slices.Sort(fs[:maxFeatures])
				}
				fs = fs[:maxFeatures]
			}
			lists[i] = fs
			total += len(fs)
		}
		// The kept features move into one array of their own size: a
		// Chinese sentence read through the dictionary lists a hundred
		// features or more (every sense of every word) and keeps 32, and
		// the search holds the lists to its end (Bible x5 en-zh: 3 MB
		// kept of 22 MB extracted).
		all := make([]uint32, 0, total)
		for i, fs := range lists {
			all = append(all, fs...)
			lists[i] = all[len(all)-len(fs) : len(all) : len(all)]
		}
	}
	prune(src)
	prune(tgt)
	return w
}
