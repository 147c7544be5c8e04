package tm

import (
	"bufio"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/bitext/bitext/tm/extract"
	"github.com/bitext/bitext/tm/internal/xmlin"
	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/xliff"
	"golang.org/x/text/language"
)

// Pretranslating a client's XLIFF file in place.
//
// PretranslateXLIFF reads an XLIFF file that a CAT tool wrote (Trados's
// SDLXLIFF, memoQ's, Okapi's, OmegaT's, XLIFF 2) and writes it again with
// the empty targets filled from the TM, as Okapi Rainbow's Leverage step
// and Translate Toolkit's pretranslate do. The rewrite is a stream of the
// input's own bytes: the XML decoder walks the file and every byte it
// read is copied as it was, except where a target is written. A unit is
// held until its segments' matches are known (LookupDocument answers one
// segment behind the input, the next segment being its context), so
// memory is a unit or two, whatever the file's size.
//
// What is written, by format:
//   - XLIFF 1.2 trans-unit: a <target> (after <source>, or <seg-source>)
//     with state translated and state-qualifier exact-match for a match
//     of 100 or 101 (leveraged-inherited for a repetition, from the
//     file's own target), needs-review-translation and fuzzy-match below; an
//     empty <target> gets its content and those attributes. Then one
//     <alt-trans> per match at or above Min (match-quality, origin,
//     extype), after the target.
//   - Segmented units (<seg-source> with <mrk mtype="seg">, as Okapi and
//     Trados write them): each segment's <mrk> in the target, the
//     target built from the seg-source's markup when missing (state
//     qualifier leveraged-tm); alt-trans name their segment (mid).
//   - SDLXLIFF: no alt-trans; the segment's <sdl:seg> gets conf
//     (Translated for 100 and 101, Draft below), percent, origin="tm",
//     origin-system="bitext", and text-match="SourceAndTarget" for a
//     context match, as Trados records a TM fill.
//   - memoQ (a unit with mq:status): mq:status="Pretranslated" and
//     mq:percent besides the 1.2 target.
//   - XLIFF 2: the segment's <target>, and its state (translated, or
//     initial with subState bitext:fuzzy-match).
//
// Inline codes: a target is written with the source's own code elements,
// never new ones: the codes around the whole text stay around the match's
// text; codes inside the text are put where the match's stored
// translation has them (targetCodes) or, when they cannot be, the match
// is offered (alt-trans) and not filled. A target that is not empty, or a
// unit with translate="no", is never touched.

// ErrNotUTF8 is PretranslateXLIFF's error for a file in an encoding it
// does not write back: not UTF-8, UTF-16 or a single-byte encoding
// (pretranslate_xliff_charset.go), but one of several bytes a character
// (Shift_JIS, GBK), which a round trip through UTF-8 may not give back.
var ErrNotUTF8 = errors.New("the file is not in UTF-8")

// XLIFF namespaces the rewriter knows (1.1 and 1.2 read alike, as the
// Reader reads them).
const (
	ns12 = "urn:oasis:names:tc:xliff:document:1.2"
	ns11 = "urn:oasis:names:tc:xliff:document:1.1"
)

// PretranslateXLIFF reads the XLIFF file r and writes it to w (when not
// nil) with every target that is missing or empty filled with the TM's
// best match at or above opt.Min, looked up with its neighbours as
// context, everything else byte for byte as it was (see the comment at
// the top of pretranslate_xliff.go for what is written in each format).
// opt.Src and opt.Tgt may be language.Und: the file's source-language and
// target-language (srcLang and trgLang) are taken, the target language
// from opt.Name (messages.fr.xlf) when the file has none; when given they
// must agree with the file's (SameLanguage). The Analysis counts the segments
// to translate (those with no target, or an empty one); its Src and Tgt
// are the languages looked up. Bad input (malformed XML, a unit without
// id, languages that disagree, another encoding than UTF-8) is an error
// wrapping ErrBadInput and an *xliff.Error naming the line.
func (d *DB) PretranslateXLIFF(ctx context.Context, r io.Reader, w io.Writer, opt PretranslateOptions) (Analysis, error) {
	return pretranslateXLIFF(ctx, r, w, opt, d.LookupDocument, nil)
}

// lookupFunc is LookupDocument's signature: the rewriter's tests and fuzz
// target give it a TM of their own.
type lookupFunc func(ctx context.Context, queries iter.Seq2[string, error], opt LookupOptions) iter.Seq2[DocumentMatches, error]

// pretranslateXLIFF is PretranslateXLIFF with the lookup given; onEdit,
// when not nil, is told each change made to the input (the tests check
// that the output is the input with those changes and no other).
func pretranslateXLIFF(ctx context.Context, r io.Reader, w io.Writer, opt PretranslateOptions, lookup lookupFunc, onEdit func(edit)) (Analysis, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if cs := sniffCharset(br); cs != nil {
		return pretranslateCharset(br, w, cs, func(r io.Reader, w io.Writer) (Analysis, error) {
			return pretranslateUTF8(ctx, r, w, opt, lookup, onEdit, cs)
		})
	}
	return pretranslateUTF8(ctx, br, w, opt, lookup, onEdit, nil)
}

// pretranslateUTF8 is pretranslateXLIFF on the file in UTF-8; cs, when
// not nil, is the encoding the file came in (its declaration names it),
// which every rewritten unit must be written in.
func pretranslateUTF8(ctx context.Context, r io.Reader, w io.Writer, opt PretranslateOptions, lookup lookupFunc, onEdit func(edit), cs *xliffCharset) (Analysis, error) {
	var an Analysis
	if opt.TMX {
		return an, badInputErr{errors.New("--tmx writes the matches of an article for OmegaT; an XLIFF file is pretranslated in place")}
	}
	if opt.Min == 0 {
		opt.Min = DefaultMin
	}
	if opt.Max == 0 {
		opt.Max = 3
	}
	if w == nil {
		w = io.Discard
	}
	rw := newXLIFFRewriter(r, w, opt)
	rw.onEdit = onEdit
	rw.cs = cs
	if err := rw.prime(); err != nil {
		return an, err
	}
	an.Src, an.Tgt = rw.src, rw.tgt
	rw.file.src = rw.src
	lo := LookupOptions{Src: rw.src, Tgt: rw.tgt, Min: min(bandMin, opt.Min), Max: opt.Max}
	tally := newBandTally()
	for dm, err := range lookup(ctx, rw.queries(), lo) {
		if err != nil {
			return an, err
		}
		if len(rw.pending) == 0 {
			return an, errors.New("pretranslate xliff: a match for no segment") // LookupDocument yields one per query
		}
		s := rw.pending[0]
		rw.pending = rw.pending[1:]
		s.done = true
		if s.fill {
			seg := extract.Segment{Text: s.text, Markup: s.markup}
			fileMs, rep := rw.file.matches(s, rw.tgt, lo.Min)
			s.rep = rep
			s.matches = rankByCodes(seg, withFileMatches(fileMs, dm.Matches))
			best := 0
			if len(s.matches) > 0 {
				best = s.matches[0].Score
				if s.matches[0].Origin.File == originThisFile && best >= 100 {
					tally.seen[textForm(s.text)] = true // a repetition (101: in context)
				}
			}
			words := CountWords(s.text)
			tally.add(s.text, words, best)
			an.Segments++
			an.Words += words
			if s.choose(opt.Min) {
				an.Filled++
			}
		}
		if err := rw.flush(); err != nil {
			return an, err
		}
	}
	if rw.err != nil {
		return an, rw.err
	}
	if err := ctx.Err(); err != nil {
		return an, err
	}
	// What follows the last unit (LookupDocument read the queries to their end).
	if err := rw.finish(); err != nil {
		return an, err
	}
	an.Bands = tally.rows()
	return an, nil
}

