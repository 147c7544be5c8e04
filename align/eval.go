package align

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/bitext/bitext/tm/textio"
)

// A Link is a bead as evaluation sees it: sets of source and target
// sentence indexes (gold files need not list contiguous ranges).
type Link struct{ Src, Tgt []int }

// LinkOf returns the Link of a bead.
func LinkOf(b Bead) Link { return Link{Src: b.Src.Indexes(), Tgt: b.Tgt.Indexes()} }

// MaxLinkLine is the longest line ReadLinks takes (bytes), and the line
// bound of the files ScoreFiles reads: a gold line is a few indexes, and
// a line of `bitext align --format jsonl` one bead, whose texts come from
// documents of at most MaxDocument. Longer, it is not an alignment, and
// reading it whole took many times its size (a 52 MB line, 196 MB).
const MaxLinkLine = MaxDocument

// ReadLinks reads an alignment in the gold format, one bead a line:
// "[0,1]:[0]" (source sentences 0 and 1 align with target sentence 0),
// "[]:[5]" (an added target sentence), "[4]:[]" (a dropped source
// sentence); or as JSON Lines with "src" and "tgt" index arrays, as
// `bitext align --format jsonl` writes. Empty lines are skipped, and so
// is a byte-order mark at the start. An error names the line and what is
// wrong.
func ReadLinks(r io.Reader) ([]Link, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), MaxLinkLine+1) // +1: a line of MaxLinkLine and its "\n"
	var out []Link
	line := 0
	// seen[0] and seen[1] map each source and target sentence to the line
	// that aligned it: a sentence in two beads is a malformed alignment.
	seen := [2]map[int]int{{}, {}}
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff") // a byte-order mark
		}
		if text == "" {
			continue
		}
		var l Link
		var err error
		if strings.HasPrefix(text, "{") {
			var rec BeadRecord // the bead format; only the indexes matter here
			if jerr := json.Unmarshal([]byte(text), &rec); jerr != nil {
				err = errors.New(beadJSONErr(jerr, []byte(text)))
			}
			l = Link{Src: rec.Src, Tgt: rec.Tgt}
			if err == nil && (l.Src == nil && l.Tgt == nil) {
				err = fmt.Errorf(`no "src" or "tgt" array`)
			}
		} else {
			l, err = parseLink(text)
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		for _, i := range slices.Concat(l.Src, l.Tgt) {
			if i < 0 {
				return nil, fmt.Errorf("line %d: negative sentence index %d", line, i)
			}
		}
		for side, idx := range [2][]int{l.Src, l.Tgt} {
			for _, i := range idx {
				if prev, ok := seen[side][i]; ok {
					return nil, fmt.Errorf("line %d: %s sentence %d is already aligned on line %d", line, [2]string{"source", "target"}[side], i, prev)
				}
				seen[side][i] = line
			}
		}
		out = append(out, l)
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		// It said "line 1: bufio.Scanner: token too long" (trial33).
		return nil, fmt.Errorf("line %d: a line longer than %d MiB (not an alignment?)", line+1, MaxLinkLine>>20)
	} else if err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	return out, nil
}

// CheckSameDocument reports an error when hyp names a sentence beyond the
// last one gold aligns, on either side: then the two alignments are of
// different document pairs (or gold is truncated) and a score would mean
// nothing. hyp may leave sentences out (a --min-score filter), so only
// indexes past gold's end count.
func CheckSameDocument(gold, hyp []Link) error {
	gs, gt := maxIndex(gold)
	hs, ht := maxIndex(hyp)
	if len(gold) == 0 {
		if len(hyp) > 0 {
			return fmt.Errorf("the gold alignment is empty but the hypothesis has %d beads", len(hyp))
		}
		return nil
	}
	if hs > gs {
		return fmt.Errorf("the hypothesis aligns source sentence %d but %s: not the same document pair?", hs, goldEnd("source", gs))
	}
	if ht > gt {
		return fmt.Errorf("the hypothesis aligns target sentence %d but %s: not the same document pair?", ht, goldEnd("target", gt))
	}
	return nil
}

