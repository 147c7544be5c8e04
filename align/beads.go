package align

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bitext/bitext/tm/textio"
)

// A BeadRecord is one bead as the bead formats write it: one line of
// JSON Lines,
//
//	{"src":[0,1],"tgt":[0],"score":0.93,"src_text":"...","tgt_text":"..."}
//
// with 0-based sentence indexes, [] on one side for a sentence with no
// counterpart, and the sentences of each side joined as Document.Text
// joins them (by a space; by nothing between Chinese or Japanese
// sentences).
// This is the output of `bitext align --format jsonl` and an input of
// `bitext tm import`; WriteJSONL writes it and ReadJSONL reads it.
type BeadRecord struct {
	// Src and Tgt are the sentence indexes of the two sides. ReadJSONL
	// gives a nil slice for a field that is absent (or null) and an
	// empty one for [].
	Src []int `json:"src"`
	Tgt []int `json:"tgt"`
	// Score is the aligner's confidence in [0,1] (0 when absent).
	Score float64 `json:"score"`
	// Scored says the record has a score (ReadJSONL): a score of 0 is
	// the aligner's (no evidence), an absent one none at all.
	Scored bool `json:"-"`
	// SrcText and TgtText are the two sides' text.
	SrcText string `json:"src_text"`
	TgtText string `json:"tgt_text"`
	// SrcDoc and TgtDoc optionally name the documents the bead came from;
	// WriteJSONL does not write them.
	SrcDoc string `json:"src_doc,omitempty"`
	TgtDoc string `json:"tgt_doc,omitempty"`
	// Line is the 1-based line ReadJSONL read the record from (0 for a
	// record made otherwise), for a reader's notes on it ("line 4: a
	// bead with an empty side"); it is not written.
	Line int `json:"-"`
}

// NewBeadRecord returns the record of bead b of the alignment of src with
// tgt.
func NewBeadRecord(src, tgt Document, b Bead) BeadRecord {
	return BeadRecord{Src: b.Src.Indexes(), Tgt: b.Tgt.Indexes(), Score: b.Score, Scored: true,
		SrcText: src.Text(b.Src), TgtText: tgt.Text(b.Tgt)}
}

// WriteJSONL writes the beads of the alignment of src with tgt to w as
// JSON Lines, one BeadRecord a line (no src_doc, tgt_doc), exactly as
// encoding/json would encode them with HTML escaping off. Sentences are
// escaped straight into a buffered writer: a huge sentence is not copied
// first. A score that is NaN or infinite is an error.
func WriteJSONL(w io.Writer, src, tgt Document, beads []Bead) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var num []byte
	indexes := func(s Span) {
		bw.WriteByte('[')
		for i := s.Start; i < s.End; i++ {
			if i > s.Start {
				bw.WriteByte(',')
			}
			num = strconv.AppendInt(num[:0], int64(i), 10)
			bw.Write(num)
		}
		bw.WriteByte(']')
	}
	text := func(sents []string, s Span) {
		bw.WriteByte('"')
		for i, t := range sents[s.Start:s.End] {
			if i > 0 {
				bw.WriteString(SentenceSep(sents[s.Start+i-1], t))
			}
			writeJSONString(bw, strings.TrimSpace(t))
		}
		bw.WriteByte('"')
	}
	for _, b := range beads {
		if math.IsNaN(b.Score) || math.IsInf(b.Score, 0) {
			return fmt.Errorf("bead %v:%v: score %v is not a number JSON can hold", b.Src.Indexes(), b.Tgt.Indexes(), b.Score)
		}
		bw.WriteString(`{"src":`)
		indexes(b.Src)
		bw.WriteString(`,"tgt":`)
		indexes(b.Tgt)
		bw.WriteString(`,"score":`)
		num = appendJSONFloat(num[:0], b.Score)
		bw.Write(num)
		bw.WriteString(`,"src_text":`)
		text(src.Sentences, b.Src)
		bw.WriteString(`,"tgt_text":`)
		text(tgt.Sentences, b.Tgt)
		if _, err := bw.WriteString("}\n"); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// appendJSONFloat appends f as encoding/json writes a float64: the
// shortest decimal that reads back as f, in exponent form only below 1e-6
// or from 1e21 up, with a one-digit negative exponent unpadded.
func appendJSONFloat(b []byte, f float64) []byte {
	format := byte('f')
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if n := len(b); format == 'e' && n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
		b[n-2] = b[n-1] // e-07 -> e-7
		b = b[:n-1]
	}
	return b
}

