package tm

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/tm/extract"
	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/bitext/bitext/tm/xliff"
	"golang.org/x/text/language"
)

// Match kinds, as Pretranslate writes them in an alt-trans's extype.
const (
	// KindContext is an exact match whose neighbours match too (101).
	KindContext = "context"
	// KindExact is an exact match (100).
	KindExact = "exact"
	// KindFuzzy is a fuzzy match (below 100).
	KindFuzzy = "fuzzy"
	// KindFragment is a fuzzy match where one side is a part of the
	// other: the stored segment holds the whole query, or the query the
	// whole stored segment.
	KindFragment = "fragment"
)

// MatchKind tells the kind of a match of query (KindContext, ...): the
// match's Kind when Lookup set it.
func MatchKind(query string, m *Match) string {
	if m.Kind != "" {
		return m.Kind // Lookup's
	}
	switch {
	case m.Score >= ContextScore:
		return KindContext
	case m.Score >= 100:
		return KindExact
	}
	q, s := textForm(query), textForm(m.Source)
	if len(q) > 0 && len(s) > 0 && (strings.Contains(s, q) || strings.Contains(q, s)) {
		return KindFragment
	}
	return KindFuzzy
}

// The bands of a pretranslation analysis, in the order they are counted:
// a segment falls in the first that takes it.
const (
	BandContext    = "101"
	BandRepetition = "repetition"
	Band100        = "100"
	Band95         = "95-99"
	Band85         = "85-94"
	Band75         = "75-84"
	Band50         = "50-74"
	BandNoMatch    = "no match"
)

// Bands lists the analysis bands in order.
var Bands = []string{BandContext, BandRepetition, Band100, Band95, Band85, Band75, Band50, BandNoMatch}

// bandMin is the lowest score a lookup of Pretranslate returns: the
// bottom of the lowest fuzzy band.
const bandMin = 50

// BandCount is one row of an analysis.
type BandCount struct {
	Band     string `json:"band"`
	Segments int    `json:"segments"`
	Words    int    `json:"words"`
}

// Analysis is the word count of a document against the TM, by match band:
// what a translator quotes a price from.
type Analysis struct {
	Segments int `json:"segments"`
	Words    int `json:"words"`
	// Bands has one row per band of Bands, in that order.
	Bands []BandCount `json:"bands"`
	// Filled is the number of segments whose target was filled.
	Filled int `json:"filled"`
	// Src and Tgt are the languages PretranslateXLIFF looked up (the
	// file's unless given); Und for an article.
	Src, Tgt language.Tag `json:"-"`
}

// Matched is the number of segments with a match (exact, context or
// fuzzy, in any band but repetitions and no match).
func (a Analysis) Matched() int {
	n := 0
	for _, b := range a.Bands {
		if b.Band != BandRepetition && b.Band != BandNoMatch {
			n += b.Segments
		}
	}
	return n
}

// band returns the band of a segment's best score (0: no match).
func band(score int) string {
	switch {
	case score >= ContextScore:
		return BandContext
	case score >= 100:
		return Band100
	case score >= 95:
		return Band95
	case score >= 85:
		return Band85
	case score >= 75:
		return Band75
	case score >= 50:
		return Band50
	}
	return BandNoMatch
}

// CountWords counts the words of a segment as CAT tools' analyses do:
// runs of letters and digits, with the apostrophes, hyphens, periods and
// commas between them ("Tehran-Baghdad", "44,000", "Iran's" are one).
// A letter of a script written without spaces (Han, Hiragana, Katakana,
// Thai) is a word of its own.
func CountWords(s string) int {
	rs := []rune(s)
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
	n := 0
	in := false
	for i, r := range rs {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai):
			n++
			in = false
		case word(r):
			if !in {
				n++
				in = true
			}
		case in && strings.ContainsRune("'’-.,", r) && i+1 < len(rs) && word(rs[i+1]):
			// a joiner inside a word
		default:
			in = false
		}
	}
	return n
}

