package tm

import (
	"fmt"
	"strings"

	"github.com/bitext/bitext/align/langwords"
	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

// A TSV's first line is a header, not a pair, when a translator would read
// it as the names of its columns (tsvHeader): spreadsheets, tsv2tmx
// (XML::TMX, "--header ... the first line will be used to guess" the
// languages) and exports of translation tables write one. Each column must
// be named: the source column by a word of headerSource or by the import's
// source language (its code, "en", "en-US", "EN_us", or its English name,
// "English", for the languages of langwords' table), the target column likewise, a score column by a word of
// headerScore. "Source<TAB>Quelle" is a pair: Quelle names no column.
var (
	headerSource = []string{"source", "src", "source text", "source segment", "source language", "original", "source_text", "source_segment"}
	headerTarget = []string{"target", "tgt", "target text", "target segment", "target language", "translation", "target_text", "target_segment"}
	headerScore  = []string{"score", "note", "notes", "comment", "comments", "match", "quality"}
)

// tsvHeader reports whether the fields f of a TSV's first line name its
// columns, the source in language src and the target in tgt.
func tsvHeader(f []string, src, tgt language.Tag) bool {
	if len(f) < 2 || len(f) > 3 {
		return false
	}
	if !namesColumn(f[0], headerSource, src) || !namesColumn(f[1], headerTarget, tgt) {
		return false
	}
	return len(f) == 2 || strings.TrimSpace(f[2]) == "" || oneOf(f[2], headerScore)
}

// namesColumn reports whether field s is one of words, or names the
// language lang (its code or English name), in any case.
func namesColumn(s string, words []string, lang language.Tag) bool {
	s = strings.TrimSpace(s)
	if oneOf(s, words) {
		return true
	}
	if lang == language.Und || s == "" {
		return false
	}
	if t, err := language.Parse(strings.ReplaceAll(s, "_", "-")); err == nil {
		if t == lang {
			return true
		}
		b1, c1 := t.Base()
		b2, _ := lang.Base()
		// "en" of an import in en-US, "en-GB" of one in en: one language;
		// a region the import names must be the field's, if it has one.
		if c1 != language.No && b1 == b2 {
			r1, rc1 := t.Region()
			r2, rc2 := lang.Region()
			return rc1 != language.Exact || rc2 != language.Exact || r1 == r2
		}
	}
	// The English name of a language the aligner's language check reads
	// (langwords' table), not x/text's display tables: those add 2.4 MB
	// to the binary for this one comparison.
	b, _ := lang.Base()
	name := langwords.Name(b.String())
	return name != "" && strings.EqualFold(s, name)
}

func oneOf(s string, words []string) bool {
	s = strings.TrimSpace(s)
	for _, w := range words {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// HeaderNote says, of the file name, that its first line was read as the
// names of its columns and not stored: "" when it had none.
func (s Skipped) HeaderNote(name string) string {
	if s.Header == "" {
		return ""
	}
	return fmt.Sprintf("%s: line %d %s read as the columns' header, not stored", name, s.HeaderLine, textio.Quote(s.Header))
}

// Notes are what tm import says of the file name beside its counts: its
// header (HeaderNote), its pairs with an empty side (EmptySideNote).
func (s Skipped) Notes(name string) []string {
	var notes []string
	for _, n := range []string{s.HeaderNote(name), s.EmptySideNote(name)} {
		if n != "" {
			notes = append(notes, n)
		}
	}
	return notes
}
