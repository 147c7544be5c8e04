package po

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
)

// Error is a problem in a PO file, with the line where it is.
type Error struct {
	Line int
	Msg  string
}

// BadInput is true: the file is malformed at the line.
func (e *Error) BadInput() bool { return true }

func (e *Error) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// MaxLine is the longest line the reader takes (bytes).
const MaxLine = 16 << 20

// Entry is a PO entry: a message and its translation.
type Entry struct {
	// Line is the line of the entry's msgid.
	Line int
	// Context is the msgctxt; HasContext is true when the entry has one
	// (msgctxt "" is a context, the empty one).
	Context    string
	HasContext bool
	// ID is the msgid, IDPlural the msgid_plural ("" when none).
	ID, IDPlural string
	// Str are the translations: msgstr alone, or msgstr[0], msgstr[1], ...
	// of a plural entry (one a plural form, in the order of their index).
	Str []string
	// Plural is true when the entry has msgid_plural (and msgstr[n]).
	Plural bool
	// Comments are the translator comments ("# text"), Extracted the
	// comments for translators that the programmer wrote ("#. text"),
	// References the source references ("#: file.c:12", one a word),
	// Flags the flags ("#, fuzzy, c-format": "fuzzy", "c-format").
	Comments, Extracted, References, Flags []string
	// PrevContext, PrevID and PrevIDPlural are the previous msgctxt,
	// msgid and msgid_plural ("#| msgid ...") of a fuzzy entry.
	PrevContext, PrevID, PrevIDPlural string
}

// Fuzzy reports whether the entry has the fuzzy flag: a translation
// nobody confirmed (msgmerge's guess, or a translator's draft).
func (e *Entry) Fuzzy() bool {
	for _, f := range e.Flags {
		if f == "fuzzy" {
			return true
		}
	}
	return false
}

// Translated reports whether every msgstr of the entry has text.
func (e *Entry) Translated() bool {
	if len(e.Str) == 0 {
		return false
	}
	for _, s := range e.Str {
		if s == "" {
			return false
		}
	}
	return true
}

// Header is the header entry of a PO file (msgid ""): its msgstr, read
// as "Name: value" lines.
type Header struct {
	// Line is the line of the header's msgid, 0 when the file has none.
	Line int
	// Fields are the header's fields in order, as [name, value].
	Fields [][2]string
	// Language is the Language field ("de", "pt_BR"), "" if none.
	Language string
	// Charset is the charset of the Content-Type field as written ("UTF-8",
	// "ISO-8859-1"), "" if none; "CHARSET" (a template's) is read as UTF-8.
	Charset string
	// PluralForms is the Plural-Forms field ("nplurals=2; plural=(n != 1);").
	PluralForms string
	// Entry is the header entry itself (its comments and flags).
	Entry Entry
}

// Get returns the value of the header field named name (case-insensitive), or "".
func (h *Header) Get(name string) string {
	for _, f := range h.Fields {
		if strings.EqualFold(f[0], name) {
			return f[1]
		}
	}
	return ""
}

// Reader reads the entries of a PO file.
type Reader struct {
	br       *bufio.Reader
	line     int
	pushback []byte // a line read and not yet used
	pushed   bool
	eof      bool
	header   Header
	first    *Entry // the first entry, read with the header
	dec      *encoding.Decoder
	obsolete int
	// badLine is the first line of the entry being read that is not
	// UTF-8, 0 if none: decode's error names it, not the entry's first
	// line (a msgstr's Latin-1 letter on line 2 was "line 1").
	badLine int
}

// NewReader returns a Reader of r, having read its header entry, if it has
// one: a charset it cannot convert, or a malformed first entry, is an *Error.
func NewReader(r io.Reader) (*Reader, error) {
	pr := &Reader{br: bufio.NewReaderSize(r, 64<<10)}
	e, err := pr.readEntry()
	if err == io.EOF {
		return pr, nil
	}
	if err != nil {
		return nil, err
	}
	if e.ID != "" || e.HasContext || e.Plural {
		if err := pr.decode(&e); err != nil {
			return nil, err
		}
		pr.first = &e
		return pr, nil
	}
	h := parseHeader(e)
	switch cs := strings.ToLower(h.Charset); cs {
	case "", "charset", "utf-8", "utf8", "us-ascii", "ascii":
	default:
		enc, err := htmlindex.Get(cs)
		if err != nil {
			return nil, &Error{Line: e.Line, Msg: fmt.Sprintf("charset %q of the Content-Type header is not one bitext can convert: convert the file to UTF-8 first (msgconv -t UTF-8)", h.Charset)}
		}
		if n, _ := htmlindex.Name(enc); n != "utf-8" {
			pr.dec = enc.NewDecoder()
		}
	}
	pr.header = h
	if err := pr.decode(&pr.header.Entry); err != nil {
		return nil, err
	}
	return pr, nil
}

