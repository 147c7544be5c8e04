package po

import (
	"errors"
	"io"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

func readAll(t *testing.T, src string) (*Reader, []Entry) {
	t.Helper()
	r, err := NewReader(strings.NewReader(src))
	if err != nil {
		t.Fatalf("NewReader: %v", err)
	}
	var es []Entry
	for e, err := range r.All() {
		if err != nil {
			t.Fatalf("All: %v", err)
		}
		es = append(es, e)
	}
	return r, es
}

const sample = "\ufeff# Translation of demo.\r\n" +
	"msgid \"\"\r\n" +
	"msgstr \"\"\r\n" +
	"\"Project-Id-Version: demo 1.0\\n\"\r\n" +
	"\"Language: de\\n\"\r\n" +
	"\"Content-Type: text/plain; charset=UTF-8\\n\"\r\n" +
	"\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\r\n" +
	"\r\n" +
	"# A translator's note\r\n" +
	"#. TRANSLATORS: the menu entry\r\n" +
	"#: src/menu.c:12 src/menu.c:40\r\n" +
	"#, c-format\r\n" +
	"msgctxt \"menu\"\r\n" +
	"msgid \"Open %s\"\r\n" +
	"msgstr \"%s öffnen\"\r\n" +
	"\r\n" +
	"#, fuzzy\r\n" +
	"#| msgid \"Close\"\r\n" +
	"msgid \"Close all\"\r\n" +
	"msgstr \"Alle schließen\"\r\n" +
	"msgid \"\"\r\n" +
	"\"Line one\\n\"\r\n" +
	"\"Tab\\there \\\"quoted\\\" back\\\\slash \\101\\x42\"\r\n" +
	"msgstr \"\"\r\n" +
	"\r\n" +
	"msgid \"%d file\"\r\n" +
	"msgid_plural \"%d files\"\r\n" +
	"msgstr[0] \"%d Datei\"\r\n" +
	"msgstr[1] \"%d Dateien\"\r\n" +
	"\r\n" +
	"#~ msgid \"Old\"\r\n" +
	"#~ msgstr \"Alt\"\r\n"

func TestRead(t *testing.T) {
	r, es := readAll(t, sample)
	h := r.Header()
	if h.Language != "de" || h.Charset != "UTF-8" || h.PluralForms != "nplurals=2; plural=(n != 1);" || h.Get("project-id-version") != "demo 1.0" {
		t.Errorf("header = %+v", h)
	}
	if h.Line != 2 || len(h.Entry.Comments) != 1 {
		t.Errorf("header line %d, comments %q", h.Line, h.Entry.Comments)
	}
	want := []Entry{
		{Line: 14, Context: "menu", HasContext: true, ID: "Open %s", Str: []string{"%s öffnen"},
			Comments: []string{"A translator's note"}, Extracted: []string{"TRANSLATORS: the menu entry"},
			References: []string{"src/menu.c:12", "src/menu.c:40"}, Flags: []string{"c-format"}},
		{Line: 19, ID: "Close all", Str: []string{"Alle schließen"}, Flags: []string{"fuzzy"}, PrevID: "Close"},
		{Line: 21, ID: "Line one\nTab\there \"quoted\" back\\slash AB", Str: []string{""}},
		{Line: 26, ID: "%d file", IDPlural: "%d files", Plural: true, Str: []string{"%d Datei", "%d Dateien"}},
	}
	if !reflect.DeepEqual(es, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", es, want)
	}
	if r.Obsolete() != 1 {
		t.Errorf("Obsolete = %d, want 1", r.Obsolete())
	}
	if !es[1].Fuzzy() || es[0].Fuzzy() || es[2].Translated() || !es[3].Translated() {
		t.Error("Fuzzy or Translated wrong")
	}
}

func TestNoHeader(t *testing.T) {
	r, es := readAll(t, "msgid \"a\"\nmsgstr \"b\"\nmsgid \"c\"\nmsgstr \"d\"\n")
	if r.Header().Line != 0 || len(es) != 2 || es[1].ID != "c" || es[1].Str[0] != "d" {
		t.Errorf("header %+v, entries %+v", r.Header(), es)
	}
	// A context with an empty msgid is not the header.
	_, es = readAll(t, "msgctxt \"x\"\nmsgid \"\"\nmsgstr \"y\"\n")
	if len(es) != 1 || es[0].Context != "x" {
		t.Errorf("entries %+v", es)
	}
	_, es = readAll(t, "")
	if len(es) != 0 {
		t.Errorf("empty file: %+v", es)
	}
}

func TestCharset(t *testing.T) {
	src := "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\nmsgid \"Fish\"\nmsgstr \"Fisch f\xfcr dich\"\n"
	_, es := readAll(t, src)
	if len(es) != 1 || es[0].Str[0] != "Fisch für dich" {
		t.Errorf("entries %+v", es)
	}
	_, err := NewReader(strings.NewReader("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=X-NOPE\\n\"\n"))
	var pe *Error
	if !errors.As(err, &pe) || pe.Line != 1 || !strings.Contains(pe.Msg, "X-NOPE") {
		t.Errorf("unknown charset: %v", err)
	}
}

func TestMalformed(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"msgid \"a\nmsgstr \"b\"\n", "line 1: a string without its closing quote"},
		{"msgid \"a\"\n", "line 1: msgid without msgstr"},
		{"msgstr \"b\"\n", "line 1: msgstr without msgid"},
		{"msgid \"a\"\nmsgstr \"b\"\nfoo \"c\"\n", "line 3: want msgctxt, msgid, msgstr or a comment"},
		{"msgid \"a\"\nmsgstr[0] \"b\"\n", "line 2: msgstr[0] without msgid_plural"},
		{"msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[1] \"b\"\n", "line 3: msgstr[1]: want msgstr[0]"},
		{"msgid \"a\\q\"\nmsgstr \"b\"\n", "line 1: unknown escape \\q"},
		{"msgid \"a\" x\nmsgstr \"b\"\n", "line 1: text after the closing quote"},
		// The line of the byte, not the entry's first (it said line 1).
		{"msgid \"a\"\nmsgstr \"\xff\"\n", "line 2: invalid UTF-8"},
		{"msgid \"a\"\nmsgstr \"\"\n\"ok \"\n\"caf\xe9\"\n", "line 4: invalid UTF-8"},
		{"msgid \"a\"\nmsgstr \"\\xff\"\n", "line 1: invalid UTF-8"}, // an escape's byte: the entry's line
		{"msgid \"a\"\n\nmsgstr \"b\"\n", "line 2: a blank line inside an entry"},
		{"\"a\"\n", "line 1: a string outside msgctxt, msgid or msgstr"},
		{"msgid \"a\"\nmsgstr \"b\"\nmsgstr \"c\"\n", "line 3: a second msgstr"},
	} {
		_, err := func() (Entry, error) {
			r, err := NewReader(strings.NewReader("msgid \"\"\nmsgstr \"\"\n\n" + c.src))
			if err != nil {
				return Entry{}, err
			}
			for {
				e, err := r.Next()
				if err != nil {
					return e, err
				}
			}
		}()
		var pe *Error
		if !errors.As(err, &pe) {
			t.Errorf("%q: err = %v, want an *Error", c.src, err)
			continue
		}
		pe.Line -= 3
		if !strings.HasPrefix(pe.Error(), c.want) {
			t.Errorf("%q: err = %v, want %s", c.src, pe, c.want)
		}
	}
}

