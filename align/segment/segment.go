package segment

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"iter"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

// Sentence is one sentence of the input.
type Sentence struct {
	// Text is input[Start:End] with every run of white space that contains
	// a line break turned into a single space.
	Text string
	// Start and End are byte offsets into the whole input; the sentence is
	// trimmed of surrounding white space (no-break spaces included).
	Start, End int
	// Para is the 0-based index of the sentence's paragraph. Paragraphs are
	// separated by blank lines; only paragraphs with text are counted.
	Para int
}

// Options configure a Segmenter.
type Options struct {
	// Lang is the language whose rules apply.
	Lang language.Tag
	// Rules, if not nil, replace the built-in rules by an SRX rule set.
	Rules *SRX
	// MaxSentence is the most bytes Sentences looks at before it must find
	// a sentence end; a longer sentence is cut at its last space (or rune)
	// before the limit. It bounds memory. Zero means DefaultMaxSentence;
	// more than maxMaxSentence means maxMaxSentence.
	MaxSentence int
	// Quotes says whether a stop inside a quotation ends a sentence
	// (QuotesKeep, the default, or QuotesSplit). SRX rules decide for
	// themselves.
	Quotes QuoteMode
}

// Option sets an option of New.
type Option func(*Options)

// WithRules makes the segmenter use an SRX rule set instead of its built-in
// rules.
func WithRules(srx *SRX) Option { return func(o *Options) { o.Rules = srx } }

// WithMaxSentence sets Options.MaxSentence.
func WithMaxSentence(n int) Option { return func(o *Options) { o.MaxSentence = n } }

// DefaultMaxSentence is the default bound on a sentence's length in bytes
// (1 MiB): far above any real sentence, small enough that memory stays flat.
const DefaultMaxSentence = 1 << 20

// readChunk is the first size of the buffer Sentences reads into, and the
// room its largest buffer keeps above two look-ahead windows (a sentence
// that may go on, the text after it) and a rune cut off at the end.
const readChunk = 64 << 10

// maxMaxSentence is the largest MaxSentence honoured (512 MiB): Sentences
// reads into a buffer of twice MaxSentence and a little more, which must
// fit an int, on 32-bit platforms too.
const maxMaxSentence = 1 << 29

// splitFuncLimit is the look-ahead of SplitFunc: half of bufio.Scanner's
// default maximum token size, so that a Scanner with default settings never
// fails with bufio.ErrTooLong.
const splitFuncLimit = bufio.MaxScanTokenSize / 2

// Segmenter splits text into sentences. A Segmenter is safe for concurrent
// use: each call keeps its own state.
type Segmenter struct {
	opts    Options
	lang    *langData
	builtin bool      // lang holds built-in rules for the language (not the default ones)
	useSRX  bool      // an SRX language map matched: srx decides, even when empty
	srx     []srxRule // the SRX rules that apply to the language, in order
	// srxGate returns the fast SRX engine's gate for srx, built on first
	// use: most segmenters never meet an SRX file.
	srxGate func() *srxGate
}

// New returns a segmenter for lang. If there are no built-in rules for lang,
// it uses the default rules and Fallback reports true. With an SRX rule set
// (WithRules), lang is matched against the set's language map; if no map
// matches, the built-in rules apply and Fallback reports true.
func New(lang language.Tag, opts ...Option) (*Segmenter, error) {
	o := Options{Lang: lang}
	for _, opt := range opts {
		opt(&o)
	}
	if o.MaxSentence <= 0 {
		o.MaxSentence = DefaultMaxSentence
	}
	o.MaxSentence = min(o.MaxSentence, maxMaxSentence)
	d, ok := lookupLang(lang)
	s := &Segmenter{opts: o, lang: d, builtin: ok}
	if o.Rules != nil {
		rules, ok := o.Rules.rulesFor(lang)
		s.srx, s.useSRX = rules, ok
		s.srxGate = sync.OnceValue(func() *srxGate { return newSRXGate(rules) })
	}
	return s, nil
}

// Fallback reports whether the segmenter has no rules of its own for the
// requested language: with an SRX rule set, that no language map matched
// (the built-in rules apply); without, that the default rules apply.
func (s *Segmenter) Fallback() bool {
	if s.opts.Rules != nil {
		return !s.useSRX
	}
	return !s.builtin
}

// FallbackWarning says, for a user, that the segmenter has no rules of its
// own for the requested language (see [Segmenter.Fallback]) and what it
// uses instead:
//
//	no built-in segmentation rules for language "tlh"; using the default rules
//	no rules in rules.srx for language "fr"; using the built-in rules
//
// It is "" when Fallback reports false.
func (s *Segmenter) FallbackWarning() string {
	switch {
	case !s.Fallback():
		return ""
	case s.opts.Rules != nil:
		return fmt.Sprintf("no rules in %s for language %q; using the built-in rules", s.opts.Rules.name, s.opts.Lang)
	}
	return fmt.Sprintf("no built-in segmentation rules for language %q; using the default rules", s.opts.Lang)
}

