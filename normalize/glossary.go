package normalize

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// A Glossary is a set of entries compiled for finding their names in text:
// a trie over the word keys of every canonical form and variant, walked from
// each word of the text (see "Finding names" in the package documentation).
// A Glossary is immutable once built and safe for concurrent use.
type Glossary struct {
	entries []Entry
	root    [256]int32 // first-byte table of the trie
	nodes   []trieNode
	edges   []trieEdge  // the edges of every node, each node's together, sorted by byte
	build   []buildNode // while NewGlossary adds keys: each node's edges as a list
	targets []target
	maxKey  int // longest pattern key, in bytes
	// noArticles leaves the article before a replaced name as written:
	// the glossary is for a language other than English (fixArticle).
	noArticles bool
	// possessiveS writes the possessive of a singular name ending in s as
	// "Hamas's" (Reuters, the Guardian), not AP's "Hamas'" (PossessiveS).
	possessiveS bool
	// lang is the language of the texts the glossary is for (BuildGlossary;
	// language.Und: any): a check looks for inconsistent spellings as the
	// Discoverer does in that language (NewDiscovererFor).
	lang language.Tag
	// unify makes Rewrite rewrite a name the input spells two ways too
	// (see Unified); when fromInput is set, discovered is the index of
	// the first entry that Rewrite made from the input's spellings (rule
	// "inconsistent"). (It was read as set when > 0, so that a glossary of
	// no entries, every default entry being English, found none in a
	// German or French text.)
	unify      bool
	fromInput  bool
	discovered int
	// cases, of a glossary made from the input (fromInput) in a language
	// that declines names, are its case endings: a form that is a case of
	// an entry's canonical is no spelling of it, and another spelling is
	// reported against the canonical's form of its case (caseEndings.target).
	cases *caseEndings
	// written, with cases, are the names the input writes (its
	// discovered clusters' forms): a nominative a report may name.
	written map[string]bool
	// nonLatin, of a glossary made from the input (fromInput), says the
	// input's language is written in another script than Latin (Russian,
	// Chinese): a Latin word there next to another Latin word is a phrase
	// of another language (latinPhrase).
	nonLatin bool
	// english, of a glossary made from the input (fromInput), says the
	// input is English (or of no language given): a one-word form after
	// the article "a" is a noun there (articleNoun).
	english bool
	// fixedEntry marks the entries with a form whose key is the name of a
	// fixed expression ("chicken Kiev"): only their mentions are checked.
	fixedEntry []bool
	// keyBits is a Bloom filter of the keys of all forms (keyHash): a name
	// it rules out has no entry. keySlots is a hash table (linear probing
	// on keyHash) of indexes into keys, -1 where empty: a name's entry is
	// found in a few memory reads, where the trie's walk reads two places
	// for each byte of the key.
	keyBits  []uint64
	keySlots []int32
	keys     []indexedKey
}

// indexedKey is the key of a form and the entry the trie gives it.
type indexedKey struct {
	hash  uint64
	key   string
	entry int32
}

// trieNode is a node of the trie: its edges are edges[first:first+n]. The
// edges of all nodes are in one slice, which holds no pointers: a glossary
// of a names list (millions of nodes) is built in a few allocations and
// costs the garbage collector nothing to scan.
type trieNode struct {
	first, n int32
	target   int32 // index into targets, or -1
}

// buildNode is a node's edges while the trie is built: the first child,
// whose siblings follow in the order of their bytes.
type buildNode struct {
	child, sibling int32 // -1: none
	b              byte  // the byte of the edge to this node
}

type trieEdge struct {
	b  byte
	to int32
}

// target is what a pattern key stands for.
type target struct {
	entry     int32
	canonical bool     // the key of the canonical form itself
	acronym   bool     // an acronym of the canonical: found, never rewritten
	forms     []string // listed spellings with this key, case-folded, spaces normalized
	capsForm  bool     // a listed spelling is written in capitals ("ISIS")
	needCap   bool     // every listed spelling starts with a capital letter

	// aliasForm is the listed variant that made this target ("" when the
	// canonical form or an acronym did), and aliasState whether it is an
	// alias of the canonical (isAlias): 0 not yet known, 1 no, 2 yes,
	// read and written atomically. It is decided when a mention first
	// needs it (ruleOf), not as the glossary is built: isAlias scores the
	// variant against the canonical, which for the default glossary cost
	// more than all else 'names match' did at start-up.
	aliasForm  string
	aliasState int32
}

// Mention is one occurrence of a glossary name in a text.
type Mention struct {
	Start, End int    // byte offsets: text[Start:End] is the name as written
	Form       string // text[Start:End]
	Canonical  string // the house spelling
	Entry      int    // index of the entry in Glossary.Entries()
	// Rule says why the form was matched:
	//   "canonical"  the canonical form (perhaps in other case or spacing)
	//   "variant"    a listed variant spelling
	//   "alias"      a listed alias that no spelling rule relates ("Daesh")
	//   "spelling"   an unlisted spelling with the key of a listed form
	//   "acronym"    a listed acronym of the canonical ("IRGC"): kept as is
	//   "script"     a form in another script than the canonical ("سلیمانی"):
	//                found, for alignment, but never rewritten
	Rule string
}

// Rewrites reports whether house style rewrites the mention: its rule is
// not "canonical" or "acronym".
func (m Mention) Rewrites() bool {
	return m.Rule != RuleCanonical && m.Rule != RuleAcronym && m.Rule != RuleScript
}

// The rules of a Mention.
const (
	RuleCanonical = "canonical"
	RuleVariant   = "variant"
	RuleAlias     = "alias"
	RuleSpelling  = "spelling"
	RuleAcronym   = "acronym"
	RuleScript    = "script"
)

// maxMentionWords is the longest name, in words, the matcher tries.
const maxMentionWords = 12

// spellingMinLen is the shortest one-word form matched by key alone (rule
// "spelling"): shorter words fold onto names too easily ("Hums" onto
// "Homs"); listed variants of any length still match.
const spellingMinLen = 5

// NewGlossary compiles entries. When two entries claim the same key, the
// later one wins, so user entries placed after the default ones override
// them (see MergeEntries).
func NewGlossary(entries []Entry) *Glossary { return newGlossary(entries, nil) }