// parseHeader reads the header entry e (msgid ""): its msgstr as "Name:
// value" lines, and the fields Header names.
func parseHeader(e Entry) Header {
	h := Header{Line: e.Line, Entry: e}
	msg := ""
	if len(e.Str) > 0 {
		msg = e.Str[0]
	}
	for line := range strings.Lines(msg) {
		name, value, ok := strings.Cut(strings.TrimRight(line, "\n"), ":")
		if !ok {
			continue
		}
		h.Fields = append(h.Fields, [2]string{strings.TrimSpace(name), strings.TrimSpace(value)})
	}
	h.Language = h.Get("Language")
	h.PluralForms = h.Get("Plural-Forms")
	if ct := h.Get("Content-Type"); ct != "" {
		if i := indexFold(ct, "charset="); i >= 0 {
			cs, _, _ := strings.Cut(ct[i+len("charset="):], ";")
			h.Charset = strings.TrimSpace(cs)
		}
	}
	return h
}

// indexFold is the index of sub (lower-case ASCII) in s, ASCII letters of
// s compared regardless of case, or -1.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && lowerASCII(s[i+j]) == sub[j] {
			j++
		}
		if j == len(sub) {
			return i
		}
	}
	return -1
}

// lowerASCII is c with A-Z lowered (only letters: a fold by |0x20 would
// read the control byte 0x1D as '=').
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Header returns the header entry's fields (the zero Header when the file
// has none).
func (r *Reader) Header() Header { return r.header }

// Obsolete returns the number of obsolete entries ("#~ msgid") read so far.
func (r *Reader) Obsolete() int { return r.obsolete }

// Next returns the next entry, io.EOF at the end of the file, or an *Error.
func (r *Reader) Next() (Entry, error) {
	if r.first != nil {
		e := *r.first
		r.first = nil
		return e, nil
	}
	e, err := r.readEntry()
	if err != nil {
		return Entry{}, err
	}
	if err := r.decode(&e); err != nil {
		return Entry{}, err
	}
	return e, nil
}

// All iterates over the entries (after the header); the sequence ends
// with the first error.
func (r *Reader) All() iter.Seq2[Entry, error] {
	return func(yield func(Entry, error) bool) {
		for {
			e, err := r.Next()
			if err == io.EOF {
				return
			}
			if !yield(e, err) || err != nil {
				return
			}
		}
	}
}

// readLine returns the next line without its line end, io.EOF at the end.
func (r *Reader) readLine() ([]byte, error) {
	if r.pushed {
		r.pushed = false
		r.line++
		r.noteUTF8(r.pushback)
		return r.pushback, nil
	}
	if r.eof {
		return nil, io.EOF
	}
	var buf []byte
	for {
		chunk, err := r.br.ReadSlice('\n')
		buf = append(buf, chunk...)
		if len(buf) > MaxLine {
			return nil, &Error{Line: r.line + 1, Msg: fmt.Sprintf("a line longer than %d MiB (not a PO file?)", MaxLine>>20)}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			r.eof = true
			if len(buf) == 0 {
				return nil, io.EOF
			}
		} else if err != nil {
			return nil, err
		}
		break
	}
	r.line++
	buf = bytes.TrimSuffix(buf, []byte("\n"))
	buf = bytes.TrimSuffix(buf, []byte("\r"))
	if r.line == 1 {
		buf = bytes.TrimPrefix(buf, []byte("\ufeff"))
	}
	if bytes.IndexByte(buf, 0) >= 0 {
		return nil, &Error{Line: r.line, Msg: "a NUL byte (a binary file, not PO?)"}
	}
	r.noteUTF8(buf)
	return buf, nil
}

// noteUTF8 notes the line just read as the entry's first that is not
// UTF-8 (badLine), if it is one.
func (r *Reader) noteUTF8(line []byte) {
	if r.badLine == 0 && !utf8.Valid(line) {
		r.badLine = r.line
	}
}

// unread gives the line back, to be read again.
func (r *Reader) unread(line []byte) {
	r.pushback, r.pushed = line, true
	r.line--
}

// field is which string a continuation line adds to.
type field int

const (
	fNone field = iota
	fCtx
	fID
	fPlural
	fStr
	fPrevCtx
	fPrevID
	fPrevPlural
)

