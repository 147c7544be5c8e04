package tm

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm/textio"

	"golang.org/x/text/language"
)

// ConcordanceOptions tune Concordance.
type ConcordanceOptions struct {
	// Lang is the language searched (as SameLanguage compares). It is needed:
	// language.Und (the zero value) finds nothing.
	Lang language.Tag
	// Tgt, if set, keeps only that language (SameLanguage) among
	// the translations shown, and only the segments that have one: in a
	// TM of several language pairs, a segment translated into others
	// only is no answer to a search for Tgt's translations.
	// language.Und (the zero value) shows every segment and every other
	// language.
	Tgt language.Tag
	// Literal finds the term's words only (case and diacritics folded):
	// no other word forms, clitics, name variants or aliases.
	Literal bool
	// NoDefaultGlossary takes name variants and aliases from the TM's
	// glossary only, leaving out the embedded default one.
	NoDefaultGlossary bool
}

// HitKind says how a hit holds the term, best first.
type HitKind string

// The kinds of hits, in the order Concordance yields them.
const (
	// HitExact: the term's words, case and diacritics aside.
	HitExact HitKind = "exact"
	// HitForm: other forms of its words ("drones" for "drone", لداعش for
	// داعش), or words a prefix search ("drone*") reaches.
	HitForm HitKind = "form"
	// HitVariant: a spelling variant or alias of a name in the term, by the
	// glossary ("Soleimani" for "Suleimani", "Daesh" for "ISIS") or by
	// normalize.Key.
	HitVariant HitKind = "variant"
)

var hitKinds = [...]HitKind{HitExact, HitForm, HitVariant}

// Hit is a stored segment holding the searched term.
type Hit struct {
	UnitID int64
	// Lang is the language of Text (opt.Lang, or a tag with its language
	// subtag).
	Lang language.Tag
	Text string
	// Spans are the byte offsets [start, end) of each occurrence in Text.
	Spans [][2]int
	// Kind is how Text holds the term: its best occurrence.
	Kind HitKind
	// Translations are the unit's other variants (only Tgt's, if set:
	// then never none).
	Translations []Variant
	// AlignScore is the aligner's score (Origin.Score) of a unit that is
	// an aligned pair its lookup matches are penalized for (AlignPenalty:
	// scored under TrustedAlignScore, not reviewed); 0 for other units.
	AlignScore float64
}

// ErrNoWords is returned by Concordance for a term without a word to
// search (only spaces or punctuation).
var ErrNoWords = errors.New("no words to search")

// concSlot is a word of a term as Concordance looks for it.
type concSlot struct {
	word     string   // folded
	prefix   bool     // "word*": a prefix search
	key      string   // normalize.Key of the word, to find it in the glossary
	variants []string // folded spellings of the same name (glossary)
	stems    []string // of word, then of each variant
	literal  bool     // the word only (ConcordanceOptions.Literal)
}

// concPhrase is a sequence of words to find: the term, or an alias of it.
type concPhrase struct {
	slots []concSlot
	alias bool // from the glossary: every hit is HitVariant
}