// goldEnd says where gold's side ends, last its largest index there (-1:
// none): a gold of empty beads alone ("[]:[]") was said to end at -1.
func goldEnd(side string, last int) string {
	if last < 0 {
		return "the gold aligns no " + side + " sentence"
	}
	return fmt.Sprintf("the gold ends at %d", last)
}

// maxIndex is the largest source and target sentence index in links, -1
// for a side with none.
func maxIndex(links []Link) (src, tgt int) {
	src, tgt = -1, -1
	for _, l := range links {
		for _, i := range l.Src {
			src = max(src, i)
		}
		for _, i := range l.Tgt {
			tgt = max(tgt, i)
		}
	}
	return src, tgt
}

// parseLink parses "[0,1]:[0]".
func parseLink(s string) (Link, error) {
	a, b, ok := strings.Cut(s, ":")
	if !ok || !strings.HasPrefix(s, "[") { // not a link: a line of align's tsv ("Iran news: ..."), a TMX file
		return Link{}, fmt.Errorf("%s: want [SRC,...]:[TGT,...], or the JSON Lines of `bitext align --format jsonl` (its tsv and tmx hold no sentence indexes)", textio.Quote(s))
	}
	src, err := parseList(a)
	if err != nil {
		return Link{}, fmt.Errorf("%s: source side: %w", textio.Quote(s), err)
	}
	tgt, err := parseList(b)
	if err != nil {
		return Link{}, fmt.Errorf("%s: target side: %w", textio.Quote(s), err)
	}
	return Link{Src: src, Tgt: tgt}, nil
}

func parseList(s string) ([]int, error) {
	s = strings.TrimSpace(s)
	if len(s) < 2 || s[0] != '[' || s[len(s)-1] != ']' {
		return nil, fmt.Errorf("want a bracketed list such as [0,1]")
	}
	s = strings.TrimSpace(s[1 : len(s)-1])
	out := []int{}
	if s == "" {
		return out, nil
	}
	for f := range strings.SplitSeq(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return nil, fmt.Errorf("%s is not a sentence index", textio.Quote(strings.TrimSpace(f)))
		}
		out = append(out, n)
	}
	return out, nil
}

// PRF is precision, recall and F1 with the counts behind them.
type PRF struct {
	Precision, Recall, F1 float64
	// TP and FP count hypothesis beads judged for precision; RTP and RFN
	// gold beads judged for recall.
	TP, FP, RTP, RFN int
}

// Scores are the strict and lax scores of an alignment against gold.
type Scores struct{ Strict, Lax PRF }

// Evaluate scores hyp against gold as the sentence-alignment literature
// does (Vecalign, Bertalign), with beads compared as sets of (source ids,
// target ids):
//   - strict precision: the share of hypothesis beads that are exactly a
//     gold bead, insertions and deletions included;
//   - strict recall: the same with gold and hypothesis swapped, beads with
//     an empty side left out on both sides;
//   - lax: a bead also counts if its target ids overlap the gold target
//     ids of any of its source ids;
//   - F1 = 2PR/(P+R).
//
// For several documents, concatenate with offset indexes: the counts sum.
func Evaluate(gold, hyp []Link) Scores {
	pts, pfs, ptl, pfl := precision(gold, hyp)
	rts, rfs, rtl, rfl := precision(nonEmpty(hyp), nonEmpty(gold))
	return Scores{
		Strict: prf(pts, pfs, rts, rfs),
		Lax:    prf(ptl, pfl, rtl, rfl),
	}
}

// ScoreOptions tune Score. The zero value scores the beads as they are.
type ScoreOptions struct {
	// SrcGroups and TgtGroups, when not nil, label each source and target
	// sentence with its group (see MergeGroups and ReadGroups): the
	// hypothesis's beads inside one group are merged before scoring.
	SrcGroups, TgtGroups []string
}

// Score scores hyp against gold (Evaluate) after checking that they align
// the same document pair (CheckSameDocument) and, with groups, that every
// sentence hyp aligns has a label (CheckGroups: a *GroupsError) and merging
// hyp's beads by group (MergeGroups). Sum the Scores of several documents
// with Add.
func Score(gold, hyp []Link, opt ScoreOptions) (Scores, error) {
	if err := CheckSameDocument(gold, hyp); err != nil {
		return Scores{}, err
	}
	if opt.SrcGroups != nil || opt.TgtGroups != nil {
		if err := CheckGroups(hyp, opt.SrcGroups, opt.TgtGroups); err != nil {
			return Scores{}, err
		}
		hyp = MergeGroups(hyp, opt.SrcGroups, opt.TgtGroups)
	}
	return Evaluate(gold, hyp), nil
}