// PretranslateOptions say how Pretranslate works.
type PretranslateOptions struct {
	// Src and Tgt are the document's language and the translation's
	// (both required).
	Src, Tgt language.Tag
	// Min is the lowest score that fills a target (1 to ContextScore); the
	// zero value means DefaultMin. Matches from 50 are counted in the
	// analysis whatever Min is.
	Min int
	// Max is the number of matches offered as alt-trans per segment; the
	// zero value means 3.
	Max int
	// Name is the document's name, written as the XLIFF file's original.
	Name string
	// Kind is the document's kind; "" detects it (extract.DetectKind).
	Kind extract.Kind
	// Segmenter splits the text; nil means the built-in rules of Src,
	// with quotations split as CAT tools split them (as the aligner does,
	// so that segments match the stored pairs).
	Segmenter *segment.Segmenter
	// ToolVersion is written in the XLIFF header's tool.
	ToolVersion string
	// TMX writes, instead of the XLIFF file, a TMX 1.4 file of the
	// matches for an OmegaT project's tm/auto folder, the article being
	// the project's source file: one unit per segment whose best match
	// reaches Min (see the package documentation's Pretranslation section).
	TMX bool
}

// ErrUnitsFile is Pretranslate's error for a document that is a file of
// translation units (XLIFF, TMX, PO), which it would read as plain text:
// every segment a line of XML or a msgid, and nothing matched.
var ErrUnitsFile = errors.New("not an article but a file of translation units")

// unitsFile names the format of doc when it is a file of translation
// units rather than an article ("" when it is an article): by its root
// element when it is XML (XMLRoot: <xliff> or <tmx>), whatever its name,
// as tm import reads it (DetectFormat): a .txt or .html file holding an
// XLIFF document is XLIFF; then by its name's extension (.xlf, .tmx, .po,
// ...), or, when the name is no .html or .txt, by its first bytes (a PO
// header).
func unitsFile(name string, doc []byte) string {
	named := map[Format]string{FormatXLIFF: "XLIFF", FormatTMX: "TMX", FormatPO: "gettext PO"}
	head := doc[:min(len(doc), HeadSize)]
	if r, _ := XMLRoot(head); xmlFormat(r) != "" {
		return named[xmlFormat(r)] // the root decides: a .tmx or .txt file holding an XLIFF document
	}
	if f := byExtension(name); f != "" {
		return named[f]
	}
	if extract.DetectKind(name, nil) == extract.KindHTML || strings.HasSuffix(strings.ToLower(name), ".txt") {
		return ""
	}
	if isGettext(strings.TrimLeft(string(head), " \t\r\n\ufeff")) {
		return named[FormatPO]
	}
	return ""
}

// HeadSize is how many of a document's first bytes decide its format
// (IsClientXLIFF, DetectFormat): enough for the prolog of a real file
// before its root element, a licence comment and a DOCTYPE with its
// internal subset (a few KB); at 1 KB, an XLIFF file whose prolog ran
// past it, named without an XLIFF extension, was taken for TMX.
const HeadSize = textio.HeadSize

// IsClientXLIFF reports whether Pretranslate reads the document named
// name, whose first bytes are head (HeadSize of them are enough), as a
// client's XLIFF file to fill in place (PretranslateXLIFF), which names
// its languages: by an <xliff> root in head, after a byte order mark,
// the XML declaration and comments, whatever the name (a .txt or .html
// file, standard input, "-"), as tm import reads it; or, when head has no
// root of XLIFF or TMX, by the name's extension (.xlf, .xliff, .sdlxliff,
// .mqxliff).
func IsClientXLIFF(name string, head []byte) bool { return unitsFile(name, head) == "XLIFF" }

// ErrNoDocument is Pretranslate's error for a document with no text to
// translate.
var ErrNoDocument = errors.New("no text to translate in the document")

