package normalize

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/xmlenc"
	"golang.org/x/text/language"
)

// Format is a glossary file format, as its name on the command line reads
// ("tsv", "csv", ...). What the zero value ("") means is said where a
// Format is taken: ReadEntries and ReadEntriesAs detect the format,
// WriteEntries writes FormatTSV.
type Format string

// Glossary file formats read by ReadEntries and written by WriteEntries.
const (
	FormatTSV   Format = "tsv"   // canonical<TAB>kind<TAB>variant|variant<TAB>langs
	FormatCSV   Format = "csv"   // the same columns, RFC 4180
	FormatJSONL Format = "jsonl" // {"canonical","kind","variants","langs"} per line
	FormatTBX   Format = "tbx"   // TBX v3 (ISO 30042:2019) TBX-Basic, or TBX 2 (martif)
	FormatTBX2  Format = "tbx2"  // TBX 2 (ISO 30042:2008, martif), for older tools
	// FormatAuto asks ReadEntries and ReadEntriesAs to detect the format
	// (see DetectFormat); WriteEntries refuses it.
	FormatAuto Format = "auto"
)

// Formats are the formats ParseFormat takes, FormatAuto first.
var Formats = []Format{FormatAuto, FormatTSV, FormatCSV, FormatJSONL, FormatTBX, FormatTBX2}

// ParseFormat returns the glossary format named s: "auto", "tsv", "csv",
// "jsonl", "tbx" or "tbx2"; "" is FormatAuto.
func ParseFormat(s string) (Format, error) {
	if s == "" {
		return FormatAuto, nil
	}
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown glossary format %q: want auto, tsv, csv, jsonl, tbx or tbx2", s)
}

// variantSep separates variants in one TSV or CSV field.
const variantSep = "|"

// A ParseError is a glossary file (or a list of name pairs) that cannot be
// read, with the line.
type ParseError struct {
	Name string // the input, as messages name it; "" when not known
	Line int
	// Col is the column on a long line (a TBX file written without line
	// breaks: see textio.LongLine), 0 on any other.
	Col int
	Msg string
}

// Error reads "read NAME: line N: MSG" ("line N: MSG" without a name).
// BadInput is true: the glossary file is malformed (see textio.IsBadInput).
func (e *ParseError) BadInput() bool { return true }

func (e *ParseError) Error() string {
	where := textio.Where(e.Line, e.Col)
	if e.Name == "" {
		return where + ": " + e.Msg
	}
	return fmt.Sprintf("read %s: %s: %s", e.Name, where, e.Msg)
}

// DetectFormat guesses a glossary file's format from its name, then from
// its first bytes; it returns FormatTSV, FormatCSV, FormatJSONL or
// FormatTBX. A .txt file is told by its first bytes: spreadsheets save CSV
// as .txt too (before, such a file read as TSV, each line one name).
func DetectFormat(name string, head []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".tsv", ".tab":
		return FormatTSV
	case ".csv":
		return FormatCSV
	case ".jsonl", ".ndjson", ".json":
		return FormatJSONL
	case ".tbx", ".xml":
		return FormatTBX
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n")
	switch {
	case bytes.HasPrefix(h, []byte("<")), bytes.HasPrefix(h, []byte("\xFF\xFE<\x00")), bytes.HasPrefix(h, []byte("\xFE\xFF\x00<")):
		return FormatTBX
	case bytes.HasPrefix(h, []byte("{")):
		return FormatJSONL
	}
	line, _, _ := bytes.Cut(h, []byte("\n"))
	if !bytes.Contains(line, []byte("\t")) && bytes.ContainsAny(line, ",;") {
		return FormatCSV
	}
	return FormatTSV
}

// csvSeparator returns the field separator of the CSV file br starts:
// a comma, unless the first line that is not a comment has none and
// semicolons (as Excel writes CSV where a comma is the decimal separator)
// or tabs. Before, such a file read as one column, each line a "name"
// ("Tehran;place;Teheran"), its header row too.
func csvSeparator(br *bufio.Reader) rune {
	head, _ := br.Peek(br.Size())
	for line := range bytes.Lines(head) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		var comma, semi, tab int
		quoted := false
		for _, c := range line {
			switch {
			case c == '"':
				quoted = !quoted
			case quoted:
			case c == ',':
				comma++
			case c == ';':
				semi++
			case c == '\t':
				tab++
			}
		}
		switch {
		case comma == 0 && semi > 0:
			return ';'
		case comma == 0 && tab > 0:
			return '\t'
		}
		break
	}
	return ','
}

// ReadEntries reads a glossary file in the given format; FormatAuto or ""
// detects it from the first bytes (see DetectFormat). Errors name the
// line; nothing is returned unless the whole file reads. A language in the
// langs column that is not BCP 47 is an error. A line of a TSV, CSV or
// JSON Lines glossary longer than 1 MiB is a *textio.Error naming the line
// (of the input "glossary"), as ReadEntriesAs reads one: the CSV reader
// held such a line whole, many times its size.
func ReadEntries(r io.Reader, format Format) ([]Entry, error) {
	br := bufio.NewReader(r)
	if format == FormatAuto || format == "" {
		head, _ := br.Peek(512)
		format = DetectFormat("", head)
	}
	r = br
	if format != FormatTBX && format != FormatTBX2 {
		r = textio.LineBounded(br, "glossary", maxGlossaryLine, "a glossary's line holds a name and its variants")
	}
	return readEntries(r, format, nil)
}

