package align

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

// Dictionary direction. A Lexicon maps source words to target words, but a
// dictionary file is written one way round: FreeDict's eng-rus has English
// headwords, which is backwards for aligning Russian to English. A Dict is
// a file as read, with its languages when they are known (a FreeDict
// name, CC-CEDICT); OrientDicts turns Dicts into the Lexicon of a pair,
// reversing those written the other way round.

// A Dict is one dictionary file as read, before it is given a direction.
type Dict struct {
	// Path is the file's name.
	Path string
	// From and To are the languages of its headwords and of their
	// translations when the file says them (a FreeDict name
	// freedict-XXX-YYY, CC-CEDICT's zh -> en); language.Und otherwise.
	From, To language.Tag
	lex      *Lexicon
}

// Lexicon is the dictionary as it is written (headword -> translation).
func (d *Dict) Lexicon() *Lexicon { return d.lex }

// ErrNoEntries is wrapped by the *DictFileError of OpenDict for a
// dictionary file that gives no word pair to use.
var ErrNoEntries = errors.New("no usable entries (the file is empty, or holds only comments, blank lines or phrases of several words)")

// OpenDict reads the dictionary file name as ReadDictFile does (errors
// included) and takes its languages from its name or format. A file with
// no word pair to use is a *DictFileError wrapping ErrNoEntries.
func OpenDict(name string, format DictFormat) (*Dict, error) {
	if name == "-" { // its name gives its languages, its format, a dictd's other file
		return nil, &DictFileError{name, ErrDictStdin}
	}
	l := NewLexicon()
	if err := l.ReadDictFile(name, format); err != nil {
		return nil, err
	} else if l.Len() == 0 {
		return nil, &DictFileError{name, ErrNoEntries}
	}
	d := &Dict{Path: name, lex: l}
	if l.han != nil {
		d.From, d.To = language.Chinese, language.English
		if l.han.ja {
			d.From = language.Japanese
		}
	} else {
		d.From, d.To = freedictLangs(name)
	}
	return d, nil
}