// Pretranslate segments doc (plain text or an HTML article, see package
// extract), looks up each segment with its neighbours in the document as
// context, and
// writes to w (if not nil) an XLIFF 1.2 file of one trans-unit per segment,
// grouped by paragraph, whose target holds the best match at or above
// opt.Min (state "translated" for an exact or context match,
// "needs-review-translation" for a fuzzy one) and whose alt-trans
// elements offer the matches with their score (match-quality), kind
// (extype: exact, context, fuzzy, fragment) and origin (the file the unit
// was imported from), and a note when the score was lowered for a
// doubtful aligned pair (Match.AlignPenalty). The skeleton needed to rebuild the document
// (TranslateBack) travels in the file's header. It returns the analysis:
// segments and words per band, a repetition (a segment whose text came
// earlier in the document) counting as such unless it is a context match.
// Inline codes of the source that a match lacks are kept in the target,
// at its start and end. A document that XLIFF cannot carry, or without
// text, is an error wrapping ErrBadInput; so is one not in opt.Src
// (align.CheckDocument: hardly any letters of its script, or reading as
// another language of it), which wraps align.ErrScript or
// align.ErrLanguage too.
func (d *DB) Pretranslate(ctx context.Context, doc []byte, w io.Writer, opt PretranslateOptions) (Analysis, error) {
	var an Analysis
	if opt.Kind == "" && unitsFile(opt.Name, doc) == "XLIFF" {
		return d.PretranslateXLIFF(ctx, bytes.NewReader(doc), w, opt)
	}
	if opt.Src == language.Und || opt.Tgt == language.Und {
		return an, errors.New("pretranslate: the source and target languages are required")
	}
	if opt.Min == 0 {
		opt.Min = DefaultMin
	}
	if opt.Max == 0 {
		opt.Max = 3
	}
	ed, err := extractDocument(doc, opt)
	if err != nil {
		return an, err
	}
	out, err := newSegmentWriter(w, ed, opt)
	if err != nil {
		return an, err
	}
	// The queries: each segment's text, in document order. Context crosses
	// paragraphs, as it does in the pairs the aligner stores (and in
	// OmegaT's and Trados's context matches).
	queries := func(yield func(string, error) bool) {
		for _, s := range ed.Segments {
			if !yield(s.Text, nil) {
				return
			}
		}
	}
	lo := LookupOptions{Src: opt.Src, Tgt: opt.Tgt, Min: min(bandMin, opt.Min), Max: opt.Max}
	tally := newBandTally()
	i := 0
	for dm, err := range d.LookupDocument(ctx, iter.Seq2[string, error](queries), lo) {
		if err != nil {
			return an, err // the caller names the document: "pretranslate story.txt: lookup: ..."
		}
		for strings.TrimSpace(ed.Segments[i].Text) == "" { // LookupDocument skips blank queries
			i++
		}
		k, s := i, ed.Segments[i]
		i++
		ms := rankByCodes(s, dm.Matches)
		best := 0
		if len(ms) > 0 {
			best = ms[0].Score
		}
		words := CountWords(s.Text)
		tally.add(s.Text, words, best)
		an.Segments++
		an.Words += words
		if len(ms) > 0 && best >= opt.Min {
			an.Filled++
		}
		if err := out.write(k, s, ms); err != nil {
			return an, err
		}
	}
	if err := ctx.Err(); err != nil {
		return an, err
	}
	an.Bands = tally.rows()
	return an, out.close()
}

// bandTally counts a document's segments and words per band (Analysis's
// Bands): a segment whose text came earlier in the document is a
// repetition unless it is a context match.
type bandTally struct {
	counts map[string]*BandCount
	seen   map[string]bool // the text forms of the segments so far
}

func newBandTally() *bandTally {
	t := &bandTally{counts: map[string]*BandCount{}, seen: map[string]bool{}}
	for _, b := range Bands {
		t.counts[b] = &BandCount{Band: b}
	}
	return t
}

// add counts the segment text, of words words, whose best match scored
// best (0: none).
func (t *bandTally) add(text string, words, best int) {
	b := band(best)
	key := textForm(text)
	if t.seen[key] && b != BandContext {
		b = BandRepetition
	}
	t.seen[key] = true
	t.counts[b].Segments++
	t.counts[b].Words += words
}

// rows is one row per band of Bands, in that order.
func (t *bandTally) rows() []BandCount {
	rows := make([]BandCount, 0, len(Bands))
	for _, b := range Bands {
		rows = append(rows, *t.counts[b])
	}
	return rows
}