// A Measure is one of the scores of an alignment, as `bitext align score
// --format jsonl` writes it: {"f1":0.9,"measure":"strict","precision":
// 0.9,"recall":0.9}.
type Measure struct {
	F1        float64 `json:"f1"`
	Measure   string  `json:"measure"` // "strict" or "lax"
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
}

// Measures returns the strict and the lax measure of s, in that order,
// rounded to three decimals.
func (s Scores) Measures() []Measure {
	round3 := func(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }
	m := func(name string, p PRF) Measure {
		return Measure{F1: round3(p.F1), Measure: name, Precision: round3(p.Precision), Recall: round3(p.Recall)}
	}
	return []Measure{m("strict", s.Strict), m("lax", s.Lax)}
}

// WriteText writes s to w as `bitext align score` does, the strict and
// the lax measure a line each:
//
//	strict<TAB>P 0.333<TAB>R 0.500<TAB>F1 0.400
//	lax<TAB>P 0.667<TAB>R 1.000<TAB>F1 0.800
func (s Scores) WriteText(w io.Writer) error {
	for _, m := range []struct {
		name string
		p    PRF
	}{{"strict", s.Strict}, {"lax", s.Lax}} {
		if _, err := fmt.Fprintf(w, "%s\tP %.3f\tR %.3f\tF1 %.3f\n", m.name, m.p.Precision, m.p.Recall, m.p.F1); err != nil {
			return err
		}
	}
	return nil
}

// WriteJSONL writes the Measures of s to w, one JSON object a line:
// {"f1":0.4,"measure":"strict","precision":0.333,"recall":0.5}.
func (s Scores) WriteJSONL(w io.Writer) error {
	enc := json.NewEncoder(w)
	for _, m := range s.Measures() {
		if err := enc.Encode(m); err != nil {
			return err
		}
	}
	return nil
}

func nonEmpty(ls []Link) []Link {
	var out []Link
	for _, l := range ls {
		if len(l.Src) > 0 && len(l.Tgt) > 0 {
			out = append(out, l)
		}
	}
	return out
}

func linkKey(l Link) string {
	s := slices.Sorted(slices.Values(l.Src))
	t := slices.Sorted(slices.Values(l.Tgt))
	return fmt.Sprint(s, t)
}

// precision counts strict and lax true and false positives of test beads
// against ref beads. Beads empty on both sides are ignored, and each
// distinct bead counts once.
func precision(ref, test []Link) (tps, fps, tpl, fpl int) {
	gold := make(map[string]bool)
	srcToTgt := make(map[int]map[int]bool)
	for _, l := range ref {
		if len(l.Src) == 0 && len(l.Tgt) == 0 {
			continue
		}
		gold[linkKey(l)] = true
		for _, s := range l.Src {
			if srcToTgt[s] == nil {
				srcToTgt[s] = make(map[int]bool)
			}
			for _, t := range l.Tgt {
				srcToTgt[s][t] = true
			}
		}
	}
	seen := make(map[string]bool)
	for _, l := range test {
		if len(l.Src) == 0 && len(l.Tgt) == 0 {
			continue
		}
		k := linkKey(l)
		if seen[k] {
			continue
		}
		seen[k] = true
		if gold[k] {
			tps++
			tpl++
			continue
		}
		fps++
		lax := false
		for _, s := range l.Src {
			for _, t := range l.Tgt {
				if srcToTgt[s][t] {
					lax = true
				}
			}
		}
		if lax {
			tpl++
		} else {
			fpl++
		}
	}
	return
}

