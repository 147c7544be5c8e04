package align

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// Span is a half-open range of sentence indexes, Start <= i < End.
type Span struct{ Start, End int }

// Len is the number of sentences in s.
func (s Span) Len() int { return s.End - s.Start }

// String shows s as 0-based sentence indexes: "[3]", "[3-7]", or "[]"
// when s is empty.
func (s Span) String() string {
	switch s.Len() {
	case 0:
		return "[]"
	case 1:
		return fmt.Sprintf("[%d]", s.Start)
	}
	return fmt.Sprintf("[%d-%d]", s.Start, s.End-1)
}

// Indexes returns the sentence indexes of s, in order.
func (s Span) Indexes() []int {
	out := make([]int, 0, s.Len())
	for i := s.Start; i < s.End; i++ {
		out = append(out, i)
	}
	return out
}

// A Bead is one step of an alignment: source sentences Src correspond to
// target sentences Tgt. One side is empty for a sentence with no
// counterpart. Score is the aligner's confidence in [0,1]; it is 0 for a
// bead with an empty side.
type Bead struct {
	Src, Tgt Span
	Score    float64
}

// A Document is one side of a parallel text: its sentences and, when
// known, the paragraph each sentence belongs to.
type Document struct {
	Sentences []string
	// Paragraphs, if not nil, holds each sentence's paragraph number;
	// the numbers must not decrease.
	Paragraphs []int
	// Starts, if not nil, holds where each sentence starts in the text it
	// was read from (SegmentText, PresegmentedDocument fill it in), for a
	// reviewer with the file open: Pair.WriteReview shows it.
	Starts []Pos
}

// A Pos is where a sentence starts in its text: Line counts lines from
// 1; Col counts characters (code points, in the composed form SegmentText
// reads) from 1, or is 0 when the sentence is a whole line (one sentence
// a line: PresegmentedDocument).
type Pos struct {
	Line, Col int32
}

// PresegmentedDocument reads text that is already segmented: one sentence a
// line, with empty (or blank) lines between paragraphs; a line's trailing
// "\r" is dropped. Paragraphs is filled in.
func PresegmentedDocument(text string) Document {
	var d Document
	para, blank := 0, false
	var n int32
	for line := range strings.Lines(text) {
		n++
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) == "" {
			blank = true
			continue
		}
		if blank && len(d.Sentences) > 0 {
			para++
		}
		blank = false
		d.Sentences = append(d.Sentences, line)
		d.Paragraphs = append(d.Paragraphs, para)
		d.Starts = append(d.Starts, Pos{Line: n})
	}
	return d
}

// Options tune Align. The zero value aligns on length and anchors and
// learns a translation table from the document pair in a second pass.
type Options struct {
	// Lexicon is a bilingual dictionary (source -> target); nil for none,
	// except for a pair of Chinese and English, which gets the built-in
	// CC-CEDICT, and one of Japanese, Czech, Hindi, Russian or Spanish
	// and English, which gets Debian's freedict-jpn-eng, freedict-eng-ces,
	// freedict-eng-hin, freedict-eng-rus or freedict-eng-spa when it is
	// installed (see NoDefaultDict).
	Lexicon *Lexicon
	// NoDefaultDict turns off the built-in Chinese-English dictionary
	// (CC-CEDICT, in align/internal/cedict): without it, a pair with one
	// side in Han characters and the other in English (by Pair's
	// languages when known, else by its words) aligns with that
	// dictionary when Lexicon is nil, as with the Lexicon of
	// OpenDict("cedict_ts.u8", FormatCedict). It turns off the installed
	// Japanese-English dictionary too: without it, a pair of Japanese
	// (kanji and kana) and English aligns with
	// /usr/share/dictd/freedict-jpn-eng.index when that file is there
	// (Pair.InstalledDict names it), a pair of Czech and English with
	// /usr/share/dictd/freedict-eng-ces.index, one of Hindi and English
	// with /usr/share/dictd/freedict-eng-hin.index, one of Russian and
	// English with /usr/share/dictd/freedict-eng-rus.index and one of
	// Spanish and English with /usr/share/dictd/freedict-eng-spa.index
	// (installed.go).
	NoDefaultDict bool
	// Examples are sentence pairs aligned before (a translation memory's
	// pairs for this language pair): the second pass learns word
	// translations from them together with the document pair. nil for
	// none. Align reads at most MaxExamples of them.
	Examples iter.Seq2[string, string]
	// MaxExamples bounds how many Examples are read; 0 means 50,000.
	MaxExamples int
	// NoLearn turns off the passes that learn (Model 1 learned from the
	// document pair and Examples, learnPasses of them): one pass aligns,
	// with Lexicon only (Examples are not read).
	NoLearn bool
	// ReviewBelow is the score under which a bead is reported in
	// Result.Review; 0 means DefaultReviewBelow, and a negative value
	// (ReviewNone) reports no bead for its score alone: only unmatched
	// sentences and the paragraph checks' regions.
	ReviewBelow float64
	// shared holds the confident pairs of the pairs a Batch aligned
	// before, as stems: used like Examples.
	shared [][2][]string
	// sharedLex is learned from shared: a small document's first pass
	// uses it instead of learning from shared (see smallDoc); its second
	// pass learns from its own beads.
	sharedLex *Lexicon
	// words remembers the keys of the words met (a Batch shares one
	// across its pairs); nil: Align keeps its own.
	words *wordCache
	// langs are the source and target languages when known (Pair.Align
	// sets them): they decide whether the built-in dictionary fits.
	langs [2]language.Tag
}