// segmentWriter is where Pretranslate writes each segment with its
// matches: an XLIFF file, an OmegaT TMX file, or nowhere (the analysis
// only).
type segmentWriter interface {
	// write writes segment s, the k-th of the document, and its
	// matches, best first.
	write(k int, s extract.Segment, matches []Match) error
	// close ends the file.
	close() error
}

// newSegmentWriter returns the segmentWriter of w and opt: none for a nil
// w, a TMX file for opt.TMX, else an XLIFF file; it writes the file's
// header.
func newSegmentWriter(w io.Writer, ed *extract.Document, opt PretranslateOptions) (segmentWriter, error) {
	switch {
	case w == nil:
		return noSegments{}, nil
	case opt.TMX:
		texts, tags := omegatSegments(ed)
		tw, err := tmx.NewWriter(w, tmx.Header{Attrs: []tmx.Attr{{Name: "creationtool", Value: "bitext"},
			{Name: "creationtoolversion", Value: opt.ToolVersion}, {Name: "srclang", Value: opt.Src.String()},
			{Name: "datatype", Value: string(ed.Kind)}}})
		if err != nil {
			return nil, err
		}
		return &omegatWriter{tw: tw, texts: texts, tags: tags, html: ed.Kind == extract.KindHTML, opt: opt}, nil
	default:
		name := opt.Name
		if name == "" {
			name = "document"
		}
		xw, err := xliff.NewWriter(w, xliff.Header{Original: name, SourceLang: opt.Src.String(), TargetLang: opt.Tgt.String(),
			Datatype: string(ed.Kind), ToolID: "bitext", ToolName: "bitext", ToolVersion: opt.ToolVersion, Skeleton: ed.Skeleton})
		if err != nil {
			return nil, err
		}
		return &xliffSegments{xw: xw, min: opt.Min, group: -1}, nil
	}
}

// noSegments writes nothing: Pretranslate with no writer returns the
// analysis only.
type noSegments struct{}

func (noSegments) write(int, extract.Segment, []Match) error { return nil }
func (noSegments) close() error                              { return nil }

// xliffSegments writes a trans-unit per segment (pretranslatedUnit), in a
// group per paragraph.
type xliffSegments struct {
	xw    *xliff.Writer
	min   int // PretranslateOptions.Min
	group int // the open group's paragraph, -1 before the first
}

func (x *xliffSegments) write(_ int, s extract.Segment, matches []Match) error {
	if s.Block != x.group {
		if x.group >= 0 {
			x.xw.EndGroup()
		}
		x.group = s.Block
		x.xw.StartGroup("p"+strconv.Itoa(x.group+1), "x-paragraph")
	}
	u := pretranslatedUnit(s, matches, x.min)
	return x.xw.Write(&u)
}

func (x *xliffSegments) close() error {
	if x.group >= 0 {
		x.xw.EndGroup()
	}
	return x.xw.Close()
}

// omegatWriter writes a TMX unit (omegatUnit) for each segment whose best
// match reaches PretranslateOptions.Min, its source as OmegaT segments the
// document (omegatSegments: texts and tags, by segment index).
type omegatWriter struct {
	tw    *tmx.Writer
	texts []string
	tags  []map[string]string
	html  bool
	opt   PretranslateOptions
}

func (o *omegatWriter) write(k int, s extract.Segment, matches []Match) error {
	var m *Match
	if len(matches) > 0 {
		m = &matches[0]
	}
	tu, ok := omegatUnit(s, o.texts[k], o.tags[k], o.html, m, o.opt.Min, o.opt.Src.String(), o.opt.Tgt.String())
	if !ok {
		return nil
	}
	return o.tw.Write(&tu)
}

func (o *omegatWriter) close() error { return o.tw.Close() }