// newGlossary is NewGlossary with the joined keys of the forms of entries
// known (see joinedKeys): keys[i], when not nil, are those of entries[i].
func newGlossary(entries []Entry, keys [][]string) *Glossary {
	g := &Glossary{entries: append([]Entry(nil), entries...)}
	g.nodes = append(g.nodes, trieNode{target: -1}) // node 0: the root
	g.build = append(g.build, buildNode{child: -1, sibling: -1})
	for i := range g.root {
		g.root[i] = -1
	}
	var kb keyBuilder
	var all []string
	g.fixedEntry = make([]bool, len(g.entries))
	for ei, e := range g.entries {
		var known []string
		if ei < len(keys) {
			known = keys[ei]
		}
		canonKey := joinedKnown(&kb, known, 0, e.Canonical)
		g.add(canonKey, int32(ei), e.Canonical, e, true)
		all = append(all, canonKey)
		g.fixedEntry[ei] = fixedKeys[canonKey]
		for vi, v := range e.Variants {
			k := joinedKnown(&kb, known, 1+vi, v)
			g.add(k, int32(ei), v, e, k == canonKey)
			all = append(all, k)
			g.fixedEntry[ei] = g.fixedEntry[ei] || fixedKeys[k]
		}
	}
	g.flatten()
	g.indexKeys(all)
	return g
}

// flatten moves the edges of the nodes from the lists of build to edges.
func (g *Glossary) flatten() {
	g.edges = make([]trieEdge, 0, len(g.nodes))
	for n := range g.nodes {
		if n == trieRoot {
			continue // root's edges are the table root
		}
		g.nodes[n].first = int32(len(g.edges))
		for c := g.build[n].child; c >= 0; c = g.build[c].sibling {
			g.edges = append(g.edges, trieEdge{b: g.build[c].b, to: c})
		}
		g.nodes[n].n = int32(len(g.edges)) - g.nodes[n].first
	}
	g.build = nil
}

// joinedKnown returns known[i], the joined key of form, or computes it when
// known does not have it.
func joinedKnown(kb *keyBuilder, known []string, i int, form string) string {
	if i < len(known) {
		return known[i]
	}
	return kb.joined(form)
}

// indexKeys builds keyBits, keySlots and keys from the keys of all forms
// (with repeats; "" is no key).
func (g *Glossary) indexKeys(all []string) {
	// About 16 bits a key, two of them set in one 64-bit word: about 2%
	// of the names in no entry pass (the default glossary's: 1 KB).
	n := 1
	for n*64 < len(all)*16 {
		n *= 2
	}
	g.keyBits = make([]uint64, n)
	n = 2
	for n < 2*len(all) {
		n *= 2
	}
	g.keySlots = make([]int32, n)
	for i := range g.keySlots {
		g.keySlots[i] = -1
	}
	for _, k := range all {
		if k == "" {
			continue
		}
		h := keyHash(keyHashSeed, k)
		i := int(h) & (len(g.keySlots) - 1)
		for ; g.keySlots[i] >= 0; i = (i + 1) & (len(g.keySlots) - 1) {
			if g.keys[g.keySlots[i]].key == k {
				break
			}
		}
		if g.keySlots[i] >= 0 {
			continue // a repeat
		}
		tg := g.targetOf(g.walk(trieRoot, k))
		g.keySlots[i] = int32(len(g.keys))
		g.keys = append(g.keys, indexedKey{hash: h, key: k, entry: tg.entry})
		b, m := g.keyBit(h)
		g.keyBits[b] |= m
	}
}

// keyHashSeed starts keyHash (FNV-1a).
const keyHashSeed = 0xcbf29ce484222325

// keyHash adds the bytes of k to h (FNV-1a): the hash of the key of a name
// of several words is keyHash of each word in turn, as the trie is walked.
// It takes a key as a string or as the bytes being folded (firstWordHash).
func keyHash[K ~string | ~[]byte](h uint64, k K) uint64 {
	for i := 0; i < len(k); i++ {
		h = (h ^ uint64(k[i])) * 0x100000001b3
	}
	return h
}

// keyBit returns the word of keyBits and the two bits in it that stand
// for a key of hash h.
func (g *Glossary) keyBit(h uint64) (int, uint64) {
	h *= 0x9E3779B97F4A7C15 // FNV's last bytes barely reach the high bits
	return int(h>>32) & (len(g.keyBits) - 1), 1<<(h&63) | 1<<(h>>6&63)
}

// mayHaveKey reports whether a form may have the key of hash h: false
// when no form has it.
func (g *Glossary) mayHaveKey(h uint64) bool {
	if len(g.keyBits) == 0 {
		return false // the zero Glossary: no forms
	}
	i, m := g.keyBit(h)
	return g.keyBits[i]&m == m
}

// entryOfWords returns the entry of the key made of words (joined), or
// -1 when no form has that key.
func (g *Glossary) entryOfWords(words []string) int32 {
	h := uint64(keyHashSeed)
	for _, w := range words {
		h = keyHash(h, w)
	}
	if !g.mayHaveKey(h) {
		return -1
	}
	for i := int(h) & (len(g.keySlots) - 1); g.keySlots[i] >= 0; i = (i + 1) & (len(g.keySlots) - 1) {
		if k := &g.keys[g.keySlots[i]]; k.hash == h && joinedIs(words, k.key) {
			return k.entry
		}
	}
	return -1
}

// entryOfKey returns the entry of the form with key k, or -1.
func (g *Glossary) entryOfKey(k string) int32 { return g.entryOfWords([]string{k}) }

// joinedIs reports whether the words joined are k.
func joinedIs(words []string, k string) bool {
	for _, w := range words {
		if len(w) > len(k) || k[:len(w)] != w {
			return false
		}
		k = k[len(w):]
	}
	return k == ""
}

// add inserts one pattern.
func (g *Glossary) add(key string, entry int32, form string, e Entry, canonical bool) {
	if key == "" {
		return
	}
	g.maxKey = max(g.maxKey, len(key))
	n := int32(trieRoot)
	for i := 0; i < len(key); i++ {
		n = g.child(n, key[i])
	}
	nf := foldForm(form)
	// A form of several words in capitals ("QASSIM SULEIMANI") is a name
	// in a heading, not an acronym whose capitals say nothing.
	caps := isAllCaps(form) && !strings.ContainsAny(form, " \u00a0")
	startsCap := startsUpper(form)
	if t := g.nodes[n].target; t >= 0 && g.targets[t].entry == entry {
		tg := &g.targets[t]
		tg.forms = append(tg.forms, nf)
		tg.capsForm = tg.capsForm || caps
		tg.needCap = tg.needCap && startsCap
		tg.canonical = tg.canonical || canonical
		if !canonical {
			tg.acronym = tg.acronym || isAcronymOf(form, e.Canonical)
		}
		return
	}
	// A new target; a later entry replaces an earlier one's claim.
	tg := target{
		entry:     entry,
		canonical: canonical,
		forms:     []string{nf},
		capsForm:  caps,
		needCap:   startsCap,
	}
	if !canonical {
		tg.acronym = isAcronymOf(form, e.Canonical)
		if !tg.acronym {
			tg.aliasForm = form
		}
	}
	g.nodes[n].target = int32(len(g.targets))
	g.targets = append(g.targets, tg)
}