// readEntries is ReadEntries, noting in o (when not nil) the line of each
// spelling.
func readEntries(r io.Reader, format Format, o *Origins) ([]Entry, error) {
	// A byte order mark some editors write is not part of the first name.
	br := bufio.NewReader(r)
	if head, _ := br.Peek(3); bytes.Equal(head, []byte("\uFEFF")) {
		br.Discard(3)
	}
	if format == FormatAuto || format == "" {
		head, _ := br.Peek(512)
		format = DetectFormat("", head)
	}
	r = br
	switch format {
	case FormatTSV:
		return readDelimitedWith(r, '\t', checkName, o)
	case FormatCSV:
		return readDelimitedWith(r, csvSeparator(br), checkName, o)
	case FormatJSONL:
		return readJSONL(r, o)
	case FormatTBX, FormatTBX2:
		return readTBX(r, o)
	}
	return nil, fmt.Errorf("unknown glossary format %q (want tsv, csv, jsonl or tbx)", format)
}

// WriteEntries writes entries in the given format; the zero value ("")
// is FormatTSV.
func WriteEntries(w io.Writer, entries []Entry, format Format) error {
	switch format {
	case FormatTSV, "":
		return writeTSV(w, entries)
	case FormatCSV:
		return writeCSV(w, entries)
	case FormatJSONL:
		return writeJSONL(w, entries)
	case FormatTBX:
		return writeTBX(w, entries, tbxV3)
	case FormatTBX2:
		return writeTBX(w, entries, tbxV2)
	}
	return fmt.Errorf("unknown glossary format %q (want tsv, csv, jsonl, tbx or tbx2)", format)
}

// columns maps the header names of a TSV or CSV glossary to field indexes.
type columns struct{ canonical, kind, variants, langs int }

var defaultColumns = columns{0, 1, 2, 3}

func headerColumns(rec []string) (columns, bool) {
	c := columns{-1, -1, -1, -1}
	for i, f := range rec {
		switch strings.ToLower(strings.TrimSpace(strings.TrimPrefix(f, "\uFEFF"))) {
		case "canonical", "term", "name", "preferred":
			c.canonical = i
		case "kind", "type":
			c.kind = i
		case "variants", "variant", "aliases":
			c.variants = i
		case "langs", "lang", "languages", "language":
			c.langs = i
		}
	}
	return c, c.canonical >= 0
}

func field(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(rec[i])
}

// readDelimitedWith reads a TSV or CSV glossary, with check as the test of
// each name, noting in o (when not nil) the line of each spelling.
func readDelimitedWith(r io.Reader, sep rune, check func(string) error, o *Origins) ([]Entry, error) {
	cr := csv.NewReader(r)
	cr.Comma = sep
	cr.FieldsPerRecord = -1
	cr.Comment = '#'
	if sep == '\t' {
		cr.LazyQuotes = true
	}
	cols, headed := defaultColumns, false
	var out []Entry
	index := map[string]int{}
	for first := true; ; first = false {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, csvParseError(pe)
			}
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		if sep == '\t' {
			if err := runOnField(cr, rec); err != nil {
				return nil, err
			}
		}
		if first {
			if c, ok := headerColumns(rec); ok {
				cols, headed = c, true
				continue
			}
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if !headed {
			// Without a header, a fifth column is no field: it was left
			// out without a word (trial48), a variant or a language typed
			// one tab too far lost. Empty ones (a spreadsheet's) are none.
			if n := lastFilled(rec); n > 4 {
				return nil, &ParseError{Line: line, Msg: fmt.Sprintf("%d columns: a glossary without a header line has 4 at most (CANONICAL, KIND, VARIANT|VARIANT..., LANG,LANG...); "+
					"column %d holds %s: join variants with |, or give the file a header line naming its columns (canonical, kind, variants, langs; others are left out)", n, n, textio.QuoteText(rec[n-1]))}
			}
		}
		e, err := entryFromFieldsWith(field(rec, cols.canonical), field(rec, cols.kind), field(rec, cols.variants), field(rec, cols.langs), check)
		if err == nil {
			err = notSentence(e.Canonical)
		}
		if _, kerr := ParseKind(strings.ToLower(field(rec, cols.kind))); err != nil && kerr != nil && len(rec) == 2 && cols == defaultColumns {
			// "Kyiv<TAB>Kiev": a name and its variant, the variant in
			// the column of the kind.
			d := string(sep)
			if sep == '\t' {
				d = "<TAB>"
			}
			err = fmt.Errorf("%v: the second column is the kind; a name and a variant alone are CANONICAL, an empty kind and VARIANT (Kyiv%[2]s%[2]sKiev)", err, d)
		}
		if err != nil {
			return nil, &ParseError{Line: line, Msg: err.Error()}
		}
		o.note(e, line)
		out = addEntry(out, index, e)
	}
	return out, nil
}

// csvParseError says what a CSV reader's error means in a glossary, at the
// line to look at: a quoted field that does not close runs on to the end
// of the file (or to a later quotation mark), where encoding/csv reports
// it; the line to fix is the one where the field opened.
func csvParseError(pe *csv.ParseError) *ParseError {
	switch {
	case errors.Is(pe.Err, csv.ErrQuote) && pe.StartLine < pe.Line:
		return &ParseError{Line: pe.StartLine, Msg: fmt.Sprintf(`a quoted field opens on this line and does not close before line %d (a closing " missing?)`, pe.Line)}
	case errors.Is(pe.Err, csv.ErrQuote):
		return &ParseError{Line: pe.Line, Msg: fmt.Sprintf(`column %d: a quoted field goes on after its closing quotation mark: quote the whole field, and double each " inside it ("")`, pe.Column)}
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return &ParseError{Line: pe.Line, Msg: fmt.Sprintf(`column %d: a " inside a field that does not start with one: quote the whole field, and double each " inside it ("")`, pe.Column)}
	}
	return &ParseError{Line: pe.Line, Msg: pe.Err.Error()}
}

