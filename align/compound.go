package align

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bitext/bitext/align/langwords"
	"golang.org/x/text/language"
)

// German closed compounds, read through a dictionary by their parts.
//
// A German compound (Gletscherspalte, Bergführer, Hüttenwart) is one rare
// word that French writes as several (crevasse du glacier, guide de
// montagne). A dictionary lacks most compounds while it has their parts,
// and Model 1 learned from one document sees a compound once or twice.
// When the pair has a dictionary (Options.Lexicon) and a side's language
// is known to be German (capitalizesNouns: de, gsw, lb), that side's
// words are split the way statistical MT splits them (Koehn and Knight
// 2003, "Empirical methods for compound splitting"): into parts that are
// each a word of the side itself or a word the dictionary has on that
// side, joined directly or by a linking -s-, -es-, -n-, -en- or -e-, the
// last part perhaps inflected; of all such splits the one whose parts'
// geometric mean frequency (a dictionary word the side lacks counts once)
// is highest is taken, unless the word's own frequency is higher. Model 1
// and the lexical features (the dictionary's and the learned lexicon's)
// then read the parts' stems instead of the word's.
//
// Text+Berg dev with FreeDict deu-fra and the languages known
// (TestTextbergGrids, -devsets): strict F1 whole 0.927 -> 0.935, the
// mean over 18 cuts of 35-290 sentences 0.928 -> 0.933, over 15 cuts of
// 30-100 0.932 -> 0.936. Without a dictionary the parts come from the
// document alone, too few to matter (the means moved by -0.0005 and
// -0.001), so the pair is left as it was (BENCHMARKS.md, branch tb48).
//
// A word is split by trying every cut into parts of at least
// compoundMinPart letters, at most compoundMaxParts of them; only a part
// seen is cut further, so a word costs a few map lookups a letter.

const (
	// compoundMinPart is the shortest part (Eis, Tal, See, Weg count;
	// 4 scored 0.932 and 0.932 on the two Text+Berg grids, 3 0.933 and
	// 0.936).
	compoundMinPart = 3
	// compoundMaxParts bounds the parts of one word (2 scored 0.932 and
	// 0.936).
	compoundMaxParts = 3
)

// compoundLinkers are the letters that may join a compound's parts
// (Arbeit-s-platz, Hütte-n-wart, Tag-es-licht, Hund-e-hütte, Frau-en-arzt).
var compoundLinkers = [...]string{"s", "es", "n", "en", "e"}

// compoundEndings are the inflection endings a compound's last part may
// carry without being seen so inflected (Bergführer-n, Gletscherspalte-n).
var compoundEndings = [...]string{"e", "n", "en", "s", "es", "er", "ern"}

// compoundStop are words never taken as a part: the language's most
// frequent function words, whose counts would outvote any content word.
// Built on first use: only a German side with a dictionary splits, and
// every other process would pay for it at start-up.
var compoundStop = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range langwords.Words("de") {
		m[foldKey(w)] = true
	}
	return m
})

// compoundSplitter splits the words of one side. Not safe for
// concurrent use.
type compoundSplitter struct {
	count map[string]int         // occurrences of each word key on the side
	dict  func(stem string) bool // whether the dictionary has a stem on the side
	// the search's state: the best split so far, its score, the parts
	// of the split being tried
	best  []string
	score float64
	parts []string
}

// freq is how often part p was seen: on the side, or once when the
// dictionary has its stem on that side.
func (c *compoundSplitter) freq(p string) int {
	if compoundStop()[p] {
		return 0
	}
	if n := c.count[p]; n > 0 {
		return n
	}
	if c.dict(stem(p)) {
		return 1
	}
	return 0
}

// lastFreq is freq of a compound's last part p, or of p without an
// inflection ending when that is more frequent; base is the form counted.
func (c *compoundSplitter) lastFreq(p string) (n int, base string) {
	n, base = c.freq(p), p
	for _, e := range compoundEndings {
		if q, ok := strings.CutSuffix(p, e); ok && utf8.RuneCountInString(q) >= compoundMinPart {
			if m := c.freq(q); m > n {
				n, base = m, q
			}
		}
	}
	return n, base
}