func (g *Glossary) newNode(b byte) int32 {
	g.nodes = append(g.nodes, trieNode{target: -1})
	g.build = append(g.build, buildNode{child: -1, sibling: -1, b: b})
	return int32(len(g.nodes) - 1)
}

// child returns the child of n on byte b, adding it if needed.
func (g *Glossary) child(n int32, b byte) int32 {
	if n == trieRoot {
		if g.root[b] < 0 {
			g.root[b] = g.newNode(b)
		}
		return g.root[b]
	}
	prev, c := int32(-1), g.build[n].child
	for c >= 0 && g.build[c].b < b {
		prev, c = c, g.build[c].sibling
	}
	if c >= 0 && g.build[c].b == b {
		return c
	}
	nc := g.newNode(b)
	g.build[nc].sibling = c
	if prev < 0 {
		g.build[n].child = nc
	} else {
		g.build[prev].sibling = nc
	}
	return nc
}

// trieRoot is the root node; noNode is the result of falling off the trie.
const (
	trieRoot = 0
	noNode   = -1
)

// step follows byte b from node n, or returns noNode.
func (g *Glossary) step(n int32, b byte) int32 {
	if n == trieRoot {
		return g.root[b]
	}
	nd := g.nodes[n]
	for _, e := range g.edges[nd.first : nd.first+nd.n] {
		if e.b == b {
			return e.to
		}
		if e.b > b {
			break
		}
	}
	return noNode
}

// walk follows the bytes of k from node n, or returns noNode.
func (g *Glossary) walk(n int32, k string) int32 {
	for i := 0; i < len(k) && n != noNode; i++ {
		n = g.step(n, k[i])
	}
	return n
}

// targetOf returns the target of node n, or nil.
func (g *Glossary) targetOf(n int32) *target {
	if n == noNode || n == trieRoot || g.nodes[n].target < 0 {
		return nil
	}
	return &g.targets[g.nodes[n].target]
}

// Entries returns the glossary's entries; Mention.Entry indexes them.
func (g *Glossary) Entries() []Entry { return g.entries }

// Len is the number of entries.
func (g *Glossary) Len() int { return len(g.entries) }

// Lookup returns the entry a name belongs to: the entry whose canonical form
// or a variant has the name's key.
func (g *Glossary) Lookup(name string) (Entry, bool) {
	var kb keyBuilder
	e := g.entryOfWords(kb.words(name))
	if e < 0 {
		return Entry{}, false
	}
	return g.entries[e], true
}

// Find yields the mentions of glossary names in text, left to right, the
// longest at each place, never inside URLs or e-mail addresses.
func (g *Glossary) Find(text string) iter.Seq[Mention] {
	return func(yield func(Mention) bool) {
		m := getMatcher(g)
		defer putMatcher(m)
		m.find(text, yield)
	}
}

// matcher holds the per-call state of Find: the words of the text and a
// cache of word keys.
type matcher struct {
	g     *Glossary
	words []word
	cache map[string]string
	kb    keyBuilder
	// capsForm is whether the mention find yields last matched a listed
	// form written in capitals (an acronym such as "ISIS"), whose capitals
	// say nothing about the case style of the text.
	capsForm bool
}

type word struct {
	start, end int
	key        string
}

// keyCacheSize bounds the word-key cache: news text repeats a few thousand
// words, and a bounded map keeps memory constant on any input.
const keyCacheSize = 1 << 16

var matcherPool sync.Pool

func getMatcher(g *Glossary) *matcher {
	if m, ok := matcherPool.Get().(*matcher); ok {
		m.g = g
		return m
	}
	return &matcher{g: g, cache: make(map[string]string)}
}

func putMatcher(m *matcher) {
	m.g = nil
	m.words = m.words[:0]
	matcherPool.Put(m)
}

// wordKey returns the folded key of one word of text.
func (m *matcher) wordKey(w string) string {
	if k, ok := m.cache[w]; ok {
		return k
	}
	m.kb.lat = appendLatin(m.kb.lat[:0], w)
	m.kb.buf = foldToken(m.kb.buf[:0], m.kb.lat)
	k := string(m.kb.buf)
	if len(m.cache) >= keyCacheSize {
		clear(m.cache)
	}
	m.cache[strings.Clone(w)] = k
	return k
}

// find calls yield for each mention in text, in three steps: the text cut
// into words with their keys (textWords), the next glossary form in them,
// the longest that starts at its first word (nextForm), and that form
// kept when it is a mention (mentionAt).
func (m *matcher) find(text string, yield func(Mention) bool) {
	if len(m.g.nodes) <= 1 {
		return
	}
	words := m.textWords(text)
	var ment Mention
	for i := 0; ; {
		first, last, target := m.nextForm(text, words, i)
		if target < 0 {
			return
		}
		next, ok := m.mentionAt(text, words, first, last, target, &ment)
		if ok && !yield(ment) {
			return
		}
		i = next
	}
}

// textWords cuts text into words with their keys, leaving out URLs and
// e-mail addresses; the slice is the matcher's, reused by the next call.
func (m *matcher) textWords(text string) []word {
	m.words = m.words[:0]
	var prot protector
	for i := 0; i < len(text); {
		s, e := nextToken(text, i)
		if s < 0 {
			break
		}
		i = e
		if prot.protected(text, s) {
			continue
		}
		m.words = append(m.words, word{start: s, end: e, key: m.wordKey(text[s:e])})
	}
	return m.words
}

// nextForm returns the first glossary form in words from words[i] on,
// the longest that starts at its first word: its first and last word and
// its trie target (target -1: none is left). A form's words are joined by
// spaces or hyphens, or follow an initial; the articles el, ul, il and an
// assimilated one before a hyphen ("ar-Rahman") walk the trie as al. It
// walks on to the next form itself, so that a word that starts none costs
// no call.
func (m *matcher) nextForm(text string, words []word, i int) (first, last int, target int32) {
	g := m.g
	for ; i < len(words); i++ {
		last, target = -1, -1
		n := int32(trieRoot)
		for j := i; j < min(len(words), i+maxMentionWords); j++ {
			if j > i && !joinable(text[words[j-1].end:words[j].start]) && !afterInitial(text, words[j-1], words[j].start) {
				break
			}
			k := words[j].key
			if k == "el" || k == "ul" || k == "il" {
				k = "al"
			} else if j+1 < len(words) && isAssimilatedArticle(k, words[j+1].key) && isHyphen(text[words[j].end:words[j+1].start]) {
				k = "al"
			}
			if n = g.walk(n, k); n == noNode || n == trieRoot {
				break
			}
			if t := g.nodes[n].target; t >= 0 {
				last, target = j, t
			}
		}
		if target >= 0 {
			return i, last, target
		}
	}
	return -1, -1, -1
}

