package align

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/align/langwords"
)

// Dictionaries found installed. Debian ships FreeDict's dictionaries as
// dict-freedict-XXX-YYY packages, dictd databases under /usr/share/dictd.
// A pair of English and a language of installedDicts aligns with that
// language's file when it is there, unless a dictionary is given
// (Options.Lexicon) or Options.NoDefaultDict is set, as with the Lexicon
// OrientDicts makes of OpenDict of that file. Nothing of them is built
// in. A pair aligned alone reads only the entries of its English side's
// words (lexiconPart), or for Japanese of the pieces of its Japanese text
// (japanesePart); a batch reads each file whole, once a process, the
// first time a pair of its languages comes. The files are those that lift the news development
// set (WMT21, edited documents, BENCHMARKS.md "Debian's FreeDict for
// Czech, German, Icelandic") and keep the seed articles: freedict-jpn-eng
// ja-en 0.837 -> 0.867, en-ja 0.858 -> 0.921; freedict-eng-ces cs-en
// 0.909 -> 0.935, en-cs 0.910 -> 0.933 (freedict-ces-eng, 715 word pairs,
// adds nothing to it). German's freedict-eng-deu lifts de-en 0.893 ->
// 0.924 but costs the seed article en-de a link (strict F1 1.000 ->
// 0.932), and Icelandic's freedict-isl-eng gains less (+0.003, +0.011):
// neither is used by default (--dict gives them). Hindi's freedict-eng-hin
// (BENCHMARKS.md "English-Hindi news with Debian's FreeDict eng-hin";
// WMT24 news, design half, with paragraph marks) lifts en-hi 0.881 ->
// 0.884 unedited, 0.897 -> 0.905 a paragraph dropped, 0.665 -> 0.686 two
// swapped, hi-en 0.881 -> 0.886, 0.897 -> 0.902, 0.675 -> 0.686; no seed
// article is in Hindi.

// An installedDict is the dictionary a pair of lang and English aligns
// with when file is installed.
type installedDict struct {
	lang language.Tag // the language paired with English
	name string       // lang's English name, for the notice of the CLI
	file string       // the dictd index (its .dict.dz beside it)
	// words are lang's commonest function words, for reading a text as
	// lang when langwords has no list of it (nil: langwords's): see
	// readsAs.
	words []string
	once  sync.Once
	dict  *Dict // nil when not installed, or not readable as lang's
	// rev is the dictionary reversed, read on first use (revOnce), for
	// the pairs whose source is the language of its translations; a
	// Japanese dictionary is never reversed (jpdict.go).
	revOnce sync.Once
	rev     *Lexicon
	// part is the dictionary as written with only the entries whose
	// headwords' stems are in partKeys, the English words of the last
	// pair aligned alone (lexiconPart), partRev it reversed (nil until
	// asked); mu guards the three.
	mu       sync.Mutex
	partKeys map[string]bool
	part     *Lexicon
	partRev  *Lexicon
}

// installedDicts are the dictionaries a pair of English and another
// language aligns with by default, asked in this order (Japanese before
// Chinese: see jaEnPair).
var installedDicts = []*installedDict{
	{lang: language.Japanese, name: "Japanese", file: "/usr/share/dictd/freedict-jpn-eng.index"},
	{lang: language.Czech, name: "Czech", file: "/usr/share/dictd/freedict-eng-ces.index"},
	{lang: language.Hindi, name: "Hindi", file: "/usr/share/dictd/freedict-eng-hin.index", words: hindiWords},
	{lang: language.Russian, name: "Russian", file: "/usr/share/dictd/freedict-eng-rus.index"},
	{lang: language.Spanish, name: "Spanish", file: "/usr/share/dictd/freedict-eng-spa.index"},
}

// hindiWords are Hindi's commonest function words (is, are, in, of, by,
// and, from), none of them a word of Marathi's or Nepali's, the other
// languages of Devanagari news: they are 0.155-0.247 of the words of
// WMT24's Hindi news documents, and none of Marathi's commonest ("आहे",
// "आणि", "या").
var hindiWords = []string{"है", "हैं", "में", "के", "की", "का", "ने", "और", "से"}

// read returns d's dictionary, read on first use, or nil when its file is
// not there or cannot be read as a dictionary of d's language and
// English (the pair then aligns without it, as it did before).
func (d *installedDict) read() *Dict {
	d.once.Do(func() {
		f, err := OpenDict(d.file, FormatDictd)
		if err != nil {
			return
		}
		isJa := f.lex.han != nil && f.lex.han.ja
		if isJa != sameLang(d.lang, language.Japanese) {
			return
		}
		if !isJa && !(sameLang(f.From, d.lang) && sameLang(f.To, language.English) || sameLang(f.From, language.English) && sameLang(f.To, d.lang)) {
			return
		}
		d.dict = f
	})
	return d.dict
}