// split returns the parts of word key w (their base forms, without
// linkers or the last part's ending), or nil when no split scores at
// least as high as the word itself.
func (c *compoundSplitter) split(w string) []string {
	if utf8.RuneCountInString(w) < 2*compoundMinPart {
		return nil
	}
	c.best, c.score = nil, float64(c.count[w])
	c.parts = c.parts[:0]
	c.search(w, 0)
	return c.best
}

// search tries the splits of rest, the word after c.parts, whose
// frequencies' logarithms sum to logsum. A split that ties with the
// word's own frequency is taken (a compound seen once whose parts were
// each seen once): the parts are what a dictionary has.
func (c *compoundSplitter) search(rest string, logsum float64) {
	if len(c.parts) > 0 {
		if n, base := c.lastFreq(rest); n > 0 {
			s := math.Exp((logsum + math.Log(float64(n))) / float64(len(c.parts)+1))
			if s > c.score || s == c.score && c.best == nil {
				c.score = s
				c.best = append(append([]string(nil), c.parts...), base)
			}
		}
	}
	if len(c.parts) == compoundMaxParts-1 {
		return
	}
	runes := 0
	for i := range rest {
		if runes >= compoundMinPart && utf8.RuneCountInString(rest[i:]) >= compoundMinPart {
			p := rest[:i]
			if n := c.freq(p); n > 0 {
				l := logsum + math.Log(float64(n))
				c.parts = append(c.parts, p)
				c.search(rest[i:], l)
				for _, lk := range compoundLinkers {
					if r, ok := strings.CutPrefix(rest[i:], lk); ok && utf8.RuneCountInString(r) >= compoundMinPart {
						c.search(r, l)
					}
				}
				c.parts = c.parts[:len(c.parts)-1]
			}
		}
		runes++
	}
}

// compoundSetup splits the words of each side whose language is known to
// be German, when the pair has a dictionary keyed by words (not the
// built-in Chinese one), and records the splits in the aligner's
// wordCache (wordCache.parts); otherwise it clears them.
func (a *aligner) compoundSetup(langs [2]language.Tag) {
	wc := a.words
	wc.parts = nil
	d := a.dict
	if d == nil || d.m == nil || d.tab != nil || d.han != nil {
		return
	}
	for side, doc := range []Document{a.src, a.tgt} {
		if !capitalizesNouns(langs[side]) {
			continue
		}
		c := &compoundSplitter{count: make(map[string]int), dict: dictStems(d, side)}
		var words []*wordInfo
		for _, s := range doc.Sentences {
			tokenize(clip(s), wc, func(t token) {
				if t.digit || t.han || t.key == "" {
					return
				}
				if c.count[t.key] == 0 {
					words = append(words, t.info)
				}
				c.count[t.key]++
			}, func(string) {})
		}
		for _, wi := range words {
			ps := c.split(wi.key)
			if ps == nil {
				continue
			}
			if wc.parts == nil {
				wc.parts = make(map[*wordInfo][]string)
			}
			stems := make([]string, len(ps))
			for k, p := range ps {
				stems[k] = stem(p)
			}
			wc.parts[wi] = stems
		}
	}
}

// dictStems returns whether dictionary d has a stem on side (0 source,
// 1 target): the source's are its keys, the target's are gathered.
func dictStems(d *Lexicon, side int) func(string) bool {
	if side == 0 {
		return func(s string) bool { return len(d.m[s]) > 0 }
	}
	m := make(map[string]bool)
	for _, ts := range d.m {
		for _, t := range ts {
			m[t] = true
		}
	}
	return func(s string) bool { return m[s] }
}

// compoundParts returns the stems of wi's parts when the last aligner
// set up with wc split it, else nil.
func (wc *wordCache) compoundParts(wi *wordInfo) []string {
	if wc == nil || wc.parts == nil {
		return nil
	}
	return wc.parts[wi]
}