// extractDocument reads doc's segments as Pretranslate needs them: by
// opt.Segmenter, else the built-in rules of opt.Src with quotations split,
// from HTML or plain text by opt.Kind (detected when empty). A document
// that cannot be read, or without text, is an error wrapping ErrBadInput.
func extractDocument(doc []byte, opt PretranslateOptions) (*extract.Document, error) {
	seg := opt.Segmenter
	if seg == nil {
		var err error
		if seg, err = segment.New(opt.Src, segment.WithQuotes(segment.QuotesSplit)); err != nil {
			return nil, err
		}
	}
	kind := opt.Kind
	if kind == "" {
		if f := unitsFile(opt.Name, doc); f != "" {
			return nil, badInputErr{fmt.Errorf("%w (%s): pretranslation reads an article in plain text or HTML and writes the XLIFF; "+
				"tm import stores the translations such a file holds in the TM", ErrUnitsFile, f)}
		}
		kind = extract.DetectKind(opt.Name, doc)
	}
	var ed *extract.Document
	var err error
	if kind == extract.KindHTML {
		ed, err = extract.HTML(doc, seg)
	} else {
		ed, err = extract.Text(doc, seg)
	}
	if err != nil {
		return nil, badInputErr{err}
	}
	if len(ed.Segments) == 0 {
		return nil, badInputErr{ErrNoDocument}
	}
	// The article in another language than opt.Src is refused, as align
	// refuses such a document: its XLIFF would declare what it is not.
	ad := align.Document{Sentences: make([]string, len(ed.Segments))}
	for i, s := range ed.Segments {
		ad.Sentences[i] = s.Text
	}
	if err := align.CheckDocument(ad, opt.Src); err != nil {
		return nil, err
	}
	return ed, nil
}

// pretranslatedUnit is the trans-unit of segment s: its matches at or
// above minScore as alt-trans, the first of them also as the target (state
// "translated" for an exact match, "needs-review-translation" for a fuzzy
// one), with the source's inline codes a match lacks as withCodes puts
// them (a note "codes to place" when they are after the text).
func pretranslatedUnit(s extract.Segment, matches []Match, minScore int) xliff.Unit {
	u := xliff.Unit{ID: s.ID, Translate: true, Source: xliff.Segment{Text: s.Text, Markup: s.Markup}}
	for k := range matches {
		m := &matches[k]
		if m.Score < minScore {
			continue
		}
		a := xliff.AltTrans{MatchQuality: strconv.Itoa(m.Score), ToolID: "bitext", Origin: matchOrigin(m),
			ExType: MatchKind(s.Text, m), Source: &xliff.Segment{Text: m.Source}, Target: xliff.Segment{Text: m.Target}}
		if n := alignNote(m); n != "" {
			a.Notes = []xliff.Note{{From: "bitext", Text: "match-quality lowered: " + n}}
		}
		u.AltTrans = append(u.AltTrans, a)
		if k == 0 {
			t := xliff.Segment{Text: m.Target, Markup: targetWithCodes(s, m)}
			u.Target = &t
			if codesInside(s.Markup) && t.Markup == withCodes(s.Markup, m.Target) {
				u.Notes = append(u.Notes, xliff.Note{From: "bitext", Text: codesToPlaceNote})
			}
			if m.Score >= 100 {
				u.State, u.StateQualifier = "translated", "exact-match"
			} else {
				u.State, u.StateQualifier = "needs-review-translation", "fuzzy-match"
			}
		}
	}
	return u
}

// matchOrigin names where a match comes from: the file it was imported
// from, else the documents it was aligned from, else "tm".
func matchOrigin(m *Match) string {
	switch {
	case m.Origin.File != "":
		return m.Origin.File
	case m.Origin.SrcDoc != "":
		return m.Origin.SrcDoc
	}
	return "tm"
}