// teeInput is the decoder's input: it keeps every byte the decoder read
// from offset base on, so that the rewriter copies them as they were.
type teeInput struct {
	br   *bufio.Reader
	buf  []byte
	base int64
}

func (t *teeInput) ReadByte() (byte, error) {
	b, err := t.br.ReadByte()
	if err == nil {
		t.buf = append(t.buf, b)
	}
	return b, err
}

func (t *teeInput) Read(p []byte) (int, error) {
	n, err := t.br.Read(p)
	t.buf = append(t.buf, p[:n]...)
	return n, err
}

// take returns the bytes [t.base, to) and forgets them.
func (t *teeInput) take(to int64) []byte {
	n := int(to - t.base)
	out := bytes.Clone(t.buf[:n])
	t.buf = append(t.buf[:0], t.buf[n:]...)
	t.base = to
	return out
}

// span is a byte range [start, end) of the input.
type span struct{ start, end int64 }

// xlfElem is an element open in a unit: its name, the span of its start
// tag, and what it is to the rewriter.
type xlfElem struct {
	name xml.Name
	tag  span
	role string // "source", "seg-source", "target", "mrk" (a segment's), "seg-defs", "alt-trans", ""
	mid  string
}

// xlfSeg is a segment of a unit: a plain trans-unit's source, a <mrk
// mtype="seg"> of its seg-source, or an XLIFF 2 <segment>.
type xlfSeg struct {
	mid          string // the mrk's mid or the XLIFF 2 segment's id; "" for a whole trans-unit
	line         int
	content      span   // the source's content (in the seg-source for a mrk)
	text, markup string // the plain text; XLIFF 1.2 markup ("" for XLIFF 2)
	raw          []byte // the content as it stands
	lead, trail  []byte // the codes and white space before and after the text (when !inside)
	codes        bool   // the content has elements
	v2           bool   // an XLIFF 2 segment
	inside       bool   // an element between its first and last words
	fill         bool   // its target is missing or empty: to pretranslate

	tgt       *xlfSpot // where its target content goes (nil: missing)
	segStart  span     // XLIFF 2: the <segment> start tag
	srcEnd    int64    // XLIFF 2: the end of </source>
	srcIndent []byte
	segIndent []byte // XLIFF 2: the white space before <segment> on its line

	prev  string   // the textForm of the segment before it in the file
	order int      // its place among the file's segments (fileTM.remember)
	state string   // XLIFF 2: the segment's state
	rep   *fileSeg // the file's repetition of it, when there is one

	done    bool
	matches []Match
	best    *Match // the match filled, nil when none
	filled  string // the target content written for best
}

// xlfSpot is a target (or a target's <mrk>) in the input: its start tag,
// its content, and whether it closes itself (<target/>).
type xlfSpot struct {
	tag, content span
	empty        bool // no element and only white space in it
	self         bool
	qname        string // its name as written (ns0:target)
}

// xlfUnit is a unit held until its segments' matches are known.
type xlfUnit struct {
	start int64
	raw   []byte
	id    string
	line  int
	v2    bool
	tag   span // the unit's start tag
	segs  []*xlfSeg

	// XLIFF 1.2
	segmented   bool
	source      span   // the <source> element
	sourceQName string // its name as written
	indent      []byte // the white space before <source> on its line
	after       int64  // the end of </source>, or </seg-source>
	segSource   span   // the seg-source's content
	target      *xlfSpot
	targetEnd   int64 // the end of the </target>
	mrks        map[string]*xlfSpot
	sdlSegs     map[string]span // each <sdl:seg>'s start tag, by id
	sdlDefs     *xlfSpot
	sdlPrefix   string
	mqPrefix    string
	targetState string            // the 1.2 target's state
	sdlConf     map[string]string // each <sdl:seg>'s conf, by id
	mqStatus    string            // memoQ's mq:status
	isQueued    bool              // its segments were given to LookupDocument
}

// done reports whether every segment of u has its matches.
func (u *xlfUnit) done() bool {
	for _, s := range u.segs {
		if !s.done && strings.TrimSpace(s.text) != "" {
			return false
		}
	}
	return true
}

// xlfOut is a piece of output: bytes as read, or a unit to rewrite.
type xlfOut struct {
	raw  []byte
	unit *xlfUnit
}

// xliffRewriter walks an XLIFF file, holding its units until their
// matches are known.
type xliffRewriter struct {
	in  *teeInput
	dec *xml.Decoder
	w   io.Writer
	opt PretranslateOptions

	src, tgt language.Tag
	v2       bool
	primed   bool
	eof      bool
	err      error // the parse error that ended the queries
	onEdit   func(edit)
	charset  string        // the encoding the XML declaration names, when not UTF-8
	cs       *xliffCharset // the file's encoding, when it was decoded to UTF-8 for the rewriter

	out     []xlfOut
	pending []*xlfSeg // segments looked up, whose matches are awaited
	unit    *xlfUnit  // the unit being read
	stack   []xlfElem // the elements open in the unit
	outer   []bool    // the elements open outside units: whether each says translate="no", itself or by inheritance
	root    bool      // the root was read
	skip    int       // depth inside a translate="no" unit
	file    fileTM    // the file's translated segments
}