// DefaultReviewBelow is the default Options.ReviewBelow.
const DefaultReviewBelow = 0.4

// ReviewNone is the Options.ReviewBelow that reports no bead for its
// score alone (`bitext align --review-below 0`); 0 itself means
// DefaultReviewBelow.
const ReviewNone = -1.0

// A Region is a run of consecutive low-confidence beads for a person to
// review.
type Region struct {
	Src, Tgt Span
	Score    float64 // the lowest bead score in the region
	// Reason says why the region is to be reviewed: "low score",
	// "unmatched", "paragraphs out of order or missing", "paragraphs
	// joined", "paragraphs swapped", "joins sentences across a paragraph
	// break", or several of them joined by "; ".
	Reason string
}

// Result is an alignment.
type Result struct {
	// Beads cover every sentence of both documents exactly once, in order.
	Beads []Bead
	// Review lists the low-confidence regions.
	Review []Region
	// Learned is the number of word pairs the last pass learned.
	Learned int
}

// ErrParagraphs reports paragraph numbers that decrease or whose count
// differs from the sentence count.
var ErrParagraphs = errors.New("paragraph numbers must be one per sentence and non-decreasing")

// Align aligns the sentences of src with those of tgt (see the package
// documentation for the method). It fails only on malformed paragraph
// numbers or when ctx is done.
func Align(ctx context.Context, src, tgt Document, opt Options) (*Result, error) {
	res, _, err := alignDocs(ctx, src, tgt, opt, false)
	return res, err
}

// alignDocs is Align; with keepInputs it also returns the score model's inputs
// of each bead (for TestCalibrationFit). Its steps (align/README.md, "One
// alignment, stage by stage"): the aligner's setup (newAligner), the
// first pass's lexicon (firstLexicon), the first pass, then learnPasses
// rounds of learning (learnPairs, learn), fitting (fit) and a pass, one
// round for a news-sized pair and none under NoLearn, the last pass
// refining; then the review flags set last (finalFlags) and the regions.
func alignDocs(ctx context.Context, src, tgt Document, opt Options, keepInputs bool) (*Result, [][numCalib]float64, error) {
	for _, d := range []Document{src, tgt} {
		if err := checkParagraphNumbers(d); err != nil {
			return nil, nil, err
		}
	}
	a, release := newAligner(src, tgt, opt, keepInputs)
	defer release()
	examples, learned := a.firstLexicon(opt)
	passes := learnPasses
	if a.small() {
		passes = 1
	}
	// Only the last pass refines (see refine.go): refining the passes
	// whose beads are learned from too moved strict F1 by a bead or two
	// (MAC 0.786 -> 0.790, dtm 0.989 -> 0.987, Text+Berg and the Bible
	// unchanged) for twice the refinement's time. Under NoLearn the one
	// pass has no Model 1 (learned is nil) and does not refine.
	beads, flags := a.pass(ctx, learned, nil)
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	for k := range passes {
		a.refine = k == passes-1
		if opt.NoLearn || len(beads) == 0 {
			break
		}
		learned = a.learnPairs(examples, beads, flags).learn()
		a.segModel(learned)
		a.prev = beads
		beads, flags = a.pass(ctx, learned, a.fit(beads, defaultParams()))
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
	}
	review := opt.ReviewBelow
	if review == 0 {
		review = DefaultReviewBelow
	}
	a.finalFlags(beads, flags)
	return &Result{Beads: beads, Review: regions(beads, flags, review), Learned: learned.Len()}, a.inputs, nil
}