// withCodes returns the target text as XLIFF content carrying the inline
// codes of the source markup, in their order (so paired codes stay
// paired). When they only wrap the source's text (before its first word,
// after its last), those before stay at the start and the others go at the
// end: `<b>All of it.</b>` gives `<b>Tout.</b>`. When a code is inside the
// text (`<b>The minister</b> arrived ...`), all go at the end: where its
// words are in a translation it does not know, and at the start the bold
// would wrap the whole sentence, which reads as done; at the end the
// translator sees codes to place, as OmegaT's tag check lists missing tags
// and Okapi's leveraging appends the codes a TM match lacks after its
// text (XLIFF 1.2 lets a <target> carry the <source>'s codes anywhere).
// "" when the source has no codes.
func withCodes(srcMarkup, target string) string {
	if codesInside(srcMarkup) {
		_, toks, err := xliff.Parse(srcMarkup)
		if err != nil {
			return ""
		}
		return xliff.EscapeText(target) + xliff.Serialize(codeTokens(toks))
	}
	if srcMarkup == "" {
		return ""
	}
	_, toks, err := xliff.Parse(srcMarkup)
	if err != nil {
		return ""
	}
	var lead, rest []xliff.Token
	code := 0 // depth inside a code element (bpt, ept, ph, it)
	seenText := false
	for _, t := range toks {
		inCode := code > 0
		switch {
		case t.Kind == xliff.Start && (xliff.IsCode(t.Name) || code > 0):
			code++
		case t.Kind == xliff.End && code > 0:
			code--
		case t.Kind == xliff.Text && code == 0 && strings.TrimSpace(t.Text) != "":
			seenText = true
		}
		if !inCode && code == 0 && (t.Kind == xliff.Text || !xliff.IsCode(t.Name)) {
			continue // text, or g, x, mrk and the like: not carried over
		}
		if seenText {
			rest = append(rest, t)
		} else {
			lead = append(lead, t)
		}
	}
	return xliff.Serialize(lead) + xliff.EscapeText(target) + xliff.Serialize(rest)
}

// TranslateBack reads an XLIFF file written by Pretranslate (after the
// translator's work) and writes the translated document: each segment's
// target, or its source where it has none, put back into the skeleton
// the file carries (HTML with its markup restored). A file without a
// bitext skeleton is an error. The BackReport says which units kept their
// source text, which targets are still marked for review, and which
// translations had no place in the document.
func TranslateBack(r io.Reader, w io.Writer) (BackReport, error) {
	doc, err := readBack(r)
	if err != nil {
		return BackReport{}, err
	}
	file := doc.file
	if file == nil || file.Skeleton == nil {
		return BackReport{}, badInputErr{errors.New("no skeleton in the file (<header><skl><internal-file>): it was not written by bitext tm pretranslate")}
	}
	kind := extract.KindText
	if file.Datatype == string(extract.KindHTML) {
		kind = extract.KindHTML
	}
	placed, err := skeletonPlaces(file.Skeleton, doc.segs)
	if err != nil {
		return BackReport{}, err
	}
	out, err := extract.Merge(kind, file.Skeleton, doc.segs)
	if err != nil {
		return BackReport{}, badInputErr{err}
	}
	rep := doc.report(placed)
	_, err = w.Write(out)
	return rep, err
}

// backDoc is what TranslateBack reads of a pretranslated XLIFF file: its
// first <file> (the article's), each unit's segment by id (its target, or
// its source when it has none), and its units in order, with whether each
// is translated and whether its translation is still to review; and the
// translated units of the other <file>s.
type backDoc struct {
	file       *xliff.File
	segs       map[string]string
	units      []BackUnit
	translated []bool
	review     []bool
	elsewhere  []BackUnit
}

// readBack reads the units of a pretranslated XLIFF file. A unit of the
// article without an id, or with the id of one before it, is an error: its
// translation would have no one place in the skeleton.
func readBack(r io.Reader) (*backDoc, error) {
	xr, err := xliff.NewReader(r)
	if err != nil {
		return nil, badInputErr{err}
	}
	doc := &backDoc{segs: map[string]string{}}
	lines := map[string]int{} // each unit's line, by id
	for u, err := range xr.All() {
		if err != nil {
			return nil, badInputErr{err}
		}
		if doc.file == nil {
			doc.file = u.File
		}
		has := u.Target != nil && strings.TrimSpace(u.Target.Text+u.Target.Markup) != ""
		if u.File != doc.file { // another <file> (po2xliff with a template adds one): not the article's
			if has {
				doc.elsewhere = append(doc.elsewhere, BackUnit{ID: u.ID, Line: u.Line, State: u.State})
			}
			continue
		}
		if u.ID == "" { // the reader takes units without id; the skeleton needs it
			msg := "<trans-unit> without its id attribute: its translation cannot be put back (the skeleton names each unit by the id bitext tm pretranslate gave it; a tool that rewrote the file may have dropped them)"
			if doc.file.Skeleton == nil {
				msg = "<trans-unit> without its id attribute, and no skeleton in the file: it was not written by bitext tm pretranslate, which gives every unit an id and writes the skeleton that --back fills"
			}
			return nil, badInputErr{&xliff.Error{Line: u.Line, Col: u.Col, Msg: msg}}
		}
		s := u.Source
		if has {
			s = *u.Target
		}
		if first, ok := lines[u.ID]; ok {
			return nil, badInputErr{&xliff.Error{Line: u.Line, Col: u.Col, Msg: fmt.Sprintf("a second <trans-unit> of id %q (the first is on line %d): --back puts each unit in the place of its id, and cannot tell which of the two goes there", u.ID, first)}}
		}
		lines[u.ID] = u.Line
		doc.segs[u.ID] = s.XML()
		doc.units = append(doc.units, BackUnit{ID: u.ID, Line: u.Line, State: u.State})
		doc.translated = append(doc.translated, has || !u.Translate || strings.TrimSpace(u.Source.Text) == "")
		doc.review = append(doc.review, has && needsWork[u.State])
	}
	return doc, nil
}