func newXLIFFRewriter(r io.Reader, w io.Writer, opt PretranslateOptions) *xliffRewriter {
	in := &teeInput{br: bufio.NewReaderSize(r, 64<<10)}
	dec := xml.NewDecoder(in)
	dec.Strict = true
	rw := &xliffRewriter{in: in, dec: dec, w: w, opt: opt}
	dec.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		if rw.cs != nil {
			return in, nil // decoded already
		}
		rw.charset = label
		return nil, ErrNotUTF8
	}
	return rw
}

// fail is a bad-input error at line.
func (rw *xliffRewriter) fail(line int, format string, args ...any) error {
	return badInputErr{&xliff.Error{Line: line, Col: xmlin.ColumnOf(rw.dec, line), Msg: fmt.Sprintf(format, args...)}}
}

func (rw *xliffRewriter) line() int {
	l, _ := rw.dec.InputPos()
	return l
}

// token returns the next token and its span.
func (rw *xliffRewriter) token() (xml.Token, span, error) {
	start := rw.dec.InputOffset()
	t, err := rw.dec.Token()
	if err != nil {
		if err == io.EOF {
			return nil, span{}, err
		}
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return nil, span{}, rw.fail(se.Line, "%s", textio.XMLSyntaxMsg(se))
		}
		if errors.Is(err, ErrNotUTF8) {
			return nil, span{}, rw.notUTF8(rw.charset)
		}
		return nil, span{}, rw.fail(rw.line(), "%v", err)
	}
	return t, span{start, rw.dec.InputOffset()}, nil
}

// notUTF8 is the error of a file in another encoding than UTF-8.
func (rw *xliffRewriter) notUTF8(enc string) error {
	return badInputErr{&xliff.Error{Line: 1, Msg: fmt.Sprintf("%v but in %s: pretranslating in place writes UTF-8, UTF-16 and single-byte encodings back; convert it (iconv -f %s -t UTF-8) and back after", ErrNotUTF8, enc, enc)}}
}

// prime reads up to the first <file> (XLIFF 2: the root), which names the
// languages.
// (UTF-16 never comes here as it is: pretranslateXLIFF decodes it.)
func (rw *xliffRewriter) prime() error {
	for !rw.primed {
		if err := rw.step(); err != nil {
			if err == io.EOF {
				return rw.fail(rw.line(), "no <file> in the document")
			}
			return err
		}
	}
	return nil
}

// queries yields the text of each segment in document order, parsing the
// input as LookupDocument asks for more; a segment without text is not
// yielded (LookupDocument would read it as a paragraph's end).
func (rw *xliffRewriter) queries() iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for {
			if len(rw.out) > 0 {
				if u := rw.out[len(rw.out)-1].unit; u != nil && !u.queued() {
					for _, s := range u.segs {
						if strings.TrimSpace(s.text) == "" {
							continue
						}
						rw.pending = append(rw.pending, s)
						if !yield(s.text, nil) {
							return
						}
					}
					u.markQueued()
					continue
				}
			}
			if rw.eof {
				return
			}
			if err := rw.step(); err != nil {
				if err == io.EOF {
					rw.eof = true
					continue
				}
				rw.err = err
				yield("", err)
				return
			}
		}
	}
}

func (u *xlfUnit) queued() bool { return u.isQueued }

func (u *xlfUnit) markQueued() { u.isQueued = true }

// flush writes the output whose matches are known.
func (rw *xliffRewriter) flush() error {
	for len(rw.out) > 0 {
		o := rw.out[0]
		if o.unit != nil && (!o.unit.queued() || !o.unit.done()) {
			return nil
		}
		b := o.raw
		if o.unit != nil {
			b = o.unit.rewrite(rw.opt, rw.onEdit)
			if rw.cs != nil {
				if err := rw.cs.check(o.unit, b); err != nil {
					return err
				}
			}
		}
		if _, err := rw.w.Write(b); err != nil {
			return err
		}
		rw.out = rw.out[1:]
	}
	return nil
}

// finish reads the input to its end and writes what is left.
func (rw *xliffRewriter) finish() error {
	for !rw.eof {
		if err := rw.step(); err != nil {
			if err != io.EOF {
				return err
			}
			rw.eof = true
		}
	}
	rw.out = append(rw.out, xlfOut{raw: rw.in.take(rw.dec.InputOffset())})
	for _, o := range rw.out {
		if o.unit != nil && !o.unit.queued() {
			o.unit.markQueued() // units without text: nothing was looked up
		}
	}
	if err := rw.flush(); err != nil {
		return err
	}
	if len(rw.out) > 0 {
		return errors.New("pretranslate xliff: a unit without its matches")
	}
	return nil
}

// step reads one token, and when it ends a unit, queues the unit.
func (rw *xliffRewriter) step() error {
	t, sp, err := rw.token()
	if err != nil {
		return err
	}
	switch t := t.(type) {
	case xml.StartElement:
		return rw.start(t, sp)
	case xml.EndElement:
		return rw.end(t, sp)
	}
	return nil
}

func attr(as []xml.Attr, local string) (string, bool) {
	for _, a := range as {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value, true
		}
	}
	return "", false
}

// is12 reports whether n is the XLIFF 1.x element local.
func is12(n xml.Name, local string) bool {
	return n.Local == local && (n.Space == ns12 || n.Space == ns11 || n.Space == "")
}

// is2 reports whether n is the XLIFF 2 element local; it is asked only in
// a file whose root says XLIFF 2, so no namespace is XLIFF 2's too
// (OpenTM2 and t5memory write none).
func is2(n xml.Name, local string) bool {
	return n.Local == local && (n.Space == "" || strings.HasPrefix(n.Space, "urn:oasis:names:tc:xliff:document:2."))
}

// languages checks the file's languages against opt's and sets rw.src and
// rw.tgt.
func (rw *xliffRewriter) languages(src, tgt string, srcAttr, tgtAttr string) error {
	line := rw.line()
	pick := func(given language.Tag, file, name, flag string, set *language.Tag) error {
		var ft language.Tag
		if file != "" {
			var err error
			if ft, err = language.Parse(file); err != nil {
				return rw.fail(line, "%s=%q is no language tag: %v", name, file, err)
			}
		}
		switch {
		case given != language.Und && ft != language.Und && !SameLanguage(given, ft):
			return rw.fail(line, "%s=%q, and %s says %s: the file is for another language pair (leave out %s to take the file's)", name, file, flag, given, flag)
		case given != language.Und:
			if *set == language.Und {
				*set = given
			}
		case ft == language.Und:
			return rw.fail(line, "the file has no %s: give %s", name, flag)
		case *set == language.Und:
			*set = ft
		case !SameLanguage(*set, ft):
			return rw.fail(line, "%s=%q, and the file's first <file> says %s: give %s to choose", name, file, *set, flag)
		}
		return nil
	}
	if err := pick(rw.opt.Src, src, srcAttr, "--src", &rw.src); err != nil {
		return err
	}
	if tgt == "" && rw.opt.Tgt == language.Und {
		// messages.fr.xlf without target-language, as Symfony and Angular
		// write them: the language of its name, as tm import takes it.
		if t, ok := textio.LangFromName(rw.opt.Name); ok && !SameLanguage(t, rw.src) {
			tgt = t.String()
		}
	}
	if err := pick(rw.opt.Tgt, tgt, tgtAttr, "--tgt", &rw.tgt); err != nil {
		return err
	}
	if rw.src == rw.tgt {
		return rw.fail(line, "the source and target languages are both %s", rw.src)
	}
	return nil
}