// lexicon is d's dictionary for a pair whose source is src: as written
// when its headwords are in src (or it is Japanese), else reversed.
func (d *installedDict) lexicon(src language.Tag) *Lexicon {
	f := d.read()
	switch {
	case f == nil:
		return nil
	case f.lex.han != nil || sameLang(f.From, src):
		return f.lex
	}
	d.revOnce.Do(func() { d.rev = f.lex.Reversed() })
	return d.rev
}

// lexiconPart is lexicon for one pair aligned alone, whose English side
// has sentences eng: only the entries whose headwords are words of eng
// are read. A dictionary not Japanese has English headwords (its
// languages are checked by its name), and the aligner looks a word up
// only by a word of the pair's source and keeps a link only when its
// other end is a word of the target (weigh drops a feature one side
// lacks): as written, it looks up English words, which find in the part
// what they find in the whole; reversed, a word of the other side finds
// the English words of eng it finds in the whole, and the others weigh
// nothing. So the pair's links are the whole dictionary's
// (TestInstalledPartLikeWhole), for a part of the cost (BENCHMARKS.md
// "An installed dictionary read for the pair's words"). A Japanese
// dictionary, whose headwords are Japanese, has its own part
// (japanesePart). The part is kept for the next pair whose words it holds (InstalledDict
// then Align read it once). A file that has no usable entry gives an
// empty part where lexicon gives nil.
func (d *installedDict) lexiconPart(src language.Tag, eng []string) *Lexicon {
	from, to := freedictLangs(d.file)
	if !sameLang(from, language.English) || !sameLang(to, d.lang) {
		return d.lexicon(src)
	}
	keys := pairStems(eng)
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.part == nil || !coversKeys(d.partKeys, keys) {
		l := NewLexicon()
		if err := l.readDictdFilesKeep(d.file, newHeadKeys(keys).keep); err != nil || l.han != nil {
			return nil
		}
		d.part, d.partKeys, d.partRev = l, keys, nil
	}
	if sameLang(src, language.English) {
		return d.part
	}
	if d.partRev == nil {
		d.partRev = d.part.Reversed()
	}
	return d.partRev
}

// pairStems are the stems the aligner looks up for the words of sents
// (a word's stem and its dictStem; a Han character as it is): tokenized
// as the feature extractor tokenizes them (sentFeatures).
func pairStems(sents []string) map[string]bool {
	keys := make(map[string]bool)
	wc := newWordCache()
	for _, s := range sents {
		tokenize(clip(s), wc, func(t token) {
			switch {
			case t.digit:
			case t.han:
				keys[t.key] = true
			case t.info != nil:
				keys[t.info.stem] = true
				keys[dictStem(t.info.stem)] = true
			}
		}, func(string) {})
	}
	return keys
}

// headKeys tells the headwords of an index whose stems are among keys.
// Most lines of an index are not: pre, a bit for each pair of the
// keys' first two bytes when both are ASCII letters or digits, spares
// most of them lexStem.
type headKeys struct {
	keys map[string]bool
	pre  []uint64 // bit a<<7|b: a key starts with bytes a, b
}

func newHeadKeys(keys map[string]bool) *headKeys {
	h := &headKeys{keys: keys, pre: make([]uint64, 128*128/64)}
	for k := range keys {
		if len(k) >= 2 && asciiAlnum(k[0]) && asciiAlnum(k[1]) {
			i := int(k[0])<<7 | int(k[1])
			h.pre[i/64] |= 1 << (i % 64)
		}
	}
	return h
}

// keep reports whether lexStem(head) is a key. A headword whose first
// two bytes are ASCII letters or digits has them, lower-cased, as its
// stem's first two (foldKey lower-cases them, lexStem keeps them).
func (h *headKeys) keep(head []byte) bool {
	if len(head) >= 2 && asciiAlnum(head[0]) && asciiAlnum(head[1]) {
		i := int(asciiLower(head[0]))<<7 | int(asciiLower(head[1]))
		if h.pre[i/64]&(1<<(i%64)) == 0 {
			return false
		}
	}
	return h.keys[lexStem(string(head))]
}

func asciiAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// coversKeys reports whether have holds every key of want.
func coversKeys(have, want map[string]bool) bool {
	for k := range want {
		if !have[k] {
			return false
		}
	}
	return true
}

