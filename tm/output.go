package tm

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"

	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

// FormatText is the ResultWriter format for people: lines of tab-separated
// fields. FormatJSONL, its other format, is for programs: one JSON record
// (records.go) a line.
const FormatText Format = "text"

// Highlight marks the hits of a concordance in text output: Start before
// each hit, End after it.
type Highlight struct{ Start, End string }

var (
	// HighlightMarkdown marks hits **like this**, readable anywhere; the
	// zero Highlight means it.
	HighlightMarkdown = Highlight{"**", "**"}
	// HighlightANSI marks hits in bold red on a terminal.
	HighlightANSI = Highlight{"\x1b[1;31m", "\x1b[0m"}
)

// ResultWriter writes the results of Lookup, LookupDocument, Concordance
// and Stats as text or JSON Lines, so that every front end (the bitext
// command, a server) writes them alike. It writes each result in one Write
// call and does not buffer: give it a bufio.Writer for long outputs.
type ResultWriter struct {
	// Highlight marks concordance hits in text output; the zero value is
	// HighlightMarkdown.
	Highlight Highlight
	// NoHighlight leaves hits unmarked in text output.
	NoHighlight bool
	// Queries counts the queries Matches (and DocumentMatches) wrote,
	// Unmatched those of them with no match, Hits the hits Hit wrote: a
	// front end says from them that a lookup or a search found nothing
	// (NoMatchNote, NoHitNote).
	Queries, Unmatched, Hits int
	// PairNote, when set (DB.NotePair), follows NoMatchNote and
	// NoHitNote: that the TM holds no units in the pair asked for.
	PairNote string

	w   io.Writer
	enc *json.Encoder // nil for text
}

// SetHighlight sets how text output marks concordance hits by name:
// "ansi" (HighlightANSI), "markdown" (HighlightMarkdown), "none"
// (NoHighlight), or "auto": ansi when terminal is true, else markdown.
func (rw *ResultWriter) SetHighlight(how string, terminal bool) {
	rw.NoHighlight, rw.Highlight = how == "none", HighlightMarkdown
	if how == "ansi" || how == "auto" && terminal {
		rw.Highlight = HighlightANSI
	}
}

// NewResultWriter returns a ResultWriter writing format (FormatText or
// FormatJSONL) to w.
func NewResultWriter(w io.Writer, format Format) (*ResultWriter, error) {
	rw := &ResultWriter{w: w}
	switch format {
	case FormatText:
	case FormatJSONL:
		rw.enc = json.NewEncoder(w)
		rw.enc.SetEscapeHTML(false)
	default:
		return nil, fmt.Errorf("output format %q: want %s or %s", format, FormatText, FormatJSONL)
	}
	return rw, nil
}

// codesLackedNote marks in text output a match whose stored source has
// inline codes (MatchRecord.QueryLacksCodes): a plain-text query has none,
// so an exact match's 100 says nothing of them.
const codesLackedNote = "stored with inline codes the query lacks"