// start reads the start tag t at sp: outside a unit (outside), the root,
// a file's languages or a unit's start; inside one (inUnit), the element's
// part of the unit. Inside a translate="no" unit it only counts the depth.
func (rw *xliffRewriter) start(t xml.StartElement, sp span) error {
	if rw.skip > 0 {
		rw.skip++
		return nil
	}
	if rw.unit == nil {
		return rw.outside(t, sp)
	}
	rw.inUnit(t, sp)
	return nil
}

// outside reads a start tag outside the units: the root (rootStart), an
// XLIFF 1.2 <file>'s languages, a unit's start (unitStart); every element
// but the root and a unit is pushed on outer with whether it says
// translate="no", itself or by inheritance.
func (rw *xliffRewriter) outside(t xml.StartElement, sp span) error {
	switch {
	case !rw.root && t.Name.Local == "xliff":
		return rw.rootStart(t, sp)
	case !rw.root:
		return rw.fail(rw.line(), "the root element is <%s>, not <xliff>: not an XLIFF file", t.Name.Local)
	case !rw.v2 && is12(t.Name, "file"):
		s, _ := attr(t.Attr, "source-language")
		g, _ := attr(t.Attr, "target-language")
		if err := rw.languages(s, g, "source-language", "target-language"); err != nil {
			return err
		}
		rw.primed = true
		if g == "" {
			rw.setTarget(sp, "target-language")
		}
	case !rw.v2 && is12(t.Name, "trans-unit") || rw.v2 && is2(t.Name, "unit"):
		return rw.unitStart(t, sp)
	}
	tr, _ := attr(t.Attr, "translate")
	rw.outer = append(rw.outer, tr == "no" || tr != "yes" && rw.untranslatable())
	return nil
}

// rootStart reads the root <xliff> at sp: its version, and for XLIFF 2
// the languages, which it holds (1.2 has them on each <file>).
func (rw *xliffRewriter) rootStart(t xml.StartElement, sp span) error {
	rw.root = true
	v, _ := attr(t.Attr, "version")
	rw.v2 = strings.HasPrefix(v, "2") || strings.HasPrefix(t.Name.Space, "urn:oasis:names:tc:xliff:document:2.")
	if rw.v2 {
		s, _ := attr(t.Attr, "srcLang")
		g, ok := attr(t.Attr, "trgLang")
		if !ok { // OpenTM2 names it tgtLang, as tm import reads it
			g, _ = attr(t.Attr, "tgtLang")
		}
		if err := rw.languages(s, g, "srcLang", "trgLang"); err != nil {
			return err
		}
		rw.primed = true
		if g == "" {
			rw.setTarget(sp, "trgLang")
		}
	}
	rw.outer = append(rw.outer, false)
	return nil
}

// unitStart reads a <trans-unit> (an XLIFF 2 <unit>) at sp: a unit not to
// translate is skipped whole; any other is held from here (rw.unit), the
// bytes before it queued as they were.
func (rw *xliffRewriter) unitStart(t xml.StartElement, sp span) error {
	id, ok := attr(t.Attr, "id")
	if !ok || id == "" {
		return rw.fail(rw.line(), "<%s> without its id attribute: a CAT tool finds each unit by its id", t.Name.Local)
	}
	if tr, _ := attr(t.Attr, "translate"); tr == "no" || tr != "yes" && rw.untranslatable() {
		rw.skip = 1
		return nil
	}
	rw.out = append(rw.out, xlfOut{raw: rw.in.take(sp.start)})
	rw.unit = &xlfUnit{start: sp.start, id: id, line: rw.line(), v2: rw.v2, tag: sp, mrks: map[string]*xlfSpot{}, sdlSegs: map[string]span{}}
	for _, a := range t.Attr {
		if a.Name.Space == xliff.MemoQNamespace && a.Name.Local == "status" {
			rw.unit.mqPrefix = statusPrefix(rw.raw(sp))
			rw.unit.mqStatus = a.Value
		}
	}
	rw.stack = nil
	return nil
}

// inUnit reads a start tag inside the unit held: the element is pushed on
// the stack with its role, if it is one the rewrite needs (the source,
// seg-source and target, an XLIFF 2 segment, Trados's segment
// definitions, a <mrk mtype="seg">), and the unit notes where it is.
func (rw *xliffRewriter) inUnit(t xml.StartElement, sp span) {
	u := rw.unit
	e := xlfElem{name: t.Name, tag: sp}
	depth := len(rw.stack) // 0: a child of the unit
	var parent *xlfElem
	if depth > 0 {
		parent = &rw.stack[depth-1]
	}
	switch {
	case u.v2:
		switch {
		case depth == 0 && is2(t.Name, "segment"):
			id, _ := attr(t.Attr, "id")
			st, _ := attr(t.Attr, "state")
			u.segs = append(u.segs, &xlfSeg{mid: id, line: rw.line(), segStart: sp, state: st, v2: true, segIndent: rw.indent(sp.start)})
			e.role = "segment"
		case depth == 1 && parent.role == "segment" && (is2(t.Name, "source") || is2(t.Name, "target")):
			e.role = t.Name.Local
			if e.role == "source" {
				u.segs[len(u.segs)-1].srcIndent = rw.indent(sp.start)
			}
		}
	case depth == 0 && is12(t.Name, "source"):
		e.role = "source"
		u.indent = rw.indent(sp.start)
		u.sourceQName = qname(rw.raw(sp))
	case depth == 0 && is12(t.Name, "seg-source"):
		e.role = "seg-source"
	case depth == 0 && is12(t.Name, "target"):
		e.role = "target"
		u.targetState, _ = attr(t.Attr, "state")
	case depth == 0 && t.Name.Space == xliff.SDLNamespace && t.Name.Local == "seg-defs":
		e.role = "seg-defs"
		u.sdlPrefix = strings.TrimSuffix(qname(rw.raw(sp)), "seg-defs")
	case depth == 1 && parent.role == "seg-defs" && t.Name.Space == xliff.SDLNamespace && t.Name.Local == "seg":
		id, _ := attr(t.Attr, "id")
		u.sdlSegs[id] = sp
		if u.sdlConf == nil {
			u.sdlConf = map[string]string{}
		}
		u.sdlConf[id], _ = attr(t.Attr, "conf")
	case depth > 0 && is12(t.Name, "mrk") && (rw.inRole("seg-source") || rw.inRole("target")) && !rw.inRole("mrk"):
		if mt, _ := attr(t.Attr, "mtype"); mt == "seg" {
			e.role = "mrk"
			e.mid, _ = attr(t.Attr, "mid")
			if rw.inRole("seg-source") {
				if !u.segmented {
					u.segs = nil // the source's segment, read before
				}
				u.segmented = true
				u.segs = append(u.segs, &xlfSeg{mid: e.mid, line: rw.line()})
			}
		}
	}
	rw.stack = append(rw.stack, e)
}