// newAligner sets up the aligner of src and tgt: its dictionary
// (Options.dictFor), a German side's compounds (compoundSetup), a Han
// side's cut (segSetup), and each side's memo of stems, with one of
// tokens for a news-sized pair (small). In a batch (opt.words set) a
// news-sized pair's memos fill the buffers the document before released;
// release gives them back, once the alignment is done (nothing of the
// aligner outlives it).
func newAligner(src, tgt Document, opt Options, keepInputs bool) (a *aligner, release func()) {
	wc := opt.words
	if wc == nil {
		wc = newPairWordCache(src.Sentences, tgt.Sentences)
	}
	a = &aligner{src: src, tgt: tgt, dict: opt.pairDict(src.Sentences, tgt.Sentences), keepInputs: keepInputs, words: wc}
	a.hanLatin = chineseLatin(src.Sentences, tgt.Sentences)
	a.nounCaps = [2]bool{capitalizesNouns(opt.langs[0]), capitalizesNouns(opt.langs[1])}
	a.compoundSetup(opt.langs)
	a.segSetup()
	small := a.small()
	a.memo = [2]*stemMemo{newStemMemo(a.seg[0], src.Sentences, wc, small), newStemMemo(a.seg[1], tgt.Sentences, wc, small)}
	if small {
		a.toks = [2]*tokMemo{newTokMemo(len(src.Sentences)), newTokMemo(len(tgt.Sentences))}
		a.memo[0].toks, a.memo[1].toks = a.toks[0], a.toks[1]
	}
	if !small || opt.words == nil {
		return a, func() {}
	}
	for side := range 2 {
		a.toks[side].block, wc.spareToks[side] = wc.spareToks[side], nil
		a.memo[side].stems, wc.spareStems[side] = wc.spareStems[side], nil
	}
	return a, func() {
		for side := range 2 {
			wc.spareToks[side] = a.toks[side].release()
			wc.spareStems[side] = a.memo[side].release()
		}
	}
}

// small reports whether the pair is news-sized: under smallDoc sentences,
// source and target.
func (a *aligner) small() bool {
	return len(a.src.Sentences)+len(a.tgt.Sentences) < smallDoc
}

// firstLexicon returns the Examples as stems and what the first pass's
// features take as learned links: Model 1 learned from the Examples and
// a batch's pairs (opt.shared), or for a news-sized pair in a batch the
// batch's lexicon (opt.sharedLex) with the Examples' links; nil for
// none, and always under NoLearn.
func (a *aligner) firstLexicon(opt Options) (examples [][2][]string, learned *Lexicon) {
	if opt.NoLearn {
		return nil, nil
	}
	examples = a.exampleStems(opt)
	if len(examples) > 0 {
		learned = learnLexicon(examples)
		a.segModel(learned)
	}
	if a.small() && opt.sharedLex != nil {
		// A batch's lexicon stands in for the first pass's learning;
		// the pass after it learns from the pair's own beads, as the
		// pair alone does (batch49: one pass with the pool's lexicon
		// alone lost 0.011 strict F1 on the news sets and moved with
		// the order of the documents).
		learned = union(learned, opt.sharedLex)
	} else if len(opt.shared) > 0 {
		examples = append(examples[:len(examples):len(examples)], opt.shared...)
		learned = learnLexicon(examples)
		a.segModel(learned)
	}
	return examples, learned
}

// finalFlags sets the review flags only the last pass's beads get: a bead
// of a paragraph bead found on thin evidence (reasonThin) is not
// reported, unless it crosses a paragraph break (reasonCrosses); one an
// unmatched sentence beside it may belong to (a.joinable) is listed with
// that sentence (reasonJoin; only now: a flagged bead is not learned
// from).
func (a *aligner) finalFlags(beads []Bead, flags []string) {
	for k, f := range flags {
		if f == reasonThin {
			flags[k] = ""
			if crosses(a.src, beads[k].Src) || crosses(a.tgt, beads[k].Tgt) {
				flags[k] = reasonCrosses
			}
		}
	}
	for _, k := range a.joinable {
		if flags[k] == "" {
			flags[k] = reasonJoin
		}
	}
}

// checkParagraphNumbers checks d's paragraph numbers, if any: one a
// sentence, never decreasing (ErrParagraphs).
func checkParagraphNumbers(d Document) error {
	if d.Paragraphs == nil {
		return nil
	}
	if len(d.Paragraphs) != len(d.Sentences) {
		return ErrParagraphs
	}
	for i := 1; i < len(d.Paragraphs); i++ {
		if d.Paragraphs[i] < d.Paragraphs[i-1] {
			return fmt.Errorf("sentence %d: %w", i, ErrParagraphs)
		}
	}
	return nil
}

// exampleStems is opt.Examples as the pairs of stems Model 1 learns
// from: the first opt.MaxExamples (50,000 when not set).
func (a *aligner) exampleStems(opt Options) [][2][]string {
	if opt.Examples == nil {
		return nil
	}
	maxN := opt.MaxExamples
	if maxN <= 0 {
		maxN = 50_000
	}
	var examples [][2][]string
	for s, t := range opt.Examples {
		if len(examples) >= maxN {
			break
		}
		examples = append(examples, [2][]string{a.seg[0].stems(-1, s, a.words), a.seg[1].stems(-1, t, a.words)})
	}
	return examples
}