// mentionAt reads words[i..last], the glossary form of trie target t,
// into ment and reports whether it is a mention, with the word to go on
// from. It is none when the form wants a capital and has none, when it is
// a form of an entry made from the input that is no spelling of it
// (inputSpelling), a place inside a person's name, a person someone else
// by title, or a short or lettered form that merely folds like a name
// (foldsOnly).
func (m *matcher) mentionAt(text string, words []word, i, last int, t int32, ment *Mention) (next int, ok bool) {
	g := m.g
	start, end := words[i].start, words[last].end
	if last > i && end < len(text) && text[end] == '.' && text[words[last-1].end:words[last].start] == "." {
		end++ // the last dot of initials: "U.N."
	}
	form := text[start:end]
	tg := &g.targets[t]
	if tg.needCap && !startsUpper(form) {
		return i + 1, false
	}
	e := &g.entries[tg.entry]
	*ment = Mention{
		Start:     start,
		End:       end,
		Form:      form,
		Canonical: e.Canonical,
		Entry:     int(tg.entry),
		Rule:      ruleOf(tg, form, e.Canonical),
	}
	if g.fromInput && int(tg.entry) >= g.discovered && ment.Rule != RuleCanonical {
		ment.Rule = RuleInconsistent // an entry Rewrite made from the input
		if !m.inputSpelling(text, words, i, last, ment) {
			return i + 1, false
		}
	}
	if ment.Rewrites() && e.Kind == KindPlace && (placeInLongerName(text, start, end) || placeAsGivenName(text, start, end)) {
		return i + 1, false // placename.go, placegiven.go: Sergei Nikolaev, Riyad Mahrez are no places
	}
	if ment.Rewrites() && e.Kind == KindPerson && otherRoleTitle(text, start, end, e) {
		return last + 1, false // persontitle.go: Fr. Vladimir Zelensky, a priest, is another person (and so is his surname)
	}
	if ment.Rule == RuleSpelling && foldsOnly(text, words[i:last+1], form, ment.Canonical) {
		return i + 1, false
	}
	m.capsForm = tg.capsForm
	return last + 1, true
}

// inputSpelling reports whether ment, words[i..last] found as a form of an
// entry Rewrite made from the input, spells that entry's name: not an
// English phrase in a text of another script, not another case of the
// name (ment.Canonical becomes the case the text writes), not the first
// part of a compound.
func (m *matcher) inputSpelling(text string, words []word, i, last int, ment *Mention) bool {
	g := m.g
	if g.nonLatin && latinPhrase(text, words, i, last) && scriptOf(ment.Form) == "latin" && scriptOf(ment.Canonical) != "latin" {
		return false // "Press Trust of India": English, no spelling of "Индия"
	}
	if g.english && i == last && articleNoun(text, words, i) {
		return false // "The Lady Is a Tramp": a noun, no spelling of "Trump"
	}
	if g.cases != nil {
		c, ok := g.cases.target(ment.Form, ment.Canonical, g.written)
		if !ok {
			return false // "Украине" of "Украины": a case, no spelling
		}
		ment.Canonical = c // "Портланда" -> "Портленда" where the text writes "Портленде"
	}
	// The first part of a compound ("System-V-like"): its hyphens are the
	// compound's, no spelling of the name.
	return strings.IndexByte(ment.Form, '-') < 0 || !hyphenLower(text, ment.End)
}

// foldsOnly reports whether form, the words ws found by key alone (rule
// spelling) for canonical, merely folds like the name: a short unlisted
// word is more likely an ordinary word ("Hums" is not "Homs"); initials
// that do ("J.D.A.", Jiddah) are no spelling of it either, nor words that
// fold like it joined, one of them a lone letter: the pronoun or an
// article ("Can I" is not "Qaani"), or a function word ("BY ROOT" is not
// Beirut), nor a code without a vowel ("HHMMSS" is not Homs):
// spelling_words.go.
func foldsOnly(text string, ws []word, form, canonical string) bool {
	return len(ws) == 1 && utf8.RuneCountInString(form) < spellingMinLen || strings.IndexByte(form, '.') >= 0 || hasLetterWord(ws) ||
		joinsFunctionWord(text, ws, canonical) || vowelless(form)
}

// latinPhrase reports whether the word before words[i] or the one after
// words[end], with only spaces between, is written in Latin letters: a
// Latin name in a text of another script is then part of a phrase of
// another language (a title or a name: "Press Trust of India", "State of
// the Union"), which the text quotes as that language writes it, no
// spelling of the name in the text's own script.
func latinPhrase(text string, words []word, i, end int) bool {
	spaced := func(sep string) bool { return sep != "" && strings.Trim(sep, " \u00A0") == "" }
	if i > 0 && spaced(text[words[i-1].end:words[i].start]) && scriptOf(text[words[i-1].start:words[i-1].end]) == "latin" {
		return true
	}
	return end+1 < len(words) && spaced(text[words[end].end:words[end+1].start]) && scriptOf(text[words[end+1].start:words[end+1].end]) == "latin"
}

// articleNoun reports whether words[i], one word of an English text, is
// a noun after the article: "a" or "an" right before it (one space
// between), and no word in lower case right after it, which it could
// qualify as a name does ("a Trump rally"). A capitalised word there is a
// common noun in a title ("The Lady Is a Tramp") or a name used as one ("a
// Picasso"), no spelling of a name the text writes a letter apart.
func articleNoun(text string, words []word, i int) bool {
	if i == 0 || text[words[i-1].end:words[i].start] != " " {
		return false
	}
	if a := text[words[i-1].start:words[i-1].end]; a != "a" && a != "an" {
		return false
	}
	if i+1 < len(words) && text[words[i].end:words[i+1].start] == " " {
		r, _ := utf8.DecodeRuneInString(text[words[i+1].start:])
		return !unicode.IsLower(r)
	}
	return true
}