// setTarget writes the target language taken from --tgt or the file's
// name as the attribute name on the start tag at sp (<file>'s
// target-language, XLIFF 2 <xliff>'s trgLang), which had none: a CAT tool
// opening the file would ask for it. It is the one change outside the units.
func (rw *xliffRewriter) setTarget(sp span, name string) {
	rw.out = append(rw.out, xlfOut{raw: rw.in.take(sp.start)})
	e := edit{sp.start, sp.end, setAttrs(rw.in.take(sp.end), name, rw.tgt.String())}
	rw.out = append(rw.out, xlfOut{raw: []byte(e.text)})
	if rw.onEdit != nil {
		rw.onEdit(e)
	}
}

// untranslatable reports whether the group (or XLIFF 2 file) around says
// translate="no".
func (rw *xliffRewriter) untranslatable() bool {
	return len(rw.outer) > 0 && rw.outer[len(rw.outer)-1]
}

// inRole reports whether an element of role is open in the unit.
func (rw *xliffRewriter) inRole(role string) bool {
	for _, e := range rw.stack {
		if e.role == role {
			return true
		}
	}
	return false
}

// raw is the input bytes of sp, which the tee still holds.
func (rw *xliffRewriter) raw(sp span) []byte {
	return rw.in.buf[sp.start-rw.in.base : sp.end-rw.in.base]
}

// indent is the white space between the line's start and offset, nil
// when something else is there.
func (rw *xliffRewriter) indent(offset int64) []byte {
	b := rw.in.buf[:offset-rw.in.base]
	i := bytes.LastIndexByte(b, '\n')
	if i < 0 {
		return nil
	}
	ws := b[i+1:]
	if len(bytes.Trim(ws, " \t\r")) > 0 {
		return nil
	}
	return bytes.Clone(ws)
}

// qname is the element name of a raw start tag, as written.
func qname(tag []byte) string {
	end := bytes.IndexAny(tag, " \t\r\n/>")
	if end < 1 {
		return ""
	}
	return string(tag[1:end])
}

var prefixedStatus = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`([A-Za-z_][\w.-]*:)status\s*=`) })

// statusPrefix is the prefix (with its colon) under which the raw start
// tag writes memoQ's status attribute.
func statusPrefix(tag []byte) string {
	if m := prefixedStatus().FindSubmatch(tag); m != nil {
		return string(m[1])
	}
	return ""
}

func (rw *xliffRewriter) end(t xml.EndElement, sp span) error {
	if rw.skip > 0 {
		rw.skip--
		return nil
	}
	u := rw.unit
	if u == nil {
		if len(rw.outer) > 0 {
			rw.outer = rw.outer[:len(rw.outer)-1]
		}
		return nil
	}
	if len(rw.stack) == 0 {
		// The unit's end.
		end := sp.end
		u.raw = rw.in.take(end)
		rw.out = append(rw.out, xlfOut{unit: u})
		rw.unit = nil
		if err := u.read(); err != nil {
			return rw.fail(u.line, "%s %q: %v", map[bool]string{true: "unit", false: "trans-unit"}[u.v2], u.id, err)
		}
		rw.file.remember(u)
		return nil
	}
	e := rw.stack[len(rw.stack)-1]
	rw.stack = rw.stack[:len(rw.stack)-1]
	content := span{e.tag.end, sp.start}
	spot := func() *xlfSpot {
		raw := rw.raw(span{e.tag.start, sp.end})
		return &xlfSpot{tag: e.tag, content: content, self: sp.start == e.tag.end && bytes.HasSuffix(rw.raw(e.tag), []byte("/>")),
			empty: len(bytes.TrimSpace(rw.raw(content))) == 0, qname: qname(raw)}
	}
	switch e.role {
	case "source":
		if u.v2 {
			s := u.segs[len(u.segs)-1]
			s.content, s.srcEnd = content, sp.end
			s.raw = bytes.Clone(rw.raw(content))
		} else {
			u.source = span{e.tag.start, sp.end}
			u.after = sp.end
			if !u.segmented {
				u.segs = append(u.segs[:0], &xlfSeg{line: u.line, content: content, raw: bytes.Clone(rw.raw(content))})
			}
		}
	case "seg-source":
		if u.segmented {
			u.segSource = content
			u.after = sp.end
		}
	case "target":
		if u.v2 {
			u.segs[len(u.segs)-1].tgt = spot()
		} else {
			u.target = spot()
			u.targetEnd = sp.end
		}
	case "mrk":
		if rw.inRole("seg-source") {
			s := u.segs[len(u.segs)-1]
			s.content = content
			s.raw = bytes.Clone(rw.raw(content))
		} else if _, ok := u.mrks[e.mid]; !ok {
			u.mrks[e.mid] = spot()
		}
	case "seg-defs":
		u.sdlDefs = spot()
	}
	return nil
}

// read works out, once the unit is read, each segment's text and codes
// and whether its target is to be filled.
func (u *xlfUnit) read() error {
	if !u.v2 && u.segmented && u.segSource == (span{}) {
		u.segmented = false // mrk segments in a target only
	}
	if !u.v2 && !u.segmented {
		// A plain unit: its source is the segment (a seg-source without
		// mrk segments is the source again).
		if len(u.segs) > 1 {
			u.segs = u.segs[:1]
		}
	}
	for _, s := range u.segs {
		if err := s.readContent(u.v2); err != nil {
			return err
		}
		switch {
		case u.v2:
			s.fill = s.tgt == nil || s.tgt.empty
		case !u.segmented:
			s.tgt = u.target
			s.fill = u.target == nil || u.target.empty
		case u.target == nil || u.target.empty && len(u.mrks) == 0:
			s.fill = true // the target is built from the seg-source
		default:
			m := u.mrks[s.mid]
			s.tgt = m
			s.fill = m != nil && m.empty
		}
	}
	return nil
}