// learnPairs is what the pass after beads learns from: the examples, then
// the stems of each bead with both sides, not flagged for review, whose
// raw confidence is at least learnMinConfidence. Its vocabularies are
// made with room for every stem the pairs hold, when the stem memos keep
// them (a small document's): more than their distinct stems, but known
// without reading them twice.
func (a *aligner) learnPairs(examples [][2][]string, beads []Bead, flags []string) *m1Corpus {
	n := len(examples)
	var words [2]int
	for _, p := range examples {
		words[0] += len(p[0])
		words[1] += len(p[1])
	}
	for k, b := range beads {
		if a.learnsFrom(k, b, flags) {
			n++
			words[0] += a.memoOf(0).stemCount(b.Src)
			words[1] += a.memoOf(1).stemCount(b.Tgt)
		}
	}
	c := newM1Corpus(n, words)
	for _, p := range examples {
		c.add(slices.Values(p[0]), slices.Values(p[1]))
	}
	for k, b := range beads {
		if a.learnsFrom(k, b, flags) {
			c.addStems(a.stems(0, b.Src), a.stems(1, b.Tgt))
		}
	}
	return c
}

// learnsFrom reports whether the next pass learns from bead k, b.
func (a *aligner) learnsFrom(k int, b Bead, flags []string) bool {
	return a.raw[k] >= learnMinConfidence && b.Src.Len() > 0 && b.Tgt.Len() > 0 && flags[k] == ""
}

// learnPasses is how many times the learn-and-realign step runs: the
// second round learns from better beads (dev: MAC zh-en 0.766 -> 0.780,
// Bible en-zh 0.945 -> 0.979 strict F1, Text+Berg unchanged); a third
// added under 0.01 on MAC for another full pass of time.
const learnPasses = 2

// smallDoc is the size (source and target sentences) under which one
// learn-and-realign round runs instead of learnPasses: a news article
// gives Model 1 too few pairs for a second round to learn more, and the
// rounds were most of its time (issue 14: ~8x hunalign's time a pair).
const smallDoc = 200

// learnMinConfidence is the least first-order confidence (aligner.raw, not
// the calibrated Score) of a bead the next pass learns from, and that fit
// trusts: below it, half the beads are wrong, and Model 1 would learn
// their noise.
const learnMinConfidence = 0.4

// An aligner holds one document pair's alignment (alignDocs, newAligner):
// the documents and their dictionary, what a pass leaves for the next
// (raw, prev, partial, anchors, scripts), the score model's inputs, and
// what is read once for every pass (the memos, the units, the cut).
type aligner struct {
	src, tgt   Document
	dict       *Lexicon
	inputs     [][numCalib]float64 // the score model's inputs of the last pass's beads, if keepInputs
	keepInputs bool
	// raw holds the last pass's beads' first-order confidence
	// (scorer.rawConfidence): which beads the next pass learns from.
	raw []float64
	// refine turns on the next pass's refinement.
	refine bool
	// prev holds the beads of the pass before the last, in order, if
	// any: a bead that the learning pass changed is less certain.
	prev []Bead
	// joinable holds the indexes of the last pass's beads that an
	// unmatched sentence beside them may belong to (joinBelow).
	joinable []int
	// words remembers the words' keys across passes.
	words *wordCache
	// partial: the first pass found one document to translate only
	// part of the other (see anchorRatio).
	partial bool
	// seg cuts a Han side into the dictionary's words for Model 1
	// (cedict.go); nil for a side read as it is.
	seg [2]*hanCutter
	// hanLatin: one side is Chinese and the other Latin script, whose
	// shape priors are hanLatinScale times the others' and whose numbers
	// are read by value too (numvalues.go).
	hanLatin bool
	// scripts holds the first pass's pinyinSetup and kanaSetup (their
	// fields alone), which every pass uses; nil before it.
	scripts *extractor
	// nounCaps: a side's language, when known, capitalizes its nouns
	// (German): its capitals are no names to anchorOrphans.
	nounCaps [2]bool
	// anchors holds anchorOrphans of the two sides, read by the first
	// pass that asks (they depend on the sentences alone), if anchorsRead.
	anchors     [2][]bool
	anchorsRead bool
	// memo remembers a small document's stems, a side's cut by seg
	// (stemMemo), for the learning pass and its refinement.
	memo [2]*stemMemo
	// toks remembers a small document's tokens for the features of its
	// passes (tokMemo); nil for a large one.
	toks [2]*tokMemo
	// sents holds each side's sentences as units without features
	// (sentUnits), read by the first pass that asks (sentUnitsOf): every
	// pass and fit read them again.
	sents [2][]unit
	// cased holds caseless of each side, once casedRead.
	cased     [2]bool
	casedRead bool
}

