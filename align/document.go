package align

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/tm/textio"
)

// DocumentOptions say how ReadDocument and SegmentText make a Document of
// one side of a parallel text. The zero value reads running text with the
// default segmentation rules, keeping closed quotations whole, and keeps
// paragraph breaks.
type DocumentOptions struct {
	// Lang is the language of the text: it picks the segmentation rules
	// for running text. language.Und (the zero value) uses the default
	// rules. It is not used for presegmented text.
	Lang language.Tag
	// Presegmented says the text is already one sentence a line, with
	// empty (or blank) lines between paragraphs. Otherwise the text is
	// running text, split into sentences by the segmenter of Lang, and
	// empty lines separate paragraphs.
	Presegmented bool
	// Quotes is how running text treats the stops inside a closed
	// quotation: segment.QuotesKeep (the zero value) keeps the quotation
	// whole, segment.QuotesSplit ends sentences inside it, as CAT tools
	// do (what the aligner's pairs should match when they are stored in
	// a translation memory).
	Quotes segment.QuoteMode
	// NoParagraphs drops the paragraph numbers: the document is aligned
	// as one run of sentences.
	NoParagraphs bool
	// SizeHint, if positive, is the size of the input in bytes (a file's
	// size): ReadDocument then reads it into one allocation. 0 means
	// unknown.
	SizeHint int64
}

// ReadDocument reads one side of a parallel text from r and splits it into
// sentences and paragraphs as opt says (see SegmentText). A read error is
// returned as it is, so that a reader that names its file and line in its
// errors keeps them. ReadDocument holds the text once (plus the
// sentences); it returns ctx.Err() when ctx is done before the text is
// segmented. An HTML or XML document is refused (ErrMarkup, bad input).
func ReadDocument(ctx context.Context, r io.Reader, opt DocumentOptions) (Document, error) {
	// A strings.Builder, not a []byte: string(data) would copy the
	// document once more.
	var sb strings.Builder
	if opt.SizeHint > 0 && opt.SizeHint < 1<<40 {
		sb.Grow(int(opt.SizeHint)) // one allocation, no doubling garbage
	}
	if err := readAll(&sb, r); err != nil {
		return Document{}, err
	}
	if err := ctx.Err(); err != nil {
		return Document{}, err
	}
	if kind := textio.MarkupKind(sb.String()); kind != "" {
		return Document{}, fmt.Errorf("line 1: %w", &markupError{kind})
	}
	return SegmentText(sb.String(), opt)
}

// copyBufs holds io.Copy's buffers for readAll.
var copyBufs = sync.Pool{New: func() any { b := make([]byte, 32<<10); return &b }}

// readAll is io.Copy(sb, r) with, for a reader that does not write itself
// (a file read through textio), a buffer of io.Copy's size taken from
// copyBufs: a batch reading 200 files allocated 200 of them.
func readAll(sb *strings.Builder, r io.Reader) error {
	if _, ok := r.(io.WriterTo); ok {
		_, err := io.Copy(sb, r)
		return err
	}
	b := copyBufs.Get().(*[]byte)
	defer copyBufs.Put(b)
	_, err := io.CopyBuffer(sb, r, *b)
	return err
}

// isNFC is norm.NFC.IsNormalString(s), asked of x/text only for the
// pieces of s around a rune that is not NFC-inert (nfcInert): accents
// written apart, Hangul jamo, Arabic vowel marks. x/text's check reads
// every rune of s through its tables (250 instructions a rune of Persian
// or Arabic, 0.8 M a news article: issue 14).
//
// An inert rune (combining class 0, NFC_Quick_Check Yes) is a boundary
// of normalization (UAX #15): nothing before it combines with it or
// with what follows it, and a string of inert runes is normalized
// already. So s is normalized when each piece from the last inert rune
// before a run of runes that are not inert to the first inert rune after
// it is; s's start and end bound the pieces too. Past a byte that is
// not UTF-8, the rest of s from the last inert rune is one piece.
func isNFC(s string) bool {
	from := 0 // the start of the last inert rune read
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf { // ASCII is inert
			from = i
			i++
			continue
		}
		if inert, size := inertAt(s, i); inert {
			from = i
			i += size
			continue
		}
		k := i
		for k < len(s) {
			inert, size := inertAt(s, k)
			if inert {
				break
			}
			if size == 1 && s[k] >= utf8.RuneSelf {
				// Not UTF-8: x/text takes an incomplete sequence at
				// the end of its input for a rune still to come, so
				// no piece ends after it: the rest is asked whole.
				return norm.NFC.IsNormalString(s[from:])
			}
			k += size
		}
		if !norm.NFC.IsNormalString(s[from:k]) {
			return false
		}
		i = k
	}
	return true
}

// inertAt reports whether the rune at s[i] is NFC-inert (nfcInert), and
// its size in bytes. Two bytes (below U+0800) are decoded here, the rest
// by package utf8.
func inertAt(s string, i int) (bool, int) {
	c := s[i]
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return nfcInert(rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)), 2
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return nfcInert(r), size
}

