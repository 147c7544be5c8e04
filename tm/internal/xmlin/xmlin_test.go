package xmlin

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// textOf reads doc to its end and returns its character data, or the
// first error.
func textOf(doc []byte, opt Options) (string, *Decoder, error) {
	d, err := NewDecoder(bytes.NewReader(doc), opt)
	if err != nil {
		return "", nil, err
	}
	var b strings.Builder
	for {
		t, err := d.Tok()
		if err == io.EOF {
			return b.String(), d, nil
		}
		if err != nil {
			return "", d, err
		}
		if c, ok := t.(xml.CharData); ok {
			b.Write(c)
		}
	}
}

func utf16(t *testing.T, e unicode.Endianness, bom unicode.BOMPolicy, s string) []byte {
	t.Helper()
	b, err := unicode.UTF16(e, bom).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestEncodings(t *testing.T) {
	const doc = `<?xml version="1.0" encoding="%s"?><a>Téhéran</a>`
	latin1 := []byte(fmt.Sprintf(doc, "ISO-8859-1"))
	latin1 = bytes.ReplaceAll(latin1, []byte("é"), []byte{0xE9})
	for _, tc := range []struct {
		name string
		doc  []byte
		opt  Options
		want string // text, or "" when the document is mojibake
	}{
		{"utf-8", []byte(fmt.Sprintf(doc, "UTF-8")), Options{}, "Téhéran"},
		{"utf-8 with bom", append([]byte{0xEF, 0xBB, 0xBF}, fmt.Sprintf(doc, "UTF-8")...), Options{}, "Téhéran"},
		{"utf-16le bom", utf16(t, unicode.LittleEndian, unicode.UseBOM, fmt.Sprintf(doc, "UTF-16")), Options{}, "Téhéran"},
		{"utf-16be bom", utf16(t, unicode.BigEndian, unicode.UseBOM, fmt.Sprintf(doc, "UTF-16")), Options{}, "Téhéran"},
		{"utf-16le no bom", utf16(t, unicode.LittleEndian, unicode.IgnoreBOM, fmt.Sprintf(doc, "UTF-16")), Options{}, "Téhéran"},
		{"utf-16be no bom", utf16(t, unicode.BigEndian, unicode.IgnoreBOM, fmt.Sprintf(doc, "UTF-16")), Options{}, "Téhéran"},
		{"latin-1", latin1, Options{}, "Téhéran"},
		{"latin-1 trusting utf-8", latin1, Options{TrustUTF8: true}, "Téhéran"},
		{"utf-8 declared latin-1", []byte(fmt.Sprintf(doc, "ISO-8859-1")), Options{}, "TÃ©hÃ©ran"},
		{"utf-8 declared latin-1, trusted", []byte(fmt.Sprintf(doc, "ISO-8859-1")), Options{TrustUTF8: true}, "Téhéran"},
	} {
		got, d, err := textOf(tc.doc, tc.opt)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got != tc.want {
			t.Errorf("%s: text %q; want %q", tc.name, got, tc.want)
		}
		lie := tc.opt.TrustUTF8 && strings.HasPrefix(tc.name, "utf-8 declared")
		if (d.ReadAsUTF8 != "") != lie {
			t.Errorf("%s: ReadAsUTF8 = %q; want it set: %v", tc.name, d.ReadAsUTF8, lie)
		}
	}
	_, _, err := textOf([]byte(fmt.Sprintf(doc, "x-no-such")), Options{})
	if err == nil || !strings.Contains(err.Error(), `unsupported encoding "x-no-such"`) {
		t.Errorf("unknown encoding: error %v; want one naming it", err)
	}
}

func TestTextRun(t *testing.T) {
	long := "<a>" + strings.Repeat("w", MaxTextRun+1) + "</a>"
	for _, hint := range []string{"", " (hint)"} {
		_, _, err := textOf([]byte(long), Options{TextRunHint: hint})
		want := "more than 1 MiB of text without markup" + hint
		if err == nil || !strings.HasSuffix(err.Error(), want) {
			t.Errorf("hint %q: error %v; want one ending %q", hint, err, want)
		}
	}
	// Runs up to the limit, cut by tags, read.
	ok := "<a>" + strings.Repeat(strings.Repeat("w", MaxTextRun/2)+"<b/>", 4) + "</a>"
	if got, _, err := textOf([]byte(ok), Options{}); err != nil || len(got) != 2*MaxTextRun {
		t.Errorf("runs of half the limit: %d bytes, %v; want %d bytes", len(got), err, 2*MaxTextRun)
	}
}

// myErr is an error type of a format, as NewError makes.
type myErr struct{ line int }

func (e *myErr) Error() string { return fmt.Sprintf("my error at line %d", e.line) }

func TestTokErrors(t *testing.T) {
	for _, tc := range []struct {
		doc  string
		line int
		msg  string
	}{
		{"<a>\n<b>\n</a>", 3, "not well-formed XML: </a> closes <b>"},
		{"<a/>\n</b>", 2, "not well-formed XML: unexpected </b>"},
		{"<a>\n<b>\ntext", 3, "unexpected end of file inside <b>"},
		{"<a>\n<b x=>", 2, "not well-formed XML: "},
	} {
		_, _, err := textOf([]byte(tc.doc), Options{})
		var e *Error
		if !errors.As(err, &e) || e.Line != tc.line || !strings.HasPrefix(e.Msg, tc.msg) {
			t.Errorf("%q: error %v; want line %d: %s", tc.doc, err, tc.line, tc.msg)
		}
	}
	// NewError makes every error, the syntax errors of the decoder too.
	newErr := func(line, _ int, msg string) error { return &myErr{line} }
	for _, doc := range []string{"<a></b>", "<a>", "<a x=>"} {
		_, _, err := textOf([]byte(doc), Options{NewError: newErr})
		if _, ok := err.(*myErr); !ok {
			t.Errorf("%q with NewError: error %v (%T); want a *myErr", doc, err, err)
		}
	}
}

func TestStackAndCopyText(t *testing.T) {
	d, err := NewDecoder(strings.NewReader(`<p:a><b>one</b><c>two</c></p:a>`), Options{CopyText: true})
	if err != nil {
		t.Fatal(err)
	}
	var texts []xml.CharData
	var depths []int
	for {
		tok, err := d.Tok()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if c, ok := tok.(xml.CharData); ok {
			texts = append(texts, c)
			depths = append(depths, len(d.Stack))
		}
		if s, ok := tok.(xml.StartElement); ok && s.Name.Local == "c" && !slices.Equal(d.Stack, []string{"p:a", "c"}) {
			t.Errorf("stack in <c> = %q; want [p:a c]", d.Stack)
		}
	}
	if len(texts) != 2 || string(texts[0]) != "one" || string(texts[1]) != "two" || !slices.Equal(depths, []int{2, 2}) {
		t.Errorf("copied texts %q at depths %v; want [one two] at [2 2]", texts, depths)
	}
}

func TestText(t *testing.T) {
	d, _ := NewDecoder(strings.NewReader(`<a><n>x &amp; y</n><n>z<b/></n></a>`), Options{})
	d.Tok() // <a>
	d.Tok() // <n>
	if s, err := d.Text("n"); s != "x & y" || err != nil {
		t.Errorf("Text = %q, %v; want %q", s, err, "x & y")
	}
	d.Tok() // <n>
	if _, err := d.Text("n"); err == nil || !strings.Contains(err.Error(), "unexpected <b> in <n>") {
		t.Errorf("Text over an element: error %v; want unexpected <b> in <n>", err)
	}
}

func TestHelpers(t *testing.T) {
	if got := Name(xml.Name{Space: "xml", Local: "lang"}); got != "xml:lang" {
		t.Errorf("Name = %q; want xml:lang", got)
	}
	attrs := []xml.Attr{{Name: xml.Name{Local: "lang"}, Value: "a"}, {Name: xml.Name{Space: "xml", Local: "lang"}, Value: "b"}}
	if Attr(attrs, "xml", "lang") != "b" || Attr(attrs, "", "lang") != "a" || Attr(attrs, "", "id") != "" {
		t.Error("Attr does not tell attributes apart by their prefix")
	}
	for _, tc := range []struct {
		tok  xml.Token
		want bool
	}{
		{xml.CharData(" \n\t"), true}, {xml.CharData(" x "), false}, {xml.Comment("c"), true},
		{xml.ProcInst{Target: "pi"}, true}, {xml.Directive("DOCTYPE"), true}, {xml.StartElement{}, false},
	} {
		if Ignorable(tc.tok) != tc.want {
			t.Errorf("Ignorable(%#v) = %v; want %v", tc.tok, !tc.want, tc.want)
		}
	}
	// All stops at io.EOF, and after the first error.
	vals := []int{1, 2, 3}
	var errAt3 = errors.New("bad")
	i := 0
	next := func() (int, error) {
		i++
		switch {
		case i == 3:
			return 0, errAt3
		case i > len(vals):
			return 0, io.EOF
		}
		return vals[i-1], nil
	}
	var got []int
	var gotErr error
	for v, err := range All(next) {
		got, gotErr = append(got, v), err
	}
	if !slices.Equal(got, []int{1, 2, 0}) || gotErr != errAt3 {
		t.Errorf("All yielded %v, last error %v; want [1 2 0] and the error", got, gotErr)
	}
	i = 10
	for range All(next) {
		t.Error("All yielded after io.EOF")
	}
}

func TestRoot(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{"<?xml version='1.0'?>\n<!-- c -->\n<tmx version='1.4'/>", ""},
		{"", "line 1: not a TMX document: no <tmx> element"},
		{"<?xml version='1.0'?>\ntext<tmx/>", "line 1: not a TMX document: text before the root element"},
		{"<?xml version='1.0'?>\n\n<html/>", "line 3: not a TMX document: root element is <html>, want <tmx>"},
	} {
		d, _ := NewDecoder(strings.NewReader(tc.doc), Options{})
		se, err := d.Root("a TMX document", "tmx", nil)
		switch {
		case tc.want == "" && (err != nil || Attr(se.Attr, "", "version") != "1.4"):
			t.Errorf("%q: Root = %v, %v; want <tmx version=1.4>", tc.doc, se, err)
		case tc.want != "" && (err == nil || err.Error() != tc.want):
			t.Errorf("%q: error %v; want %s", tc.doc, err, tc.want)
		}
	}
	// Directives before the root go to the callback, which may fail.
	doc := `<!DOCTYPE tmx [<!ENTITY a "b">]><tmx/>`
	var got []string
	d, _ := NewDecoder(strings.NewReader(doc), Options{})
	if _, err := d.Root("a TMX document", "tmx", func(dir xml.Directive) error {
		got = append(got, string(dir))
		return nil
	}); err != nil || len(got) != 1 || !strings.HasPrefix(got[0], "DOCTYPE tmx") {
		t.Errorf("directives seen %q, %v; want the DOCTYPE", got, err)
	}
	bad := errors.New("bad entity")
	d, _ = NewDecoder(strings.NewReader(doc), Options{})
	if _, err := d.Root("a TMX document", "tmx", func(xml.Directive) error { return bad }); err != bad {
		t.Errorf("a failing directive callback: error %v; want it returned", err)
	}
}