// sentUnitsOf is sentUnits of side 0 (source) or 1, read once.
func (a *aligner) sentUnitsOf(side int) []unit {
	if a.sents[side] == nil {
		d := a.src
		if side == 1 {
			d = a.tgt
		}
		a.sents[side] = sentUnits(d)
	}
	return a.sents[side]
}

// caseless is caseless of each side's sentences, read once.
func (a *aligner) caseless() (src, tgt bool) {
	if !a.casedRead {
		a.cased = [2]bool{caseless(a.src.Sentences), caseless(a.tgt.Sentences)}
		a.casedRead = true
	}
	return a.cased[0], a.cased[1]
}

// stems are the Model 1 words of span s of side 0 (source) or 1.
func (a *aligner) stems(side int, s Span) iter.Seq2[string, *wordInfo] {
	return func(yield func(string, *wordInfo) bool) {
		more := true
		for i := s.Start; i < s.End && more; i++ {
			a.memoOf(side).each(i, func(w string, wi *wordInfo) {
				more = more && yield(w, wi)
			})
		}
	}
}

// memoOf is side's stemMemo (one that reads afresh if alignDocs did not
// set it).
func (a *aligner) memoOf(side int) *stemMemo {
	if a.memo[side] == nil {
		sents := a.src.Sentences
		if side == 1 {
			sents = a.tgt.Sentences
		}
		a.memo[side] = newStemMemo(a.seg[side], sents, a.words, false)
	}
	return a.memo[side]
}

// fit re-estimates the character ratio from the confident beads of a
// first pass (nil when fewer than fitMinBeads qualify): unlike the whole
// documents' ratio it is not skewed by what one side adds or drops.
// Re-estimating the length variance and the shape priors the same way was
// tried and lost 2-5 points of strict F1 on Text+Berg dev: the first
// pass's mistakes reinforce themselves.
func (a *aligner) fit(beads []Bead, def params) *params {
	var sx, sy float64
	n := 0
	for k, b := range beads {
		if a.raw[k] < learnMinConfidence || b.Src.Len() == 0 || b.Tgt.Len() == 0 {
			continue
		}
		n++
		for _, u := range a.sentUnitsOf(0)[b.Src.Start:b.Src.End] {
			sx += u.chars
		}
		for _, u := range a.sentUnitsOf(1)[b.Tgt.Start:b.Tgt.End] {
			sy += u.chars
		}
	}
	if n < fitMinBeads || sx == 0 || sy == 0 {
		return nil
	}
	p := def
	p.ratio = sy / sx
	return &p
}

// fitMinBeads is the fewest confident first-pass beads fit trusts.
const fitMinBeads = 3

// pass extracts features with the dictionary and the learned lexicon lex
// and aligns with parameters fitted (nil: the defaults and the documents'
// own character ratio).
func (a *aligner) pass(ctx context.Context, lex *Lexicon, fitted *params) ([]Bead, []string) {
	x, rf := a.extractor(lex)
	p, us, ut, w, weak := a.passUnits(x, fitted)
	ps, pt := paragraphSpans(a.src), paragraphSpans(a.tgt)
	out := &passBeads{a: a, weak: weak, paragraphs: len(ps) >= 2 && len(pt) >= 2}
	a.raw = a.raw[:0]
	if !out.paragraphs {
		path, sc := search(&p, us, ut, w)
		path = rf.refine(sc, path, 0, 0)
		path = sc.regionOmissions(rf, path, 0, 0)
		out.emit(sc, path, 0, 0, "")
	} else if !a.paragraphPass(ctx, p, us, ut, w, ps, pt, rf, out) {
		return nil, nil
	}
	a.score(out.beads, out.evs, out.at)
	return out.beads, out.flags
}

// extractor sets up the feature extractor of a pass: names in a caseless
// script, Pinyin names and katakana loanwords (when one side is caseless
// and the other not), the learned lexicon and the dictionary; and the
// refinement's Model 1, when the pass refines.
func (a *aligner) extractor(lex *Lexicon) (*extractor, *refiner) {
	x := &extractor{table: a.words.featureTable(), words: a.words, numValues: a.hanLatin, toks: a.toks}
	cs0, ct0 := a.caseless()
	x.allNames = [2]bool{!cs0 && ct0, cs0 && !ct0}
	if cs0 != ct0 {
		// Which side is Han or Japanese, the Latin side's names and the
		// Japanese side's loans depend on the sentences alone: read by
		// the first pass, each next one takes them (the maps are only
		// read, kanaSkel is a memo). Each read scans both documents.
		if a.scripts == nil {
			a.scripts = new(extractor)
			a.scripts.pinyinSetup(a.src.Sentences, a.tgt.Sentences)
			a.scripts.kanaSetup(a.src.Sentences, a.tgt.Sentences)
		}
		sx := a.scripts
		x.pinyin, x.hanSide = sx.pinyin, sx.hanSide
		x.kana, x.kanaSide, x.kanaSkel = sx.kana, sx.kanaSide, sx.kanaSkel
		if x.kana != nil {
			x.kanaBuf = make([]byte, 0, 64)
		}
	}
	var rf *refiner
	if lex != nil {
		x.lex, x.lexWeak = lex.m, lex.weak
		if a.refine {
			if lex.m1 != nil && lex.m1.seg == a.seg {
				rf = newRefinerStems(lex.m1, a.src.Sentences, a.tgt.Sentences, [2]*stemMemo{a.memoOf(0), a.memoOf(1)})
			} else {
				rf = newRefiner(lex.m1, a.src.Sentences, a.tgt.Sentences, a.words)
			}
		}
	}
	if a.dict != nil {
		x.dict = a.dict
		x.dictSetup(a.dict, a.src.Sentences, a.tgt.Sentences)
		if x.seg != nil {
			x.cut = a.seg[x.segSide]
		}
	}
	return x, rf
}