// nativeCode are the XLIFF 1.2 elements whose text is the native code,
// not the segment's text.
var nativeCode = map[string]bool{"bpt": true, "ept": true, "ph": true, "it": true}

// readContent reads the segment's raw content: its text, its 1.2 markup,
// and the codes around its text.
func (s *xlfSeg) readContent(v2 bool) error {
	const wrap = "<w>"
	d := xml.NewDecoder(io.MultiReader(strings.NewReader(wrap), bytes.NewReader(s.raw), strings.NewReader("</w>")))
	d.Strict = true
	var text strings.Builder
	native := 0
	first, last := int64(-1), int64(-1) // the span of the words, in s.raw
	depth := 0
	elemInWords := false
	var elemAt []int64 // offsets of element tokens after the first word
	for {
		at := d.InputOffset() - int64(len(wrap))
		t, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		end := d.InputOffset() - int64(len(wrap))
		switch t := t.(type) {
		case xml.StartElement:
			depth++
			if depth > 1 {
				s.codes = true
				if first >= 0 {
					elemAt = append(elemAt, at)
				}
				if !v2 && nativeCode[t.Name.Local] {
					native++
				}
			}
		case xml.EndElement:
			if depth > 1 {
				if first >= 0 {
					elemAt = append(elemAt, at)
				}
				if !v2 && nativeCode[t.Name.Local] {
					native--
				}
			}
			depth--
		case xml.CharData:
			if depth >= 1 && native == 0 {
				text.Write(t)
				if len(bytes.TrimSpace(t)) > 0 {
					if first < 0 {
						first = at // wordStart passes its white space
					}
					last = end
				}
			}
		}
	}
	s.text = text.String()
	if first < 0 {
		return nil
	}
	// A code between the first and the last word is inside the text.
	for _, a := range elemAt {
		if a < last {
			elemInWords = true
		}
	}
	s.inside = elemInWords
	if !s.inside {
		// first is where the first word's character data starts; its
		// leading white space stays before the target's text.
		s.lead = s.raw[:wordStart(s.raw, first)]
		s.trail = s.raw[wordEnd(s.raw, last):]
	}
	if !v2 && s.codes {
		if _, _, err := xliff.Parse(string(s.raw)); err == nil {
			s.markup = string(s.raw)
		}
	}
	return nil
}