// skeletonPlaces checks that every place of the skeleton has its unit in
// segs, and gives the ids placed.
func skeletonPlaces(skeleton []byte, segs map[string]string) (map[string]bool, error) {
	placed := map[string]bool{}
	ids := extract.IDs(skeleton)
	for i, id := range ids {
		if _, ok := segs[id]; !ok {
			where := "the first"
			if i > 0 {
				where = "after unit " + ids[i-1]
			}
			return nil, badInputErr{fmt.Errorf("no <trans-unit> of id %q, which the article has a place for (%s): a tool that rewrote the file dropped it or gave it another id; give it back its id", id, where)}
		}
		placed[id] = true
	}
	return placed, nil
}

// report is the BackReport of the units merged, placed the ids the
// skeleton has a place for: the units placed, those that kept their
// source, those still to review, and the translations with no place.
func (doc *backDoc) report(placed map[string]bool) BackReport {
	var rep BackReport
	for i, u := range doc.units {
		switch {
		case !placed[u.ID]:
			if doc.translated[i] {
				rep.Unplaced = append(rep.Unplaced, u)
			}
		case !doc.translated[i]:
			rep.Untranslated = append(rep.Untranslated, u)
		case doc.review[i]:
			rep.Unreviewed = append(rep.Unreviewed, u)
		}
		if placed[u.ID] {
			rep.Units++
		}
	}
	rep.Unplaced = append(rep.Unplaced, doc.elsewhere...)
	return rep
}

// needsWork are the XLIFF 1.2 target states that say the target is not
// done: a CAT tool sets translated, final or signed-off when the
// translator confirms it (Pretranslate writes needs-review-translation
// for a fuzzy match).
var needsWork = map[string]bool{"new": true, "needs-translation": true, "needs-adaptation": true, "needs-l10n": true,
	"needs-review-translation": true, "needs-review-adaptation": true, "needs-review-l10n": true}

// BackReport is what TranslateBack found in the units it read.
type BackReport struct {
	// Units is the number of units the document has a place for.
	Units int
	// Untranslated are the units of the document without a target: the
	// document has their source text.
	Untranslated []BackUnit
	// Unreviewed are the units whose target's state says it is not done
	// (needs-review-translation, new, ...): the document has the target.
	Unreviewed []BackUnit
	// Unplaced are the units with a target whose id the skeleton does
	// not have, or in another <file> than the document's (a tool that
	// rewrote the file moved them): their text is not in the document.
	Unplaced []BackUnit
}

// BackUnit is a unit of a BackReport: its id, the line of its
// <trans-unit> and its target's state.
type BackUnit struct {
	ID    string
	Line  int
	State string
}

