package tm

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"strconv"
	"strings"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

// LineError is a problem on one line of a TSV or JSON Lines input.
type LineError struct {
	Line int
	Msg  string
}

// BadInput is true: the file is malformed at the line (see textio.IsBadInput).
func (e *LineError) BadInput() bool { return true }

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// maxLine is the longest line the TSV and JSON Lines readers take: twice
// MaxSegment, a source and a target at their longest.
const maxLine = 2 * MaxSegment

// bom is the byte order mark some editors put at the start of a UTF-8
// file; it is not part of the first segment.
const bom = "\ufeff"

// lineErr is the error to report for line n: the read error sr met, if
// any, else a LineError saying msg.
func lineErr(sr *textio.Sticky, n int, msg string) error {
	if err := sr.Err(); err != nil {
		return err
	}
	return &LineError{n, msg}
}

// scanErr is the error to report for a scanner that failed after line n:
// a LineError for a line too long, else the read error as it is.
func scanErr(n int, err error) error {
	if errors.Is(err, bufio.ErrTooLong) {
		return &LineError{n + 1, fmt.Sprintf("a line longer than %d MiB (not a text file?)", maxLine>>20)}
	}
	return err
}

// ReadTMX iterates over the units of a TMX document, converted by FromTMX;
// the sequence ends with the first error. A <tu> without a srclang has the
// header's, as TMX 1.4b says, when it has a variant in that language (a
// header srclang no variant has, or "*all*", leaves SrcLang unknown).
func ReadTMX(r *tmx.Reader) iter.Seq2[Unit, error] {
	return func(yield func(Unit, error) bool) {
		var langs langCache
		hsrc := language.Und
		if h := r.Header(); tmx.Get(h.Attrs, "srclang") != "" && tmx.Get(h.Attrs, "srclang") != "*all*" {
			hsrc, _ = langs.parse(tmx.Get(h.Attrs, "srclang")) // the reader checked it
		}
		for tu, err := range r.All() {
			if err != nil {
				yield(Unit{}, err)
				return
			}
			u, err := langs.fromTMX(tu)
			if err != nil {
				yield(Unit{}, err)
				return
			}
			if u.SrcLang == language.Und && hsrc != language.Und && tmx.Get(tu.Attrs, "srclang") == "" {
				for _, v := range u.Variants {
					if v.Lang == hsrc {
						u.SrcLang = hsrc
						break
					}
				}
			}
			if !yield(u, nil) {
				return
			}
		}
	}
}

// ReadTSV iterates over tab-separated pairs: SOURCE<TAB>TARGET, optionally
// followed by <TAB>SCORE (as `bitext align --format tsv` writes), one a line
// ending in "\n", "\r\n" or a lone "\r" (classic Mac OS). Empty lines,
// pairs with an empty side (a sentence left unaligned) and pairs scored 0
// or less (no evidence: bitext align --into stores no such bead) are
// skipped (an import counts them: Skipped.EmptySide, ScoredZero); a
// line without a tab is an error, and so is a score that is not a number.
// The last line needs no line end when its columns are whole; without
// one, a line that ends in an empty column, or has no score where the
// pair before it has one, is the file cut short (a copy or download
// stopped in the target) and an error, not a pair with half its target.
// src and tgt are the languages of the columns; Import refuses units in
// language.Und. A first line that names the columns ("source<TAB>target",
// "en<TAB>fr" of an import in en and fr, "English<TAB>French",
// "src<TAB>tgt<TAB>score": see tsvHeader) is a header, not a pair: left
// out, and kept in Skipped.Header (HeaderNote). A line of other words
// ("Source<TAB>Quelle"), or any line after the first, is a pair.
func ReadTSV(r io.Reader, src, tgt language.Tag) iter.Seq2[Unit, error] {
	return readTSV(r, src, tgt, new(Skipped))
}