// entryState is an entry as readEntry reads it: what it holds so far and
// which of its strings a continuation line ("...") adds to.
type entryState struct {
	e               Entry
	cur             field // the string a continuation line adds to
	strIdx          int   // with cur == fStr: which msgstr
	seenID, seenStr bool
	// The string continuation lines are adding to (nil: none) and its
	// text so far: joined once at the end (flush), not copied again at
	// each line, which made a string of n lines cost n² bytes.
	growing *string
	grown   strings.Builder
}

// add appends v to the string p points at, through grown.
func (st *entryState) add(p *string, v string) {
	if st.growing != p {
		st.flush()
		st.growing = p
		st.grown.WriteString(*p)
	}
	st.grown.WriteString(v)
}

// flush stores the string add was growing; it runs before any other
// write of the entry's strings and before the entry is returned.
func (st *entryState) flush() {
	if st.growing != nil {
		*st.growing = st.grown.String()
		st.growing = nil
		st.grown = strings.Builder{}
	}
}

// started reports whether a line of the entry other than a comment was
// read: a comment or a blank line may no longer come before its msgstr.
func (st *entryState) started() bool { return st.seenID || st.e.HasContext }

// target is the string of the entry that f names.
func (st *entryState) target(f field) *string {
	switch f {
	case fCtx:
		return &st.e.Context
	case fID:
		return &st.e.ID
	case fPlural:
		return &st.e.IDPlural
	case fStr:
		return &st.e.Str[st.strIdx]
	case fPrevCtx:
		return &st.e.PrevContext
	case fPrevID:
		return &st.e.PrevID
	case fPrevPlural:
		return &st.e.PrevIDPlural
	}
	return nil
}

// finish returns the entry read, or the error of an entry left
// incomplete; line is the reader's line.
func (st *entryState) finish(line int) (Entry, error) {
	st.flush()
	e := st.e
	if !st.seenID {
		return e, &Error{Line: line, Msg: "an entry without msgid"}
	}
	if !st.seenStr {
		return e, &Error{Line: e.Line, Msg: "msgid without msgstr"}
	}
	if e.Plural && len(e.Str) == 0 {
		return e, &Error{Line: e.Line, Msg: "msgid_plural without msgstr[0]"}
	}
	return e, nil
}

// readEntry reads the next entry, its strings as written in the file
// (decode converts them), skipping obsolete ones; io.EOF when none is left.
func (r *Reader) readEntry() (Entry, error) {
	var st entryState
	r.badLine = 0
	for {
		line, err := r.readLine()
		if err == io.EOF {
			if st.seenID || st.seenStr || st.e.HasContext {
				return st.finish(r.line)
			}
			return Entry{}, io.EOF
		}
		if err != nil {
			return Entry{}, err
		}
		end, err := r.entryLine(&st, line)
		if err != nil {
			return st.e, err
		}
		if end {
			return st.finish(r.line)
		}
	}
}

// entryLine reads a line of the entry st and reports whether the entry
// ends there: at a blank line after its msgstr, or before a comment or a
// msgctxt or msgid after it (the line is unread, the next entry's).
func (r *Reader) entryLine(st *entryState, line []byte) (end bool, err error) {
	s := string(bytes.TrimLeft(line, " \t"))
	switch {
	case strings.TrimSpace(s) == "":
		if st.seenStr {
			return true, nil
		}
		if st.started() {
			return false, &Error{Line: r.line, Msg: "a blank line inside an entry (msgid without msgstr?)"}
		}
		st.cur = fNone
		return false, nil
	case strings.HasPrefix(s, "#"):
		if st.seenStr {
			r.unread(line)
			return true, nil
		}
		return false, r.comment(st, s)
	case strings.HasPrefix(s, `"`):
		return false, r.continued(st, s)
	}
	kw, rest := keyword(s)
	if kw == "" {
		return false, &Error{Line: r.line, Msg: fmt.Sprintf("want msgctxt, msgid, msgstr or a comment, found %s", clip(s))}
	}
	if (kw == "msgctxt" || kw == "msgid") && st.seenStr {
		r.unread(line)
		return true, nil
	}
	v, err := r.unquote(rest)
	if err != nil {
		return false, err
	}
	st.flush()
	return false, r.setKeyword(st, kw, v)
}

// comment reads a comment line s of the entry st: a line of an obsolete
// entry ("#~", counted by its msgid and skipped), a previous string of a
// fuzzy entry ("#|", previous) or a comment the entry keeps.
func (r *Reader) comment(st *entryState, s string) error {
	if strings.HasPrefix(s, "#~") {
		if strings.HasPrefix(strings.TrimLeft(s[2:], " \t"), "msgid ") {
			r.obsolete++
		}
		st.cur = fNone
		return nil
	}
	if st.started() {
		return &Error{Line: r.line, Msg: "a comment inside an entry (msgid without msgstr?)"}
	}
	if strings.HasPrefix(s, "#|") {
		return r.previous(st, s)
	}
	st.cur = fNone
	addComment(&st.e, s)
	return nil
}