var freedictName = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^freedict-([a-z]{3})-([a-z]{3})(\.|$)`) })

// freedictLangs are the languages of a FreeDict file named
// freedict-XXX-YYY.* (ISO 639-3 codes), else language.Und twice.
func freedictLangs(name string) (from, to language.Tag) {
	m := freedictName().FindStringSubmatch(filepath.Base(name))
	if m == nil {
		return language.Und, language.Und
	}
	f, err1 := language.Parse(m[1])
	t, err2 := language.Parse(m[2])
	if err1 != nil || err2 != nil {
		return language.Und, language.Und
	}
	return f, t
}

// DictSides are the pair a dictionary is oriented for.
type DictSides struct {
	// Src and Tgt are the languages of the pair; language.Und when not
	// known (the languages of a Dict are then not checked).
	Src, Tgt language.Tag
	// SrcText and TgtText are sentences of the two texts: when a Dict's
	// languages are unknown, its words' letters are compared with
	// theirs. Nil skips that test (the Dict is read as written).
	SrcText, TgtText []string
	// Reverse reads every dictionary the other way round, whatever its
	// languages or letters say (not CC-CEDICT: see OrientDicts).
	Reverse bool
}

// How a Dict's direction was decided (DictDirection.By).
const (
	DirByLanguages = "languages" // the Dict's languages against the pair's
	DirByWords     = "words"     // its words against the texts'
	DirByLetters   = "letters"   // its words' letters against the texts'
	DirByFlag      = "flag"      // DictSides.Reverse
	DirAsWritten   = ""          // nothing said otherwise
)

// A DictDirection says how OrientDicts read one Dict.
type DictDirection struct {
	Path     string
	From, To language.Tag // the Dict's languages (Und when unknown)
	Reversed bool         // read translation -> headword
	By       string       // DirByLanguages, DirByWords, DirByLetters, DirByFlag or DirAsWritten
	// Unused, from BatchDicts.Orient, says for which pairs of a batch the
	// Dict is left out and why: "not used for the 1 pair de -> fr (first
	// at m.tsv:3): it is en -> ru".
	Unused string
}

// A DictLangError is a dictionary that belongs to neither side of the
// pair: by its languages, or (languages unknown) by its letters.
type DictLangError struct {
	Path     string
	From, To language.Tag // Und when unknown
	Src, Tgt language.Tag
	Msg      string // what does not match
}

// BadInput is true: the dictionary is of no use for the pair.
func (e *DictLangError) BadInput() bool { return true }

func (e *DictLangError) Error() string { return e.Path + ": " + e.Msg }

// letterOverlapMin is the least letter-profile similarity (cosine of
// letter and letter-pair counts) of a dictionary side with a text for the
// two to share a script; letterMargin is how much closer to the other
// way round a dictionary's letters must be for it to be reversed.
const (
	letterOverlapMin = 0.05
	letterMargin     = 0.1
)

// OrientDicts merges dicts into one source -> target Lexicon for the pair
// s. A Dict whose languages are known is reversed when they are the
// pair's the other way round (a language matches by its base: "en"
// matches "en-GB"); when one of its languages matches a side and the
// other matches nothing, the matching one decides; when neither matches
// a side it is a *DictLangError. A Dict whose languages are unknown is
// reversed when its headwords clearly belong to the target text and its
// translations to the source: by the share of each text's words found
// among them, or, when too few are found, by their letters (Cyrillic
// headwords, a Russian target); it is a *DictLangError when neither its
// headwords nor its translations share letters with either text. s.Reverse reverses every
// Dict. CC-CEDICT is never reversed: the aligner looks its Chinese
// words up on whichever side is Chinese; with s.Reverse it is an error.
// The directions come back in the order of dicts.
func OrientDicts(dicts []*Dict, s DictSides) (*Lexicon, []DictDirection, error) {
	if len(dicts) == 0 {
		return nil, nil, nil
	}
	var out *Lexicon
	dirs := make([]DictDirection, 0, len(dicts))
	for _, d := range dicts {
		dir, err := d.direction(s)
		if err != nil {
			return nil, nil, err
		}
		dirs = append(dirs, dir)
		l := d.lex
		if dir.Reversed {
			l = l.Reversed()
		}
		if len(dicts) == 1 {
			return l, dirs, nil
		}
		if out == nil {
			out = NewLexicon()
		}
		out.merge(l)
	}
	return out, dirs, nil
}

// direction decides how d is read for s.
func (d *Dict) direction(s DictSides) (DictDirection, error) {
	dir := DictDirection{Path: d.Path, From: d.From, To: d.To}
	lerr := func(msg string) error {
		return &DictLangError{Path: d.Path, From: d.From, To: d.To, Src: s.Src, Tgt: s.Tgt, Msg: msg}
	}
	if d.lex.han != nil {
		kind, lang := "CC-CEDICT", "Chinese"
		if d.lex.han.ja { // jpdict.go
			kind, lang = "Japanese-English (JMdict)", "Japanese"
		}
		if s.Reverse {
			return dir, lerr(fmt.Sprintf("a %s dictionary is read from its %s side, whichever side is %s; it cannot be reversed", kind, lang, lang))
		}
		if known(s.Src) && known(s.Tgt) && !sameLang(s.Src, d.From) && !sameLang(s.Tgt, d.From) {
			return dir, lerr(fmt.Sprintf("the dictionary is %s (%s -> English), but the pair is %s -> %s, without %s", kind, lang, s.Src, s.Tgt, lang))
		}
		return dir, nil
	}
	if s.Reverse {
		dir.Reversed, dir.By = true, DirByFlag
		return dir, nil
	}
	if known(d.From) && known(d.To) {
		if !known(s.Src) || !known(s.Tgt) {
			return dir, nil
		}
		fwd := b2i(sameLang(d.From, s.Src)) + b2i(sameLang(d.To, s.Tgt))
		rev := b2i(sameLang(d.From, s.Tgt)) + b2i(sameLang(d.To, s.Src))
		if fwd == 0 && rev == 0 {
			return dir, lerr(fmt.Sprintf("the dictionary is %s -> %s (its FreeDict name), but the pair is %s -> %s: neither language matches", d.From, d.To, s.Src, s.Tgt))
		}
		dir.By = DirByLanguages
		dir.Reversed = rev > fwd
		return dir, nil
	}
	if s.SrcText == nil || s.TgtText == nil {
		return dir, nil
	}
	heads, trans := d.lex.sides()
	H, R := letterProfile(heads), letterProfile(trans)
	S, T := letterProfile(textWords(s.SrcText)), letterProfile(textWords(s.TgtText))
	hs, ht, rs, rt := cosine(H, S), cosine(H, T), cosine(R, S), cosine(R, T)
	if max(hs, ht, rs, rt) < letterOverlapMin {
		return dir, lerr(fmt.Sprintf("its words share no letters with either text (headwords %s, translations %s; texts %s and %s)",
			scriptName(heads), scriptName(trans), scriptName(textWords(s.SrcText)), scriptName(textWords(s.TgtText))))
	}
	if rev, ok := wordsReversed(heads, trans, s.SrcText, s.TgtText); ok {
		if rev {
			dir.Reversed, dir.By = true, DirByWords
		}
		return dir, nil
	}
	if (ht+rs)-(hs+rt) > letterMargin {
		dir.Reversed, dir.By = true, DirByLetters
	}
	return dir, nil
}

// wordMinHits is the least number of text words found among a
// dictionary's headwords and translations (both texts, both sides of the
// dictionary) for the words to decide its direction; wordRatio is how
// many times more of the texts' words one way round must find than the
// other for the words to decide.
const (
	wordMinHits = 4
	wordRatio   = 2
)

// wordsReversed compares the share of each text's distinct word stems
// that are headwords and that are translations: a dictionary whose
// headwords cover the target text and whose translations cover the
// source, wordRatio times more than the other way round, is reversed;
// the other way round, it is not. ok is false when too few words are
// found or neither way is clearly ahead. A small dictionary covers a
// small share of a long text, so the shares are compared with each other,
// not with a fixed margin. On a three-sentence French-German pair,
// Debian's freedict-deu-fra covers 80% of the German words with its
// headwords and 89% of the French with its translations, against 26% and
// 24% the other way, while the letter profiles differ by 0.05 only.
func wordsReversed(heads, trans, srcText, tgtText []string) (reversed, ok bool) {
	hset, tset := make(map[string]bool, len(heads)), make(map[string]bool, len(trans))
	for _, h := range heads {
		hset[h] = true
	}
	for _, t := range trans {
		tset[t] = true
	}
	src, tgt := textWords(srcText), textWords(tgtText)
	hits := 0
	share := func(set map[string]bool, words []string) float64 {
		n := 0
		for _, w := range words {
			if set[w] {
				n++
			}
		}
		hits += n
		if len(words) == 0 {
			return 0
		}
		return float64(n) / float64(len(words))
	}
	hs, ht, rs, rt := share(hset, src), share(hset, tgt), share(tset, src), share(tset, tgt)
	rev, fwd := ht+rs, hs+rt
	switch {
	case hits < wordMinHits:
		return false, false
	case rev > wordRatio*fwd:
		return true, true
	case fwd > wordRatio*rev:
		return false, true
	}
	return false, false
}

func known(t language.Tag) bool { return t != language.Und }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sameLang is whether a and b are the same language, by base language
// after canonicalization ("eng" and "en-GB", "cmn" and "zh").
func sameLang(a, b language.Tag) bool {
	if !known(a) || !known(b) {
		return false
	}
	ab, _ := language.All.Canonicalize(a)
	bb, _ := language.All.Canonicalize(b)
	x, _ := ab.Base()
	y, _ := bb.Base()
	return x == y
}

// Reversed returns a new lexicon with every word pair of l's given
// dictionary the other way round (target -> source). Learned links are
// not copied.
func (l *Lexicon) Reversed() *Lexicon {
	r := NewLexicon()
	for _, h := range slices.Sorted(maps.Keys(l.m)) {
		for _, t := range l.m[h] {
			r.Add(t, h)
		}
	}
	return r
}

// merge adds the word pairs of o to l.
func (l *Lexicon) merge(o *Lexicon) {
	for _, h := range slices.Sorted(maps.Keys(o.m)) {
		for _, t := range o.m[h] {
			l.Add(h, t)
		}
	}
	if o.han != nil && l.han == nil {
		l.han = o.han
	}
}

// sides returns the distinct headword stems and translation stems of l.
func (l *Lexicon) sides() (heads, trans []string) {
	seen := make(map[string]bool)
	for h, ts := range l.m {
		heads = append(heads, h)
		for _, t := range ts {
			if !seen[t] {
				seen[t] = true
				trans = append(trans, t)
			}
		}
	}
	return heads, trans
}

// textWords returns the distinct word stems of sentences, as a Lexicon
// keeps them.
func textWords(sentences []string) []string {
	seen := make(map[string]bool)
	var out []string
	for _, s := range sentences {
		for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
			if st := lexStem(w); st != "" && !seen[st] {
				seen[st] = true
				out = append(out, st)
			}
		}
	}
	return out
}

// letterProfile counts the letters and the letter pairs (with word starts
// and ends) of words, each word once.
func letterProfile(words []string) map[string]float64 {
	p := make(map[string]float64)
	for _, w := range words {
		prev := '^'
		for _, r := range w {
			if !unicode.IsLetter(r) {
				continue
			}
			p[string(r)]++
			p[string([]rune{prev, r})]++
			prev = r
		}
		if prev != '^' {
			p[string([]rune{prev, '$'})]++
		}
	}
	return p
}

func cosine(a, b map[string]float64) float64 {
	var dot, na, nb float64
	for k, v := range a {
		na += v * v
		dot += v * b[k]
	}
	for _, v := range b {
		nb += v * v
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// scriptName is the script most letters of words are in ("Latin",
// "Cyrillic"), for error messages; "no letters" when there are none.
func scriptName(words []string) string {
	scripts := []struct {
		name string
		t    *unicode.RangeTable
	}{{"Latin", unicode.Latin}, {"Cyrillic", unicode.Cyrillic}, {"Greek", unicode.Greek}, {"Arabic", unicode.Arabic},
		{"Hebrew", unicode.Hebrew}, {"Han", unicode.Han}, {"Hangul", unicode.Hangul}, {"Devanagari", unicode.Devanagari},
		{"Armenian", unicode.Armenian}, {"Georgian", unicode.Georgian}, {"Thai", unicode.Thai}}
	counts := make([]int, len(scripts))
	for _, w := range words {
		for _, r := range w {
			for i, s := range scripts {
				if unicode.Is(s.t, r) {
					counts[i]++
					break
				}
			}
		}
	}
	best := -1
	for i, c := range counts {
		if c > 0 && (best < 0 || c > counts[best]) {
			best = i
		}
	}
	if best < 0 {
		return "no letters"
	}
	return scripts[best].name
}

// String says how the Dict was read, in one line:
// "freedict-eng-rus.index: read reversed, ru -> en, by its languages".
func (d DictDirection) String() string {
	if d.Unused != "" {
		return d.Path + ": " + d.Unused
	}
	way := "as written"
	if d.Reversed {
		way = "reversed (translations -> headwords)"
		if known(d.From) && known(d.To) {
			way = fmt.Sprintf("reversed, %s -> %s", d.To, d.From)
		}
	}
	by := map[string]string{DirByLanguages: "by its languages", DirByWords: "by its words against the texts'", DirByLetters: "by its words' letters against the texts'", DirByFlag: "as asked"}[d.By]
	if by == "" {
		return fmt.Sprintf("%s: read %s", d.Path, way)
	}
	return fmt.Sprintf("%s: read %s, %s", d.Path, way, by)
}

// OpenDicts opens the dictionary files names (OpenDict), in order. The
// first error is returned as a user is shown it: a file that cannot be
// opened named as every input file is (textio.OpenError: "open x.tsv: no
// such file"), one that cannot be read as "read dictionary x.tsv: line 3:
// ..." (a *DictFileError). The CLI's align and align --batch take it as it is.
func OpenDicts(names []string, format DictFormat) ([]*Dict, error) {
	var out []*Dict
	for _, name := range names {
		d, err := OpenDict(name, format)
		if pe := (*fs.PathError)(nil); errors.As(err, &pe) {
			return nil, textio.OpenError(pe.Path, pe.Err)
		} else if err != nil {
			return nil, fmt.Errorf("read dictionary %w", err)
		}
		out = append(out, d)
	}
	return out, nil
}

// MissingDebianDict returns the Debian package that installs the first of
// names that is one of Debian's FreeDict files
// (/usr/share/dictd/freedict-eng-rus.index, .dict or .dict.dz:
// dict-freedict-eng-rus) and is not there, or "": what an OpenDicts error
// of a dictionary not installed can tell the user to install.
func MissingDebianDict(names []string) string {
	for _, name := range names {
		m := debianDict().FindStringSubmatch(name)
		if _, err := os.Stat(name); m != nil && errors.Is(err, fs.ErrNotExist) {
			return "dict-freedict-" + m[1]
		}
	}
	return ""
}

// debianDict, compiled on first use, is the path of a FreeDict file that Debian's package
// dict-freedict-LLL-LLL installs; the group is LLL-LLL.
var debianDict = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^/usr/share/dictd/freedict-([a-z]{3}-[a-z]{3})\.(?:index|dict|dict\.dz)$`)
})

// PairDictSides are the sides of p for OrientDicts: its languages and
// sentences.
func PairDictSides(p *Pair) DictSides {
	return DictSides{Src: p.SrcLang, Tgt: p.TgtLang, SrcText: p.Src.Sentences, TgtText: p.Tgt.Sentences}
}