// Language is the language whose rules the segmenter uses: the requested
// one when an SRX language map matched it, else the language of the
// built-in rules (language.Und for the default rules).
func (s *Segmenter) Language() language.Tag {
	switch {
	case s.useSRX:
		return s.opts.Lang
	case s.builtin:
		return s.lang.tag
	}
	return language.Und
}

// SplitString returns the sentences of text. With SRX rules, a rule whose
// search gives up (see Sentences) is skipped where it gave up.
func (s *Segmenter) SplitString(text string) []Sentence {
	var out []Sentence
	st := s.newStream(len(text) + 1)
	b := []byte(text)
	off := 0
	for off < len(b) {
		adv, tok, _ := st.split(b[off:], true)
		if tok != nil {
			out = append(out, Sentence{
				Text:  sentenceText(tok),
				Start: off + st.tokStart, End: off + st.tokStart + len(tok),
				Para: st.para,
			})
		}
		if adv == 0 {
			break
		}
		off += adv
	}
	return out
}

// Sentences returns the sentences read from r, in order. It reads r in
// pieces, holding at most about 2×MaxSentence bytes; a read error ends the
// sequence with that error, and the text read before it that does not yet
// end a sentence is not yielded as one. With SRX rules, a rule whose
// regular-expression search gives up after 5 seconds on a paragraph
// (catastrophic backtracking) ends the sequence with an *SRXError naming
// the rule's line.
func (s *Segmenter) Sentences(r io.Reader) iter.Seq2[Sentence, error] {
	return func(yield func(Sentence, error) bool) {
		st := s.newStream(s.opts.MaxSentence)
		st.failOnRuleError = true
		er := textio.NewSticky(r)
		sc := bufio.NewScanner(er)
		sc.Buffer(make([]byte, readChunk), 2*s.opts.MaxSentence+utf8.UTFMax+readChunk)
		pos := 0 // offset of the scanner's data window
		sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
			adv, tok, err := st.split(data, atEOF)
			if atEOF && er.Err() != nil && (err != nil || tok == nil || adv >= len(data)) {
				// After a read error the scanner offers the rest as
				// final: its sentences are kept, but the piece that
				// runs to the point of failure is a fragment.
				return 0, nil, er.Err()
			}
			if tok != nil {
				st.absStart = pos + st.tokStart
			}
			pos += adv
			return adv, tok, err
		})
		for sc.Scan() {
			tok := sc.Bytes()
			if !yield(Sentence{Text: sentenceText(tok), Start: st.absStart, End: st.absStart + len(tok), Para: st.para}, nil) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield(Sentence{}, err)
		}
	}
}

// SplitFunc returns a bufio.SplitFunc whose tokens are the sentences of the
// input, as they stand (line breaks kept; Sentence.Text-style clean-up is
// the caller's). It looks ahead at most 32 KiB, so a Scanner with its
// default buffer works; a longer sentence is cut. Each call returns a new
// function with its own state; use it for one Scanner.
func (s *Segmenter) SplitFunc() bufio.SplitFunc {
	st := s.newStream(splitFuncLimit)
	st.failOnRuleError = true
	return st.split
}

// sentenceText turns the line breaks in a sentence, and the white space
// around them, into single spaces; between two characters of a script
// written without spaces (Chinese, Japanese) into nothing, as a browser
// joins such lines (CSS Text 3, segment break transformation): text wrapped
// at a column breaks its words anywhere ("サポー\nト" is one word).
func sentenceText(b []byte) string {
	if !hasLineBreak(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b))
	for i := 0; i < len(b); {
		r, size := decode(b, i)
		if !isSpace(r) {
			sb.Write(b[i : i+size])
			i += size
			continue
		}
		j, brk := i, false
		for j < len(b) {
			r, size := decode(b, j)
			if !isSpace(r) {
				break
			}
			brk = brk || isLineBreak(r)
			j += size
		}
		if brk {
			before, _ := decodeLast(b, i)
			if after, _ := decode(b, j); !joinsWithoutSpace(before) || !joinsWithoutSpace(after) {
				sb.WriteByte(' ')
			}
		} else {
			sb.Write(b[i:j])
		}
		i = j
	}
	return sb.String()
}

// hasLineBreak reports whether b holds a line break: \n \r \v \f, NEL
// (C2 85), LINE SEPARATOR or PARAGRAPH SEPARATOR (E2 80 A8/A9). Each test
// is a vectorized byte search, faster than one loop over the bytes.
func hasLineBreak(b []byte) bool {
	for _, c := range []byte{'\n', '\r', '\v', '\f'} {
		if bytes.IndexByte(b, c) >= 0 {
			return true
		}
	}
	if bytes.IndexByte(b, 0xC2) >= 0 && bytes.Contains(b, []byte("\u0085")) {
		return true
	}
	return bytes.IndexByte(b, 0xE2) >= 0 && (bytes.Contains(b, []byte("\u2028")) || bytes.Contains(b, []byte("\u2029")))
}