// continued reads a line s that is only a quoted string: more of the
// msgctxt, msgid or msgstr before it.
func (r *Reader) continued(st *entryState, s string) error {
	if st.cur == fNone || st.cur >= fPrevCtx {
		return &Error{Line: r.line, Msg: "a string outside msgctxt, msgid or msgstr"}
	}
	v, err := r.unquote(s)
	if err != nil {
		return err
	}
	st.add(st.target(st.cur), v)
	return nil
}

// previous reads a "#|" line s of a fuzzy entry: a previous msgctxt,
// msgid or msgid_plural, or a string continuing the one before. Other
// "#|" lines are comments, kept out.
func (r *Reader) previous(st *entryState, s string) error {
	kw, rest := keyword(strings.TrimLeft(s[2:], " \t"))
	var f field
	switch kw {
	case "msgctxt":
		f = fPrevCtx
	case "msgid":
		f = fPrevID
	case "msgid_plural":
		f = fPrevPlural
	case "":
		if st.cur < fPrevCtx || !strings.HasPrefix(rest, `"`) {
			return nil // a comment that is not a previous string: kept out
		}
		f = st.cur
	default:
		return nil
	}
	v, err := r.unquote(rest)
	if err != nil {
		return err
	}
	st.add(st.target(f), v)
	st.cur = f
	return nil
}

// addComment adds the comment line s ("#," flags, "#." extracted, "#:"
// references, other "#" translator comments) to e.
func addComment(e *Entry, s string) {
	switch {
	case strings.HasPrefix(s, "#,"):
		for _, f := range strings.Split(s[2:], ",") {
			if f = strings.TrimSpace(f); f != "" {
				e.Flags = append(e.Flags, f)
			}
		}
	case strings.HasPrefix(s, "#."):
		e.Extracted = append(e.Extracted, strings.TrimPrefix(s[2:], " "))
	case strings.HasPrefix(s, "#:"):
		e.References = append(e.References, strings.Fields(s[2:])...)
	default:
		e.Comments = append(e.Comments, strings.TrimPrefix(s[1:], " "))
	}
}

// setKeyword takes the line of keyword kw (msgctxt, msgid, msgid_plural,
// msgstr or msgstr[n]) whose string is v, checking that it may come where
// it does.
func (r *Reader) setKeyword(st *entryState, kw, v string) error {
	e := &st.e
	switch {
	case kw == "msgctxt":
		if st.started() {
			return &Error{Line: r.line, Msg: "msgctxt after msgctxt or msgid"}
		}
		e.Context, e.HasContext, st.cur = v, true, fCtx
	case kw == "msgid":
		if st.seenID {
			return &Error{Line: r.line, Msg: "a second msgid before msgstr"}
		}
		e.ID, e.Line, st.seenID, st.cur = v, r.line, true, fID
	case kw == "msgid_plural":
		if !st.seenID || e.Plural || st.seenStr {
			return &Error{Line: r.line, Msg: "msgid_plural not right after msgid"}
		}
		e.IDPlural, e.Plural, st.cur = v, true, fPlural
	case kw == "msgstr":
		if !st.seenID {
			return &Error{Line: r.line, Msg: "msgstr without msgid"}
		}
		if e.Plural {
			return &Error{Line: r.line, Msg: "msgstr without [index] after msgid_plural"}
		}
		if st.seenStr {
			return &Error{Line: r.line, Msg: "a second msgstr"}
		}
		e.Str, st.seenStr, st.cur, st.strIdx = []string{v}, true, fStr, 0
	default: // msgstr[n]
		n, err := strconv.Atoi(kw[len("msgstr[") : len(kw)-1])
		if !st.seenID {
			return &Error{Line: r.line, Msg: kw + " without msgid"}
		}
		if !e.Plural {
			return &Error{Line: r.line, Msg: kw + " without msgid_plural"}
		}
		if err != nil || n != len(e.Str) {
			return &Error{Line: r.line, Msg: fmt.Sprintf("%s: want msgstr[%d]", kw, len(e.Str))}
		}
		e.Str = append(e.Str, v)
		st.seenStr, st.cur, st.strIdx = true, fStr, n
	}
	return nil
}

