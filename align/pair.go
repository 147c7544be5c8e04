package align

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

// An Input is one document of a pair for ReadPair: the File to read, and
// its language.
type Input struct {
	File
	// Lang is the language of the text; it picks the segmentation rules
	// of running text (see DocumentOptions.Lang).
	Lang language.Tag
}

// PairOptions say how ReadPair reads a document pair and how Pair.Align
// aligns it. The zero value reads running text (see DocumentOptions),
// aligns as the zero Options do, and keeps every bead.
type PairOptions struct {
	// Doc says how both documents are read; its Lang and SizeHint are
	// ignored (each Input has its own).
	Doc DocumentOptions
	// Align tunes the alignment (see Options).
	Align Options
	// Dicts, when it holds dictionaries (BatchDicts.Orient), are a
	// batch's: Batch aligns each pair with Dicts.Lexicon of its languages
	// in place of Align.Lexicon. Pair.Align ignores it.
	Dicts *BatchDicts
	// MinScore is the least score of a bead Pair.Beads keeps; 0 keeps
	// them all. A bead with an empty side (an unmatched sentence) scores
	// 0, so any positive MinScore drops those.
	MinScore float64
}

// A Pair is a document pair to align and, once Align has run, its
// alignment.
type Pair struct {
	// Src and Tgt are the source and target documents.
	Src, Tgt Document
	// SrcName and TgtName name the documents (Input.Name).
	SrcName, TgtName string
	// SrcLang and TgtLang are their languages (Input.Lang).
	SrcLang, TgtLang language.Tag
	// Beads are the beads of the alignment that score at least
	// PairOptions.MinScore, in document order; nil before Align.
	Beads []Bead
	// Review lists the low-confidence regions of the whole alignment
	// (the beads MinScore dropped included), in document order.
	Review []Region
	// Learned is the number of word pairs the aligner learned
	// (Result.Learned).
	Learned int
}