// Concordance finds the stored segments in opt.Lang that contain term: its
// words, consecutive and in order, compared case- and accent-insensitively,
// and (unless opt.Literal) their other forms by a light stemmer of the
// language (Arabic and Persian: after the clitics و ف ب ل ك and the article
// ال), the spelling variants of names in it (by the glossary, found by
// normalize.Key), and the aliases of the whole term in the
// glossary ("Daesh" for "ISIS"). A word ending in "*" is a prefix: it
// reaches the forms the stemmer and a list of derivational endings make of
// it ("drone*": drones, droned, droning, droneless...; the index holds no
// word list to enumerate other completions).
//
// Candidates come from the word index (the intersection, word by word, of
// the posting lists of the forms looked for), so nothing is scanned. Hits
// are ranked: exact hits first, then other word forms, then variants
// (Hit.Kind), each newest first.
func (d *DB) Concordance(ctx context.Context, term string, opt ConcordanceOptions) iter.Seq2[Hit, error] {
	return func(yield func(Hit, error) bool) {
		base := baseTag(opt.Lang)
		phrases, err := d.concPhrases(ctx, base, term, opt)
		if err != nil {
			yield(Hit{}, fmt.Errorf("concordance: %w", err))
			return
		}
		if phrases == nil {
			// Quoted as typed: %q wrote an emoji family's joiners \u200d.
			yield(Hit{}, fmt.Errorf("concordance: %s: %w", textio.QuoteText(term), ErrNoWords))
			return
		}
		var exact, all []int64
		for _, b := range langBases(base) { // Norwegian's no and nb: one language
			e, a, err := d.concCandidates(ctx, b, phrases, opt.Literal)
			if err != nil {
				yield(Hit{}, fmt.Errorf("concordance: %w", err))
				return
			}
			exact, all = union(exact, e), union(all, a)
		}
		s := concSearch{d: d, opt: opt, base: base, phrases: phrases, yield: yield}
		if opt.Tgt != language.Und {
			s.tgt = baseTag(opt.Tgt)
		}
		// One pass a kind: a unit whose hits are of a lower kind goes on
		// to the pass of that kind.
		ids := slices.Clone(exact)
		for pass, kind := range hitKinds {
			slices.Reverse(ids) // newest first
			later, ok := s.pass(ctx, ids, pass, kind)
			if !ok {
				return
			}
			slices.Sort(later)
			if pass == 0 {
				// Next: the other candidates, and those of the exact pass
				// with hits of a lower kind.
				ids = union(subtract(all, exact), later)
			} else {
				ids = later
			}
		}
	}
}

// concSearch is one Concordance's search of its candidates: the term's
// phrases in language base, the target's subtag tgt ("" for any), the
// caller's yield, and a token buffer for the variants read.
type concSearch struct {
	d       *DB
	opt     ConcordanceOptions
	base    string
	tgt     string
	phrases []concPhrase
	yield   func(Hit, error) bool
	toks    []token
}

// pass yields the hits of kind (the pass-th of hitKinds) in the units
// ids, in that order, and gives the units whose hits are of a lower kind,
// for a later pass. The units are read concordanceBatch at a time (few
// round trips, and little read past where the caller stops). It reports
// false when the search is over: the caller's loop ended, or an error
// was yielded.
func (s *concSearch) pass(ctx context.Context, ids []int64, pass int, kind HitKind) (later []int64, ok bool) {
	// The caller's break ends the read with stop; a store may wrap it
	// (tm.Store allows that), so whether the loop ended is kept apart.
	stop := errors.New("stop")
	stopped := false
	for len(ids) > 0 {
		n := min(len(ids), concordanceBatch)
		// UnitsByID, not VariantsByID: the origin says whether
		// the unit is a doubtful aligned pair (Hit.AlignScore).
		err := s.d.s.UnitsByID(ctx, ids[:n], func(su *StoredUnit) error {
			deferred, more := s.unitHits(su, pass, kind)
			if deferred {
				later = append(later, su.ID)
			}
			if !more {
				stopped = true
				return stop
			}
			return nil
		})
		if stopped { // the caller's loop ended: never yield again
			return nil, false
		}
		if err != nil {
			s.yield(Hit{}, fmt.Errorf("concordance: %w", err))
			return nil, false
		}
		ids = ids[n:]
	}
	return later, true
}

// unitHits yields the hits of kind (that of the pass-th pass) in the
// variants of su in the term's language, those with a translation into
// the target if one is asked for. It reports whether su has hits of a
// lower kind (deferred to their pass) and whether the caller wants more.
func (s *concSearch) unitHits(su *StoredUnit, pass int, kind HitKind) (deferred, more bool) {
	vs := su.Variants
	for i := range vs {
		v := &vs[i]
		if !inLang(su.Bases[i], v.Lang, s.base, s.opt.Lang) {
			continue
		}
		s.toks = tokenize(v.Text, s.toks)
		spans, k := findTerm(s.base, s.toks, s.phrases)
		if len(spans) == 0 {
			continue
		}
		if k > pass {
			deferred = true
			continue
		}
		if k < pass {
			continue // yielded in its pass
		}
		h := concHit(su, i, s.base, s.tgt, s.opt.Tgt, spans, kind)
		if s.tgt != "" && len(h.Translations) == 0 {
			continue // no translation into Tgt: nothing to show
		}
		if !s.yield(h, nil) {
			return deferred, false
		}
	}
	return deferred, true
}