// hasLetterWord reports whether ws, the words of a mention of two words
// or more, has a word of one letter.
func hasLetterWord(ws []word) bool {
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if w.end-w.start == 1 {
			return true
		}
	}
	return false
}

// ruleOf decides the rule of a mention of form matched to tg.
func ruleOf(tg *target, form, canonical string) string {
	f := foldForm(form)
	switch {
	case tg.canonical && f == foldForm(canonical):
		return RuleCanonical
	case tg.acronym:
		return RuleAcronym
	case scriptOf(form) != scriptOf(canonical):
		return RuleScript
	}
	for _, lf := range tg.forms {
		if lf == f {
			if tg.isAlias(canonical) {
				return RuleAlias
			}
			return RuleVariant
		}
	}
	return RuleSpelling
}

// isAlias reports whether tg's listed variant is an alias of canonical,
// the canonical form of tg's entry, deciding it on the first call.
func (tg *target) isAlias(canonical string) bool {
	switch atomic.LoadInt32(&tg.aliasState) {
	case 1:
		return false
	case 2:
		return true
	}
	alias := tg.aliasForm != "" && isAlias(tg.aliasForm, canonical)
	state := int32(1)
	if alias {
		state = 2
	}
	atomic.StoreInt32(&tg.aliasState, state) // concurrent callers store the same
	return alias
}

// aliasSpelling is the similarity of the joined keys under which a listed
// variant that is not the Same name is an alias rather than a spelling
// ("Islamic Revolution Guard Corps" is a spelling of "Islamic
// Revolutionary Guard Corps"; "Revolution Guards" is an alias).
const aliasSpelling = 0.7

// isAlias reports whether listed variant v of canonical is an alias: a name
// no spelling rule relates to the canonical.
func isAlias(v, canonical string) bool {
	if scriptOf(v) != scriptOf(canonical) || Same(v, canonical) {
		return false
	}
	s := simPool.Get().(*simState)
	defer simPool.Put(s)
	var kb keyBuilder
	return s.editSim(kb.joined(v), kb.joined(canonical)) < aliasSpelling
}

// scriptOf names the script of the first letter of s: "latin", "arabic",
// "cyrillic", "greek", "hebrew" or "other".
func scriptOf(s string) string {
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r):
			continue
		case unicode.Is(unicode.Latin, r):
			return "latin"
		case isArabicScript(r):
			return "arabic"
		case unicode.Is(unicode.Cyrillic, r):
			return "cyrillic"
		case unicode.Is(unicode.Greek, r):
			return "greek"
		case isHebrewScript(r):
			return "hebrew"
		}
		return "other"
	}
	return ""
}

// isAssimilatedArticle reports whether k is the Arabic article written as it
// sounds before a sun letter, as in "ar-Rahman": "ar" before "rahman".
func isAssimilatedArticle(k, next string) bool {
	return len(k) >= 2 && len(k) <= 3 && (k[0] == 'a' || k[0] == 'e' || k[0] == 'u') &&
		isSunLetter(k[1]) && k != "al" && strings.HasPrefix(next, k[1:])
}

// joinable reports whether the text between two words may lie inside one
// name: spaces with at most one line break, or a hyphen.
func joinable(sep string) bool {
	if sep == "" {
		return false
	}
	newlines, hyphens := 0, 0
	for _, r := range sep {
		switch {
		case r == '\n':
			newlines++
		case r == '-' || r == '\u2010' || r == '\u2011':
			hyphens++
		case r == ' ' || r == '\t' || r == '\r' || r == '\u00A0' || r == '\u202F' || r == '\u2009':
		default:
			return false
		}
	}
	return newlines <= 1 && hyphens <= 1
}

// afterInitial reports whether the text from the end of word w to next
// may lie inside one name because w is an initial: one letter, then a
// period and what joinable allows, or the period alone ("Mohammed S.
// al-Sudani", "U.N.").
func afterInitial(text string, w word, next int) bool {
	if next-w.end < 1 || text[w.end] != '.' || utf8.RuneCountInString(text[w.start:w.end]) != 1 {
		return false
	}
	sep := text[w.end+1 : next]
	return sep == "" || joinable(sep)
}

func isHyphen(sep string) bool {
	return sep == "-" || sep == "\u2010" || sep == "\u2011"
}

// foldForm is a spelling compared for rules: lower case, runs of spaces and
// hyphens as they are but whitespace as one space.
func foldForm(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isAllCaps reports whether s has at least two letters and no lower-case one.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 2
}

// startsUpper reports whether the first letter of s is upper case or from a
// script without case.
func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return !unicode.IsLower(r)
		}
	}
	return false
}

// isAcronymOf reports whether v is an acronym of canonical: written in
// capitals (dots allowed) and equal to the initials of its words, function
// words optional ("IRGC" for "Islamic Revolutionary Guard Corps").
func isAcronymOf(v, canonical string) bool {
	letters := strings.Map(func(r rune) rune {
		if r == '.' {
			return -1
		}
		return r
	}, v)
	if !isAllCaps(letters) || utf8.RuneCountInString(letters) > 10 || strings.ContainsAny(letters, " -") {
		return false
	}
	var all, content []rune
	for _, w := range strings.FieldsFunc(canonical, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		r = unicode.ToUpper(r)
		all = append(all, r)
		switch strings.ToLower(w) {
		case "of", "the", "and", "for", "in", "on", "al", "el":
		default:
			content = append(content, r)
		}
	}
	return letters == string(all) || letters == string(content)
}

// protector tracks whether a word lies in a URL or an e-mail address: it
// looks at the whitespace-delimited chunk around the word. Unless
// addressesOnly, hashtags and @handles are protected too.
type protector struct {
	end           int // end of the current chunk
	prot          bool
	addressesOnly bool
}