// wordStart moves offset at (the start of character data) past its white
// space in raw (not into a CDATA section or past a character reference).
func wordStart(raw []byte, at int64) int64 {
	at = min(max(at, 0), int64(len(raw)))
	for at < int64(len(raw)) && strings.IndexByte(" \t\r\n", raw[at]) >= 0 {
		at++
	}
	return at
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// wordEnd moves end (the end of character data) back over its trailing
// white space in raw.
func wordEnd(raw []byte, end int64) int64 {
	end = min(max(end, 0), int64(len(raw)))
	for end > 0 && strings.IndexByte(" \t\r\n", raw[end-1]) >= 0 {
		end--
	}
	return end
}

// choose picks the match to fill (the best, at or above min, whose codes
// can be written with the segment's own) and the content it gives; it
// reports whether the segment is filled.
func (s *xlfSeg) choose(minScore int) bool {
	if len(s.matches) == 0 || s.matches[0].Score < minScore {
		return false
	}
	m := &s.matches[0]
	if m.Origin.File == originThisFile && m.Score >= 100 && s.rep != nil && bytes.Equal(s.rep.srcRaw, s.raw) {
		// The source as written, codes and all: its target as written.
		s.best, s.filled = m, string(s.rep.targetRaw)
		return true
	}
	c, ok := s.targetContent(m)
	if !ok {
		return false
	}
	s.best, s.filled = m, c
	return true
}

// targetContent is the target content of match m written with the
// segment's codes: where the stored translation has them when it has as
// many (targetCodes), else between the codes and white space around the
// segment's text. ok is false when a code inside the text cannot be
// placed.
func (s *xlfSeg) targetContent(m *Match) (string, bool) {
	if s.codes && s.markup != "" {
		if out, ok := targetCodes(extract.Segment{Text: s.text, Markup: s.markup}, m); ok {
			return out, true // the codes where the stored translation has them
		}
	}
	if s.codes && s.v2 {
		if out, ok := targetCodes2(s, m); ok {
			return out, true // the XLIFF 2 codes where the stored translation has them
		}
	}
	if s.inside {
		return "", false
	}
	// The source's codes and white space around the text go around the
	// match's, white space once: a stored " fichier" after a code and a
	// space keeps one space, a stored "Pulsa para editar\n" its newline.
	t := m.Target
	if len(s.lead) > 0 && isSpace(s.lead[len(s.lead)-1]) {
		t = strings.TrimLeft(t, " \t\r\n")
	}
	if len(s.trail) > 0 && isSpace(s.trail[0]) {
		t = strings.TrimRight(t, " \t\r\n")
	}
	return string(s.lead) + xliff.EscapeText(t) + string(s.trail), true
}

// edit replaces the input's bytes [at, end) with text.
type edit struct {
	at, end int64
	text    string
}

// rewrite is the unit's bytes with its targets written.
func (u *xlfUnit) rewrite(opt PretranslateOptions, onEdit func(edit)) []byte {
	var eds []edit
	if u.v2 {
		eds = u.edits2(opt)
	} else {
		eds = u.edits12(opt)
	}
	if len(eds) == 0 {
		return u.raw
	}
	sortEdits(eds)
	var b bytes.Buffer
	pos := u.start
	for _, e := range eds {
		if onEdit != nil {
			onEdit(e)
		}
		b.Write(u.raw[pos-u.start : e.at-u.start])
		b.WriteString(e.text)
		pos = e.end
	}
	b.Write(u.raw[pos-u.start:])
	return b.Bytes()
}

func sortEdits(eds []edit) {
	for i := 1; i < len(eds); i++ { // insertion sort: a handful, and stable
		for j := i; j > 0 && eds[j].at < eds[j-1].at; j-- {
			eds[j], eds[j-1] = eds[j-1], eds[j]
		}
	}
}

func (u *xlfUnit) bytesOf(sp span) []byte { return u.raw[sp.start-u.start : sp.end-u.start] }

// attrREs are attrRE's expressions, by attribute name.
var attrREs sync.Map

// attrRE finds the attribute name in a start tag: the value is its third
// group.
func attrRE(name string) *regexp.Regexp {
	if re, ok := attrREs.Load(name); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(`(\s)` + regexp.QuoteMeta(name) + `(\s*=\s*)("[^"]*"|'[^']*')`)
	attrREs.Store(name, re)
	return re
}

// setAttrs is the start tag with the attributes of kv (name, value, ...)
// set: an attribute's value replaced where the tag has it, else the
// attribute added before the tag's end.
func setAttrs(tag []byte, kv ...string) string {
	out := string(tag)
	for i := 0; i+1 < len(kv); i += 2 {
		name, value := kv[i], xliff.EscapeAttr(kv[i+1])
		re := attrRE(name)
		if loc := re.FindStringSubmatchIndex(out); loc != nil {
			out = out[:loc[6]] + `"` + value + `"` + out[loc[7]:]
			continue
		}
		cut := len(out) - 1
		if strings.HasSuffix(out, "/>") {
			cut--
		}
		for cut > 0 && strings.IndexByte(" \t\r\n", out[cut-1]) >= 0 {
			cut--
		}
		out = out[:cut] + " " + name + `="` + value + `"` + out[cut:]
	}
	return out
}

// stateOf is the 1.2 state and state-qualifier of a match's score.
func stateOf(score int) (string, string) {
	if score >= 100 {
		return "translated", "exact-match"
	}
	return "needs-review-translation", "fuzzy-match"
}

// fillSpot writes content into a target or mrk spot: its content
// replaced, a self-closing tag opened and closed; kv are attributes to set
// on its start tag.
func (u *xlfUnit) fillSpot(sp *xlfSpot, content string, kv ...string) []edit {
	tag := u.bytesOf(sp.tag)
	if sp.self {
		t := strings.TrimSuffix(strings.TrimRight(strings.TrimSuffix(string(tag), ">"), " \t\r\n"), "/")
		return []edit{{sp.tag.start, sp.tag.end, setAttrs([]byte(t+">"), kv...) + content + "</" + sp.qname + ">"}}
	}
	eds := []edit{{sp.content.start, sp.content.end, content}}
	if len(kv) > 0 {
		eds = append(eds, edit{sp.tag.start, sp.tag.end, setAttrs(tag, kv...)})
	}
	return eds
}

// edits12 writes an XLIFF 1.2 unit's target (targetEdits) with its state
// (state12), the matches offered as alt-trans (altTrans), Trados's
// records of each fill (sdlEdits) and memoQ's status of the unit. A unit
// with nothing to fill and no match to offer is left as it is.
func (u *xlfUnit) edits12(opt PretranslateOptions) []edit {
	prefix := strings.TrimSuffix(u.sourceQName, "source")
	nl := ""
	if u.indent != nil {
		nl = "\n" + string(u.indent)
	}
	filled, inherited, worst := u.fillCounts()
	alts := u.altTrans(opt, prefix, nl)
	if filled == 0 && alts == "" {
		return nil
	}
	state := u.state12(filled, inherited, worst)
	eds, altAt := u.targetEdits(filled, prefix, nl, state)
	if alts != "" {
		eds = append(eds, edit{altAt, altAt, alts})
	}
	eds = append(eds, u.sdlEdits()...)
	if u.mqPrefix != "" && filled > 0 {
		// Pretranslated, partly filled too: memoQ's PartiallyEdited (its
		// grid's "Edited") is a row a person typed in and did not confirm.
		eds = append(eds, edit{u.tag.start, u.tag.end, setAttrs(u.bytesOf(u.tag), u.mqPrefix+"status", "Pretranslated", u.mqPrefix+"percent", strconv.Itoa(worst))})
	}
	return eds
}

// fillCounts counts the unit's segments to fill that a match fills, and
// of those the ones inherited (repetitions, filled from the file's own
// targets), and gives the lowest score among them (ContextScore if none).
func (u *xlfUnit) fillCounts() (filled, inherited, worst int) {
	worst = ContextScore
	for _, s := range u.segs {
		if !s.fill || s.best == nil {
			continue
		}
		filled++
		worst = min(worst, s.best.Score)
		if s.best.Origin.File == originThisFile && s.best.Score >= 100 {
			inherited++
		}
	}
	return filled, inherited, worst
}

// altTrans writes the matches of the segments to fill, those scoring at
// least opt.Min and among the first opt.Max of each, as <alt-trans>
// elements (their mid the segment's), each on a line of its own (nl) with
// the prefix of the unit's <source>. Trados keeps no alt-trans: none for
// an SDLXLIFF.
func (u *xlfUnit) altTrans(opt PretranslateOptions, prefix, nl string) string {
	if u.sdlPrefix != "" {
		return ""
	}
	var alts strings.Builder
	for _, s := range u.segs {
		if !s.fill {
			continue
		}
		for k := range s.matches {
			m := &s.matches[k]
			if m.Score < opt.Min || k >= opt.Max {
				continue
			}
			fmt.Fprintf(&alts, `%s<%salt-trans match-quality="%d" origin="%s" extype="%s"`, nl, prefix, m.Score, xliff.EscapeAttr(matchOrigin(m)), MatchKind(s.text, m))
			if s.mid != "" {
				fmt.Fprintf(&alts, ` mid="%s"`, xliff.EscapeAttr(s.mid))
			}
			fmt.Fprintf(&alts, `><%ssource xml:lang="%s">%s</%ssource><%starget xml:lang="%s">%s</%starget></%salt-trans>`,
				prefix, m.SourceLang, xliff.EscapeText(m.Source), prefix, prefix, m.TargetLang, xliff.EscapeText(m.Target), prefix, prefix)
		}
	}
	return alts.String()
}

// state12 is the state and state-qualifier attributes (name, value, ...)
// of the unit's target, from fillCounts: for a segmented unit, from how
// many segments are filled and the lowest score; for one segment, from
// its score (stateOf); "leveraged-inherited" when every fill came from
// the file itself. None for Trados, which records a fill in <sdl:seg>
// (sdlEdits), nor for an unsegmented unit not filled.
func (u *xlfUnit) state12(filled, inherited, worst int) []string {
	switch {
	case u.sdlPrefix != "":
		return nil
	case u.segmented:
		st := "translated"
		switch {
		case filled < countFill(u.segs):
			st = "needs-translation"
		case worst < 100:
			st = "needs-review-translation"
		}
		q := "leveraged-tm"
		if filled > 0 && inherited == filled {
			q = "leveraged-inherited"
		}
		return []string{"state", st, "state-qualifier", q}
	case filled > 0:
		st, q := stateOf(worst)
		if inherited == filled {
			// XLIFF 1.2: "a translation derived from existing translation"
			// (exact-match is a match of a segment translated before).
			q = "leveraged-inherited"
		}
		return []string{"state", st, "state-qualifier", q}
	}
	return nil
}

// targetEdits fills the unit's target, with state (state12) when it sets
// the target's: a new <target> after the source when there is none, the
// empty one filled, or each empty <mrk> of a segmented target filled. It
// also gives where the alt-trans go: after the target, or after the
// source when the unit has no target.
func (u *xlfUnit) targetEdits(filled int, prefix, nl string, state []string) (eds []edit, altAt int64) {
	altAt = u.targetEnd
	switch {
	case filled == 0:
		if u.target == nil {
			altAt = u.after
		}
	case u.target == nil || u.target.empty && (!u.segmented || len(u.mrks) == 0):
		content := ""
		if u.segmented {
			content = u.segmentedTarget()
		} else {
			content = u.segs[0].filled
		}
		if u.target == nil {
			t := setAttrs([]byte("<"+prefix+"target>"), state...)
			eds = append(eds, edit{u.after, u.after, nl + t + content + "</" + prefix + "target>"})
			altAt = u.after
		} else {
			eds = append(eds, u.fillSpot(u.target, content, state...)...)
		}
	default: // a segmented target with empty segments
		for _, s := range u.segs {
			if s.best != nil && s.tgt != nil {
				eds = append(eds, u.fillSpot(s.tgt, s.filled)...)
			}
		}
		if len(state) > 0 && u.target != nil {
			// Its state is now the partly pretranslated unit's.
			eds = append(eds, edit{u.target.tag.start, u.target.tag.end, setAttrs(u.bytesOf(u.target.tag), state...)})
		}
	}
	return eds, altAt
}

func countFill(segs []*xlfSeg) int {
	n := 0
	for _, s := range segs {
		if s.fill {
			n++
		}
	}
	return n
}

// segmentedTarget is a new target's content: the seg-source's markup with
// each segment's content its match's, or empty.
func (u *xlfUnit) segmentedTarget() string {
	var b strings.Builder
	pos := u.segSource.start
	for _, s := range u.segs {
		b.Write(u.raw[pos-u.start : s.content.start-u.start])
		if s.best != nil {
			b.WriteString(s.filled)
		}
		pos = s.content.end
	}
	b.Write(u.raw[pos-u.start : u.segSource.end-u.start])
	return b.String()
}

// sdlEdits records each filled segment in its <sdl:seg>.
func (u *xlfUnit) sdlEdits() []edit {
	if u.sdlPrefix == "" {
		return nil
	}
	var eds []edit
	var added strings.Builder
	for _, s := range u.segs {
		if s.best == nil {
			continue
		}
		conf := "Translated"
		if s.best.Score < 100 {
			conf = "Draft"
		}
		origin := "tm"
		if s.best.Origin.File == originThisFile {
			origin = "auto-propagated" // Trados's origin of a repetition's fill
		}
		kv := []string{"conf", conf, "percent", strconv.Itoa(min(s.best.Score, 100)), "origin", origin, "origin-system", "bitext"}
		if s.best.Score >= ContextScore {
			kv = append(kv, "text-match", "SourceAndTarget")
		}
		if sp, ok := u.sdlSegs[s.mid]; ok {
			eds = append(eds, edit{sp.start, sp.end, setAttrs(u.bytesOf(sp), kv...)})
		} else {
			added.WriteString(setAttrs([]byte("<"+u.sdlPrefix+`seg id="`+xliff.EscapeAttr(s.mid)+`"/>`), kv...))
		}
	}
	if added.Len() > 0 && u.sdlDefs != nil {
		if u.sdlDefs.self {
			eds = append(eds, u.fillSpot(u.sdlDefs, added.String())...)
		} else {
			eds = append(eds, edit{u.sdlDefs.content.end, u.sdlDefs.content.end, added.String()})
		}
	}
	return eds
}

// edits2 writes each XLIFF 2 segment's target and state, and the
// matches offered (matches2).
func (u *xlfUnit) edits2(opt PretranslateOptions) []edit {
	var eds []edit
	if m := u.matches2(opt); m != "" {
		eds = append(eds, edit{u.tag.end, u.tag.end, m})
	}
	for _, s := range u.segs {
		if !s.fill || s.best == nil {
			continue
		}
		kv := []string{"state", "translated"}
		if s.best.Score < 100 {
			kv = []string{"state", "initial", "subState", "bitext:fuzzy-match"}
		}
		eds = append(eds, edit{s.segStart.start, s.segStart.end, setAttrs(u.bytesOf(s.segStart), kv...)})
		if s.tgt != nil {
			eds = append(eds, u.fillSpot(s.tgt, s.filled)...)
			continue
		}
		nl := ""
		if s.srcIndent != nil {
			nl = "\n" + string(s.srcIndent)
		}
		eds = append(eds, edit{s.srcEnd, s.srcEnd, nl + "<target>" + s.filled + "</target>"})
	}
	return eds
}

// mtcNS is the namespace of XLIFF 2's Translation Candidates module.
const mtcNS = "urn:oasis:names:tc:xliff:matches:2.0"

// matches2 is the <mtc:matches> of an XLIFF 2 unit, first in it as the
// module's elements are: each match at or above opt.Min (opt.Max per
// segment) of its segments to fill, with its similarity (a context match
// 100, of type icm), origin and the segment it is for (ref="#id"; a
// segment without id gets none). "" when there are none.
func (u *xlfUnit) matches2(opt PretranslateOptions) string {
	prefix := strings.TrimSuffix(qname(u.bytesOf(u.tag)), "unit")
	var b strings.Builder
	nl, in := "", ""
	for _, s := range u.segs {
		if !s.fill || s.mid == "" {
			continue
		}
		if b.Len() == 0 && s.segIndent != nil {
			nl, in = "\n"+string(s.segIndent), "  "
		}
		for k := range s.matches {
			m := &s.matches[k]
			if m.Score < opt.Min || k >= opt.Max {
				continue
			}
			typ := "tm"
			if m.Score >= ContextScore {
				typ = "icm"
			}
			fmt.Fprintf(&b, `%s%s<mtc:match ref="#%s" similarity="%d" type="%s" origin="%s"><%ssource>%s</%ssource><%starget>%s</%starget></mtc:match>`,
				nl, in, xliff.EscapeAttr(s.mid), min(m.Score, 100), typ, xliff.EscapeAttr(matchOrigin(m)),
				prefix, escapeText2(m.Source), prefix, prefix, escapeText2(m.Target), prefix)
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return nl + `<mtc:matches xmlns:mtc="` + mtcNS + `">` + b.String() + nl + `</mtc:matches>`
}
