package tmx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm/internal/xmlin"
)

const samples = "testdata"

func readAll(t *testing.T, data []byte, repair bool) (Header, []TU, error) {
	t.Helper()
	r, err := NewReader(bytes.NewReader(data))
	if err != nil {
		return Header{}, nil, err
	}
	r.Repair = repair
	var tus []TU
	for tu, err := range r.All() {
		if err != nil {
			return r.Header(), tus, err
		}
		tus = append(tus, tu)
	}
	return r.Header(), tus, nil
}

func sample(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(samples, name))
	if err != nil {
		t.Skipf("shared sample data not found: %v", err)
	}
	return b
}

func TestReadSamples(t *testing.T) {
	tests := []struct {
		file   string
		units  int
		first  []string // lang=text of the first unit's variants
		markup string   // Markup of the first variant of unit markupUnit, if set
		unit   int
	}{
		{file: "lisakit_ImportTest1A_utf16le.tmx", units: 2, first: []string{"en-US=First segment with [\t\t   ]", "fr-CA=Premier segment avec [\t\t   ]"}},
		{file: "lisakit_ImportTest1D_utf8bom.tmx", units: 3, first: []string{"en-US=à=agrave, é=eacute, æ=aelig", "en-GB=à=agrave, é=eacute, æ=aelig"}},
		{file: "lisakit_ImportTest1G_utf16be.tmx", units: 3, first: []string{"en-US=à=agrave, é=eacute, æ=aelig", "en-GB=à=agrave, é=eacute, æ=aelig"}},
		{file: "omegat213_supplementary_plane.tmx", units: 1, first: []string{"en=𝐀𝐁𝐂", "be=𝐃𝐄𝐅"}},
		{file: "omegat61_project_save_tmx11.tmx", units: 5, first: []string{"en=Apertium", "fr=Apertium"}},
		{file: "translatetoolkit250_multilingual.tmx", units: 1, first: []string{"en-US=XXx", "en-GB=XXX", "fr=YYY", "sr=ZZZ"}},
		{file: "lisakit_ImportTest2A_inline_utf16le.tmx", units: 7,
			first:  []string{"en-US=The big black cat sleeps.", "fr-CA=Le gros chat noir dors."},
			markup: `The big <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>black<ept i="1">&lt;/b&gt;</ept> <bpt i="2" x="2" type="ulined">&lt;u&gt;</bpt>cat<ept i="2">&lt;/u&gt;</ept> sleeps.`},
		{file: "lisakit_ImportTest2C_inline_sub.tmx", units: 1, first: []string{"en-US=Click  to start.", "fr=Cliquez  pour commencer.", "en-GB=Click  to start."},
			markup: `<it x="1" pos="begin" type="italic">&lt;I&gt;</it><bpt x="2" i="1" type="bold">&lt;B&gt;</bpt>Click <ph x="3" type="image" assoc="b">&lt;IMG SRC="here.png" ALT="<sub>Start Here!</sub>"&gt;</ph> to <hi type="verb" x="4">start</hi>.<ept i="1">&lt;/B&gt;</ept>`},
		{file: "omegat421_multiple_tuv_14.tmx", units: -1},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			_, tus, err := readAll(t, sample(t, tc.file), false)
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			if tc.units >= 0 && len(tus) != tc.units {
				t.Fatalf("read %d units; want %d", len(tus), tc.units)
			}
			if tc.first != nil {
				var got []string
				for _, v := range tus[0].Variants {
					got = append(got, v.Lang+"="+v.Text)
				}
				if !reflect.DeepEqual(got, tc.first) {
					t.Errorf("first unit = %q; want %q", got, tc.first)
				}
			}
			if tc.markup != "" {
				if got := tus[tc.unit].Variants[0].Markup; got != tc.markup {
					t.Errorf("markup = %s\nwant     %s", got, tc.markup)
				}
			}
		})
	}
}