// concHit is the hit of term in variant i of su (language base) at spans,
// of the kind, with the unit's variants in other languages as its
// translations (only those of language tgtTag, whose subtag is tgt, when
// tgt is not "").
func concHit(su *StoredUnit, i int, base, tgt string, tgtTag language.Tag, spans [][2]int, kind HitKind) Hit {
	v := &su.Variants[i]
	h := Hit{UnitID: su.ID, Lang: v.Lang, Text: v.Text, Spans: spans, Kind: kind}
	if AlignPenalty(su.Origin) > 0 {
		h.AlignScore = su.Origin.Score
	}
	for j := range su.Variants {
		o := &su.Variants[j]
		if j == i || su.Bases[j] == base || (tgt != "" && !inLang(su.Bases[j], o.Lang, tgt, tgtTag)) {
			continue
		}
		h.Translations = append(h.Translations, Variant{Lang: o.Lang, Text: o.Text, Markup: o.Markup})
	}
	return h
}

// concPhrases parses term into the phrases to find: the term itself, then
// the glossary's aliases of it. nil: the term has no words.
func (d *DB) concPhrases(ctx context.Context, base, term string, opt ConcordanceOptions) ([]concPhrase, error) {
	lit, plain, anyPrefix := termPhrase(term, opt.Literal)
	if len(lit.slots) == 0 {
		return nil, nil
	}
	phrases := []concPhrase{lit}
	if opt.Literal {
		for i := range lit.slots {
			lit.slots[i].literal = true
		}
		return phrases, nil
	}
	user, err := d.s.Glossary(ctx)
	if err != nil {
		return nil, err
	}
	termKey := ""
	if !anyPrefix {
		termKey = normalize.Key(plain)
	}
	seen := map[string]bool{phraseID(lit): true}
	for _, e := range normalize.GlossaryEntries(user, normalize.GlossaryOptions{NoDefault: opt.NoDefaultGlossary}) {
		forms := append([]string{e.Canonical}, e.Variants...)
		keys := make([]string, len(forms))
		whole := false
		for i, f := range forms {
			keys[i] = nameKey(f)
			whole = whole || (termKey != "" && keys[i] == termKey)
		}
		// A word of the term that is a one-word form of the entry gains
		// the entry's other one-word forms.
		for si := range lit.slots {
			s := &lit.slots[si]
			if s.key == "" || !slices.Contains(keys, s.key) {
				continue
			}
			for i, f := range forms {
				if keys[i] != "" && !strings.ContainsAny(strings.TrimSpace(f), " \t") {
					if ff := fold(f); ff != s.word && !slices.Contains(s.variants, ff) {
						s.variants = append(s.variants, ff)
					}
				}
			}
		}
		if !whole {
			continue
		}
		for _, f := range forms {
			p := aliasPhrase(f)
			if id := phraseID(p); len(p.slots) > 0 && !seen[id] {
				seen[id] = true
				phrases = append(phrases, p)
			}
		}
	}
	phrases[0] = lit
	addStems(base, phrases)
	return phrases, nil
}

// termPhrase is the phrase of term's words, folded ("word*" a prefix),
// each with its name key (normalize.Key) unless literal; with the words
// as written joined by spaces, and whether any is a prefix.
func termPhrase(term string, literal bool) (lit concPhrase, words string, anyPrefix bool) {
	var plain strings.Builder
	for _, t := range tokenize(term, nil) {
		if t.kind == tokPunct {
			continue
		}
		s := concSlot{word: fold(t.text), prefix: strings.HasPrefix(term[t.end:], "*")}
		anyPrefix = anyPrefix || s.prefix
		if t.kind == tokWord && !literal {
			s.key = normalize.Key(t.text)
		}
		lit.slots = append(lit.slots, s)
		plain.WriteString(t.text + " ")
	}
	return lit, plain.String(), anyPrefix
}