// passUnits prepares a pass's search, in four steps: each sentence's
// features (passFeatures) and their weights (weigh; weakFeatures), the
// cost's parameters with the pass's character ratio (passRatio) and the
// pair's kind (a Chinese-Latin pair's priors, one language's unrelated
// cost, a news-sized or partial pair's run of skips), the sentences as
// units with their skip weights (monoSkips), and a news-sized pair's own
// gates (newsSized). It returns the parameters, the units, the features'
// weights, and which features are weak evidence (nil: none).
func (a *aligner) passUnits(x *extractor, fitted *params) (p params, us, ut []unit, w []float32, weak []bool) {
	fs, ft, pcs, pct := a.passFeatures(x)
	monoS, monoT := monoSupport(x.table, fs, ft)
	orphS, orphT := orphanNumbers(fs, ft, x.table.kinds) // before weigh prunes them
	w = weigh(x.table, fs, ft)
	weak = weakFeatures(x, w)
	p = defaultParams()
	if fitted != nil {
		p = *fitted
	} else {
		a.passRatio(&p, fs, ft, w, pcs, pct)
	}
	p.mt = newMatcher(w)
	if a.hanLatin {
		p.scalePriors(a.hanLatinScale())
	}
	if monoS != nil {
		p.unrelated = monoUnrelated
	}
	small := a.small()
	if small || a.partial {
		// A partial translation leaves long stretches unmatched.
		p.skipRun = skipRunShare
	}
	if a.partial {
		p.skipRun = partialSkipRun
		p.skip *= partialSkip
	}
	us = withFeatures(a.sentUnitsOf(0), fs, w)
	ut = withFeatures(a.sentUnitsOf(1), ft, w)
	monoSkips(us, monoS)
	monoSkips(ut, monoT)
	if monoS == nil && small {
		a.newsSized(&p, us, ut, orphS, orphT, x.words)
	}
	return p, us, ut, w, weak
}

// passFeatures returns each sentence's features (extractor.sentFeatures;
// a target's know the source's, x.other) and each side's prefix sums of
// the sentences' characters (pcs[i] is the characters before sentence
// i).
func (a *aligner) passFeatures(x *extractor) (fs, ft [][]uint32, pcs, pct []float64) {
	fs = make([][]uint32, len(a.src.Sentences))
	ft = make([][]uint32, len(a.tgt.Sentences))
	pcs = make([]float64, len(a.src.Sentences)+1)
	pct = make([]float64, len(a.tgt.Sentences)+1)
	bs, bt := a.sentUnitsOf(0), a.sentUnitsOf(1)
	for i, s := range a.src.Sentences {
		fs[i] = x.sentFeatures(i, s, true)
		pcs[i+1] = pcs[i] + bs[i].chars
	}
	x.other = otherSide(fs, len(x.table.kinds))
	for j, s := range a.tgt.Sentences {
		ft[j] = x.sentFeatures(j, s, false)
		pct[j+1] = pct[j] + bt[j].chars
	}
	x.other = nil
	return fs, ft, pcs, pct
}

// weakFeatures marks the weighed features that are weak evidence: a
// bead's score counts only evidence that is not its own (see
// learnLexicon), so weak learned links, and a dictionary's links when
// dictWeak, weigh nothing there. nil: none.
func weakFeatures(x *extractor, w []float32) []bool {
	var weak []bool
	for f, k := range x.table.kinds {
		if (k == kindLexWeak || (k == kindDict && x.dictWeak())) && w[f] != 0 {
			if weak == nil {
				weak = make([]bool, len(w))
			}
			weak[f] = true
		}
	}
	return weak
}