// runOnField finds a TSV glossary's field that holds a tab or a line
// break: one that starts with a quotation mark is read as a quoted field,
// and without its closing mark it takes in the columns and lines after it
// ("The Rock" Johnson). No name holds a tab or a line break (the writer
// puts spaces for them), so such a field is that mistake.
func runOnField(cr *csv.Reader, rec []string) error {
	for i, f := range rec {
		if !strings.ContainsAny(f, "\t\n") {
			continue
		}
		line, _ := cr.FieldPos(i)
		end := line + strings.Count(strings.TrimRight(f, "\r\n"), "\n")
		return &ParseError{Line: line, Msg: fmt.Sprintf(`a field that starts with " is a quoted one, and this one runs on over tabs or lines to line %d: `+
			`for a name that starts with a quotation mark, quote the whole field and double each " in it ("""The Rock"" Johnson")`, end)}
	}
	return nil
}

// lastFilled is the number of rec's fields up to its last one that is not
// blank.
func lastFilled(rec []string) int {
	n := len(rec)
	for n > 0 && strings.TrimSpace(rec[n-1]) == "" {
		n--
	}
	return n
}

func entryFromFields(canonical, kind, variants, langs string) (Entry, error) {
	return entryFromFieldsWith(canonical, kind, variants, langs, checkName)
}

func entryFromFieldsWith(canonical, kind, variants, langs string, check func(string) error) (Entry, error) {
	if canonical == "" {
		return Entry{}, errors.New("empty canonical form")
	}
	if err := check(canonical); err != nil {
		return Entry{}, err
	}
	k, err := ParseKind(strings.ToLower(kind))
	if err != nil {
		return Entry{}, err
	}
	e := Entry{Canonical: canonical, Kind: k}
	if e.Langs, err = parseLangs(langs); err != nil {
		return Entry{}, err
	}
	for v := range strings.SplitSeq(variants, variantSep) {
		// The canonical form among its variants (as a discovered cluster
		// lists it) is no variant: readJSONL drops it too.
		if v = strings.TrimSpace(v); v != "" && v != canonical {
			if err := check(v); err != nil {
				return Entry{}, err
			}
			e.Variants = append(e.Variants, v)
		}
	}
	return e, nil
}

// maxNameWords is the most words a name of a TSV or CSV glossary has:
// the longest official names run to about a dozen.
const maxNameWords = 16

// notSentence refuses a canonical form of a TSV or CSV glossary that reads
// as a sentence, not a name: one that ends in a full stop after a word in
// lower case ("Hello world."; a name ends so only after an abbreviation in
// capitals, "Jr.", "U.S."), or of more than maxNameWords words. A text
// file given to names import read as such a glossary, each line a
// canonical form, and the sentences were then "names" normalize rewrote
// ("Hello world" -> "Hello world.").
func notSentence(name string) error {
	const hint = ": is this a glossary? A TSV glossary line is canonical<TAB>kind<TAB>variant|variant<TAB>langs"
	words := strings.Fields(name)
	if len(words) > maxNameWords {
		return fmt.Errorf("%s is a sentence, not a name (%d words)%s", textio.Quote(name), len(words), hint)
	}
	last, ok := strings.CutSuffix(words[len(words)-1], ".")
	if ok && utf8.RuneCountInString(last) >= 2 && strings.IndexFunc(last, func(r rune) bool { return !unicode.IsLower(r) }) < 0 {
		return fmt.Errorf("%s is a sentence, not a name (a full stop after %s)%s", textio.Quote(name), textio.Quote(last), hint)
	}
	return nil
}

// maxNameLen is the longest name, in bytes, a glossary takes: the longest
// official names of people and bodies run to about 150 characters, so 1 KiB
// only stops a file whose columns are not what they should be.
const maxNameLen = 1 << 10

// checkName rejects names no glossary should hold: control characters,
// invisible marks (invisibleMark), a combining mark with no letter before
// it, or nothing to match.
func checkName(s string) error {
	if err := checkNameNoKey(s); err != nil {
		return err
	}
	if Key(s) == "" {
		return fmt.Errorf("%s has no letters or digits", textio.QuoteText(s))
	}
	return nil
}

// CheckSpelling refuses a spelling no glossary holds, as a glossary file's
// reader does: one over 1 KiB (a misplaced column, not a name), not UTF-8,
// or with a control character (a tab or a newline breaks the TSV and CSV
// that names export writes), an invisible mark (invisibleMark) or a
// combining mark with no letter before it (at the start of the name or of
// a word: "\u093fदानिलोव"). It does not test that the spelling has a key
// (letters or digits).
func CheckSpelling(s string) error { return checkNameNoKey(s) }

// checkNameNoKey is checkName without its test that the name has a key,
// which costs as much as the rest of reading a glossary (the key of every
// name is computed again when the glossary is built). Only the embedded
// default glossary is read so; TestDefaultGlossaryReads holds it to
// checkName.
func checkNameNoKey(s string) error {
	if len(s) > maxNameLen {
		return fmt.Errorf("a name of %d bytes (at most %d: a misplaced column?)", len(s), maxNameLen)
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("%q is not UTF-8", s)
	}
	after := ' ' // a mark at the start has nothing to sit on
	for _, r := range s {
		if unicode.IsControl(r) {
			return fmt.Errorf("%q holds a control character", s)
		}
		if invisibleMark(r) {
			return fmt.Errorf("%+q holds an invisible mark, U+%04X (copied with the name from right-to-left text?): a rewrite would write it into the text", s, r)
		}
		if unicode.IsSpace(after) && unicode.Is(unicode.M, r) {
			return fmt.Errorf("%s holds a combining mark, U+%04X, with no letter before it (its letter lost in a copy?): a rewrite would write it onto the letter or space before the name", textio.QuoteText(s), r)
		}
		after = r
	}
	return nil
}