func TestPropsNotesHeader(t *testing.T) {
	h, tus, err := readAll(t, sample(t, "lisakit_ImportTest1L_props_notes.tmx"), false)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.UDEs) != 1 || h.UDEs[0].Name != "MacRoman" || len(h.UDEs[0].Maps) != 1 || h.UDEs[0].Maps[0].Subst != "[Apple]" {
		t.Errorf("header UDEs = %+v", h.UDEs)
	}
	if len(h.Notes) != 2 || len(h.Props) != 1 || h.Props[0].Type != "myPropeType" {
		t.Errorf("header notes %+v props %+v", h.Notes, h.Props)
	}
	if Get(h.Attrs, "srclang") != "en-US" {
		t.Errorf("header srclang = %q; want en-US", Get(h.Attrs, "srclang"))
	}
	tu := tus[0]
	if len(tu.Notes) != 2 || tu.Notes[0].Text != "Text of tu note 1" || len(tu.Props) != 1 {
		t.Errorf("tu notes %+v props %+v", tu.Notes, tu.Props)
	}
	if Get(tu.Attrs, "tuid") != "tu001" || Get(tu.Attrs, "usagecount") != "100" {
		t.Errorf("tu attrs = %+v", tu.Attrs)
	}
	if v := tu.Variants[0]; len(v.Notes) != 2 || len(v.Props) != 1 || Get(v.Attrs, "creationid") != "ys" {
		t.Errorf("tuv = %+v", v)
	}
	// The notes' and props' o-encoding, of the header, tu and tuv, kept
	// and written back (they were dropped).
	for where, enc := range map[string]string{
		"header note": h.Notes[0].Encoding, "header prop": h.Props[0].Encoding,
		"tu note": tu.Notes[1].Encoding, "tu prop": tu.Props[0].Encoding,
		"tuv note": tu.Variants[0].Notes[0].Encoding, "tuv prop": tu.Variants[0].Props[0].Encoding,
	} {
		if enc != "iso-8859-1" {
			t.Errorf("%s o-encoding = %q; want iso-8859-1", where, enc)
		}
	}
	var buf bytes.Buffer
	w, err := NewWriter(&buf, h)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(&tu); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<note xml:lang="en-US" o-encoding="iso-8859-1">Text of header note 1</note>`,
		`<prop type="myPropeType" xml:lang="en-US" o-encoding="iso-8859-1">Data</prop>`,
		`<note xml:lang="en-US" o-encoding="iso-8859-1">Text of tu note 2</note>`,
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("written:\n%s\nwant %s", buf.String(), want)
		}
	}
}

func TestBroken(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{"not xml", "hello", "line 1: not a TMX document"},
		{"not tmx", "<html><body/></html>", "root element is <html>"},
		{"unclosed", "<tmx><body><tu><tuv xml:lang='en'><seg>unclosed", "line 1: unexpected end of file inside <seg>"},
		{"mismatch", "<tmx><body>\n<tu><tuv xml:lang='en'><seg>a</tuv></tu></body></tmx>", "line 2: not well-formed XML: </tuv> closes <seg>"},
		{"no tuv", "<tmx><body>\n\n<tu></tu></body></tmx>", "line 3: <tu> without <tuv>"},
		{"no seg", "<tmx><body>\n<tu><tuv xml:lang='en'></tuv></tu></body></tmx>", "line 2: <tuv> without <seg>"},
		{"no lang", "<tmx><body>\n<tu><tuv><seg>a</seg></tuv></tu></body></tmx>", "line 2: <tuv> without xml:lang"},
		{"bad lang", "<tmx><body>\n<tu><tuv xml:lang='english!'><seg>a</seg></tuv></tu></body></tmx>", `line 2: language code "english!" is not BCP 47`},
		{"ept first", "<tmx><body><tu><tuv xml:lang='en'><seg>\n<ept i='1'>x</ept></seg></tuv></tu></body></tmx>", `line 2: <ept i="1"> without a <bpt i="1"> before it`},
		{"bpt alone", "<tmx><body><tu><tuv xml:lang='en'><seg>\n<bpt i='1'>x</bpt></seg></tuv></tu></body></tmx>", `line 2: <bpt i="1"> without its <ept>`},
		{"bad utf8", "<tmx><body><tu><tuv xml:lang='en'><seg>\xff</seg></tuv></tu></body></tmx>", "invalid UTF-8"},
		{"trailing", "<tmx><body></body></tmx><tmx/>", "after <body>"},
		{"bad usagecount", "<tmx><body>\n<tu usagecount='many'><tuv xml:lang='en'><seg>a</seg></tuv></tu></body></tmx>", `line 2: usagecount "many" is not a number`},
		{"bad srclang", "<tmx><body>\n<tu srclang='english!'><tuv xml:lang='en'><seg>a</seg></tuv></tu></body></tmx>", `line 2: srclang: language code "english!" is not BCP 47`},
		{"bad header srclang", "<tmx>\n<header srclang='english!'/><body></body></tmx>", `line 2: srclang: language code "english!"`},
		// The first bad attribute in document order is the one named.
		{"attribute order", "<tmx><body><tu usagecount='x' srclang='english!'><tuv xml:lang='en'><seg>a</seg></tuv></tu></body></tmx>", `usagecount "x"`},
		{"attribute order 2", "<tmx><body><tu srclang='english!' usagecount='x'><tuv xml:lang='en'><seg>a</seg></tuv></tu></body></tmx>", `srclang: language code "english!"`},
	}
	for _, tc := range tests {
		_, _, err := readAll(t, []byte(tc.doc), false)
		var te *Error
		if err == nil || !errors.As(err, &te) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: read(%q) error = %v; want *Error containing %q", tc.name, tc.doc, err, tc.want)
		}
	}
}

// TestForeignElements: elements TMX 1.4 does not define in a <seg>, as
// t5memory writes them (<x id="1"/>, <t5:n .../> with an undeclared
// prefix), are kept as codes holding the element as written; the text
// inside one stays text; the result writes and reads back the same.
func TestForeignElements(t *testing.T) {
	tests := []struct{ name, seg, text, markup string }{
		{"t5memory x", `Our nice 4 segment <x id="1"/>`, "Our nice 4 segment ",
			`Our nice 4 segment <ph x="1">&lt;x id="1"/&gt;</ph>`},
		{"undeclared prefix", `Our nice 4 <t5:n id="2" r="ZGVm" n="10"/> segment`, "Our nice 4  segment",
			`Our nice 4 <ph x="2">&lt;t5:n id="2" r="ZGVm" n="10"/&gt;</ph> segment`},
		{"content beside a pair", `<bpt i="1">{b}</bpt>a<ept i="1">{/b}</ept> <g id="7" ctype="bold">b &amp; c</g>`, "a b & c",
			`<bpt i="1">{b}</bpt>a<ept i="1">{/b}</ept> <bpt i="2" x="7">&lt;g id="7" ctype="bold"&gt;</bpt>b &amp; c<ept i="2">&lt;/g&gt;</ept>`},
		{"nested", `<b>x <i>y</i></b>`, "x y",
			`<bpt i="1">&lt;b&gt;</bpt>x <bpt i="2">&lt;i&gt;</bpt>y<ept i="2">&lt;/i&gt;</ept><ept i="1">&lt;/b&gt;</ept>`},
		{"in a code", `a<ph>{<x id="3"/>}<q>r</q></ph>`, "a",
			`a<ph>{&lt;x id="3"/&gt;}&lt;q&gt;r&lt;/q&gt;</ph>`},
		{"isolated", `<bx id="3"/>closed<ex id="3"/>`, "closed",
			`<it pos="begin" x="3">&lt;bx id="3"/&gt;</it>closed<it pos="end" x="3">&lt;ex id="3"/&gt;</it>`},
		{"in hi", `<hi><x id="1"/></hi>`, "",
			`<hi><ph x="1">&lt;x id="1"/&gt;</ph></hi>`},
	}
	for _, tc := range tests {
		doc := "<tmx><body><tu><tuv xml:lang='en'><seg>" + tc.seg + "</seg></tuv></tu></body></tmx>"
		r, err := NewReader(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		var warned []string
		r.Warn = func(e *Error) { warned = append(warned, e.Error()) }
		var tus []TU
		for tu, err := range r.All() {
			if err != nil {
				t.Fatalf("%s: read %q: %v", tc.name, doc, err)
			}
			tus = append(tus, tu)
		}
		v := tus[0].Variants[0]
		if v.Text != tc.text || v.Markup != tc.markup {
			t.Errorf("%s: read %q = %q, %q; want %q, %q", tc.name, tc.seg, v.Text, v.Markup, tc.text, tc.markup)
		}
		if len(warned) == 0 || !strings.Contains(warned[0], "is not TMX 1.4 markup: kept as a code") {
			t.Errorf("%s: warnings %q; want one naming the element", tc.name, warned)
		}
		_, _, tus2 := roundTrip(t, Header{}, tus)
		if w := tus2[0].Variants[0]; w.Text != v.Text || w.Markup != v.Markup {
			t.Errorf("%s: round trip %q, %q; want %q, %q", tc.name, w.Text, w.Markup, v.Text, v.Markup)
		}
	}
}

func TestDeclaredEntities(t *testing.T) {
	doc := `<?xml version="1.0"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd" [
  <!ENTITY nbsp "&#160;">
  <!ENTITY co 'ACME&#x2122;'>
]>
<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>a&nbsp;b &co;</seg></tuv></tu></body></tmx>`
	_, tus, err := readAll(t, []byte(doc), false)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := tus[0].Variants[0].Text, "a\u00a0b ACME\u2122"; got != want {
		t.Errorf("text = %q; want %q", got, want)
	}
	_, _, err = readAll(t, []byte(`<tmx><header/><body><tu><tuv xml:lang="en"><seg>a&nbsp;b</seg></tuv></tu></body></tmx>`), false)
	if err == nil || !strings.Contains(err.Error(), "nbsp") {
		t.Errorf("undeclared entity: error %v; want one naming nbsp", err)
	}
}

func TestDeclaredEncoding(t *testing.T) {
	doc := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"fr\"><seg>caf\xe9</seg></tuv></tu></body></tmx>"
	_, tus, err := readAll(t, []byte(doc), false)
	if err != nil {
		t.Fatal(err)
	}
	if got := tus[0].Variants[0].Text; got != "café" {
		t.Errorf("ISO-8859-1 text = %q; want %q", got, "café")
	}
}

func TestNegativeSample(t *testing.T) {
	data := sample(t, "NEGATIVE_omegat_invalid_inline.tmx")
	_, _, err := readAll(t, data, false)
	if err == nil || !strings.Contains(err.Error(), `line 12: <ept i="1"> without a <bpt i="1"> before it`) {
		t.Fatalf("read = %v; want the stray ept on line 12", err)
	}
	var warnings []string
	r, err := NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	r.Repair = true
	r.Warn = func(e *Error) { warnings = append(warnings, e.Error()) }
	tu, err := r.Next()
	if err != nil {
		t.Fatalf("repair: %v", err)
	}
	if len(warnings) != 6 {
		t.Errorf("repair warnings = %q; want 6 (3 per tuv)", warnings)
	}
	if strings.Contains(tu.Variants[0].Markup, "ept") || strings.Contains(tu.Variants[0].Markup, "bpt") {
		t.Errorf("repaired markup = %s; want only it", tu.Variants[0].Markup)
	}
}

func TestNormalizeLang(t *testing.T) {
	for in, want := range map[string]string{"EN-US": "en-US", "en_us": "en-US", "en": "en", "FR-ca": "fr-CA", "zh_hant_tw": "zh-Hant-TW", "ES": "es"} {
		if got, err := NormalizeLang(in); got != want || err != nil {
			t.Errorf("NormalizeLang(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}

// roundTrip writes the units and reads them back.
func roundTrip(t *testing.T, h Header, tus []TU) ([]byte, Header, []TU) {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(&buf, h)
	if err != nil {
		t.Fatal(err)
	}
	for i := range tus {
		if err := w.Write(&tus[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	h2, tus2, err := readAll(t, buf.Bytes(), false)
	if err != nil {
		t.Fatalf("read back: %v\n%s", err, buf.Bytes())
	}
	return buf.Bytes(), h2, tus2
}

func stripLines(tus []TU) []TU {
	for i := range tus {
		tus[i].Line = 0
	}
	return tus
}

func TestRoundTripSamples(t *testing.T) {
	xmllint, _ := exec.LookPath("xmllint")
	files, _ := filepath.Glob(filepath.Join(samples, "*.tmx"))
	if len(files) == 0 {
		t.Skip("shared sample data not found")
	}
	for _, f := range files {
		if strings.Contains(f, "NEGATIVE") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, _ := os.ReadFile(f)
			h, tus, err := readAll(t, data, false)
			if err != nil {
				t.Fatal(err)
			}
			out, h2, tus2 := roundTrip(t, h, tus)
			if !reflect.DeepEqual(stripLines(tus2), stripLines(tus)) {
				t.Errorf("round trip changed the units:\n got %+v\nwant %+v", tus2, tus)
			}
			if !reflect.DeepEqual(h2.UDEs, h.UDEs) || !reflect.DeepEqual(h2.Props, h.Props) || !reflect.DeepEqual(h2.Notes, h.Notes) {
				t.Errorf("round trip changed the header: %+v; want %+v", h2, h)
			}
			if xmllint == "" {
				t.Log("xmllint not installed (Debian libxml2-utils): DTD validation skipped")
				return
			}
			tmp := filepath.Join(t.TempDir(), "out.tmx")
			os.WriteFile(tmp, out, 0o644)
			cmd := exec.Command(xmllint, "--noout", "--nonet", "--dtdvalid", filepath.Join(samples, "tmx14.dtd"), tmp)
			if msg, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("xmllint: %v\n%s", err, msg)
			}
		})
	}
}

func TestPlainText(t *testing.T) {
	got, err := PlainText(`a <bpt i="1">&lt;b&gt;</bpt>b<ept i="1">&lt;/b&gt;</ept> &amp; <hi>c</hi>`)
	if want := "a b & c"; got != want || err != nil {
		t.Errorf("PlainText = %q, %v; want %q", got, err, want)
	}
}

func FuzzRoundTrip(f *testing.F) {
	f.Add("Hello <world> & \"friends\"", `a <ph x="1">&lt;br/&gt;</ph> b`, "en_us")
	f.Add("\t x\r\n", "", "FR")
	f.Fuzz(func(t *testing.T, text, markup, lang string) {
		l, err := NormalizeLang(lang)
		if err != nil {
			return
		}
		if markup != "" {
			if _, err := PlainText(markup); err != nil {
				return
			}
		}
		if !validXMLText(text) || !validXMLText(markup) {
			return
		}
		plain := text
		if markup != "" {
			plain, _ = PlainText(markup)
		}
		tu := TU{Variants: []TUV{{Lang: l, Text: plain, Markup: markup}}}
		var buf bytes.Buffer
		w, _ := NewWriter(&buf, Header{})
		w.Write(&tu)
		w.Close()
		_, tus, err := readAll(t, buf.Bytes(), false)
		if err != nil {
			t.Fatalf("read back %q: %v", buf.Bytes(), err)
		}
		if len(tus) != 1 || tus[0].Variants[0].Text != plain {
			t.Fatalf("round trip of %q = %+v", plain, tus)
		}
	})
}

// validXMLText reports whether s holds only characters XML 1.0 allows.
func validXMLText(s string) bool {
	for _, r := range s {
		if r == 0xFFFD || (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0xFFFE || r == 0xFFFF {
			return false
		}
	}
	return true
}

func BenchmarkRead(b *testing.B) {
	var buf bytes.Buffer
	w, _ := NewWriter(&buf, Header{})
	for i := range 1000 {
		w.Write(&TU{Attrs: []Attr{{"tuid", string(rune('a' + i%26))}}, Variants: []TUV{
			{Lang: "en", Text: "The minister arrived in Tehran on Monday for talks with his counterpart."},
			{Lang: "fr", Text: "Le ministre est arrivé lundi à Téhéran pour des entretiens avec son homologue."},
		}})
	}
	w.Close()
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		r, _ := NewReader(bytes.NewReader(data))
		for {
			if _, err := r.Next(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// FuzzReader feeds arbitrary documents to the reader: it must not panic,
// must fail only with *Error on a line of the document, and what it reads
// must survive a write and a second read unchanged.
func FuzzReader(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(samples, "*.tmx"))
	foreign, _ := filepath.Glob("../testdata/foreign/*.[tT][mM][xX]")
	for _, name := range append(files, foreign...) {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("<tmx><body><tu><tuv xml:lang='en'><seg>a<bpt i='1'/>b<ept i='1'/></seg></tuv></tu></body></tmx>"))
	f.Add([]byte("<tmx><body><tu><tuv xml:lang='en'><seg>a<t5:n id='2' n='1'/><g id='1'>b<x/><ph>c<q/></ph></g><hi><b>d</b></hi></seg></tuv></tu></body></tmx>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, tus, err := readAll(t, data, true)
		if err != nil {
			var te *Error
			if !errors.As(err, &te) {
				t.Fatalf("error %v (%T) is not an *Error", err, err)
			}
			// On a line of the document (line feeds counted as bytes: an
			// upper bound in UTF-16 too; a declared encoding may have
			// another line feed byte).
			if lines := bytes.Count(data, []byte("\n")) + 1; te.Line < 1 || te.Line > lines && !bytes.Contains(data, []byte("encoding")) {
				t.Fatalf("error on line %d of a %d-line document: %v", te.Line, lines, err)
			}
			return
		}
		var buf bytes.Buffer
		w, _ := NewWriter(&buf, h)
		for i := range tus {
			w.Write(&tus[i])
		}
		w.Close()
		_, tus2, err := readAll(t, buf.Bytes(), false)
		if err != nil {
			t.Fatalf("reading what was written: %v\n%s", err, buf.Bytes())
		}
		if len(tus2) != len(tus) {
			t.Fatalf("read back %d units; want %d", len(tus2), len(tus))
		}
		for i := range tus {
			for j := range tus[i].Variants {
				a, b := tus[i].Variants[j], tus2[i].Variants[j]
				if a.Text != b.Text || a.Markup != b.Markup || a.Lang != b.Lang {
					t.Fatalf("unit %d variant %d: %+v became %+v", i, j, a, b)
				}
			}
		}
	})
}

func TestDeclaredEntitiesNestedAndBombs(t *testing.T) {
	doc := `<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY co "ACME"><!ENTITY tm "&co;&#x2122; &amp; co">]>