// passRatio sets p's character ratio for a pass without a fitted one:
// the documents' (target characters over source), or, when one document
// translates only part of the other (the anchors' ratio departs from the
// documents' by more than partialRatio, or the paragraphs' say so,
// paraRatio; partial.go), the anchors', and then a.partial is set.
func (a *aligner) passRatio(p *params, fs, ft [][]uint32, w []float32, pcs, pct []float64) {
	cs, ct := pcs[len(pcs)-1], pct[len(pct)-1]
	if cs <= 0 || ct <= 0 {
		return
	}
	p.ratio = ct / cs
	if r := anchorRatio(fs, ft, w, pcs, pct); r > 0 {
		if max(r/p.ratio, p.ratio/r) > partialRatio {
			// One document translates only part of the other (see
			// anchorRatio): its ratio is the anchors'.
			p.ratio = r
			a.partial = true
		}
	}
	if !a.partial {
		if r := a.paraRatio(fs, ft, w, pcs, pct, p.ratio); r > 0 {
			p.ratio = r
			a.partial = true
		}
	}
}

// newsSized applies the gates of a news-sized bilingual pair (under
// smallDoc sentences, not two versions in one language) to its units and
// p: a sentence whose numbers (orphS, orphT), names, or between Chinese
// and a Latin script words the whole other document lacks costs less to
// leave unmatched (anchors.go, lexorphans.go, orphanNumberSkips); in the
// pass after the first, in running text, so does one near the last
// pass's gaps (gapRegionSkips); and when the evidence is strong
// (explainedRate), a bead's idle members cost idleCost (idlemembers.go).
// A partial translation takes neither of the last two.
func (a *aligner) newsSized(p *params, us, ut []unit, orphS, orphT []bool, words *wordCache) {
	if !a.anchorsRead {
		// They depend on the sentences alone: read by the first pass.
		a.anchors[0], a.anchors[1] = anchorOrphans(a.src.Sentences, a.tgt.Sentences, words, a.toks, a.nounCaps, a.hanLatin)
		if a.hanLatin {
			ls, lt := lexOrphans(a.src.Sentences, a.tgt.Sentences, a.dict, a.seg, words)
			a.anchors[0], a.anchors[1] = orEither(a.anchors[0], ls), orEither(a.anchors[1], lt)
		}
		a.anchorsRead = true
	}
	orphS, orphT = orUnion(orphS, a.anchors[0]), orUnion(orphT, a.anchors[1])
	orphanNumberSkips(us, orphS)
	orphanNumberSkips(ut, orphT)
	if a.prev != nil && !a.partial && (len(paragraphSpans(a.src)) < 2 || len(paragraphSpans(a.tgt)) < 2) {
		gapRegionSkips(us, ut, a.prev, p.mt)
	}
	if !a.partial && explainedRate(us, ut, p.mt) >= idleExplained {
		p.idle = idleCost
	}
}

// passBeads collects a pass's beads, in document order, with their
// evidence and review flags; the aligner's raw confidences go to a.raw.
type passBeads struct {
	a    *aligner
	weak []bool
	// paragraphs: both documents mark paragraphs; a bead across a
	// break of either is flagged.
	paragraphs bool
	beads      []Bead
	evs        []evidence
	flags      []string
	// at[k] is where bead k stands in its search's path, for the region
	// margin that score computes only for a bead it can cap; empty, or
	// shorter than beads, when the pass computes none (params.idle
	// unset).
	at []beadAt
}

// beadAt is bead i of path, the path that scorer sc's search made.
type beadAt struct {
	sc   *scorer
	path []span
	i    int
}

// emit adds the beads of path, whose units are sentences s0+i and t0+j,
// with flag (or reasonCrosses for one that crosses a paragraph break).
func (o *passBeads) emit(sc *scorer, path []span, s0, t0 int, flag string) {
	a := o.a
	for i, sp := range path {
		b := Bead{
			Src: Span{s0 + sp.s0, s0 + sp.s1},
			Tgt: Span{t0 + sp.t0, t0 + sp.t1},
		}
		var e evidence
		if b.Src.Len() > 0 && b.Tgt.Len() > 0 {
			sc.weak = o.weak
			sc.idf = math.Log(float64(len(a.src.Sentences) + len(a.tgt.Sentences)))
			e = sc.evidence(sp)
			e.alt = sc.altMargin(path, i)
			sc.joinMargin(&e, path, i)
			sc.shiftMargin(&e, path, i)
			e.region = joinNone
			if sc.p.idle != 0 {
				// See regionMargin: computed by score, where it can cap.
				o.at = append(o.at, make([]beadAt, len(o.beads)-len(o.at))...)
				o.at = append(o.at, beadAt{sc, path, i})
			}
		}
		a.raw = append(a.raw, math.Round(sc.rawConfidence(sp)*1000)/1000)
		f := flag
		if f == "" && o.paragraphs && (crosses(a.src, b.Src) || crosses(a.tgt, b.Tgt)) {
			f = reasonCrosses
		}
		o.beads = append(o.beads, b)
		o.evs = append(o.evs, e)
		o.flags = append(o.flags, f)
	}
}