// Warnings returns one sentence for each kind of unit the report lists
// (none when every unit of the document was translated and confirmed),
// each naming up to ten units with their lines.
func (r BackReport) Warnings() []string {
	var ws []string
	list := func(us []BackUnit) string {
		var b strings.Builder
		for i, u := range us {
			if i == 10 {
				fmt.Fprintf(&b, " and %d more", len(us)-i)
				break
			}
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "unit %s (line %d)", u.ID, u.Line)
		}
		return b.String()
	}
	// one picks the singular or the plural form of a phrase.
	one := func(n int, singular, plural string) string {
		if n == 1 {
			return singular
		}
		return plural
	}
	if n := len(r.Untranslated); n > 0 {
		ws = append(ws, fmt.Sprintf("%d of %s %s no translation, and the article has %s source text: %s",
			n, textio.Count(r.Units, "unit", "units"), one(n, "has", "have"), one(n, "its", "their"), list(r.Untranslated)))
	}
	if n := len(r.Unreviewed); n > 0 {
		var states []string
		for _, u := range r.Unreviewed {
			if !slices.Contains(states, u.State) {
				states = append(states, u.State)
			}
		}
		ws = append(ws, fmt.Sprintf("%s %s still marked %s, and the article has %s: %s", textio.Count(n, "translation", "translations"),
			one(n, "is", "are"), strings.Join(states, " or "), one(n, "it as it is", "them as they are"), list(r.Unreviewed)))
	}
	if n := len(r.Unplaced); n > 0 {
		ws = append(ws, fmt.Sprintf("%s with a translation %s no place in the article (another <file> than the article's, or an id its skeleton does not have: did a tool rewrite the file?), and %s not in it: %s",
			textio.Count(n, "unit", "units"), one(n, "has", "have"), one(n, "its translation is", "their translations are"), list(r.Unplaced)))
	}
	return ws
}

// FormatJSON is one JSON object (WriteAnalysis).
const FormatJSON Format = "json"

// WriteAnalysis writes an analysis as a table (FormatText: one row per
// band with its segments, words and share of the words, then the totals)
// or as one JSON object (FormatJSON).
func WriteAnalysis(w io.Writer, an Analysis, format Format) error {
	if format == FormatJSON {
		b, err := json.Marshal(an)
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%-10s %8s %8s %7s\n", "match", "segments", "words", "percent")
	for _, b := range an.Bands {
		pct := 0.0
		if an.Words > 0 {
			pct = 100 * float64(b.Words) / float64(an.Words)
		}
		fmt.Fprintf(bw, "%-10s %8d %8d %7.1f\n", b.Band, b.Segments, b.Words, pct)
	}
	total := 100.0
	if an.Words == 0 { // nothing to pretranslate: no share of anything
		total = 0
	}
	fmt.Fprintf(bw, "%-10s %8d %8d %7.1f\n", "total", an.Segments, an.Words, total)
	return bw.Flush()
}

// MaxArticle bounds the size of the article (or XLIFF file) ReadArticle
// reads for Pretranslate, as align.MaxDocument bounds a document to align:
// a 52 MB one-line file took 1.4 GB before Pretranslate refused it as not
// in the source language.
const MaxArticle = align.MaxDocument

// ReadArticle reads the whole input name ("-": stdin), checked to be
// UTF-8 as textio.ReadInput does (but for a client's XLIFF file in UTF-16
// or a single-byte encoding, which PretranslateXLIFF writes back in it),
// and fails with a *textio.Error naming it
// when it is larger than MaxArticle: before reading a file, and once more
// than that is read from standard input.
func ReadArticle(name string, stdin io.Reader) ([]byte, error) {
	const why, hint = "an article pretranslated whole takes many times its size in memory", "split it into chapters or sections, and pretranslate each"
	if st, err := os.Stat(name); name != "-" && err == nil && st.Mode().IsRegular() && st.Size() > MaxArticle {
		return nil, textio.TooLarge(textio.DisplayName(name), MaxArticle, why, hint)
	}
	in := stdin
	if name != "-" {
		f, err := textio.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		in = f
	}
	data, err := io.ReadAll(textio.Bounded(in, textio.DisplayName(name), MaxArticle, why, hint))
	if err != nil {
		return nil, err
	}
	if unitsFile(name, data) == "XLIFF" && sniffCharset(bufio.NewReader(bytes.NewReader(data))) != nil {
		return data, nil // a client's XLIFF in UTF-16 or a single-byte encoding: written back in it
	}
	return io.ReadAll(textio.NewReader(bytes.NewReader(data), textio.DisplayName(name)))
}