func (p *protector) protected(text string, at int) bool {
	if at < p.end {
		return p.prot
	}
	start := at
	for start > 0 {
		c := text[start-1]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			start--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= n
	}
	end := at
	// A '.', ':', '@', '/' or '\\' (before the word too: "./Kiev"):
	// without one, no URL, address or path.
	marks := false
	for i := start; i < at && !marks; i++ {
		marks = chunkByte[text[i]] == chunkMark
	}
	for end < len(text) {
		// One table load a byte: most bytes of a chunk are ASCII letters
		// (class 0), read with one test instead of three.
		switch chunkByte[text[end]] {
		case 0:
			end++
			continue
		case chunkMark:
			marks = true
			end++
			continue
		case chunkSpace:
		default: // the first byte of a rune outside ASCII
			r, n := utf8.DecodeRuneInString(text[end:])
			if !unicode.IsSpace(r) {
				end += n
				continue
			}
		}
		break
	}
	// Hashtags and @handles are names of their own: "#Daesh", "@Kiev". The
	// tests of the first byte and of the space before the chunk leave the
	// calls to the words that may need them (a word of the text each).
	prot := !p.addressesOnly && tagOrOpener[text[start]] && taggedChunk(text[start:end]) ||
		marks && (isURLOrEmail(text[start:end]) || isPath(text[start:end])) ||
		start >= 2 && (text[start-1] != ' ' || spaceByte(text[start-2])) && wrappedAddress(text, start)
	if prot && marks && start < at {
		// A Markdown link's or image's text is prose, its address not:
		// "[Daesh](https://x.org/a)", "![Kiev](kiev.png)".
		if k := strings.Index(text[start:end], "]("); k >= 0 && at < start+k {
			end, prot = start+k, false
		}
	}
	p.end, p.prot = end, prot
	return prot
}

// tagOrOpener holds the bytes a chunk that taggedChunk reports begins with:
// # and @, the brackets and quotes of trimOpeners and the first byte of “
// and ‘.
var tagOrOpener = [256]bool{'#': true, '@': true, '(': true, '"': true, '\'': true, 0xE2: true}

// taggedChunk reports whether chunk, after its opening brackets and quotes
// (trimOpeners), is a hashtag or an @handle.
func taggedChunk(chunk string) bool {
	if chunk == "" {
		return false
	}
	switch chunk[0] {
	case '#', '@':
		return true
	case '(', '"', '\'', "“"[0]:
		chunk = trimOpeners(chunk)
		return strings.HasPrefix(chunk, "#") || strings.HasPrefix(chunk, "@")
	}
	return false
}

// wrappedAddress reports whether the chunk text[start:end] (no spaces in
// it) goes on a URL broken over two lines: the chunk before it, at the end
// of the line above, is a URL ending in "/" ("https://" then
// "help.ubuntu.com/community/ThunarCustomActions").
func wrappedAddress(text string, start int) bool {
	prev := chunkBefore(text, start)
	return strings.HasSuffix(prev, "/") && isURLOrEmail(prev)
}

// chunkBefore returns the chunk of text (no spaces in it) before byte at
// when only spaces and one line break stand between, else "".
func chunkBefore(text string, at int) string {
	breaks := 0
	i := at
	for i > 0 && spaceByte(text[i-1]) {
		if text[i-1] == '\n' {
			breaks++
		}
		i--
	}
	if breaks != 1 {
		return ""
	}
	j := i
	for j > 0 && !spaceByte(text[j-1]) {
		j--
	}
	return text[j:i]
}

// spaceByte reports whether byte c is an ASCII space.
func spaceByte(c byte) bool { return c < utf8.RuneSelf && asciiSpace[c] }

// trimOpeners returns s without its leading brackets and opening quotes
// ("(", `"`, "'", "“", "‘"); strings.TrimLeft with that cut set costs a
// set built on every call, which is every word of the text.
//
// It switches on the first byte: a word that begins with a letter, as most
// do, is returned without comparing its prefix to the quotes.
func trimOpeners(s string) string {
	for len(s) > 0 {
		switch s[0] {
		case '(', '"', '\'':
			s = s[1:]
		case "“"[0]: // the first byte of “ and ‘
			if !strings.HasPrefix(s, "“") && !strings.HasPrefix(s, "‘") {
				return s
			}
			s = s[len("“"):]
		default:
			return s
		}
	}
	return s
}

var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// chunkByte classes the bytes protector.protected reads to find a chunk's
// end: an ASCII space ends it, a '.', ':', '@', '/' or '\\' is a mark (a
// URL, an address or a file path may follow), a byte from 0x80 starts a rune that may be a space
// outside ASCII; every other byte (0) is part of the chunk.
var chunkByte = func() (t [256]uint8) {
	for c := range asciiSpace {
		if asciiSpace[c] {
			t[c] = chunkSpace
		}
	}
	t['.'], t[':'], t['@'], t['/'], t['\\'] = chunkMark, chunkMark, chunkMark, chunkMark, chunkMark
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = chunkRune
	}
	return t
}()

const (
	chunkSpace = 1 + iota
	chunkMark
	chunkRune
)

// hasWWW reports whether c, after its opening brackets and quotes
// ("(<[\"'"), begins with www. in either case: strings.HasPrefix of
// strings.ToLower(strings.TrimLeft(c, "(<[\"'")), without the copy (no
// letter outside ASCII lowers to w or to a dot).
func hasWWW(c string) bool {
	for len(c) > 0 && strings.IndexByte("(<[\"'", c[0]) >= 0 {
		c = c[1:]
	}
	return len(c) >= 4 && c[0]|0x20 == 'w' && c[1]|0x20 == 'w' && c[2]|0x20 == 'w' && c[3] == '.'
}

// trimClosers is strings.TrimRight(c, ".,;:!?)]}>\"'\u201D\u2019"), the
// marks that may close a URL in running text, without building the cut
// set.
func trimClosers(c string) string {
	for len(c) > 0 {
		switch {
		case strings.IndexByte(".,;:!?)]}>\"'", c[len(c)-1]) >= 0:
			c = c[:len(c)-1]
		case strings.HasSuffix(c, "\u201D") || strings.HasSuffix(c, "\u2019"):
			c = c[:len(c)-len("\u201D")]
		default:
			return c
		}
	}
	return c
}

// isURLOrEmail reports whether a chunk of text without spaces is (or holds)
// a URL, a domain name (with a path or not) or an e-mail address.
//
// It runs for every word of a text that has a dot, colon or @ (a word that
// ends a sentence), so it reads the opening brackets, "www." and the closing
// marks byte by byte: strings.ToLower allocated a lower-case copy of each
// capitalized word, and TrimLeft and TrimRight built their cut sets (and
// decoded each rune, for the quotes outside ASCII) on every call.
func isURLOrEmail(c string) bool {
	if strings.Contains(c, "://") || hasWWW(c) {
		return true
	}
	if i := strings.IndexByte(c, '@'); i > 0 && i < len(c)-1 && strings.IndexByte(c[i:], '.') > 0 {
		return true
	}
	c = trimClosers(c)
	// A domain, or a domain and a path ("help.ubuntu.com/community/X").
	if i := strings.IndexByte(c, '/'); i > 0 && isDomain(c[:i]) {
		return true
	}
	return isDomain(c)
}