// aliasPhrase is the phrase of a glossary form f: its words, folded.
func aliasPhrase(f string) concPhrase {
	p := concPhrase{alias: true}
	for _, t := range tokenize(f, nil) {
		if t.kind != tokPunct {
			p.slots = append(p.slots, concSlot{word: fold(t.text)})
		}
	}
	return p
}

// addStems gives each word of phrases the stems (in language base) of
// the word and of each of its variants.
func addStems(base string, phrases []concPhrase) {
	for i := range phrases {
		for j := range phrases[i].slots {
			s := &phrases[i].slots[j]
			for _, w := range append([]string{s.word}, s.variants...) {
				s.stems = append(s.stems, stem(base, w))
			}
		}
	}
}

// nameKeys caches normalize.Key of glossary forms: a concordance
// compares the term with every form of the glossary in use.
var nameKeys sync.Map // string -> string

func nameKey(s string) string {
	if k, ok := nameKeys.Load(s); ok {
		return k.(string)
	}
	k := normalize.Key(s)
	nameKeys.Store(s, k)
	return k
}

func phraseID(p concPhrase) string {
	var b strings.Builder
	for _, s := range p.slots {
		b.WriteString(s.word + " ")
	}
	return b.String()
}

// concCandidates returns the candidate units of the phrases, in increasing
// order: exact, those holding every word of the term itself (folded), and
// all, those holding for each word of some phrase one of its forms.
func (d *DB) concCandidates(ctx context.Context, base string, phrases []concPhrase, literal bool) (exact, all []int64, err error) {
	plan, keys := concPlan(base, phrases, literal)
	// Only the lists that exist are read, each once.
	lens := make([]int64, len(keys))
	if err := d.s.PostingLens(ctx, keys, lens); err != nil {
		return nil, nil, err
	}
	ps := postingSets{s: d.s, size: make(map[int64]int64, len(keys)), lists: map[int64][]int64{}}
	for i, k := range keys {
		ps.size[k] = lens[i]
	}
	if exact, err = ps.phrase(ctx, plan[0], true); err != nil {
		return nil, nil, err
	}
	for _, slots := range plan {
		ids, err := ps.phrase(ctx, slots, false)
		if err != nil {
			return nil, nil, err
		}
		all = union(all, ids)
	}
	return exact, all, nil
}

// concSlotKeys are the index keys of a word of a phrase: of the word
// itself (lit) and of all its forms and variants (all; lit again when
// the concordance is literal).
type concSlotKeys struct{ lit, all []int64 }

// concPlan is the keys of each word of each phrase, and every key once,
// in the order first met.
func concPlan(base string, phrases []concPhrase, literal bool) (plan [][]concSlotKeys, keys []int64) {
	seen := map[int64]bool{}
	addKey := func(k int64) int64 {
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
		return k
	}
	for _, p := range phrases {
		var ps []concSlotKeys
		for _, s := range p.slots {
			sk := concSlotKeys{lit: []int64{addKey(wordKey(base, s.word))}}
			if literal {
				sk.all = sk.lit
			} else {
				for _, w := range append([]string{s.word}, s.variants...) {
					for _, f := range wordForms(base, w, s.prefix) {
						sk.all = append(sk.all, addKey(wordKey(base, f)))
					}
				}
			}
			ps = append(ps, sk)
		}
		plan = append(plan, ps)
	}
	return plan, keys
}

// postingSets reads the posting lists of concCandidates: each list once,
// only those whose size (from PostingLens) is above 0. The lists read and
// the unions made of them are shared, read-only: a common word's list
// holds most of the TM.
type postingSets struct {
	s     Store
	size  map[int64]int64
	lists map[int64][]int64
}

// union is the ids of the units in the lists of any of ks.
func (p *postingSets) union(ctx context.Context, ks []int64) ([]int64, error) {
	var out []int64
	for _, k := range ks {
		n := p.size[k]
		if n <= 0 {
			continue
		}
		l, ok := p.lists[k]
		if !ok {
			// Sized from the start: growing a common word's list
			// (most of the TM) by appends was a fifth of the CPU.
			l = make([]int64, 0, n)
			if err := p.s.Postings(ctx, k, func(part []int64) { l = append(l, part...) }); err != nil {
				return nil, err
			}
			p.lists[k] = l
		}
		out = union(out, l)
	}
	return out, nil
}