// score sets the score of each bead with both sides from its evidence
// evs[k] (see calibrate.go), and keeps the inputs in a.inputs. The region
// margin of bead k (regionMargin, a small search of its own) is computed
// here from at[k], when there is one, and only for a bead that would
// otherwise score above joinCap: the only beads it can change.
func (a *aligner) score(beads []Bead, evs []evidence, at []beadAt) {
	a.inputs = a.inputs[:0]
	a.joinable = a.joinable[:0]
	alone := func(k int) int {
		if k < 0 || k >= len(beads) || beads[k].Src.Len() > 0 && beads[k].Tgt.Len() > 0 {
			return 0
		}
		return 1
	}
	pk := 0 // beads and a.prev are both in document order
	for k, b := range beads {
		if b.Src.Len() == 0 || b.Tgt.Len() == 0 {
			if a.keepInputs {
				a.inputs = append(a.inputs, [numCalib]float64{})
			}
			continue
		}
		for pk < len(a.prev) && (a.prev[pk].Src.Start < b.Src.Start || a.prev[pk].Src.Start == b.Src.Start && a.prev[pk].Tgt.Start < b.Tgt.Start) {
			pk++
		}
		changed := a.prev != nil && (pk == len(a.prev) || a.prev[pk].Src != b.Src || a.prev[pk].Tgt != b.Tgt)
		x := calibInputs(evs[k], alone(k-1)+alone(k+1), changed)
		if a.keepInputs {
			a.inputs = append(a.inputs, x)
		}
		sc := calibrated(x)
		if a.partial && evs[k].sim < partialMinSim {
			// See partialMinSim.
			sc = min(sc, partialCap)
		}
		if evs[k].join < joinBelow {
			// See joinBelow.
			sc = min(sc, joinCap)
			a.joinable = append(a.joinable, k)
		}
		if evs[k].shift < joinBelow || evs[k].region < joinBelow {
			// See shiftMargin and regionMargin.
			sc = min(sc, joinCap)
		}
		if sc > joinCap && k < len(at) && at[k].sc != nil {
			at[k].sc.regionMargin(&evs[k], at[k].path, at[k].i)
			if evs[k].region < joinBelow {
				sc = joinCap
			}
		}
		beads[k].Score = math.Round(sc*1000) / 1000
	}
}

// sentUnits are d's sentences as units, every field but feats and mass
// (withFeatures): what the sentences alone say.
func sentUnits(d Document) []unit {
	us := make([]unit, len(d.Sentences))
	for i, s := range d.Sentences {
		brk := d.Paragraphs != nil && i > 0 && d.Paragraphs[i] != d.Paragraphs[i-1]
		us[i] = unit{skip: skipWeight(s), chars: float64(chars(s)), brk: brk}
		us[i].openB, us[i].closeB = bracketEnds(s)
	}
	for i := trailer(d.Sentences); i < len(us); i++ {
		us[i].skip = min(us[i].skip, trailerShare)
		us[i].trail = true
	}
	captionSkips(d.Sentences, us)
	if n := len(us); n > 1 && creditLine(d.Sentences[n-1]) {
		us[n-1].skip = min(us[n-1].skip, trailerShare)
	}
	return us
}

// withFeatures returns a copy of base, units of sentUnits, with each
// unit's features feats[i] and their mass in weights w.
func withFeatures(base []unit, feats [][]uint32, w []float32) []unit {
	us := slices.Clone(base)
	for i := range us {
		var m float64
		for _, f := range feats[i] {
			m += float64(w[f])
		}
		us[i].feats, us[i].mass = feats[i], m
	}
	return us
}

// regions groups consecutive beads to review: those scoring under
// threshold and those flagged (flags[k] is bead k's reason, "" for none).
func regions(beads []Bead, flags []string, threshold float64) []Region {
	var out []Region
	var cur *Region
	for k, b := range beads {
		reason := flags[k]
		switch {
		case reason != "":
		case b.Src.Len() == 0 || b.Tgt.Len() == 0:
			reason = reasonUnmatched
		case b.Score < threshold:
			reason = reasonLow
		default:
			cur = nil
			continue
		}
		if cur == nil {
			out = append(out, Region{Src: b.Src, Tgt: b.Tgt, Score: b.Score, Reason: reason})
			cur = &out[len(out)-1]
			continue
		}
		cur.Src.End = b.Src.End
		cur.Tgt.End = b.Tgt.End
		cur.Score = min(cur.Score, b.Score)
		if !slices.Contains(strings.Split(cur.Reason, "; "), reason) {
			cur.Reason += "; " + reason
		}
	}
	return out
}