// Matches writes the matches of query. Text: a line "SCORE<TAB>TARGET" a
// match (followed by "<TAB>[numbers replaced]" when numbers of the stored
// translation were replaced by the query's, or by the match's note in
// brackets, with "fragment" for a fragment and "N units" when N stored
// units propose the target, and "aligned pair scored S: -P" when the
// score lost P points for a doubtful aligned pair (AlignPenalty), and
// codesLackedNote when the stored source has inline codes, all in
// one pair of brackets), then a line
// "#ID<TAB>" (the unit's id, for `bitext tm edit` and `tm delete`) and the
// word diff of a fuzzy match ("[-in the TM-]{+in the query+}") or the
// stored source of an exact one; line breaks inside segments become
// spaces. JSON Lines: a MatchRecord a
// match.
func (rw *ResultWriter) Matches(query string, ms []Match) error {
	rw.Queries++
	if len(ms) == 0 {
		rw.Unmatched++
	}
	if rw.enc != nil {
		for _, m := range ms {
			if err := rw.enc.Encode(NewMatchRecord(query, m)); err != nil {
				return err
			}
		}
		return nil
	}
	var b []byte
	for _, m := range ms {
		b = strconv.AppendInt(b, int64(m.Score), 10)
		b = append(b, '\t')
		b = append(b, oneLine(m.Target)...)
		var marks []string
		if m.Kind == KindFragment {
			marks = append(marks, "fragment")
		}
		switch {
		case m.Substituted:
			marks = append(marks, "numbers replaced")
		case m.Note != "":
			marks = append(marks, m.Note)
		}
		if m.Count > 1 {
			marks = append(marks, strconv.Itoa(m.Count)+" units")
		}
		if n := alignNote(&m); n != "" {
			marks = append(marks, n)
		}
		if m.SourceMarkup != "" {
			marks = append(marks, codesLackedNote)
		}
		if len(marks) > 0 {
			b = append(b, "\t["+strings.Join(marks, "; ")+"]"...)
		}
		b = append(b, "\n#"...)
		b = strconv.AppendInt(b, m.UnitID, 10)
		b = append(b, '\t')
		switch {
		case m.Kind == KindFragment && m.Span != [2]int{0, len(m.Source)}:
			// The query's place in the stored segment.
			hl := HighlightMarkdown
			b = append(b, oneLine(m.Source[:m.Span[0]]+hl.Start+m.Source[m.Span[0]:m.Span[1]]+hl.End+m.Source[m.Span[1]:])...)
		case m.Kind == KindFragment:
			b = append(b, oneLine(m.Source)...)
		default:
			b = append(b, oneLine(cmp.Or(m.Diff, m.Source))...)
		}
		b = append(b, '\n')
	}
	return rw.write(b)
}

// DocumentMatches writes a query of a document with its matches, as
// LookupDocument yields them: as Matches, but text output heads them with
// a line "# QUERY" and ends them with an empty line, also when there are
// none.
func (rw *ResultWriter) DocumentMatches(dm DocumentMatches) error {
	if rw.enc != nil {
		return rw.Matches(dm.Query, dm.Matches)
	}
	if err := rw.write([]byte("# " + oneLine(dm.Query) + "\n")); err != nil {
		return err
	}
	if err := rw.Matches(dm.Query, dm.Matches); err != nil {
		return err
	}
	return rw.write([]byte("\n"))
}