// nfcInert reports whether r has combining class 0 and NFC_Quick_Check
// Yes, for r below nfcInertMax (Latin, Greek, Cyrillic, Hebrew, Arabic,
// the Indic scripts, general punctuation with ZWNJ); false for any other
// rune (and for utf8.RuneError, which an invalid byte decodes to).
// nfcInertTable (init_tables.go) holds the answers, as x/text gives
// them.
func nfcInert(r rune) bool {
	return uint32(r) < nfcInertMax && nfcInertTable[r/64]&(1<<(r%64)) != 0
}

// nfcInertMax bounds the runes nfcInertTable holds: up to the end of the
// combining marks for symbols, past general punctuation (ZWNJ, the
// quotation marks, the narrow no-break space of French).
const nfcInertMax = 0x2100

// ErrMarkup is wrapped by the error of ReadDocument for an HTML or XML
// document (a web page, a TMX or XLIFF file given by mistake): aligning
// its markup as sentences made junk pairs, with exit status 0.
var ErrMarkup = textio.NewBadInput("markup, not plain text")

type markupError struct{ kind string }

func (e *markupError) Error() string {
	hint := "extract its text first (tm pretranslate reads HTML)"
	if e.kind == "XML" {
		hint = "a TMX or XLIFF file is aligned already: tm import reads it"
	}
	return "an " + e.kind + " document, not plain text: align reads running text, or one sentence a line with --presegmented; " + hint
}
func (e *markupError) Unwrap() error { return ErrMarkup }

// SegmentText makes a Document of text: with opt.Presegmented one sentence
// a line (see PresegmentedDocument), otherwise the sentences the segmenter
// of opt.Lang finds, in the paragraphs that empty lines separate. A
// leading byte-order mark is not part of the text. The text is taken in
// Unicode's composed form (NFC): a file saved decomposed (macOS, some
// PDF extractors: "e" + U+0301 for "é") is aligned, and its pairs stored
// in a TM, exactly as the same text composed (a decomposed pair scored
// differently, and a TM lookup of the composed sentence, as typed, found
// it only as a 95% fuzzy match). Lines end at a line feed, a CRLF or a
// lone carriage return (a file from classic Mac OS was one line: with
// --presegmented, one sentence of the whole text). opt.SizeHint is not
// used.
func SegmentText(text string, opt DocumentOptions) (Document, error) {
	text = strings.TrimPrefix(text, "\ufeff")
	if !isNFC(text) {
		text = norm.NFC.String(text)
	}
	if strings.IndexByte(text, '\r') >= 0 { // CRLF, or a lone CR (classic Mac OS)
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	}
	var d Document
	if opt.Presegmented {
		d = PresegmentedDocument(text)
	} else {
		sg, err := segment.New(opt.Lang, segment.WithQuotes(opt.Quotes))
		if err != nil {
			return Document{}, fmt.Errorf("segment: %w", err)
		}
		// Where each sentence starts: the text before it is scanned once.
		at, pos := 0, Pos{Line: 1, Col: 1}
		for _, s := range sg.SplitString(text) {
			for _, r := range text[at:s.Start] {
				pos.Col++
				if r == '\n' {
					pos = Pos{Line: pos.Line + 1, Col: 1}
				}
			}
			at = s.Start
			d.Sentences = append(d.Sentences, s.Text)
			d.Paragraphs = append(d.Paragraphs, s.Para)
			d.Starts = append(d.Starts, pos)
		}
	}
	if opt.NoParagraphs {
		d.Paragraphs = nil
	}
	return d, nil
}

// Text returns the sentences of s joined as one side of a bead: by single
// spaces, or by nothing between two sentences of Chinese or Japanese
// (see SentenceSep), each without the white space around it (the indent
// of a presegmented line is no part of the sentence a TM stores).
func (d Document) Text(s Span) string {
	var b strings.Builder
	for i, t := range d.Sentences[s.Start:s.End] {
		t = strings.TrimSpace(t)
		if i > 0 {
			b.WriteString(SentenceSep(d.Sentences[s.Start+i-1], t))
		}
		b.WriteString(t)
	}
	return b.String()
}

// SentenceSep is what goes between the sentences prev and next when a
// bead joins them: nothing when prev ends and next starts in Chinese or
// Japanese script (the closing and opening quotes and brackets aside),
// which puts no space between sentences ("我没走掉。陈清扬把我拽住"; a space
// there is a difference a TM lookup of the merged segment pays for), else
// a space.
func SentenceSep(prev, next string) string {
	prev, next = strings.TrimSpace(prev), strings.TrimSpace(next)
	last, first := rune(0), rune(0)
	for i := len(prev); i > 0; {
		r, n := utf8.DecodeLastRuneInString(prev[:i])
		i -= n
		if !unicode.Is(unicode.Quotation_Mark, r) && !unicode.In(r, unicode.Pe, unicode.Pf) {
			last = r
			break
		}
	}
	for _, r := range next {
		if !unicode.Is(unicode.Quotation_Mark, r) && !unicode.In(r, unicode.Ps, unicode.Pi) {
			first = r
			break
		}
	}
	if closeCJK(last) && closeCJK(first) {
		return ""
	}
	return " "
}

// closeCJK is true of the letters and punctuation of Chinese and
// Japanese, which are written without spaces between sentences (Korean,
// written with spaces, is not).
func closeCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Bopomofo) ||
		r >= 0x3000 && r <= 0x303F || // CJK symbols and punctuation: 。、「」
		r >= 0xFF01 && r <= 0xFF9F // full-width forms (！？（）) and half-width katakana
}