func TestEOF(t *testing.T) {
	r, _ := readAll(t, "msgid \"a\"\nmsgstr \"b\"")
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("Next after the end = %v", err)
	}
}

// TestIndexFold: "charset=" is found whatever the case of its letters,
// and only there: a control byte 0x1D is not an '='.
func TestIndexFold(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"text/plain; charset=UTF-8", 12},
		{"text/plain; CharSet=UTF-8", 12},
		{"text/plain; charset\x1dUTF-8", -1},
		{"text/plain", -1},
	} {
		if got := indexFold(c.s, "charset="); got != c.want {
			t.Errorf("indexFold(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestLongContinuedString: a string written on many continuation lines
// (a whole document as one msgid, as po4a and txt2po can make) is joined
// once, not copied again at each line: this entry (1.5 MB, three strings
// of 20,000 lines) allocated 12 GB and took 8 s when each line was added
// to the string so far.
func TestLongContinuedString(t *testing.T) {
	const n = 20000
	line := "\"A sentence, \\\"quoted\\\".\"\n"
	var b strings.Builder
	b.WriteString("#| msgid \"old\"\n")
	for range n {
		b.WriteString("#| " + line)
	}
	b.WriteString("msgid \"\"\n")
	for range n {
		b.WriteString(line)
	}
	b.WriteString("msgstr \"x\"\n")
	for range n {
		b.WriteString(line)
	}
	src := b.String()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, es := readAll(t, src)
	runtime.ReadMemStats(&after)
	want := strings.Repeat(`A sentence, "quoted".`, n)
	if len(es) != 1 || es[0].ID != want || es[0].Str[0] != "x"+want || es[0].PrevID != "old"+want {
		t.Fatalf("read %d entries; want one with the %d lines joined", len(es), n)
	}
	if mb := (after.TotalAlloc - before.TotalAlloc) >> 20; mb > 64 {
		t.Errorf("reading a %d KiB entry allocated %d MiB", len(src)>>10, mb)
	}
}