// Add sums the counts of two scorings (of two documents) and recomputes
// the ratios, as scoring their concatenation would.
func (s Scores) Add(o Scores) Scores {
	return Scores{
		Strict: prf(s.Strict.TP+o.Strict.TP, s.Strict.FP+o.Strict.FP, s.Strict.RTP+o.Strict.RTP, s.Strict.RFN+o.Strict.RFN),
		Lax:    prf(s.Lax.TP+o.Lax.TP, s.Lax.FP+o.Lax.FP, s.Lax.RTP+o.Lax.RTP, s.Lax.RFN+o.Lax.RFN),
	}
}

// ReadGroups reads group labels for MergeGroups, one a line (the line's
// end, "\n" or "\r\n", is not part of the label, nor is a byte-order mark
// at the start of the first).
func ReadGroups(r io.Reader) ([]string, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var out []string
	for line := range strings.Lines(strings.TrimPrefix(string(data), "\ufeff")) {
		out = append(out, strings.TrimRight(line, "\r\n"))
	}
	return out, nil
}

// A GroupsError is a list of group labels (see MergeGroups) shorter than
// the sentences an alignment aligns: the labels of another document would
// merge beads at random.
type GroupsError struct {
	Target   bool // the target side's labels are short (else the source side's)
	Labels   int  // how many labels that side has
	Sentence int  // the first sentence of that side without a label
	// Name names the file of the labels, and Hyp the alignment; "" when
	// unknown (CheckGroups and Score leave them so, ScoreFiles sets them).
	Name, Hyp string
}

// BadInput is true: the group label files do not fit the alignment (see textio.IsBadInput).
func (e *GroupsError) BadInput() bool { return true }

func (e *GroupsError) Error() string {
	side := "source"
	if e.Target {
		side = "target"
	}
	hyp := "the alignment"
	if e.Hyp != "" {
		hyp = e.Hyp
	}
	msg := fmt.Sprintf("%d labels, but %s aligns %s sentence %d", e.Labels, hyp, side, e.Sentence)
	if e.Name != "" {
		msg = e.Name + ": " + msg
	}
	return msg
}

// CheckGroups returns a *GroupsError when hyp aligns a sentence that
// srcGroup or tgtGroup has no label for, else nil.
func CheckGroups(hyp []Link, srcGroup, tgtGroup []string) error {
	for _, l := range hyp {
		for side, idx := range [2][]int{l.Src, l.Tgt} {
			labels := [2][]string{srcGroup, tgtGroup}[side]
			for _, i := range idx {
				if i >= len(labels) {
					return &GroupsError{Target: side == 1, Labels: len(labels), Sentence: i}
				}
			}
		}
	}
	return nil
}

// MergeGroups merges consecutive beads that stay inside one group, where
// srcGroup[i] and tgtGroup[j] name the group (a Bible verse) of each
// sentence: gold alignments made from verse numbers cannot split a verse,
// so a hypothesis is scored with its beads merged the same way (as
// Bertalign's Bible evaluation does). A bead's group is that of its first
// source sentence, or of its first target sentence when it has none.
// Indexes outside the group lists end the current group.
func MergeGroups(hyp []Link, srcGroup, tgtGroup []string) []Link {
	group := func(l Link) (string, bool) {
		if len(l.Src) > 0 {
			if l.Src[0] < len(srcGroup) {
				return srcGroup[l.Src[0]], true
			}
			return "", false
		}
		if len(l.Tgt) > 0 && l.Tgt[0] < len(tgtGroup) {
			return tgtGroup[l.Tgt[0]], true
		}
		return "", false
	}
	var out []Link
	last, lastOK := "", false
	for _, l := range hyp {
		g, ok := group(l)
		if n := len(out); n > 0 && ok && lastOK && g == last {
			out[n-1].Src = append(out[n-1].Src, l.Src...)
			out[n-1].Tgt = append(out[n-1].Tgt, l.Tgt...)
			continue
		}
		out = append(out, Link{Src: append([]int{}, l.Src...), Tgt: append([]int{}, l.Tgt...)})
		last, lastOK = g, ok
	}
	return out
}

func prf(tp, fp, rtp, rfn int) PRF {
	r := PRF{TP: tp, FP: fp, RTP: rtp, RFN: rfn}
	if tp+fp > 0 {
		r.Precision = float64(tp) / float64(tp+fp)
	}
	if rtp+rfn > 0 {
		r.Recall = float64(rtp) / float64(rtp+rfn)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	return r
}