// isPath reports whether a chunk of text without spaces is a file path:
// one that starts at the root, the home folder, the current or parent
// folder or a drive ("/Kiev/news", "~/Kiev", "./Kiev", `C:\docs`), or one
// with a backslash (`docs\Kiev`). A path names a file that exists under
// that name, as a URL does a page: it is not rewritten ("Kiev.pdf", a
// file name, is not either: isDomain reads it as a domain). A slash
// between words ("Kiev/Kharkiv", "and/or") is no path.
func isPath(c string) bool {
	c = trimOpeners(c)
	switch {
	case c == "":
		return false
	case c[0] == '/', c[0] == '~' && strings.HasPrefix(c, "~/"),
		c[0] == '.' && (strings.HasPrefix(c, "./") || strings.HasPrefix(c, "../")):
		return true
	case len(c) >= 3 && c[1] == ':' && (c[2] == '\\' || c[2] == '/') && (c[0]|0x20 >= 'a' && c[0]|0x20 <= 'z'):
		return true
	}
	return strings.IndexByte(c, '\\') >= 0
}

// isDomain reports whether c ends in a dot and a lower-case top-level
// domain after a letter or digit ("example.org").
func isDomain(c string) bool {
	i := strings.LastIndexByte(c, '.')
	if i <= 0 || i == len(c)-1 {
		return false
	}
	tld := c[i+1:]
	if len(tld) < 2 || len(tld) > 6 {
		return false
	}
	for j := 0; j < len(tld); j++ {
		if tld[j] < 'a' || tld[j] > 'z' {
			return false
		}
	}
	prev, _ := utf8.DecodeLastRuneInString(c[:i])
	return unicode.IsLetter(prev) || unicode.IsDigit(prev)
}

// MergeEntries returns base with over applied: an entry of over replaces the
// base entry with the same canonical key, and comes after the base entries
// so that it also wins every key it shares with them. An entry of over
// limited to languages the base entry does not apply to leaves it as it
// is: a user's German "Kyiv" (Kiew) does not take the default English
// entry away from English texts (FilterLang then keeps one of the two).
//
// Only the forms of over whose words may meet a word of a base entry's
// canonical form are read word by word (overIndex): with a user's glossary
// of 200,000 entries, reading all of them cost more than compiling the
// glossary did.
func MergeEntries(base, over []Entry) []Entry {
	out, _ := mergeEntries(base, over, nil)
	return out
}

// mergeEntries is MergeEntries for entries of over whose forms' joined
// keys are overKeys (joinedKeys; nil: not known); it also returns the
// joined keys of the entries it returns (nil for those of base).
func mergeEntries(base, over []Entry, overKeys [][]string) ([]Entry, [][]string) {
	// The keys of base's canonical forms: only an entry of over with one
	// of them can replace a base entry.
	baseCanon := make(map[string]bool, len(base))
	for _, e := range base {
		baseCanon[Key(e.Canonical)] = true
	}
	replaced := map[string][][]language.Tag{} // key -> the languages of the entries of over
	for i, e := range over {
		var k string
		if overKeys != nil {
			k = refoldKey(overKeys[i][0])
		} else {
			k = Key(e.Canonical)
		}
		if baseCanon[k] {
			replaced[k] = append(replaced[k], e.Langs)
		}
	}
	idx := overIndex(base, over)
	out := make([]Entry, 0, len(base)+len(over))
	for _, e := range base {
		if !slices.ContainsFunc(replaced[Key(e.Canonical)], func(ls []language.Tag) bool { return langsOverlap(ls, e.Langs) }) {
			out = append(out, overrideWords(e, idx))
		}
	}
	var keys [][]string
	if overKeys != nil {
		keys = make([][]string, len(out), len(out)+len(over))
		keys = append(keys, overKeys...)
	}
	return append(out, over...), keys
}

// overIndex returns the forms of over by their first word's key, for
// overrideWords, leaving out those it can never look up: overrideWords
// looks up the keys of the words of a base entry's canonical form and of
// the canonical forms it puts in their place, so a form is kept when its
// first word's key is one of those (the canonical forms of the entries of
// the forms kept, to the fixed point). The forms kept are in over's order.
func overIndex(base, over []Entry) map[string][]userForm {
	if len(base) == 0 || len(over) == 0 {
		return nil
	}
	need := neededKeys{keys: map[string]bool{}, hashes: map[uint64]bool{}}
	for _, e := range base {
		need.add(spanKeys(wordKeys(e.Canonical)))
	}
	// The hash of each form's first word's key (0: no word), in the
	// order of over's entries and their forms.
	var hashes []uint64
	var lat, buf []byte
	for _, u := range over {
		for f := range entryForms(u) {
			var h uint64
			lat, buf, h = firstWordHash(f, lat, buf)
			hashes = append(hashes, h)
		}
	}
	kept, canonKeys := keptOverForms(over, hashes, &need)
	idx := map[string][]userForm{}
	j := 0
	for i, u := range over {
		for range entryForms(u) {
			if keys := kept[j]; keys != nil && !shortForm(keys, canonKeys[i]) {
				idx[keys[0]] = append(idx[keys[0]], userForm{keys, u.Canonical, u.Langs})
			}
			j++
		}
	}
	return idx
}

// neededKeys are the word keys overrideWords may look up, and their
// hashes (keyHash with keyHashSeed), which a form's first word is checked
// against before its keys are made.
type neededKeys struct {
	keys   map[string]bool
	hashes map[uint64]bool
}

// add adds keys and reports whether one was new.
func (n *neededKeys) add(keys []string) (added bool) {
	for _, k := range keys {
		if !n.keys[k] {
			n.keys[k], n.hashes[keyHash(keyHashSeed, k)], added = true, true, true
		}
	}
	return added
}

// keptOverForms returns, for each form of over (hashes: their first words'
// hashes, in order), the keys of its words when its first word's key is
// needed, else nil, and the keys of the canonical form of each entry with
// a form kept; a kept form's entry's canonical keys are needed too, to the
// fixed point.
//
// The keys of the words of each form kept and of the canonical form of
// each entry that has one are read once: the index needs them again, and
// with a user's list of names most forms are kept (their given names are
// the default entries' too). The index keeps the forms' keys, so holding
// them costs no memory it would not take.
func keptOverForms(over []Entry, hashes []uint64, need *neededKeys) (kept, canonKeys [][]string) {
	kept = make([][]string, len(hashes)) // nil: not kept
	canonKeys = make([][]string, len(over))
	for changed := true; changed; {
		changed = false
		j := 0
		for i, u := range over {
			grew := false
			for f := range entryForms(u) {
				if h := hashes[j]; h != 0 && kept[j] == nil && need.hashes[h] {
					if fw := wordKeys(f); len(fw) > 0 && need.keys[fw[0].key] {
						kept[j], grew = spanKeys(fw), true
					}
				}
				j++
			}
			if grew {
				if canonKeys[i] == nil {
					canonKeys[i] = spanKeys(wordKeys(u.Canonical))
				}
				if need.add(canonKeys[i]) {
					changed = true
				}
			}
		}
	}
	return kept, canonKeys
}