// invisibleMark reports whether r is a format character that shows
// nowhere and is no part of any script's spelling: the bidirectional marks,
// embeddings, overrides and isolates (U+061C, U+200E, U+200F,
// U+202A-U+202E, U+2066-U+2069), the zero-width space, the word joiner and
// the byte order mark. A name copied from right-to-left text brings them
// along, and a canonical form holding one puts it into every text it
// rewrites. The zero-width non-joiner and joiner, which Persian and Indic
// scripts spell with, are not among them.
func invisibleMark(r rune) bool {
	switch {
	case r < 0x061c:
		return false
	case r == 0x061c, r == 0x200b, r == 0x200e, r == 0x200f, r == 0x2060, r == 0xfeff:
		return true
	}
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// MergeRepeated returns entries with each canonical form's entries merged
// into its first, as a glossary file's repeated lines are by names import
// (the variants of both, the later kind if it gives one, the languages of
// both), and into: into[i] is the index in merged of entries[i]. The
// server's POST /api/v1/glossary merges so, and says which entries it
// merged: it said "added 2 entries" of one entry given twice.
func MergeRepeated(entries []Entry) (merged []Entry, into []int) {
	index := map[string]int{}
	into = make([]int, len(entries))
	for i, e := range entries {
		// addEntry appends to the first entry's lists.
		e.Variants, e.Langs = slices.Clone(e.Variants), slices.Clone(e.Langs)
		merged = addEntry(merged, index, e)
		into[i] = index[e.Canonical]
	}
	return merged, into
}

// addEntry appends e, merging it into an earlier entry with the same
// canonical form.
func addEntry(out []Entry, index map[string]int, e Entry) []Entry {
	if i, ok := index[e.Canonical]; ok {
		o := &out[i]
		for _, v := range e.Variants {
			if !slices.Contains(o.Variants, v) {
				o.Variants = append(o.Variants, v)
			}
		}
		if e.Kind != KindOther {
			o.Kind = e.Kind
		}
		o.Langs = unionLangs(o.Langs, e.Langs)
		return out
	}
	index[e.Canonical] = len(out)
	return append(out, e)
}

// unionLangs returns the languages of two entries merged into one: every
// language if either has no list (every language), else both lists. Before,
// the later list replaced the earlier, and a file giving a canonical form
// once for en and once for fr kept it for fr alone.
func unionLangs(a, b []language.Tag) []language.Tag {
	if len(a) == 0 || len(b) == 0 {
		return nil
	}
	for _, t := range b {
		if !slices.Contains(a, t) {
			a = append(a, t)
		}
	}
	return a
}

func writeTSV(w io.Writer, entries []Entry) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("canonical\tkind\tvariants\tlangs\n")
	clean := func(s string) string { return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s) }
	for _, e := range entries {
		vs := make([]string, len(e.Variants))
		for i, v := range e.Variants {
			vs[i] = clean(v)
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", quoteLead(clean(e.Canonical)), e.Kind, quoteLead(strings.Join(vs, variantSep)), langsText(e.Langs))
	}
	return bw.Flush()
}