// keyword splits a line into its keyword (msgctxt, msgid, msgid_plural,
// msgstr, msgstr[N]) and the rest; kw is "" when it starts with none.
func keyword(s string) (kw, rest string) {
	i := strings.IndexAny(s, " \t\"")
	if i < 0 {
		return "", s
	}
	kw, rest = s[:i], strings.TrimLeft(s[i:], " \t")
	switch {
	case kw == "msgctxt", kw == "msgid", kw == "msgid_plural", kw == "msgstr":
	case strings.HasPrefix(kw, "msgstr[") && strings.HasSuffix(kw, "]") && len(kw) > len("msgstr[]"):
	default:
		return "", s
	}
	return kw, rest
}

// clip quotes the start of s for an error message.
func clip(s string) string {
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return strconv.Quote(s)
}

// unquote reads a C string, "..." and nothing after it but blanks or a
// comment, as the bytes it stands for (decode converts them).
func (r *Reader) unquote(s string) (string, error) {
	s = strings.TrimRight(s, " \t")
	if !strings.HasPrefix(s, `"`) {
		return "", &Error{Line: r.line, Msg: fmt.Sprintf("want a string in double quotes, found %s", clip(s))}
	}
	var b []byte
	i := 1
	for {
		if i >= len(s) {
			return "", &Error{Line: r.line, Msg: "a string without its closing quote"}
		}
		c := s[i]
		switch c {
		case '"':
			if tail := strings.TrimSpace(s[i+1:]); tail != "" && !strings.HasPrefix(tail, "#") {
				return "", &Error{Line: r.line, Msg: fmt.Sprintf("text after the closing quote: %s", clip(tail))}
			}
			return string(b), nil
		case '\\':
			i++
			if i >= len(s) {
				return "", &Error{Line: r.line, Msg: "a string ending in a backslash"}
			}
			switch c := s[i]; c {
			case 'n':
				b = append(b, '\n')
			case 't':
				b = append(b, '\t')
			case 'r':
				b = append(b, '\r')
			case 'a':
				b = append(b, '\a')
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'v':
				b = append(b, '\v')
			case '"', '\\', '\'', '?':
				b = append(b, c)
			case '0', '1', '2', '3', '4', '5', '6', '7':
				v, j := 0, i
				for j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7' {
					v = v*8 + int(s[j]-'0')
					j++
				}
				if v > 0xff {
					return "", &Error{Line: r.line, Msg: fmt.Sprintf("octal escape \\%s above \\377", s[i:j])}
				}
				b = append(b, byte(v))
				i = j - 1
			case 'x':
				v, j := 0, i+1
				for j < len(s) && isHex(s[j]) {
					v = v*16 + hexVal(s[j])
					if v > 0xff {
						return "", &Error{Line: r.line, Msg: "a hexadecimal escape above \\xff"}
					}
					j++
				}
				if j == i+1 {
					return "", &Error{Line: r.line, Msg: `\x without hexadecimal digits`}
				}
				b = append(b, byte(v))
				i = j - 1
			default:
				return "", &Error{Line: r.line, Msg: fmt.Sprintf("unknown escape \\%c", c)}
			}
		default:
			b = append(b, c)
		}
		i++
	}
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func hexVal(c byte) int {
	switch {
	case c >= 'a':
		return int(c-'a') + 10
	case c >= 'A':
		return int(c-'A') + 10
	}
	return int(c - '0')
}

// errBadUTF8 is the message for text that is not UTF-8.
var errBadUTF8 = errors.New("invalid UTF-8 (the header's charset is UTF-8, or none)")

// decode converts the entry's strings from the file's charset to UTF-8,
// or checks that they are UTF-8.
func (r *Reader) decode(e *Entry) error {
	conv := func(s *string) error {
		if r.dec == nil {
			if !utf8.ValidString(*s) {
				line := e.Line
				if r.badLine > line { // else an escape (\xe9) made it
					line = r.badLine
				}
				return &Error{Line: line, Msg: errBadUTF8.Error()}
			}
			return nil
		}
		d, err := r.dec.String(*s)
		if err != nil {
			return &Error{Line: e.Line, Msg: fmt.Sprintf("text not in the header's charset %s: %v", r.header.Charset, err)}
		}
		*s = d
		return nil
	}
	for _, s := range []*string{&e.Context, &e.ID, &e.IDPlural, &e.PrevContext, &e.PrevID, &e.PrevIDPlural} {
		if err := conv(s); err != nil {
			return err
		}
	}
	for _, l := range [][]string{e.Str, e.Comments, e.Extracted, e.References, e.Flags} {
		for i := range l {
			if err := conv(&l[i]); err != nil {
				return err
			}
		}
	}
	return nil
}