// AllDocumentMatches writes each query of a document with its matches as
// DocumentMatches does, in the order LookupDocument yields them, and
// returns the first error, the sequence's or a write's.
func (rw *ResultWriter) AllDocumentMatches(dms iter.Seq2[DocumentMatches, error]) error {
	for dm, err := range dms {
		if err == nil {
			err = rw.DocumentMatches(dm)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Hit writes a concordance hit. Text: one line, "#ID" (the unit's id) and
// a tab, the segment with its hits highlighted, then a tab before each
// translation, and for a doubtful aligned pair (Hit.AlignScore) a tab and
// "[aligned pair scored 0.16]". JSON Lines: a HitRecord.
func (rw *ResultWriter) Hit(h Hit) error {
	rw.Hits++
	if rw.enc != nil {
		return rw.enc.Encode(NewHitRecord(h))
	}
	hl := rw.Highlight
	switch {
	case rw.NoHighlight:
		hl = Highlight{}
	case hl == (Highlight{}):
		hl = HighlightMarkdown
	}
	var b strings.Builder
	b.WriteString("#" + strconv.FormatInt(h.UnitID, 10) + "\t")
	last := 0
	for _, s := range h.Spans {
		b.WriteString(oneLine(h.Text[last:s[0]]) + hl.Start + oneLine(h.Text[s[0]:s[1]]) + hl.End)
		last = s[1]
	}
	b.WriteString(oneLine(h.Text[last:]))
	for _, t := range h.Translations {
		b.WriteString("\t" + oneLine(t.Text))
	}
	if h.AlignScore > 0 {
		b.WriteString("\t[aligned pair scored " + strconv.FormatFloat(h.AlignScore, 'f', 2, 64) + "]")
	}
	b.WriteByte('\n')
	return rw.write([]byte(b.String()))
}

// NoMatchNote says that a lookup found nothing, for a front end to show
// beside output that is empty (or, for many queries, has empty groups):
// "" when every query written had a match; else, min being the lowest
// score asked for (0 for DefaultMin, NoMinimum for none), "no match at or
// above 70%", with "for 2 of 5 queries: " before it when the queries were
// more than one.
func (rw *ResultWriter) NoMatchNote(min int) string {
	if rw.Unmatched == 0 {
		return ""
	}
	note := "no match"
	if min >= 0 {
		note += " at or above " + strconv.Itoa(cmp.Or(min, DefaultMin)) + "%"
	}
	if rw.Queries > 1 {
		note = "for " + strconv.Itoa(rw.Unmatched) + " of " + strconv.Itoa(rw.Queries) + " queries: " + note
	}
	return rw.withPair(note)
}

// withPair is note followed by PairNote, when there is one.
func (rw *ResultWriter) withPair(note string) string {
	if rw.PairNote == "" {
		return note
	}
	return note + ": " + rw.PairNote
}

// NoHitNote says that a concordance search for term in lang (translated
// into tgt unless it is language.Und) found nothing: "" when Hit wrote a
// hit, else `no en segment has "term"` (`... translated into fr`).
func (rw *ResultWriter) NoHitNote(term string, lang, tgt language.Tag) string {
	if rw.Hits > 0 {
		return ""
	}
	note := "no " + lang.String() + " segment"
	if tgt != language.Und {
		note += " translated into " + tgt.String()
	}
	return rw.withPair(note + " has " + strconv.Quote(term))
}

// Stats writes s. Text: lines "NAME<TAB>VALUE" for path, units,
// segments, then "lang TAG" for each language, imports, index words,
// bytes and schema. JSON Lines: one StatsRecord.
func (rw *ResultWriter) Stats(s Stats) error {
	if rw.enc != nil {
		return rw.enc.Encode(NewStatsRecord(s))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "path\t%s\nunits\t%d\nsegments\t%d\n", s.Path, s.Units, s.Variants)
	for _, l := range s.Langs {
		fmt.Fprintf(&b, "lang %s\t%d\n", l.Lang, l.Count)
	}
	fmt.Fprintf(&b, "imports\t%d\nindex words\t%d\nbytes\t%d\nschema\t%d\n", s.Imports, s.Words, s.Bytes, s.SchemaVersion)
	return rw.write([]byte(b.String()))
}

// Document writes a stored document. Text: "UNITS<TAB>NAME<TAB>LANGS<TAB>
// STORED", LANGS its languages space-separated and STORED the time it was
// last stored as a TMX date (20261202T191705Z), "unknown" when the import
// log has no entry of its name. JSON Lines: a DocumentRecord.
func (rw *ResultWriter) Document(d DocumentInfo) error {
	if rw.enc != nil {
		return rw.enc.Encode(NewDocumentRecord(d))
	}
	stored := "unknown"
	if !d.LastStored.IsZero() {
		stored = tmx.FormatDate(d.LastStored)
	}
	return rw.write([]byte(strconv.Itoa(d.Units) + "\t" + oneLine(d.Name) + "\t" + strings.Join(d.Langs, " ") + "\t" + stored + "\n"))
}

func (rw *ResultWriter) write(b []byte) error {
	if len(b) == 0 {
		return nil
	}
	_, err := rw.w.Write(b)
	return err
}

// lineBreaks turns line breaks into spaces.
var lineBreaks = strings.NewReplacer("\n", " ", "\r", " ")

// oneLine keeps a segment on one line of text output.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return lineBreaks.Replace(s)
}