// spanKeys returns the keys of words.
func spanKeys(words []spanKey) []string {
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = w.key
	}
	return keys
}

// shortForm reports whether a form of fewer words than its canonical has
// only words of the canonical (by key): "Musavi" of "Abdolrahim Mousavi",
// what the user's texts call that man. Such a form names a person, not a
// spelling: put in another name's words ("Mir Hossein Mousavi") it gave
// that name a stranger's given name.
func shortForm(form, canonical []string) bool {
	if len(form) >= len(canonical) {
		return false
	}
	for _, k := range form {
		if !slices.Contains(canonical, k) {
			return false
		}
	}
	return true
}

// entryForms yields the canonical form of e, then its variants.
func entryForms(e Entry) iter.Seq[string] {
	return func(yield func(string) bool) {
		if !yield(e.Canonical) {
			return
		}
		for _, v := range e.Variants {
			if !yield(v) {
				return
			}
		}
	}
}

// firstWordHash returns keyHash of the key of the first word of name as
// wordKeys gives it, or 0 when wordKeys gives none; lat and buf are
// buffers, returned for reuse.
func firstWordHash(name string, lat, buf []byte) ([]byte, []byte, uint64) {
	for s, e := range tokens(name) {
		lat = appendLatin(lat[:0], name[s:e])
		if len(lat) == 0 {
			continue
		}
		buf = foldToken(buf[:0], lat)
		h := keyHash(keyHashSeed, buf)
		if h == 0 {
			h = 1 // 0 stands for no word
		}
		return lat, buf, h
	}
	return lat, buf, 0
}

// spanKey is a word of a name: its byte range and its key.
type spanKey struct {
	s, e int
	key  string
}

// wordKeys returns the words of name with their keys.
func wordKeys(name string) []spanKey {
	var out []spanKey
	var lat, buf []byte
	for s, e := range tokens(name) {
		lat = appendLatin(lat[:0], name[s:e])
		if len(lat) == 0 {
			continue
		}
		buf = foldToken(buf[:0], lat)
		out = append(out, spanKey{s, e, string(buf)})
	}
	return out
}

// userForm is a form of a user's entry: its words' keys and the entry's
// canonical.
type userForm struct {
	keys      []string
	canonical string
	langs     []language.Tag // the entry's languages: it overrides only entries that apply to one of them
}

// overrideWords applies the user's entries to a base entry that shares a
// run of words with one of them: after the user's "Zelensky" (variants
// "Zelenskyy", "Zelenskiy"), the default "Volodymyr Zelenskyy" becomes
// "Volodymyr Zelensky", so that "Volodymyr Zelenskiy" is rewritten in the
// user's house style, never to a mix. The old canonical becomes a variant.
func overrideWords(e Entry, idx map[string][]userForm) Entry {
	if len(idx) == 0 {
		return e
	}
	words := wordKeys(e.Canonical)
	canonical := e.Canonical
	for i := 0; i < len(words); i++ {
		for _, uf := range idx[words[i].key] {
			n := len(uf.keys)
			if n >= len(words) || i+n > len(words) || !langsOverlap(uf.langs, e.Langs) {
				continue
			}
			match := true
			for j := range uf.keys {
				if words[i+j].key != uf.keys[j] {
					match = false
					break
				}
			}
			from, to := words[i].s, words[i+n-1].e
			if !match || within(canonical, from, to, uf.canonical) {
				continue
			}
			canonical = canonical[:from] + uf.canonical + canonical[to:]
			words = wordKeys(canonical)
			break
		}
	}
	if canonical == e.Canonical {
		return e
	}
	variants := []string{e.Canonical}
	for _, v := range e.Variants {
		if v != canonical {
			variants = append(variants, v)
		}
	}
	e.Canonical, e.Variants = canonical, variants
	return e
}

// within reports whether the words s[from:to] are in s as a part of
// form: the user's canonical is there already. A canonical that holds the
// form it is put in for ("Abdolrahim Mousavi", variant "Musavi", in
// "Mir-Hossein Mousavi") matched again at its own last word, and the
// canonical grew without end (names check and the server's Check hung).
func within(s string, from, to int, form string) bool {
	for k := max(0, to-len(form)); k <= from && k+len(form) <= len(s); k++ {
		if s[k:k+len(form)] == form {
			return true
		}
	}
	return false
}

// FilterLang returns the entries that apply to language lang: those with
// no languages, and those with a tag whose language subtag is lang's
// ("en-GB" applies to "en"). language.Und (the zero value) keeps every
// entry.
func FilterLang(entries []Entry, lang language.Tag) []Entry {
	out, _ := filterLang(entries, nil, lang)
	return out
}

// filterLang is FilterLang for entries whose forms' joined keys are keys
// (nil: not known), and the keys of the entries it returns.
func filterLang(entries []Entry, keys [][]string, lang language.Tag) ([]Entry, [][]string) {
	if lang == language.Und {
		return entries, keys
	}
	want := langBase(lang)
	var out []Entry
	var outKeys [][]string
	keep := func(i int) {
		out = append(out, entries[i])
		if keys != nil {
			outKeys = append(outKeys, keys[i])
		}
	}
	for i, e := range entries {
		if len(e.Langs) == 0 {
			keep(i)
			continue
		}
		for _, l := range e.Langs {
			if langBase(l) == want {
				keep(i)
				break
			}
		}
	}
	return out, outKeys
}

// langBase is the language subtag by which an entry's language and a
// text's are compared (filterLang, langsOverlap): lang's, but Norwegian
// Bokmål (nb) is Norwegian (no), as BCP 47's macrolanguage and the one
// Norwegian written in most texts: a Norwegian text of no stated language
// is read as nb (langwords' one Norwegian list), and a user's entries
// tagged no must rewrite it, as they rewrite a text given as --lang no.
// Nynorsk (nn) stays a language of its own.
func langBase(lang language.Tag) language.Base {
	b, _ := lang.Base()
	if b == baseNB {
		return baseNO
	}
	return b
}

var baseNB, baseNO = language.MustParseBase("nb"), language.MustParseBase("no")