// ReadPair reads the source and target documents of a pair
// (ReadDocument), as opt.Doc says, each with its own language, and names
// the pair's documents after the Files. An error of a File's Open or
// reader is returned as it is; when ctx is cancelled ReadPair returns
// "read NAME: interrupted" (Interrupted), which wraps ctx.Err(). A
// document whose letters are hardly any of its language's script
// (ErrScript) or that reads as another language of that script
// (ErrLanguage: the source and target swapped, French given as Spanish)
// is bad input, "read NAME: ..." saying what it reads as.
func ReadPair(ctx context.Context, src, tgt Input, opt PairOptions) (*Pair, error) {
	p := &Pair{SrcName: src.Name, TgtName: tgt.Name, SrcLang: src.Lang, TgtLang: tgt.Lang}
	var err error
	if p.Src, err = readInput(ctx, src, opt.Doc); err != nil {
		return nil, Interrupted(err, "read %s: interrupted", src.Name)
	}
	if p.Tgt, err = readInput(ctx, tgt, opt.Doc); err != nil {
		return nil, Interrupted(err, "read %s: interrupted", tgt.Name)
	}
	err = checkLanguages(p, func(tgt bool) string {
		if tgt {
			return "read " + p.TgtName
		}
		return "read " + p.SrcName
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// MaxDocument bounds the size of a document ReadPair reads (an aligned
// document's sentences, their words and the alignment's tables take some
// 30 to 70 times its size in memory): a larger one is refused before it
// is read, or as soon as more is read from standard input, with a hint to
// split it. A 52 MB one-line file took 1.56 GB under align --batch, where
// a memory limit set by an IT team ends the process without a word. A
// novel is 1 to 3 MB; the largest documents of the parallel corpora this
// aligner is tuned on are under 2 MB.
const MaxDocument = 16 << 20

// documentTooLarge is the reason and hint of a document over MaxDocument.
const documentTooLarge, splitDocument = "a document aligned whole takes many times its size in memory", "split it into chapters or sections, and align each pair of parts"

func readInput(ctx context.Context, in Input, opt DocumentOptions) (Document, error) {
	opt.Lang, opt.SizeHint = in.Lang, in.Size
	open := in.File.Open
	in.File.Open = func() (io.ReadCloser, error) {
		rc, err := open()
		if err != nil {
			return nil, err
		}
		if in.Size > MaxDocument { // a file: refused before any of it is read
			rc.Close()
			return nil, textio.TooLarge(in.Name, MaxDocument, documentTooLarge, splitDocument)
		}
		return struct {
			io.Reader
			io.Closer
		}{textio.Bounded(rc, in.Name, MaxDocument, documentTooLarge, splitDocument), rc}, nil
	}
	return readFile(in.File, func(r io.Reader) (Document, error) {
		d, err := ReadDocument(ctx, r, opt)
		if err == nil {
			err = checkScript(d, in.Lang)
		}
		return d, err
	})
}

// Align aligns the documents of p (see the function Align) as opt.Align
// says, and fills in Beads (those scoring at least opt.MinScore), Review
// and Learned. opt.Doc is not used; p's languages, when known, decide
// whether the built-in Chinese-English dictionary fits (see
// Options.NoDefaultDict). It fails only when ctx is done: when it is
// cancelled, with "align SRC_NAME with TGT_NAME: interrupted"
// (Interrupted).
func (p *Pair) Align(ctx context.Context, opt PairOptions) error {
	opt.Align.langs = [2]language.Tag{p.SrcLang, p.TgtLang}
	res, err := Align(ctx, p.Src, p.Tgt, opt.Align)
	if err != nil {
		return Interrupted(err, "align %s with %s: interrupted", p.SrcName, p.TgtName)
	}
	p.Beads = slices.DeleteFunc(res.Beads, func(b Bead) bool { return b.Score < opt.MinScore })
	p.Review, p.Learned = res.Review, res.Learned
	return nil
}

// WriteReview writes the review regions of p to w, one a line, each line
// starting with prefix:
//
//	PREFIXreview: SRC_NAME [3-7] <-> TGT_NAME [4-9]: score 0.42 (low score): "The minister arrived in Baghdad on…" +4 <-> "Le ministre est arrivé lundi à…" +5
//
// with the 0-based sentence indexes of each side of the region and,
// when the Document knows (Document.Starts), where the region starts in
// its file: "[3-7] (lines 12-20)" for one sentence a line, "[3-7] (line
// 5:41)" (line:column) for running text; the
// lowest bead score in it, why it is to be reviewed (Region.Reason), and
// the first sentence of each side shortened to reviewExcerpt characters,
// with the count of further sentences ("-" for a side with none). The
// sentences are shown safe for a terminal (see reviewText): never cut
// inside a character, control characters escaped, right-to-left text
// isolated with U+2068 ... U+2069. A document with no sentence (an
// empty or blank file) gets a line of its own first:
//
//	PREFIXreview: TGT_NAME has no text: nothing of it is aligned (the wrong file?)
//
// and two documents of the same sentences (one file given as both sides,
// or a copy of it) get one too, which the alignment of a file with
// itself on purpose can ignore: a translator who gives the source twice
// would otherwise see pairs of 0.8 and more, and with --into store each
// sentence as its own translation (CAT tools' QA checks, Okapi's
// CheckMate among them, warn of a target that is the same as its source):
//
//	PREFIXreview: SRC_NAME and TGT_NAME hold the same text (N sentences): each sentence is aligned to itself (the same file twice?)
func (p *Pair) WriteReview(w io.Writer, prefix string) error {
	if len(p.Src.Sentences) > 0 && slices.Equal(p.Src.Sentences, p.Tgt.Sentences) {
		if _, err := fmt.Fprintf(w, "%sreview: %s and %s hold the same text (%s): each sentence is aligned to itself (the same file twice?)\n",
			prefix, isolateRTL(p.SrcName), isolateRTL(p.TgtName), textio.Count(len(p.Src.Sentences), "sentence", "sentences")); err != nil {
			return err
		}
	}
	for _, d := range []struct {
		name string
		doc  Document
		side func(Region) Span
	}{{p.SrcName, p.Src, func(r Region) Span { return r.Src }}, {p.TgtName, p.Tgt, func(r Region) Span { return r.Tgt }}} {
		if len(d.doc.Sentences) == 0 && !slices.ContainsFunc(p.Review, func(r Region) bool { return d.side(r).Len() > 0 }) {
			if _, err := fmt.Fprintf(w, "%sreview: %s has no text: nothing of it is aligned (the wrong file?)\n", prefix, isolateRTL(d.name)); err != nil {
				return err
			}
		}
	}
	for _, r := range p.Review {
		reason := ""
		if r.Reason != "" {
			reason = " (" + r.Reason + ")"
		}
		if _, err := fmt.Fprintf(w, "%sreview: %s %s%s <-> %s %s%s: score %.2f%s%s\n",
			prefix, isolateRTL(p.SrcName), r.Src, where(p.Src, r.Src), isolateRTL(p.TgtName), r.Tgt, where(p.Tgt, r.Tgt),
			r.Score, reason, excerpts(p.Src, p.Tgt, r)); err != nil {
			return err
		}
	}
	return nil
}

// where says where span s of d starts in its file, for a review line:
// " (line 7)" or " (lines 7-9)" for sentences that are whole lines
// (presegmented), " (line 7:12)" (line:column) for running text; "" for
// an empty span or a document that does not know (Document.Starts nil).
func where(d Document, s Span) string {
	if s.Len() == 0 || s.End > len(d.Starts) {
		return ""
	}
	first, last := d.Starts[s.Start], d.Starts[s.End-1]
	switch {
	case first.Col > 0:
		return fmt.Sprintf(" (line %d:%d)", first.Line, first.Col)
	case last.Line > first.Line:
		return fmt.Sprintf(" (lines %d-%d)", first.Line, last.Line)
	}
	return fmt.Sprintf(" (line %d)", first.Line)
}

// reviewExcerpt is how many characters of a sentence a review line shows.
const reviewExcerpt = 60

// excerpts shows the first sentence of each side of region r, shortened:
// `: "First source…" +2 <-> "First target…"`, or "" when the documents
// do not hold the region's sentences.
func excerpts(src, tgt Document, r Region) string {
	side := func(d Document, s Span) (string, bool) {
		if s.Len() == 0 {
			return "-", true
		}
		if s.End > len(d.Sentences) {
			return "", false
		}
		out := `"` + reviewText(d.Sentences[s.Start], reviewExcerpt) + `"`
		if s.Len() > 1 {
			out += fmt.Sprintf(" +%d", s.Len()-1)
		}
		return out, true
	}
	a, ok1 := side(src, r.Src)
	b, ok2 := side(tgt, r.Tgt)
	if !ok1 || !ok2 {
		return ""
	}
	return ": " + a + " <-> " + b
}

// WriteJSONL writes the beads of p to w as JSON Lines (see the function
// WriteJSONL).
func (p *Pair) WriteJSONL(w io.Writer) error { return WriteJSONL(w, p.Src, p.Tgt, p.Beads) }

// WriteJSONLNamed writes the beads of p to w as JSON Lines BeadRecords
// with src_doc and tgt_doc naming the documents (SrcName, TgtName): one
// stream may then hold the beads of many pairs (a Batch).
func (p *Pair) WriteJSONLNamed(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, b := range p.Beads {
		rec := NewBeadRecord(p.Src, p.Tgt, b)
		rec.SrcDoc, rec.TgtDoc = p.SrcName, p.TgtName
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return nil
}

// WriteTSV writes the beads of p to w as SRC_TEXT<TAB>TGT_TEXT<TAB>SCORE
// lines (see the function WriteTSV).
func (p *Pair) WriteTSV(w io.Writer) error { return WriteTSV(w, p.Src, p.Tgt, p.Beads) }

// Interrupted is err as the user should read it when it is the
// cancellation of a context (an interrupt, Ctrl-C): the message format
// and args say, e.g. "align a.en.txt with a.fr.txt: interrupted", rather
// than "context canceled", and it still wraps err (errors.Is(e,
// context.Canceled) holds). Any other err, nil included, is returned as
// it is.
func Interrupted(err error, format string, args ...any) error {
	if !errors.Is(err, context.Canceled) {
		return err
	}
	return &interruptedError{msg: fmt.Sprintf(format, args...), err: err}
}

type interruptedError struct {
	msg string
	err error
}

func (e *interruptedError) Error() string { return e.msg }
func (e *interruptedError) Unwrap() error { return e.err }