// fits reports whether the pair of src and tgt is d's language and
// English, either way round, and which language is the source. A side's
// language, when known (langs), decides; else the text: Japanese by its
// script (jaEnPair), another language by its function words (readsAs).
func (d *installedDict) fits(langs [2]language.Tag, src, tgt []string) (srcLang language.Tag, ok bool) {
	if sameLang(d.lang, language.Japanese) {
		if !jaEnPair(langs, src, tgt) {
			return language.Und, false
		}
		return language.Japanese, true // a Japanese dictionary is read either way round
	}
	side, ok := pairWithEnglish(langs, src, tgt, d.lang, func(s, _ []string, known bool) bool {
		return known || readsAs(s, d.lang, d.words)
	})
	switch {
	case !ok:
		return language.Und, false
	case side == 0:
		return d.lang, true
	}
	return language.English, true
}

// pairWithEnglish reports whether one side of a pair is lang and the
// other English, either way round, and which side is lang's (0 the
// source, 1 the target). A side's language, when known (langs), must be
// lang or English; reads says whether a side's sentences s are lang's
// (other: the other side's; known: whether s's language is given); an
// English side of unknown language must read as English (englishText).
// The pairs that get a dictionary by default ask it: zhEnPair, jaEnPair
// and fits.
func pairWithEnglish(langs [2]language.Tag, src, tgt []string, lang language.Tag, reads func(s, other []string, known bool) bool) (side int, ok bool) {
	sides := [2][]string{src, tgt}
	for j := range 2 {
		e := 1 - j
		if known(langs[j]) && !sameLang(langs[j], lang) || known(langs[e]) && !sameLang(langs[e], language.English) {
			continue
		}
		if reads(sides[j], sides[e], known(langs[j])) && (known(langs[e]) || englishText(sides[e])) {
			return j, true
		}
	}
	return 0, false
}

// readsAs reports whether sents read as lang by their function words:
// most of their letters are of lang's script, and lang's function words
// are the largest share of their words (langwords.Read's Lead, over its
// first ReadMaxWords words), at least readsAsMinWords of them and
// readsAsMinShare of the words (a Chinese text's few Latin words, "a" or
// "v", are no Czech). For a language langwords has no list of, words
// are its function words (nil: none, sents do not read as lang), and
// they alone make the share. Read's own verdict (Lang) asks more, a margin over
// the languages close to it and over the others, which Czech news often
// misses: Slovak's and Polish's lists share its "a", "na", "v", "to",
// "se" (on the news development set, 10 of 43 cs-en documents and 14 of
// 49 en-cs read no language). A wrong reading costs little here, the
// other side being English and the dictionary only helping the search.
func readsAs(sents []string, lang language.Tag, words []string) bool {
	sc, _ := lang.Script()
	tables := scripts[sc.String()].tables
	var b strings.Builder
	letters, in := 0, 0
	for _, s := range sents {
		b.WriteString(s)
		b.WriteByte(' ')
		for _, r := range s {
			if unicode.IsLetter(r) {
				letters++
				if unicode.In(r, tables...) {
					in++
				}
			}
		}
		if b.Len() > 20*langwords.ReadMaxWords { // enough words for Read
			break
		}
	}
	if tables == nil || 2*in <= letters {
		return false
	}
	base, _ := lang.Base()
	if langwords.Index(base.String()) < 0 {
		return sharesWords(b.String(), words)
	}
	r := langwords.Read(b.String())
	return r.Lead == base.String() && r.Words >= readsAsMinWords && r.LeadShare >= readsAsMinShare
}

// sharesWords reports whether words are at least readsAsMinShare of the
// first ReadMaxWords words of text, of which there are readsAsMinWords or
// more.
func sharesWords(text string, words []string) bool {
	n, in := 0, 0
	langwords.EachWord(text, func(w []byte) bool {
		n++
		if slices.Contains(words, string(w)) {
			in++
		}
		return n < langwords.ReadMaxWords
	})
	return n >= readsAsMinWords && float64(in) >= readsAsMinShare*float64(n)
}

// readsAsMinWords is the fewest words readsAs reads a language by (as
// englishText reads English), readsAsMinShare the least share of them
// that are its function words (Czech news has 0.149 to 0.38; the
// language check's other language needs as much, minOtherShare).
const (
	readsAsMinWords = 5
	readsAsMinShare = minOtherShare
)

// installedFor is the dictionary found installed that the pair of src
// and tgt aligns with by default, and its table entry, or nil, nil; for
// dictFor, which has ruled out a given dictionary and NoDefaultDict.
// With part, for a pair aligned alone, it is the part of the
// dictionary the pair can use (lexiconPart); else the whole, for a batch,
// whose pairs share it.
func (o *Options) installedFor(src, tgt []string, part bool) (*Lexicon, *installedDict) {
	for _, d := range installedDicts {
		if s, ok := d.fits(o.langs, src, tgt); ok {
			l := (*Lexicon)(nil)
			switch {
			case !part:
				l = d.lexicon(s)
			case sameLang(d.lang, language.Japanese):
				l = d.japanesePart(src, tgt)
			case sameLang(s, language.English):
				l = d.lexiconPart(s, src)
			default:
				l = d.lexiconPart(s, tgt)
			}
			if l != nil {
				return l, d
			}
			return nil, nil
		}
	}
	return nil, nil
}