// readTSV is ReadTSV counting the pairs it leaves out, scored 0 or less
// (Skipped.ScoredZero) or with an empty side (Skipped.EmptySide, with the
// first lines), in skipped.
func readTSV(r io.Reader, src, tgt language.Tag, skipped *Skipped) iter.Seq2[Unit, error] {
	return func(yield func(Unit, error) bool) {
		sr := textio.NewSticky(r)
		sc := bufio.NewScanner(sr)
		unended := false // the last line read has no line end: the file's last, cut or not
		sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
			adv, tok, err := textio.ScanTextLines(data, atEOF) // a lone CR ends a line too: no field holds one
			unended = atEOF && tok != nil && adv == len(data) && !bytes.ContainsAny(data, "\r\n")
			return adv, tok, err
		})
		sc.Buffer(make([]byte, 64<<10), maxLine)
		n := 0
		scoredAt := 0 // the line of the pair before, when it has a score
		first := true // the first line of text, which may name the columns
		for sc.Scan() {
			n++
			line := sc.Text()
			if n == 1 {
				line = strings.TrimPrefix(line, bom)
			}
			if strings.TrimSpace(line) == "" {
				if strings.IndexByte(line, '\t') >= 0 { // a row of empty columns, said as one
					skipped.emptySide(n)
				}
				continue
			}
			if strings.IndexByte(line, 0) >= 0 {
				yield(Unit{}, lineErr(sr, n, "a NUL byte (a binary file, not TSV?)"))
				return
			}
			f := strings.Split(line, "\t")
			if first && tsvHeader(f, src, tgt) {
				skipped.Header, skipped.HeaderLine = line, n
				first = false
				continue
			}
			first = false
			if len(f) == 1 {
				// An article given for a TM file ("found 1 fields").
				yield(Unit{}, lineErr(sr, n, "want SOURCE<TAB>TARGET[<TAB>SCORE], found no tab (running text? bitext align TEXT TRANSLATION --into stores a text and its translation)"))
				return
			}
			if len(f) > 3 {
				yield(Unit{}, lineErr(sr, n, fmt.Sprintf("want SOURCE<TAB>TARGET[<TAB>SCORE], found %d fields", len(f))))
				return
			}
			scored := len(f) == 3 && strings.TrimSpace(f[2]) != ""
			if unended && (strings.TrimSpace(f[len(f)-1]) == "" || !scored && scoredAt > 0) {
				// The target cut, or its score: storing the part would keep
				// a wrong translation.
				msg := "no line end and an empty last column: the file cut short?"
				if strings.TrimSpace(f[len(f)-1]) != "" {
					msg = fmt.Sprintf("no line end and no score, but line %d has one: the file cut short?", scoredAt)
				}
				yield(Unit{}, lineErr(sr, n, msg))
				return
			}
			scoredAt = 0
			if scored {
				scoredAt = n
			}
			if strings.TrimSpace(f[0]) == "" || strings.TrimSpace(f[1]) == "" {
				skipped.emptySide(n) // a sentence left unaligned: nothing to remember, but said
				continue
			}
			u := Unit{SrcLang: src, Variants: []Variant{{Lang: src, Text: f[0]}, {Lang: tgt, Text: f[1]}}}
			if scored {
				s, err := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
				if err != nil || math.IsInf(s, 0) || math.IsNaN(s) { // JSON, which lookups write, has neither
					yield(Unit{}, lineErr(sr, n, fmt.Sprintf("score %s is not a number", textio.Quote(f[2]))))
					return
				}
				if s <= 0 {
					skipped.ScoredZero++
					continue
				}
				u.Origin.Score = s
			}
			if !yield(u, nil) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield(Unit{}, scanErr(n, err))
		}
	}
}

// ReadAlignJSONL iterates over the beads of `bitext align --format jsonl`
// (align.BeadRecord: {"src":[..],"tgt":[..],"score":..,"src_text":..,
// "tgt_text":..}, read by align.ReadJSONL) as units in document order, each
// with the bead's score and, when the record names them, its documents.
// Beads with an empty side (a sentence left unaligned) or scored 0 or less
// (as ReadTSV; a record without a score is a pair with none) are skipped. A
// malformed line is a *LineError.
func ReadAlignJSONL(r io.Reader, src, tgt language.Tag) iter.Seq2[Unit, error] {
	return readAlignJSONL(r, src, tgt, new(Skipped))
}

// readAlignJSONL is ReadAlignJSONL counting the beads it leaves out,
// scored 0 or less (Skipped.ScoredZero) or with an empty side
// (Skipped.EmptySide), in skipped.
func readAlignJSONL(r io.Reader, src, tgt language.Tag, skipped *Skipped) iter.Seq2[Unit, error] {
	return func(yield func(Unit, error) bool) {
		for b, err := range align.ReadJSONL(r, maxLine) {
			if err != nil {
				var re *align.RecordError
				if errors.As(err, &re) {
					err = &LineError{re.Line, re.Msg}
				}
				yield(Unit{}, err)
				return
			}
			if strings.TrimSpace(b.SrcText) == "" || strings.TrimSpace(b.TgtText) == "" ||
				(b.Src != nil && len(b.Src) == 0) || (b.Tgt != nil && len(b.Tgt) == 0) {
				skipped.emptyBead(b.Line)
				continue
			}
			if b.Scored && b.Score <= 0 {
				skipped.ScoredZero++
				continue
			}
			u := Unit{SrcLang: src, Variants: []Variant{{Lang: src, Text: b.SrcText}, {Lang: tgt, Text: b.TgtText}},
				Origin: Origin{SrcDoc: b.SrcDoc, TgtDoc: b.TgtDoc, Score: b.Score}}
			if !yield(u, nil) {
				return
			}
		}
	}
}