const hexDigits = "0123456789abcdef"

// jsonSafe holds the ASCII bytes a JSON string holds as they are.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// writeJSONString writes s as the inside of a JSON string, escaped as
// encoding/json does without HTML escaping: '"' and '\\' and control
// characters escaped, invalid UTF-8 as \ufffd, U+2028 and U+2029 as
// escapes (JavaScript reads them as line ends). Runs that need no escape
// are written as they are.
func writeJSONString(w *bufio.Writer, s string) {
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			w.WriteString(s[start:i])
			switch c {
			case '"', '\\':
				w.WriteByte('\\')
				w.WriteByte(c)
			case '\b':
				w.WriteString(`\b`)
			case '\f':
				w.WriteString(`\f`)
			case '\n':
				w.WriteString(`\n`)
			case '\r':
				w.WriteString(`\r`)
			case '\t':
				w.WriteString(`\t`)
			default:
				w.WriteString(`\u00`)
				w.WriteByte(hexDigits[c>>4])
				w.WriteByte(hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			w.WriteString(s[start:i])
			w.WriteString(`\ufffd`)
		case r == '\u2028' || r == '\u2029':
			w.WriteString(s[start:i])
			w.WriteString(`\u202`)
			w.WriteByte(hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	w.WriteString(s[start:])
}

// tsvClean makes a text one TSV field: tabs and line breaks become spaces.
var tsvClean = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

// WriteTSV writes the beads of the alignment of src with tgt to w, one
// line each: SRC_TEXT<TAB>TGT_TEXT<TAB>SCORE, the sentences of a side
// joined as Document.Text joins them, tabs and line breaks in them written as
// spaces, the score with three decimals. Each sentence is written through
// a buffered writer, not joined first: a huge sentence is not copied.
func WriteTSV(w io.Writer, src, tgt Document, beads []Bead) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var num []byte
	side := func(sents []string, s Span) {
		for i, t := range sents[s.Start:s.End] {
			if i > 0 {
				bw.WriteString(SentenceSep(sents[s.Start+i-1], t))
			}
			tsvClean.WriteString(bw, strings.TrimSpace(t))
		}
		bw.WriteByte('\t')
	}
	for _, b := range beads {
		side(src.Sentences, b.Src)
		side(tgt.Sentences, b.Tgt)
		num = strconv.AppendFloat(num[:0], b.Score, 'f', 3, 64)
		bw.Write(num)
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// A RecordError is a malformed line of bead JSON Lines.
type RecordError struct {
	Line int    // 1-based
	Msg  string // what is wrong
}

// BadInput is true: the alignment file is malformed at the line (see textio.IsBadInput).
func (e *RecordError) BadInput() bool { return true }

func (e *RecordError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// DefaultMaxRecordLine is the longest line ReadJSONL reads when its
// maxLine is 0.
const DefaultMaxRecordLine = 64 << 20

// ReadJSONL iterates over the BeadRecords of bead JSON Lines read from r,
// each with its 1-based line number (BeadRecord.Line), as errors have. Empty lines are skipped, and
// so is a byte-order mark at the start. Every record has the fields
// "src_text" and "tgt_text"; other fields may be absent, and fields
// BeadRecord does not know are ignored. A malformed line, or a line
// longer than maxLine bytes (0 means DefaultMaxRecordLine), ends the
// sequence with a *RecordError. An error from r ends it with that error
// as it is (not a complaint about the partial line read before it).
func ReadJSONL(r io.Reader, maxLine int) iter.Seq2[BeadRecord, error] {
	if maxLine <= 0 {
		maxLine = DefaultMaxRecordLine
	}
	return func(yield func(BeadRecord, error) bool) {
		sr := textio.NewSticky(r)
		sc := bufio.NewScanner(sr)
		sc.Buffer(make([]byte, min(64<<10, maxLine)), maxLine)
		n := 0
		for sc.Scan() {
			n++
			line := sc.Bytes()
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte("\ufeff"))
			}
			line = bytes.TrimSpace(line)
			if len(line) == 0 {
				continue
			}
			rec, msg := parseRecord(line)
			if msg != "" {
				yield(BeadRecord{}, lineErr(sr, n, msg))
				return
			}
			rec.Line = n
			if !yield(rec, nil) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			if errors.Is(err, bufio.ErrTooLong) {
				err = &RecordError{n + 1, fmt.Sprintf("a line longer than %d MiB (not a text file?)", maxLine>>20)}
			}
			yield(BeadRecord{}, err)
		}
	}
}

// parseRecord decodes one line, or says what is wrong with it.
func parseRecord(line []byte) (BeadRecord, string) {
	var raw struct {
		Src     []int    `json:"src"`
		Tgt     []int    `json:"tgt"`
		Score   *float64 `json:"score"`
		SrcText *string  `json:"src_text"`
		TgtText *string  `json:"tgt_text"`
		SrcDoc  string   `json:"src_doc"`
		TgtDoc  string   `json:"tgt_doc"`
	}
	if err := json.Unmarshal(line, &raw); err != nil {
		return BeadRecord{}, beadJSONErr(err, line)
	}
	// encoding/json took the last value of a field given twice and
	// dropped the other without a word, as the server refuses.
	if name := textio.RepeatedKey(line); name != "" {
		return BeadRecord{}, fmt.Sprintf("field %q given twice: give it once", name)
	}
	// encoding/json took half a surrogate pair for U+FFFD, which tm
	// import would store in place of the character.
	if esc := textio.LoneSurrogate(line); esc != "" {
		return BeadRecord{}, fmt.Sprintf("a string has half of a UTF-16 surrogate pair alone (%s), which is no character (a text cut in the middle of an emoji?)", esc)
	}
	if raw.SrcText == nil || raw.TgtText == nil {
		return BeadRecord{}, `want the fields "src_text" and "tgt_text" (the bead format of bitext align)`
	}
	r := BeadRecord{Src: raw.Src, Tgt: raw.Tgt, SrcText: *raw.SrcText, TgtText: *raw.TgtText,
		SrcDoc: raw.SrcDoc, TgtDoc: raw.TgtDoc}
	if raw.Score != nil {
		r.Score, r.Scored = *raw.Score, true
	}
	return r, ""
}

// lineErr is the error to report for line n: the read error sr met, if
// any, else a RecordError saying msg.
func lineErr(sr *textio.Sticky, n int, msg string) error {
	if err := sr.Err(); err != nil {
		return err
	}
	return &RecordError{n, msg}
}

// beadJSONErr words the error of decoding a bead line for the person who
// reads it: a character as line holds it, and a value of the wrong type
// says which field wants what (not Go's "cannot unmarshal bool into Go
// struct field BeadRecord.src of type []int").
func beadJSONErr(err error, line []byte) string {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		return "not a JSON object: " + textio.JSONError(err, line)
	}
	field, _, _ := strings.Cut(te.Field, ".")
	if te.Field == "" {
		return fmt.Sprintf(`not a JSON object but a JSON %s: want {"src": [...], "tgt": [...], "src_text": ..., "tgt_text": ...}`, te.Value)
	}
	want := map[string]string{
		"src":      "a list of sentence numbers ([0, 1])",
		"tgt":      "a list of sentence numbers ([0, 1])",
		"score":    "a number",
		"src_text": "a string",
		"tgt_text": "a string",
		"src_doc":  "a string",
		"tgt_doc":  "a string",
	}[field]
	if want == "" {
		want = "another type"
	}
	return fmt.Sprintf("%q must be %s, not a JSON %s", field, want, te.Value)
}
