package normalize

import (
	"encoding/json"
	"fmt"
	"io"
	"math"

	"golang.org/x/text/language"
)

// ReportFormat is how a [ReportWriter] writes replacements.
type ReportFormat int

// The report formats.
const (
	// ReportText is one line a replacement, as compilers report errors:
	//	story.txt:1:14: "Qassim Sulaymani" -> "Qassem Soleimani" (spelling)
	ReportText ReportFormat = iota
	// ReportJSONL is one [ReplacementRecord] a line (JSON Lines).
	ReportJSONL
)

// ParseReportFormat parses "text" or "jsonl".
func ParseReportFormat(s string) (ReportFormat, error) {
	switch s {
	case "text":
		return ReportText, nil
	case "jsonl":
		return ReportJSONL, nil
	}
	return ReportText, fmt.Errorf("unknown report format %q (want text or jsonl)", s)
}

// ReplacementRecord is the JSON Lines form of a [Replacement] in a report:
//
//	{"file":"story.txt","line":1,"col":1,"offset":0,"form":"Teheran",
//	 "replacement":"Tehran","canonical":"Tehran","rule":"variant"}
type ReplacementRecord struct {
	File        string `json:"file"`        // the input, as the caller names it
	Line        int    `json:"line"`        // 1-based
	Col         int    `json:"col"`         // 1-based, in characters
	Offset      int64  `json:"offset"`      // byte offset of the form in the input
	Form        string `json:"form"`        // the form as written
	Replacement string `json:"replacement"` // what it becomes
	Canonical   string `json:"canonical"`   // the house spelling
	Rule        string `json:"rule"`        // why: RuleVariant, RuleAlias, RuleSpelling...
	// OtherLine, OtherCol: for RuleInconsistent, the first place of the
	// other spelling.
	OtherLine int `json:"other_line,omitempty"`
	OtherCol  int `json:"other_col,omitempty"`
}

// Record returns r as the report record of a replacement in file.
func (r Replacement) Record(file string) ReplacementRecord {
	return ReplacementRecord{File: file, Line: r.Line, Col: r.Col, Offset: r.Offset,
		Form: r.Form, Replacement: r.Replacement, Canonical: r.Canonical, Rule: r.Rule,
		OtherLine: r.OtherLine, OtherCol: r.OtherCol}
}

// A ReportWriter writes the report of [Glossary.Rewrite]: one line a
// replacement, in a [ReportFormat]. It does not buffer. A ReportWriter is
// not safe for concurrent use.
type ReportWriter struct {
	w      io.Writer
	format ReportFormat
	enc    *json.Encoder
}

// NewReportWriter returns a ReportWriter writing to w in format f.
func NewReportWriter(w io.Writer, f ReportFormat) *ReportWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &ReportWriter{w: w, format: f, enc: enc}
}

// Write writes the line of replacement r made in file.
func (rw *ReportWriter) Write(file string, r Replacement) error {
	if rw.format == ReportJSONL {
		return rw.enc.Encode(r.Record(file))
	}
	if r.Rule == RuleInconsistent {
		_, err := fmt.Fprintf(rw.w, "%s:%d:%d: %q -> %q (%s with %s:%d:%d)\n", file, r.Line, r.Col, r.Form, r.Replacement, r.Rule, file, r.OtherLine, r.OtherCol)
		return err
	}
	_, err := fmt.Fprintf(rw.w, "%s:%d:%d: %q -> %q (%s)\n", file, r.Line, r.Col, r.Form, r.Replacement, r.Rule)
	return err
}

// LanguageRecord is the JSON Lines form of a [LanguageRead] in a report:
// the notice that an input of no stated language was read as one and the
// glossary's entries limited to other languages were left out.
//
//	{"file":"story.txt","notice":"language","lang":"fr","language":"French","left_out":182}
type LanguageRecord struct {
	File     string `json:"file"`
	Notice   string `json:"notice"` // "language": tells it from a ReplacementRecord
	Lang     string `json:"lang"`   // BCP 47
	Language string `json:"language"`
	LeftOut  int    `json:"left_out"`
	// ReadsAs is the language the text reads as when Lang is the one its
	// file name states (LanguageRead.ReadAs).
	ReadsAs string `json:"reads_as,omitempty"`
}

// WriteLanguage writes the notice of the language read of file (nothing
// for the zero LanguageRead): in text,
//
//	story.txt: read as French (fr): 182 glossary entries limited to other languages left out (--lang sets the language)
//
// and for a file whose name states another language than it reads as,
//
//	story.fr.txt: named French (fr) but reads as English (en): 182 glossary entries limited to other languages left out (--lang sets the language)
//
// A nil rw writes nothing: a caller of ChooserByText that wants no notice.
func (rw *ReportWriter) WriteLanguage(file string, l LanguageRead) error {
	if rw == nil || l.Lang == language.Und {
		return nil
	}
	if rw.format == ReportJSONL {
		return rw.enc.Encode(LanguageRecord{File: file, Notice: "language", Lang: l.Lang.String(), Language: l.Name, LeftOut: l.LeftOut, ReadsAs: l.ReadAs})
	}
	entries := "glossary entries"
	if l.LeftOut == 1 {
		entries = "glossary entry"
	}
	if l.ReadAs != "" {
		_, err := fmt.Fprintf(rw.w, "%s: named %s (%s) but reads as %s (%s): %d %s limited to other languages left out (--lang sets the language)\n", file, l.Name, l.Lang, l.ReadName, l.ReadAs, l.LeftOut, entries)
		return err
	}
	_, err := fmt.Fprintf(rw.w, "%s: read as %s (%s): %d %s limited to other languages left out (--lang sets the language)\n", file, l.Name, l.Lang, l.LeftOut, entries)
	return err
}

// ClusterRecord is the JSON Lines form of a discovered [Cluster], which
// [ReadEntries] reads back as a glossary entry (format jsonl):
//
//	{"canonical":"...","variants":[{"form":"...","count":N}],"confidence":0.93}
type ClusterRecord struct {
	Canonical  string      `json:"canonical"`
	Variants   []FormCount `json:"variants"`
	Confidence float64     `json:"confidence"` // rounded to 3 decimals
	// Related forms (short forms, acronyms, glossary aliases) are not
	// imported as variants.
	Related []RelatedForm `json:"related,omitempty"`
}

// Record returns c as its JSON Lines record.
func (c Cluster) Record() ClusterRecord {
	return ClusterRecord{c.Canonical, c.Variants, math.Round(c.Confidence*1000) / 1000, c.Related}
}