// phrase is the ids of the units that hold every word of a phrase (its
// slots): as written when lit, else in one of its forms.
func (p *postingSets) phrase(ctx context.Context, slots []concSlotKeys, lit bool) ([]int64, error) {
	ls := make([][]int64, len(slots))
	for i, sk := range slots {
		ks := sk.all
		if lit {
			ks = sk.lit
		}
		l, err := p.union(ctx, ks)
		if err != nil || len(l) == 0 {
			return nil, err
		}
		ls[i] = l
	}
	// The shortest list first: the intersection is no longer.
	slices.SortFunc(ls, func(a, b []int64) int { return len(a) - len(b) })
	ids := ls[0]
	if len(ls) > 1 {
		ids = intersect(slices.Clone(ids), ls[1])
		for _, l := range ls[2:] {
			ids = intersect(ids, l)
		}
	}
	return ids, nil
}

// findTerm returns the byte spans of the phrases in toks and the best
// (lowest) index in hitKinds of the kinds of those occurrences.
func findTerm(base string, toks []token, phrases []concPhrase) ([][2]int, int) {
	ws := make([]token, 0, len(toks))
	for _, t := range toks {
		if t.kind != tokPunct {
			ws = append(ws, t)
		}
	}
	folded := make([]string, len(ws))
	stems := make([]string, len(ws)) // computed when needed
	for i, t := range ws {
		folded[i] = fold(t.text)
	}
	var spans [][2]int
	best := len(hitKinds)
	for _, p := range phrases {
		n := len(p.slots)
		for i := 0; i+n <= len(ws); i++ {
			kind := 0
			if p.alias {
				kind = 2
			}
			ok := true
			for j := range p.slots {
				k := slotMatch(base, &p.slots[j], folded[i+j], &stems[i+j])
				if k < 0 {
					ok = false
					break
				}
				kind = max(kind, k)
			}
			if !ok {
				continue
			}
			spans = append(spans, [2]int{ws[i].start, ws[i+n-1].end})
			best = min(best, kind)
			i += n - 1
		}
	}
	if len(spans) > 1 {
		// Phrases may overlap ("Islamic State" in "Islamic State of Iraq"):
		// keep the spans apart and in order, the longer of two that start
		// together.
		slices.SortFunc(spans, func(a, b [2]int) int {
			if a[0] != b[0] {
				return a[0] - b[0]
			}
			return b[1] - a[1]
		})
		out := spans[:1]
		for _, s := range spans[1:] {
			if last := &out[len(out)-1]; s[0] < last[1] {
				last[1] = max(last[1], s[1])
				continue
			}
			out = append(out, s)
		}
		spans = out
	}
	return spans, best
}

// slotMatch returns how a word (folded: f) matches slot s: an index in
// hitKinds, or -1.
// *st caches the stem of f.
func slotMatch(base string, s *concSlot, f string, st *string) int {
	if f == s.word {
		return 0
	}
	if s.literal {
		return -1
	}
	if usesClitics(base) || s.prefix {
		if sameForm(base, f, s.word, s.prefix) {
			return 1
		}
		for _, v := range s.variants {
			if f == v || sameForm(base, f, v, s.prefix) {
				return 2
			}
		}
		return -1
	}
	if *st == "" {
		*st = stem(base, f)
	}
	if *st == s.stems[0] {
		return 1
	}
	for i, v := range s.variants {
		if f == v || *st == s.stems[i+1] {
			return 2
		}
	}
	return -1
}

// concordanceBatch is how many candidate units Concordance reads at a time.
const concordanceBatch = 64

// intersect returns the ids in both sorted lists.
func intersect(a, b []int64) []int64 {
	out := a[:0]
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}

// union returns the ids in either sorted list, sorted, each once: a new
// slice, or a or b itself when the other is empty.
func union(a, b []int64) []int64 {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	out := make([]int64, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// subtract returns the ids of sorted list a that are not in sorted list b.
func subtract(a, b []int64) []int64 {
	var out []int64
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j < len(b) && b[j] == x {
			continue
		}
		out = append(out, x)
	}
	return out
}