// quoteLead quotes a field of a TSV glossary that the reader would not
// take as it is: one starting with "#" (at the start of a line, a comment
// line: the entry of "#MeToo" was lost between export and import) or with a
// quotation mark (the start of a quoted field).
func quoteLead(s string) string {
	if !strings.HasPrefix(s, "#") && !strings.HasPrefix(s, `"`) {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

func writeCSV(w io.Writer, entries []Entry) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("canonical,kind,variants,langs\n")
	for _, e := range entries {
		for i, f := range []string{e.Canonical, string(e.Kind), strings.Join(e.Variants, variantSep), langsText(e.Langs)} {
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString(csvField(f))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// csvField is f as a field of an RFC 4180 line, quoted when it holds a
// comma, a quotation mark or a line break, starts with a space or with "#"
// (which the reader takes for a comment at the start of a line).
func csvField(f string) string {
	if f == "" || !strings.ContainsAny(f, ",\"\r\n") && !strings.HasPrefix(f, "#") && !unicode.IsSpace([]rune(f)[0]) {
		return f
	}
	return `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
}

// jsonEntry is one JSON Lines glossary record. Variants may be strings or
// {"form": "...", "count": N} objects, so that the output of
// `bitext names discover` can be imported as it is.
type jsonEntry struct {
	Canonical  string            `json:"canonical"`
	Kind       string            `json:"kind,omitempty"`
	Variants   []json.RawMessage `json:"variants"`
	Langs      []string          `json:"langs,omitempty"`
	Confidence *float64          `json:"confidence,omitempty"`
	Related    json.RawMessage   `json:"related,omitempty"` // of a discovered cluster: not imported
}

// maxGlossaryLine bounds a line of a TSV, CSV or JSON Lines glossary:
// a name, its variants and languages fill a few hundred bytes, and
// a place with hundreds of variants in many languages some ten KB.
const maxGlossaryLine = 1 << 20

func readJSONL(r io.Reader, o *Origins) ([]Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxGlossaryLine)
	var out []Entry
	index := map[string]int{}
	lines := 0 // read so far
	for line := 1; sc.Scan(); line++ {
		lines = line
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var je jsonEntry
		if err := json.Unmarshal(b, &je); err != nil {
			return nil, &ParseError{Line: line, Msg: jsonEntryErr(err, b)}
		}
		// encoding/json took the last value of a field given twice and
		// dropped the other without a word, as the server refuses.
		if name := textio.RepeatedKey(b); name != "" {
			return nil, &ParseError{Line: line, Msg: fmt.Sprintf("field %q given twice: give it once", name)}
		}
		var vs []string
		for _, raw := range je.Variants {
			var s string
			if err := json.Unmarshal(raw, &s); err == nil {
				vs = append(vs, s)
				continue
			}
			var f struct {
				Form string `json:"form"`
			}
			if err := json.Unmarshal(raw, &f); err != nil || f.Form == "" {
				return nil, &ParseError{Line: line, Msg: "a variant must be a string or {\"form\": ...}"}
			}
			vs = append(vs, f.Form)
		}
		// A discovered cluster lists its canonical among its variants.
		vs = slices.DeleteFunc(vs, func(v string) bool { return v == je.Canonical })
		if len(vs) == 0 && len(je.Related) > 0 {
			continue // a discovered name of one spelling with related forms: for review only
		}
		e, err := entryFromFields(strings.TrimSpace(je.Canonical), je.Kind, strings.Join(vs, variantSep), strings.Join(je.Langs, " "))
		if err != nil {
			return nil, &ParseError{Line: line, Msg: err.Error()}
		}
		o.note(e, line)
		out = addEntry(out, index, e)
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		// It said "bufio.Scanner: token too long" and exited 1 (trial33).
		return nil, &ParseError{Line: lines + 1, Msg: fmt.Sprintf("a line longer than %d MiB (not a JSON Lines glossary?)", maxGlossaryLine>>20)}
	} else if err != nil {
		return nil, err
	}
	return out, nil
}

// jsonEntryErr words the error of decoding a JSON Lines entry for the
// person who wrote the file: a value of the wrong type says which field
// wants what (not Go's "cannot unmarshal string into Go struct field
// jsonEntry.variants of type []json.RawMessage").
func jsonEntryErr(err error, line []byte) string {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		return "bad JSON: " + textio.JSONError(err, line)
	}
	field, _, _ := strings.Cut(te.Field, ".")
	want := map[string]string{
		"":           `an object {"canonical": ..., "variants": [...]}`,
		"canonical":  "a string",
		"kind":       "a string (person, org or place)",
		"variants":   "a list of strings",
		"langs":      `a list of BCP 47 tags ("en", "fr")`,
		"confidence": "a number",
	}[field]
	if field == "" {
		return fmt.Sprintf("bad entry: want %s, found a JSON %s", want, te.Value)
	}
	if want == "" {
		want = "another type"
	}
	return fmt.Sprintf("bad entry: %q must be %s, not a JSON %s", field, want, te.Value)
}

func writeJSONL(w io.Writer, entries []Entry) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, e := range entries {
		je := struct {
			Canonical string   `json:"canonical"`
			Kind      string   `json:"kind,omitempty"`
			Variants  []string `json:"variants"`
			Langs     []string `json:"langs,omitempty"`
		}{e.Canonical, string(e.Kind), e.Variants, langStrings(e.Langs)}
		if je.Variants == nil {
			je.Variants = []string{}
		}
		if err := enc.Encode(je); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// TBX: entries are concept entries; the canonical form is the term marked
// preferredTerm-admn-sts, variants are deprecatedTerm-admn-sts (rewritten),
// acronyms admittedTerm-admn-sts with termType acronym. The kind is a
// subjectField-free "bitext kind" note, and languages a note too, since TBX
// has no data category for either.

const tbxNS = "urn:iso:std:iso:30042:ed-2"

// tbxDialect holds the element names of one TBX version.
type tbxDialect struct {
	header, entry, lang, term, footer string
}

var (
	tbxV3 = tbxDialect{
		header: `<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="` + tbxNS + `">
  <tbxHeader>
    <fileDesc>
      <sourceDesc>
        <p>Name glossary exported by bitext</p>
      </sourceDesc>
    </fileDesc>
  </tbxHeader>
  <text>
    <body>
`,
		entry: "conceptEntry", lang: "langSec", term: "termSec",
		footer: "    </body>\n  </text>\n</tbx>\n",
	}
	tbxV2 = tbxDialect{
		header: `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader>
    <fileDesc>
      <sourceDesc>
        <p>Name glossary exported by bitext</p>
      </sourceDesc>
    </fileDesc>
  </martifHeader>
  <text>
    <body>
`,
		entry: "termEntry", lang: "langSet", term: "tig",
		footer: "    </body>\n  </text>\n</martif>\n",
	}
)

func writeTBX(w io.Writer, entries []Entry, d tbxDialect) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(d.header)
	esc := func(s string) string {
		var b bytes.Buffer
		xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	for i, e := range entries {
		fmt.Fprintf(bw, "      <%s id=\"c%d\">\n", d.entry, i+1)
		if e.Kind != KindOther {
			fmt.Fprintf(bw, "        <note>bitext-kind: %s</note>\n", esc(string(e.Kind)))
		}
		if len(e.Langs) > 0 {
			fmt.Fprintf(bw, "        <note>bitext-langs: %s</note>\n", esc(langsText(e.Langs)))
		}
		// Group terms by language, the canonical first.
		type term struct{ text, status, termType string }
		byLang := map[string][]term{}
		var order []string
		add := func(lang string, t term) {
			if _, ok := byLang[lang]; !ok {
				order = append(order, lang)
			}
			byLang[lang] = append(byLang[lang], t)
		}
		add(termLang(e.Canonical, e.Langs), term{e.Canonical, "preferredTerm-admn-sts", "fullForm"})
		for _, v := range e.Variants {
			if isAcronymOf(v, e.Canonical) {
				add(termLang(v, e.Langs), term{v, "admittedTerm-admn-sts", "acronym"})
			} else {
				add(termLang(v, e.Langs), term{v, "deprecatedTerm-admn-sts", "variant"})
			}
		}
		for _, lang := range order {
			fmt.Fprintf(bw, "        <%s xml:lang=\"%s\">\n", d.lang, esc(lang))
			for _, t := range byLang[lang] {
				fmt.Fprintf(bw, "          <%s>\n            <term>%s</term>\n", d.term, esc(t.text))
				fmt.Fprintf(bw, "            <termNote type=\"termType\">%s</termNote>\n", t.termType)
				fmt.Fprintf(bw, "            <termNote type=\"administrativeStatus\">%s</termNote>\n", t.status)
				fmt.Fprintf(bw, "          </%s>\n", d.term)
			}
			fmt.Fprintf(bw, "        </%s>\n", d.lang)
		}
		fmt.Fprintf(bw, "      </%s>\n", d.entry)
	}
	bw.WriteString(d.footer)
	return bw.Flush()
}

// termLang guesses the language of a term for TBX from its script: TBX
// requires one, and glossary variants carry none.
func termLang(s string, langs []language.Tag) string {
	for _, r := range s {
		switch {
		case isArabicScript(r):
			if strings.ContainsAny(s, "پچژگکی") {
				return "fa"
			}
			return "ar"
		case r >= 0x0400 && r <= 0x04FF:
			if strings.ContainsAny(s, "іїєґІЇЄҐ") {
				return "uk"
			}
			return "ru"
		case isHebrewScript(r):
			return "he"
		case r >= 0x0370 && r <= 0x03FF:
			return "el"
		}
	}
	if len(langs) > 0 {
		return langs[0].String()
	}
	return "en"
}

// readTBX reads TBX v3 (conceptEntry/langSec/termSec) and TBX 2 / martif
// (termEntry/langSet/tig, ntig/termGrp) files, TBX-Min among them: TBX v3's
// (<tbx type="TBX-Min">, its DCT style writing the status as an element,
// <min:administrativeStatus>) and the TBX-Min of 2013 (<TBX
// dialect="TBX-Min">: conceptEntry/langGroup/termGroup, <termStatus>).
// maxTBXTextRun bounds the text between two tags of a TBX file (a term
// is a few words): without a bound, a file with no markup at all
// (/dev/zero) was read whole into memory until it ran out.
const maxTBXTextRun = 1 << 20

func readTBX(r io.Reader, o *Origins) ([]Entry, error) {
	br := bufio.NewReaderSize(r, textio.HeadSize)
	if head, _ := br.Peek(textio.HeadSize); textio.Binary(head) != nil {
		// Random bytes named .tbx were refused with the bytes quoted.
		be := textio.Binary(head)
		return nil, &ParseError{Line: be.Line, Msg: be.What() + ", not a TBX file"}
	}
	src, err := xmlenc.NewReader(br)
	if err != nil {
		return nil, err
	}
	t := &tbxReader{dec: xml.NewDecoder(xmlenc.LimitTextRuns(src, maxTBXTextRun, " (not a TBX file?)")), index: map[string]int{}, origins: o}
	t.dec.CharsetReader = xmlenc.CharsetReader
	t.dec.Strict = true
	for {
		tok, err := t.dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, col := t.dec.InputPos()
			col = textio.LongLineColumn(col)
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return nil, &ParseError{Line: se.Line, Col: col, Msg: textio.XMLSyntaxMsg(se)} // TMX's and XLIFF's words
			}
			return nil, &ParseError{Line: line, Col: col, Msg: err.Error()} // not the XML's fault: a read error, a run of text too long
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			t.start(tok)
		case xml.CharData:
			if t.inTerm || t.inNote {
				t.text.Write(tok)
			}
		case xml.EndElement:
			if err := t.end(tok); err != nil {
				return nil, err
			}
		}
	}
	if !t.sawRoot {
		return nil, &ParseError{Line: 1, Msg: "not a TBX file (no <tbx>, <martif> or TBX-Min <TBX> root element)"}
	}
	return t.out, nil
}

// tbxReader is readTBX's state while it reads the elements in order: the
// entries so far, and the concept entry, language section and term being
// read.
type tbxReader struct {
	dec      *xml.Decoder
	out      []Entry
	index    map[string]int // see addEntry
	origins  *Origins       // where each spelling is given, or nil
	sawRoot  bool
	inEntry  bool
	entryAt  int       // the line of the concept entry, for its errors
	entryCol int       // its column on a long line (textio.LongLineColumn), else 0
	terms    []tbxTerm // the concept entry's
	kind     string    // its bitext-kind note
	langs    string    // its bitext-langs note
	lang     string    // the language section's
	cur      *tbxTerm  // the term being read, in terms
	text     strings.Builder
	inTerm   bool
	inNote   bool
	noteType string
}

// start reads an element's start tag: the root, where a concept entry,
// a language section, a term group, a term or a note begins.
func (t *tbxReader) start(e xml.StartElement) {
	switch e.Name.Local {
	case "tbx", "martif", "TBX":
		t.sawRoot = true
	case "conceptEntry", "termEntry":
		// Not the lines read: the decoder reads ahead.
		line, col := t.dec.InputPos()
		t.entryAt, t.entryCol = line, textio.LongLineColumn(col)
		t.inEntry, t.terms, t.kind, t.langs = true, nil, "", ""
	case "langSec", "langSet", "langGroup":
		t.lang = ""
		for _, a := range e.Attr {
			if a.Name.Local == "lang" {
				t.lang = strings.TrimSpace(a.Value)
			}
		}
	case "termSec", "tig", "ntig", "termGroup":
		if t.inEntry {
			t.terms = append(t.terms, tbxTerm{lang: t.lang})
			t.cur = &t.terms[len(t.terms)-1]
		}
	case "term":
		if t.cur != nil {
			t.inTerm = true
			t.text.Reset()
		}
	case "termNote", "note", "descrip":
		t.inNote = true
		t.noteType = ""
		for _, a := range e.Attr {
			if a.Name.Local == "type" {
				t.noteType = a.Value
			}
		}
		t.text.Reset()
	case "administrativeStatus", "termStatus": // an element in DCT style and TBX-Min
		t.inNote, t.noteType = true, "administrativeStatus"
		t.text.Reset()
	}
}

// end reads an element's end tag: a term's text, a note (a term's status,
// the entry's bitext-kind or bitext-langs), and the end of a concept entry,
// whose terms become entries (endEntry).
func (t *tbxReader) end(e xml.EndElement) error {
	switch e.Name.Local {
	case "term":
		if t.inTerm && t.cur != nil {
			t.cur.text = termText(t.text.String())
		}
		t.inTerm = false
	case "termNote", "note", "descrip", "administrativeStatus", "termStatus":
		v := strings.TrimSpace(t.text.String())
		switch {
		case (t.noteType == "administrativeStatus" || t.noteType == "normativeAuthorization") && t.cur != nil:
			t.cur.status = v
		case strings.HasPrefix(v, "bitext-kind:"):
			t.kind = strings.TrimSpace(strings.TrimPrefix(v, "bitext-kind:"))
		case strings.HasPrefix(v, "bitext-langs:"):
			t.langs = strings.TrimSpace(strings.TrimPrefix(v, "bitext-langs:"))
		}
		t.inNote = false
	case "langSec", "langSet", "langGroup":
		t.lang = ""
	case "termSec", "tig", "ntig", "termGroup":
		t.cur = nil
	case "conceptEntry", "termEntry":
		return t.endEntry()
	}
	return nil
}

// endEntry turns the terms of the concept entry just read into entries
// (see conceptEntries) and adds them.
func (t *tbxReader) endEntry() error {
	t.inEntry = false
	t.terms = slices.DeleteFunc(t.terms, func(term tbxTerm) bool { return term.text == "" })
	es, err := conceptEntries(t.terms, t.kind, t.langs)
	if err != nil {
		return &ParseError{Line: t.entryAt, Col: t.entryCol, Msg: err.Error()}
	}
	for _, e := range es {
		t.origins.note(e, t.entryAt)
		t.out = addEntry(t.out, t.index, e)
	}
	return nil
}

// A tbxTerm is one term of a TBX concept entry, with its language section's
// xml:lang and its administrativeStatus.
type tbxTerm struct{ text, lang, status string }

// termText returns the text of a TBX term as a glossary name: without
// white space at its ends, a run of white space with a line break or a tab
// in it (a term wrapped by the tool that wrote the file) as one space. Other
// runs stay as written ("A  B", a no-break space), as in the other formats:
// a name holds no control character, so a run with one is layout.
func termText(s string) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsFunc(s, unicode.IsControl) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		j, layout := i, false
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r) {
				break
			}
			layout = layout || unicode.IsControl(r)
			j += n
		}
		if layout {
			b.WriteByte(' ')
		} else {
			b.WriteString(s[i:j])
		}
		i = j
	}
	return b.String()
}

// heads reports whether t can be a canonical form of its language: a
// preferred term, or one whose status is not said. Admitted, deprecated,
// superseded and not-recommended terms are the variants of another.
func (t tbxTerm) heads() bool { return t.status == "" || t.preferred() }

// preferred reports whether t's status (administrativeStatus, or TBX 2's
// normativeAuthorization) makes it the term to use: preferredTerm-admn-sts
// as TBX-Basic writes it, preferredTerm or preferred as other tools do, or
// a standardized term.
func (t tbxTerm) preferred() bool {
	s := strings.ToLower(t.status)
	return strings.HasPrefix(s, "preferred") || strings.HasPrefix(s, "standardized")
}

// conceptEntries turns the terms of one TBX concept entry into glossary
// entries. The terms of a concept in different languages are translations
// of one another, not spellings to rewrite: when the language sections of
// several languages each have a term that can head them (see heads), each
// such language is an entry of its own, limited to that language, its
// preferred term the canonical form and its other terms variants; a
// language section without one (only deprecated or admitted terms) gives
// its terms, in that language, to the concept's first preferred term.
// Otherwise (one language heads, as in the files bitext writes, whose
// variants in other scripts are deprecated terms of their own languages)
// the concept is one entry: the first preferred term (else the first term)
// the canonical form, every other term a variant, in the languages of the
// bitext-langs note (else all).
func conceptEntries(terms []tbxTerm, kind, langs string) ([]Entry, error) {
	if len(terms) == 0 {
		return nil, nil
	}
	var order []string // the languages, as first met
	byLang := map[string][]tbxTerm{}
	for _, t := range terms {
		l := strings.ToLower(t.lang)
		if _, ok := byLang[l]; !ok {
			order = append(order, l)
		}
		byLang[l] = append(byLang[l], t)
	}
	canonOf := func(ts []tbxTerm) int {
		for i, t := range ts {
			if t.preferred() {
				return i
			}
		}
		for i, t := range ts {
			if t.heads() {
				return i
			}
		}
		return 0
	}
	heading := 0
	for _, l := range order {
		if slices.ContainsFunc(byLang[l], tbxTerm.heads) {
			heading++
		}
	}
	if heading < 2 || langs != "" {
		c := canonOf(terms)
		var vs []string
		for i, t := range terms {
			if i != c && t.text != terms[c].text {
				vs = append(vs, t.text)
			}
		}
		e, err := entryFromFields(terms[c].text, kind, strings.Join(vs, variantSep), langs)
		if err != nil {
			return nil, err
		}
		return []Entry{e}, nil
	}
	first := terms[canonOf(terms)].text
	var out []Entry
	index := map[string]int{}
	for _, l := range order {
		ts := byLang[l]
		canon, c := first, -1
		if slices.ContainsFunc(ts, tbxTerm.heads) {
			c = canonOf(ts)
			canon = ts[c].text
		}
		var vs []string
		for i, t := range ts {
			if i != c && t.text != canon {
				vs = append(vs, t.text)
			}
		}
		e, err := entryFromFields(canon, kind, strings.Join(vs, variantSep), ts[0].lang)
		if err != nil {
			return nil, err
		}
		out = addEntry(out, index, e)
	}
	return out, nil
}

// ReadEntriesAs reads a glossary file named name in format, one of the
// Format constants; with FormatAuto or "" the format is detected from the
// name, then from the first bytes (see [DetectFormat]). A text format
// must be UTF-8: a bad byte is a *textio.Error (whatever the parser made of
// the bytes before it). TBX is XML, in any encoding an XML file may have
// (UTF-16, as MultiTerm writes it, or one its declaration names). A
// *ParseError names the file.
func ReadEntriesAs(r io.Reader, name string, format Format) ([]Entry, error) {
	entries, _, err := ReadEntriesWithOrigins(r, name, format)
	return entries, err
}

// ReadEntriesWithOrigins is [ReadEntriesAs], and returns too where the file
// gives each spelling of its entries (see [Origins.Where]), to name the
// line of a conflict that storing the entries finds.
func ReadEntriesWithOrigins(r io.Reader, name string, format Format) ([]Entry, *Origins, error) {
	o := &Origins{name: name}
	br := bufio.NewReader(r)
	if format == FormatAuto || format == "" {
		head, _ := br.Peek(512)
		format = DetectFormat(name, head)
	}
	if format == FormatTSV || format == FormatCSV {
		head, _ := br.Peek(4096)
		if line := poLine(head); line > 0 {
			return nil, nil, &ParseError{Name: name, Line: line, Msg: "a PO file (gettext translations: msgid, msgstr), not a glossary: its translations go into the translation memory with bitext tm import"}
		}
	}
	var text *textio.Reader
	r = br
	if format != FormatTBX && format != FormatTBX2 {
		text = textio.NewReader(br, name)
		r = textio.LineBounded(text, name, maxGlossaryLine, "a glossary's line holds a name and its variants")
	}
	entries, err := readEntries(r, format, o)
	var pe *ParseError
	if text != nil && text.Err() != nil {
		return nil, nil, text.Err()
	} else if errors.As(err, &pe) {
		pe.Name = name
	}
	if err != nil {
		return nil, nil, err
	}
	return entries, o, nil
}

// poLine is the line of the first msgid or msgctxt of a gettext PO file
// head starts, after its comments and blank lines, or 0 if head is not
// one. Read as TSV such a file gave an entry a line (`msgid ""`,
// `msgstr "Bonjour"`).
func poLine(head []byte) int {
	for n, line := range strings.Split(string(head), "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(line, "\uFEFF"))
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, `msgid "`), strings.HasPrefix(line, `msgctxt "`):
			return n + 1
		}
		return 0
	}
	return 0
}

// Origins records where a glossary file gives each spelling of its
// entries: the line of the row (TSV, CSV, JSON Lines) or of the concept
// entry's element (TBX) that first gives it. A nil *Origins records
// nothing.
type Origins struct {
	name  string
	lines map[[2]string]int // {canonical, spelling} -> line
}

// note records line as the place of e's spellings not seen before.
func (o *Origins) note(e Entry, line int) {
	if o == nil {
		return
	}
	if o.lines == nil {
		o.lines = map[[2]string]int{}
	}
	for _, f := range append([]string{e.Canonical}, e.Variants...) {
		k := [2]string{e.Canonical, strings.TrimSpace(f)}
		if _, ok := o.lines[k]; !ok {
			o.lines[k] = line
		}
	}
}

// Where returns "NAME:LINE" for the spelling form of the entry canonical:
// where the file gives it, else where it gives the entry (a spelling the
// store had, checked again), else "".
func (o *Origins) Where(canonical, form string) string {
	if o == nil {
		return ""
	}
	line, ok := o.lines[[2]string{canonical, form}]
	if !ok {
		line, ok = o.lines[[2]string{canonical, canonical}]
	}
	if !ok {
		return ""
	}
	return fmt.Sprintf("%s:%d", o.name, line)
}

// Place returns err, having set, when it is or wraps a *ConflictError,
// the place of each of its conflicts in the file (ConflictError.Where,
// from [Origins.Where]): "glossary conflict: names.tsv:12: ...". (A
// wrapper that wrote its message when made, as fmt.Errorf does, keeps it.)
func (o *Origins) Place(err error) error {
	if ce, ok := errors.AsType[*ConflictError](err); ok {
		ce.Where = make([]string, len(ce.Conflicts))
		for i, c := range ce.Conflicts {
			ce.Where[i] = o.Where(c.Canonical, c.Form)
		}
	}
	return err
}
