package align

import (
	"errors"
	"hash/maphash"
	"io"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dictTable is a Han-keyed dictionary in a compact, read-only form: the
// built-in CC-CEDICT's links and maximal-match headwords. As Go maps
// (map[string][]string for the links, map[string]bool for the headwords)
// it held 29 MB of live heap, two thirds of it the maps' own tables
// (about 90 bytes a key: slots of 40 bytes, half of them empty). Here
// the keys are one string, each key's translations a run of uint16
// indexes into the distinct translations (one string too), and an
// open-addressing index of uint32 finds a key's entry.
type dictTable struct {
	keys  string    // every key, one after another
	ents  []dictEnt // one a key
	index []uint32  // bits of a key's hash above tableEntBits | its entry + 1; 0 empty
	ids   []uint16  // the translations of each entry in turn, as indexes into nameEnd
	names string    // the distinct translations, one after another
	// nameEnd is the end of each translation in names: where a string
	// each held 16 bytes of header and an allocation of its own.
	nameEnd []uint32
	seed    maphash.Seed
}

// A dictEnt is one key of a dictTable: where its text is in keys, where
// its translations are in ids, and whether it is a headword of the
// maximal match.
type dictEnt struct {
	key, tr uint32
	keyLen  uint8
	word    bool
	nTr     uint16
}

// tableEntBits is how many low bits of an index slot name the entry; the
// others hold bits of the key's hash, so that the slots of other keys
// are passed over without comparing strings.
const tableEntBits = 20

const tableEntMask = 1<<tableEntBits - 1

// find returns the entry of key s, or nil.
func (t *dictTable) find(s string) *dictEnt {
	h := maphash.String(t.seed, s)
	tag := uint32(h>>32) &^ tableEntMask
	mask := len(t.index) - 1
	for j := int(h) & mask; ; j = (j + 1) & mask {
		v := t.index[j]
		if v == 0 {
			return nil
		}
		if v&^tableEntMask == tag {
			e := &t.ents[v&tableEntMask-1]
			if int(e.keyLen) == len(s) && t.keys[e.key:e.key+uint32(e.keyLen)] == s {
				return e
			}
		}
	}
}

// isWord reports whether s is a headword of the maximal match.
func (t *dictTable) isWord(s string) bool {
	e := t.find(s)
	return e != nil && e.word
}

// eachTranslation calls f with each target stem of source stem s in l,
// in order (none when l is nil).
func (l *Lexicon) eachTranslation(s string, f func(string)) {
	if l == nil {
		return
	}
	if t := l.tab; t != nil {
		e := t.find(s)
		if e == nil {
			return
		}
		for _, id := range t.ids[e.tr : e.tr+uint32(e.nTr)] {
			start := uint32(0)
			if id > 0 {
				start = t.nameEnd[id-1]
			}
			f(t.names[start:t.nameEnd[id]])
		}
		return
	}
	for _, tr := range l.m[s] {
		f(tr)
	}
}

// tableBuilder makes a dictTable from CC-CEDICT's entries as addCedict
// adds them to a Lexicon's maps: the same links, in the same order, and
// the same headwords.
type tableBuilder struct {
	t     dictTable
	kb    []byte     // the keys so far
	lists [][2]int32 // each entry's first and last link in links, -1 none
	links []tableLink
	ids   map[string]uint32 // translation -> its index in t.nameEnd
	names []byte            // the translations so far
	bases map[string]int32  // sense word -> its translation's index, -1 none
	n     int               // links
	// keep, when not nil, tells the Han keys to keep (cedictFor: those
	// the pair's characters can spell); keys not all Han are kept.
	keep func(string) bool
	full bool // more distinct translations than a uint16 counts
}

type tableLink struct{ id, next int32 }

func newTableBuilder(sizeHint int) *tableBuilder {
	b := &tableBuilder{ids: make(map[string]uint32, 1<<15), bases: make(map[string]int32, 1<<15)}
	// Made to size: growing them by doubling was most of the garbage
	// of reading (each key has about 8 bytes and 2 links).
	b.t.ents = make([]dictEnt, 0, sizeHint)
	b.lists = make([][2]int32, 0, sizeHint)
	b.links = make([]tableLink, 0, 2*sizeHint)
	b.kb = make([]byte, 0, 8*sizeHint)
	b.t.seed = maphash.MakeSeed()
	b.t.index = make([]uint32, 1<<bits.Len(uint(2*sizeHint)))
	return b
}

// entry returns the index of key s's entry, made if new; -1 when s is
// too long for one (no CC-CEDICT key is).
func (b *tableBuilder) entry(s string) int {
	if len(s) > 0xff {
		return -1
	}
	h := maphash.String(b.t.seed, s)
	tag := uint32(h>>32) &^ tableEntMask
	mask := len(b.t.index) - 1
	j := int(h) & mask
	for ; b.t.index[j] != 0; j = (j + 1) & mask {
		v := b.t.index[j]
		if v&^tableEntMask == tag {
			i := int(v&tableEntMask) - 1
			e := &b.t.ents[i]
			if string(b.kb[e.key:e.key+uint32(e.keyLen)]) == s {
				return i
			}
		}
	}
	i := len(b.t.ents)
	if i+1 >= tableEntMask {
		return -1
	}
	b.t.ents = append(b.t.ents, dictEnt{key: uint32(len(b.kb)), keyLen: uint8(len(s))})
	b.kb = append(b.kb, s...)
	b.lists = append(b.lists, [2]int32{-1, -1})
	b.t.index[j] = tag | uint32(i+1)
	if 2*len(b.t.ents) > len(b.t.index) {
		b.grow()
	}
	return i
}

// grow doubles the index.
func (b *tableBuilder) grow() {
	b.t.index = make([]uint32, 2*len(b.t.index))
	mask := len(b.t.index) - 1
	for i := range b.t.ents {
		e := &b.t.ents[i]
		h := maphash.String(b.t.seed, string(b.kb[e.key:e.key+uint32(e.keyLen)]))
		j := int(h) & mask
		for b.t.index[j] != 0 {
			j = (j + 1) & mask
		}
		b.t.index[j] = uint32(h>>32)&^tableEntMask | uint32(i+1)
	}
}

// link adds translation id to key k unless it is there.
func (b *tableBuilder) link(k string, id int32) {
	i := b.entry(k)
	if i < 0 {
		return
	}
	l := &b.lists[i]
	for x := l[0]; x >= 0; x = b.links[x].next {
		if b.links[x].id == id {
			return
		}
	}
	b.links = append(b.links, tableLink{id: id, next: -1})
	x := int32(len(b.links) - 1)
	if l[1] >= 0 {
		b.links[l[1]].next = x
	} else {
		l[0] = x
	}
	l[1] = x
	b.n++
}

// keeps reports whether key k is kept (see keep).
func (b *tableBuilder) keeps(k string) bool {
	return b.keep == nil || !allHan(k) || b.keep(k)
}

// wanted reports whether an entry with headwords simp and trad can add a
// key kept (keeps): a cheaper test than add's, made before its words are
// read.
func (b *tableBuilder) wanted(simp, trad string) bool {
	if b.keep == nil {
		return true
	}
	for _, h := range []string{simp, trad} {
		if !allHan(h) || b.keep(stem(h)) {
			return true
		}
	}
	return false
}

// add adds one CC-CEDICT entry as Lexicon.addCedict does, its keys that
// keeps.
func (b *tableBuilder) add(simp, trad string, words []string) {
	for _, h := range []string{simp, trad} {
		if cedictHead(h) && b.keeps(h) {
			if i := b.entry(h); i >= 0 {
				b.t.ents[i].word = true
			}
		}
	}
	ks, kt := hanKey(simp), hanKey(trad)
	if ks == "" {
		return
	}
	ls, lt := b.keeps(ks), kt != ks && kt != "" && b.keeps(kt)
	if !ls && !lt {
		return
	}
	for _, w := range words {
		id, ok := b.bases[w]
		if !ok {
			id = -1
			if t := senseBase(w); t != "" {
				u, ok := b.ids[t]
				if !ok {
					u = uint32(len(b.t.nameEnd))
					if u > math.MaxUint16 {
						b.full = true
						b.bases[w] = -1
						continue
					}
					b.names = append(b.names, t...)
					b.t.nameEnd = append(b.t.nameEnd, uint32(len(b.names)))
					b.ids[t] = u
				}
				id = int32(u)
			}
			b.bases[w] = id
		}
		if id < 0 {
			continue
		}
		if ls {
			b.link(ks, id)
		}
		if lt {
			b.link(kt, id)
		}
	}
}

// lexicon returns the Lexicon of the table made: its links, headwords,
// and (as hanInfo reckons it) whether most keys with links are Han.
func (b *tableBuilder) lexicon() *Lexicon {
	t := &b.t
	t.keys = string(b.kb)
	t.ids = make([]uint16, 0, b.n)
	keys, han := 0, 0
	for i := range t.ents {
		e := &t.ents[i]
		e.tr = uint32(len(t.ids))
		for x := b.lists[i][0]; x >= 0; x = b.links[x].next {
			t.ids = append(t.ids, uint16(b.links[x].id))
		}
		e.nTr = uint16(len(t.ids) - int(e.tr))
		if e.nTr > 0 {
			keys++
			if r, _ := utf8.DecodeRuneInString(t.keys[e.key:]); unicode.Is(unicode.Han, r) {
				han++
			}
		}
	}
	// A table of its own (not the builder's, which holds the links and
	// maps of the reading), its slices cut to size.
	t = &dictTable{keys: t.keys, ents: slices.Clone(t.ents), index: t.index, ids: t.ids, names: string(b.names), nameEnd: slices.Clone(t.nameEnd), seed: t.seed}
	l := &Lexicon{tab: t, n: b.n, han: &hanLex{tab: t}}
	// A part of the dictionary (keep) is keyed as the whole is, Han: a
	// short pair's part can have fewer Han keys than the 128 others.
	l.han.once.Do(func() { l.han.keyed = 2*han > keys || b.keep != nil })
	return l
}

// readCedictTable reads CC-CEDICT's compact form (see package cedict and
// liteHeads) into a dictTable; sizeHint is about how many keys it has.
// With keep not nil, it keeps only the Han keys keep accepts (and every
// key not all Han).
func readCedictTable(r io.Reader, sizeHint int, keep func(string) bool) (*Lexicon, error) {
	b := newTableBuilder(sizeHint)
	b.keep = keep
	var err error
	for line, text := range dictLines(r, 1024*1024, &err) {
		simp, trad, rest, ok := liteHeads(text)
		if !ok {
			return nil, &DictError{line, liteWant}
		}
		if b.wanted(simp, trad) {
			b.add(simp, trad, strings.Fields(rest))
		}
	}
	if err != nil {
		return nil, err
	}
	if b.full {
		return nil, errors.New("more than 65,536 distinct translations (the built-in dictionary's table counts them in 16 bits)")
	}
	return b.lexicon(), nil
}

// liteWant says what a line of CC-CEDICT's compact form is.
const liteWant = `want "simplified[ traditional][<TAB>word word ...]"`

// liteHeads splits a line of CC-CEDICT's compact form,
// "SIMPLIFIED[ TRADITIONAL][<TAB>WORD WORD ...]", into its headwords (the
// traditional one is the simplified one when the line has none) and the
// rest of the line; ok is false when the line is not of that form.
func liteHeads(text string) (simp, trad, rest string, ok bool) {
	heads, rest, _ := strings.Cut(text, "\t")
	simp, trad, two := strings.Cut(heads, " ")
	if simp == "" || strings.ContainsFunc(trad, unicode.IsSpace) || two && trad == "" {
		return "", "", "", false
	}
	if !two {
		trad = simp
	}
	return simp, trad, rest, true
}