// InstalledDict returns the path of the dictionary found installed that
// p's alignment with opt uses by default (Debian's freedict-jpn-eng for
// a pair of Japanese and English, freedict-eng-ces for Czech and
// English, freedict-eng-hin for Hindi and English; the built-in
// CC-CEDICT is not a file and is not named), or "" when it uses none:
// opt gives a dictionary or sets NoDefaultDict, the pair is none of
// those, or the dictionary is not installed. The first call for such a
// pair reads the dictionary, as Pair.Align would.
func (p *Pair) InstalledDict(opt PairOptions) string {
	path, _ := p.InstalledDictLang(opt)
	return path
}

// InstalledDictLang is InstalledDict with the English name of the
// language the dictionary is used for beside English ("Czech"), "" with
// the path.
func (p *Pair) InstalledDictLang(opt PairOptions) (path, lang string) {
	o := opt.Align
	if o.Lexicon != nil || o.NoDefaultDict || opt.Dicts != nil {
		return "", ""
	}
	o.langs = [2]language.Tag{p.SrcLang, p.TgtLang}
	if _, d := o.installedFor(p.Src.Sentences, p.Tgt.Sentences, true); d != nil {
		return d.file, d.name
	}
	return "", ""
}

// japanesePart is lexiconPart for the Japanese dictionary and a pair of
// sentences src and tgt (which side is Japanese does not matter: the
// dictionary is read from its Japanese side either way round): only the
// entries of the headwords the aligner can look up in the pair
// (newJaPart) are read. The aligner asks a Japanese dictionary only
// about pieces of the pair's text: the words jaMatch cuts a run of
// Japanese letters into (its longest match asks whether each piece of a
// run, up to maxJaWord letters, is a headword) and the word stems the
// feature extractor looks up (links, pairStems). The part holds every
// headword that is such a piece, or whose inflected stems (jaInflected:
// the headword without its last letter, or with another kana in its
// place) can be, with its entry as the whole has it, so every question
// gets the whole's answer (TestInstalledPartLikeWhole).
func (d *installedDict) japanesePart(src, tgt []string) *Lexicon {
	keys := newJaPart(src, tgt)
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.part == nil || !coversKeys(d.partKeys, keys.keys) {
		l := NewLexicon()
		if err := l.readDictdFilesKeep(d.file, keys.keep); err != nil || l.han == nil || !l.han.ja {
			return nil
		}
		d.part, d.partKeys = l, keys.keys
	}
	return d.part
}

// A jaPart is the headwords of a Japanese dictionary a pair can look
// up: keys, the pieces of up to maxJaWord letters of each run of
// Japanese letters of its sentences and the stems of its words
// (pairStems); stems, the stems of pairStems without their last letter.
type jaPart struct {
	keys, stems map[string]bool
}

func newJaPart(src, tgt []string) *jaPart {
	p := &jaPart{keys: make(map[string]bool), stems: make(map[string]bool)}
	for _, side := range [][]string{src, tgt} {
		for _, s := range side {
			jaPieces(s, func(w string) { p.keys[w] = true })
		}
		for k := range pairStems(side) {
			p.keys[k] = true
			if _, size := utf8.DecodeLastRuneInString(k); size < len(k) {
				p.stems[k[:len(k)-size]] = true
			}
		}
	}
	return p
}

// jaPieces calls f with every piece of s of 1 to maxJaWord Japanese
// letters (jaLetter) in a row, once for each place it starts.
func jaPieces(s string, f func(string)) {
	var ends [maxJaWord + 1]int // ends[k]: the end of the kth letter of the run from ends[0]
	n := 0                      // letters held
	for i, r := range s {
		if !jaLetter(r) {
			n = 0
			continue
		}
		if n == 0 {
			ends[0] = i
		}
		if n == maxJaWord { // drop the first letter
			copy(ends[:], ends[1:])
			n--
		}
		n++
		ends[n] = i + utf8.RuneLen(r)
		for k := n - 1; k >= 0; k-- {
			f(s[ends[k]:ends[n]])
		}
	}
}

// keep reports whether the index headword head is in the part: it is a
// key, or it ends as a verb or adjective jaInflected inflects and
// without its last letter it is a key or a stem.
func (p *jaPart) keep(head []byte) bool {
	if p.keys[string(head)] {
		return true
	}
	last, size := utf8.DecodeLastRune(head)
	if _, ok := godanRows[last]; !ok && last != 'い' { // jaInflected's endings (る is Godan's and Ichidan's)
		return false
	}
	h1 := head[:len(head)-size]
	return p.keys[string(h1)] || p.stems[string(h1)]
}