<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&tm;</seg></tuv></tu></body></tmx>`
	_, tus, err := readAll(t, []byte(doc), false)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := tus[0].Variants[0].Text, "ACME\u2122 & co"; got != want {
		t.Errorf("nested entity text = %q; want %q", got, want)
	}
	var bomb strings.Builder
	bomb.WriteString(`<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY l0 "laugh">`)
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&bomb, `<!ENTITY l%d "%s">`, i, strings.Repeat(fmt.Sprintf("&l%d;", i-1), 10))
	}
	bomb.WriteString(`]><tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&l9;</seg></tuv></tu></body></tmx>`)
	for _, tc := range []struct{ name, doc, want string }{
		{"billion laughs", bomb.String(), "entity bomb"},
		{"undeclared reference", `<!DOCTYPE tmx [<!ENTITY a "&b;">]><tmx version="1.4"><header/><body/></tmx>`, "not declared before it"},
		{"self reference", `<!DOCTYPE tmx [<!ENTITY a "x&a;">]><tmx version="1.4"><header/><body/></tmx>`, "not declared before it"},
	} {
		_, _, err := readAll(t, []byte(tc.doc), false)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v; want one containing %q", tc.name, err, tc.want)
		}
	}
}

func TestRunawayTextRun(t *testing.T) {
	doc := `<?xml version="1.0"?><tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>` +
		strings.Repeat("word ", xmlin.MaxTextRun/5+1) + `</seg></tuv></tu></body></tmx>`
	_, _, err := readAll(t, []byte(doc), false)
	if err == nil || !strings.Contains(err.Error(), "without markup") {
		t.Errorf("a %d-byte segment: error %v; want one about text without markup", len(doc), err)
	}
	// Text up to the limit, in runs cut by tags, reads.
	ok := `<?xml version="1.0"?><tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>` +
		strings.Repeat(strings.Repeat("w", 1000)+`<ph x="1"/>`, xmlin.MaxTextRun/1000*2) + `</seg></tuv></tu></body></tmx>`
	if _, _, err := readAll(t, []byte(ok), false); err != nil {
		t.Errorf("a long segment with inline tags: %v", err)
	}
}

func TestDates(t *testing.T) {
	d := time.Date(2026, 12, 2, 17, 5, 9, 0, time.FixedZone("x", 3600))
	if got := FormatDate(d); got != "20261202T160509Z" {
		t.Errorf("FormatDate = %q; want UTC 20261202T160509Z", got)
	}
	if got := ParseDate("20261202T160509Z"); !got.Equal(d) {
		t.Errorf("ParseDate = %v; want %v", got, d)
	}
	for _, s := range []string{"", "2026-12-02", "20261302T000000Z"} {
		if got := ParseDate(s); !got.IsZero() {
			t.Errorf("ParseDate(%q) = %v; want the zero time", s, got)
		}
	}
	if FormatDate(time.Time{}) != "" {
		t.Error("FormatDate(zero) is not empty")
	}
}

// TestWriteNotXMLChars: text with characters XML 1.0 cannot carry (an
// ESC or a BEL copied from a terminal log, a form feed from pdftotext,
// U+FFFF) is written as a TMX file that parses: the controls become
// U+FFFD, the vertical tab and the form feed a space. It was written as
// it was, and no XML parser (xmllint, encoding/xml, a CAT tool) read the
// file.
func TestWriteNotXMLChars(t *testing.T) {
	var buf bytes.Buffer
	w, err := NewWriter(&buf, Header{})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(&TU{Props: []Prop{{Type: "x-doc", Text: "a\x1b.txt"}}, Variants: []TUV{
		{Lang: "en", Text: "Page one.\fPage\x1b[0m two\x07, tab\tkept\uFFFF."},
		{Lang: "fr", Text: "Page un.\vPage deux\x00."},
	}})
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	_, tus, err := readAll(t, buf.Bytes(), false)
	if err != nil {
		t.Fatalf("the TMX written does not read back: %v\n%s", err, buf.Bytes())
	}
	want := []string{"Page one. Page\uFFFD[0m two\uFFFD, tab\tkept\uFFFD.", "Page un. Page deux\uFFFD."}
	if len(tus) != 1 || len(tus[0].Variants) != 2 || tus[0].Variants[0].Text != want[0] || tus[0].Variants[1].Text != want[1] ||
		len(tus[0].Props) != 1 || tus[0].Props[0].Text != "a\uFFFD.txt" {
		t.Errorf("read back %+v; want the texts %q and the prop %q", tus, want, "a\uFFFD.txt")
	}
}

// TestBrokenLongLine: in a TMX written without line breaks, where the
// whole document is line 1, an error also gives the column, so that the
// unit can be found among thousands (trial56); on a short line the line
// alone is enough, as before.
func TestBrokenLongLine(t *testing.T) {
	var good strings.Builder
	for i := range 100 {
		fmt.Fprintf(&good, `<tu><tuv xml:lang="en"><seg>Sentence %02d.</seg></tuv><tuv xml:lang="fr"><seg>Phrase %02d.</seg></tuv></tu>`, i, i)
	}
	head := `<tmx version="1.4"><header srclang="en"/><body>` + good.String()
	tests := []struct{ name, doc, want string }{
		{"no lang", head + `<tu><tuv><seg>a</seg></tuv></tu></body></tmx>`, fmt.Sprintf("line 1, column %d: <tuv> without xml:lang", len(head)+len(`<tu><tuv>`))},
		{"not well-formed", head + `<tu><tuv xml:lang="en"><seg>a & b</seg></tuv></tu></body></tmx>`, fmt.Sprintf("line 1, column %d: not well-formed XML", len(head)+len(`<tu><tuv xml:lang="en"><seg>a &`))},
		{"short line", "<tmx><body>\n<tu><tuv><seg>a</seg></tuv></tu></body></tmx>", "line 2: <tuv> without xml:lang"},
		// A stray paired tag is found at </seg>: the column is the tag's,
		// kept with it (it gave none, trial56).
		{"stray ept", head + `<tu><tuv xml:lang="en"><seg>a <ept i="1">x</ept> b</seg></tuv></tu></body></tmx>`, fmt.Sprintf(`line 1, column %d: <ept i="1"> without a <bpt i="1"> before it`, len(head)+len(`<tu><tuv xml:lang="en"><seg>a <ept i="1">`))},
		{"lone bpt", head + `<tu><tuv xml:lang="en"><seg>a <bpt i="1">x</bpt> b</seg></tuv></tu></body></tmx>`, fmt.Sprintf(`line 1, column %d: <bpt i="1"> without its <ept>`, len(head)+len(`<tu><tuv xml:lang="en"><seg>a <bpt i="1">`))},
		{"no i", head + `<tu><tuv xml:lang="en"><seg>a <bpt>x</bpt> b</seg></tuv></tu></body></tmx>`, fmt.Sprintf(`line 1, column %d: <bpt> without its i attribute`, len(head)+len(`<tu><tuv xml:lang="en"><seg>a <bpt>`))},
		{"stray ept, short line", "<tmx><body>\n<tu><tuv xml:lang=\"en\"><seg>a <ept i=\"1\">x</ept></seg></tuv></tu></body></tmx>", `line 2: <ept i="1"> without`},
	}
	for _, tc := range tests {
		_, _, err := readAll(t, []byte(tc.doc), false)
		var te *Error
		if err == nil || !errors.As(err, &te) || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: error = %v; want *Error starting %q", tc.name, err, tc.want)
		}
	}
	// Repaired, the stray tag's warning gives its column too.
	r, err := NewReader(strings.NewReader(head + `<tu><tuv xml:lang="en"><seg>a <ept i="1">x</ept> b</seg></tuv></tu></body></tmx>`))
	if err != nil {
		t.Fatal(err)
	}
	var warned []string
	r.Repair, r.Warn = true, func(e *Error) { warned = append(warned, e.Error()) }
	for _, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
	}
	want := fmt.Sprintf(`line 1, column %d: <ept i="1"> without a <bpt i="1"> before it; repaired as <it pos="end">`, len(head)+len(`<tu><tuv xml:lang="en"><seg>a <ept i="1">`))
	if len(warned) != 1 || warned[0] != want {
		t.Errorf("repaired: warnings %q; want %q", warned, want)
	}
}
