package tm

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/language"
)

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name string
		head string
		want Format
	}{
		{"a.tmx", "anything", FormatTMX},
		{"A.TMX", "", FormatTMX},
		{"a.tsv", "<tmx>", FormatTMX}, // an XML document's root decides
		{"a.tsv", "<b>Hello</b>\t<b>Bonjour</b>", FormatTSV},
		{"a.tab", "", FormatTSV},
		{"a.jsonl", "<", FormatJSONL},
		{"a.json", "", FormatJSONL},
		{"a.ndjson", "", FormatJSONL},
		{"-", "<?xml version=\"1.0\"?>", FormatTMX},
		{"-", "\ufeff\n  <tmx version=\"1.4\">", FormatTMX},
		{"data", "\xff\xfe<\x00t\x00", FormatTMX},
		{"data", "\xfe\xff\x00<\x00t", FormatTMX},
		{"data", "\x00<\x00t", FormatTMX},
		{"data", "<\x00t\x00", FormatTMX},
		{"data.txt", " {\"src\": \"a\"}", FormatJSONL},
		{"data", "Hello\tBonjour\n", FormatTSV},
		{"fr.po", "", FormatPO},
		{"app.POT", "x", FormatPO},
		{"upload", "\ufeff# German\n#, fuzzy\nmsgid \"\"\n", FormatPO},
		{"upload", "msgctxt \"menu\"\n", FormatPO},
		{"upload", "msgid\tidentifiant\n", FormatTSV},
		{"data", "", FormatTSV},
		{"data", "x", FormatTSV},
		// By the root element after the prolog, not by "<xliff" anywhere.
		{"data", "<?xml version=\"1.0\"?>\n<!-- exported from an <xliff> file -->\n<tmx version=\"1.4\">", FormatTMX},
		{"data", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n<!ENTITY gt \">\">\n]>\n<?pi x?>\n<xliff version=\"1.2\">", FormatXLIFF},
		{"data", "\ufeff<x:xliff xmlns:x=\"urn:oasis:names:tc:xliff:document:2.0\">", FormatXLIFF},
		{"data", "\xff\xfe<\x00x\x00l\x00i\x00f\x00f\x00 \x00", FormatXLIFF},
		{"data", "\x00<\x00x\x00l\x00i\x00f\x00f\x00>", FormatXLIFF},
		{"data", "<xliffs>", FormatTMX},
		// The root decides over the extension whenever the file is XML: a
		// .tmx file holding an XLIFF document was read as TMX, and refused.
		{"a.tmx", "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">", FormatXLIFF},
		{"a.xlf", "\ufeff<tmx version=\"1.4\">", FormatTMX},
		{"a.tmx", "<?xml version=\"1.0\"?>\n<!-- a licence -->", FormatTMX}, // the root past head: the extension
		{"a.xlf", "<?xml version=\"1.0\"?>\n<html>", FormatXLIFF},
		// A prolog past 1 KB (a licence comment, a DOCTYPE's internal
		// subset): the root is read up to HeadSize.
		{"data", "<?xml version=\"1.0\"?>\n<!--\n" + strings.Repeat("Licensed under the Apache License, Version 2.0.\n", 100) + "-->\n<!DOCTYPE xliff [\n" + strings.Repeat("<!ENTITY e \"&#x3e;\">\n", 100) + "]>\n<xliff version=\"1.2\">", FormatXLIFF},
	}
	for _, tt := range tests {
		if got := DetectFormat(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("DetectFormat(%q, %+q) = %q; want %q", tt.name, tt.head, got, tt.want)
		}
	}
}

func FuzzDetectFormat(f *testing.F) {
	f.Add("a.tmx", []byte("<tmx>"))
	f.Add("", []byte("\xff\xfe"))
	f.Add("x", []byte("{"))
	f.Add("x", []byte("<?xml version='1.0'?><!-- c --><martif type='TBX'>"))
	f.Add("a.po", []byte("# c\nmsgid \"\""))
	f.Add("upload", []byte("#, fuzzy\nmsgctxt \"a\""))
	f.Add("a.csv", []byte("a,b\tc"))
	// The heads of real files (what import sniffs: its first bytes), under
	// their own names and under a name that says nothing.
	for _, glob := range []string{"testdata/foreign/*", "testdata/*.*"} {
		names, _ := filepath.Glob(glob)
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil || strings.HasSuffix(name, ".md") {
				continue
			}
			b = b[:min(len(b), 512)]
			f.Add(filepath.Base(name), b)
			f.Add("upload", b)
		}
	}
	f.Fuzz(func(t *testing.T, name string, head []byte) {
		switch got := DetectFormat(name, head); got {
		case FormatTMX, FormatTSV, FormatJSONL, FormatXLIFF, FormatPO:
		default:
			t.Fatalf("DetectFormat(%q, %+q) = %q; want tmx, tsv, jsonl, xliff or po", name, head, got)
		}
		if err := notTMFormat(name, head); err != nil && !errors.Is(err, ErrNotTMFormat) {
			t.Fatalf("notTMFormat(%q, %+q) = %v, not ErrNotTMFormat", name, head, err)
		}
	})
}

// TestNotTMFormatRoot: an XML file whose root is not one import reads is
// refused, naming the root it found; TBX keeps its own message, and a
// root past the first bytes is left to the reader.
func TestNotTMFormatRoot(t *testing.T) {
	for _, c := range []struct {
		name, head, want string
	}{
		{"page.data", "<!DOCTYPE html>\n<html lang=\"en\"><body><pre>&lt;xliff&gt;</pre><xliff/>", "root element is <html>"},
		{"upload", "<?xml version=\"1.0\"?><!-- <tmx> --><resources><string name=\"a\">b</string>", "root element is <resources>"},
		{"upload", "\xff\xfe<\x00h\x00:\x00h\x00t\x00m\x00l\x00>\x00", "root element is <html>"},
		{"upload", "<?xml version=\"1.0\"?><martif type=\"TBX\">", "TBX termbase"},
		{"page.tmx", "<html>", ""},
		{"upload", "<tmx version=\"1.4\">", ""},
		{"upload", "<xliff version=\"1.2\">", ""},
		{"upload", "<?xml version=\"1.0\"?><!-- a long comment", ""},
	} {
		err := notTMFormat(c.name, []byte(c.head))
		if c.want == "" && err != nil || c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want) || !errors.Is(err, ErrNotTMFormat)) {
			t.Errorf("notTMFormat(%q, %+q) = %v; want %q", c.name, c.head, err, c.want)
		}
	}
}

// FuzzXMLRoot: XMLRoot reads a document in UTF-16 as in UTF-8, and a root
// it names is a name that the document's text holds after a '<'.
func FuzzXMLRoot(f *testing.F) {
	f.Add("<?xml version='1.0'?><!-- <xliff> --><tmx>")
	f.Add("<!DOCTYPE x [<!ENTITY a '>'>]><x:xliff>")
	f.Add("\ufeff <?pi?><a")
	f.Add("text <xliff>")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
			return
		}
		root, isXML := XMLRoot([]byte(s))
		if root != "" && (!isXML || !strings.Contains(s, root)) {
			t.Fatalf("XMLRoot(%+q) = %q, %v; want a name the text holds, of XML", s, root, isXML)
		}
		if !strings.HasPrefix(strings.TrimLeft(strings.TrimPrefix(s, "\ufeff"), " \t\r\n"), "<") {
			return // UTF-16 is told by its '<' (or a byte order mark)
		}
		for _, order := range []unicode.Endianness{unicode.LittleEndian, unicode.BigEndian} {
			b, err := unicode.UTF16(order, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(strings.TrimLeft(s, " \t\r\n")))
			if err != nil {
				return
			}
			if r, x := XMLRoot(b); !strings.HasPrefix(s, "\ufeff") && (r != root || x != isXML) {
				t.Fatalf("XMLRoot(%+q in UTF-16) = %q, %v; in UTF-8 %q, %v", s, r, x, root, isXML)
			}
		}
	})
}

func TestKeepLangs(t *testing.T) {
	v := func(langs ...string) Unit {
		u := Unit{}
		for _, l := range langs {
			u.Variants = append(u.Variants, Variant{Lang: language.MustParse(l), Text: "t-" + l})
		}
		return u
	}
	langs := func(us []Unit) [][]string {
		var out [][]string
		for _, u := range us {
			var ls []string
			for _, x := range u.Variants {
				ls = append(ls, x.Lang.String())
			}
			out = append(out, ls)
		}
		return out
	}
	tests := []struct {
		src, tgt string
		in       []Unit
		want     [][]string
	}{
		{"en", "fr", []Unit{v("en", "fr"), v("en", "de"), v("EN-us", "fr-CA", "de")}, [][]string{{"en", "fr"}, {"en-US", "fr-CA"}}},
		{"en", "fr", []Unit{v("fr", "en-GB", "ja"), v("fr")}, [][]string{{"fr", "en-GB"}}},
		{"en-US", "en-GB", []Unit{v("en-US", "en-GB", "en"), v("en-US", "en")}, [][]string{{"en-US", "en-GB"}}},
		{"en", "fr", nil, nil},
	}
	for _, tt := range tests {
		src, tgt := language.MustParse(tt.src), language.MustParse(tt.tgt)
		var got []Unit
		for u, err := range KeepLangs(seq(tt.in...), src, tgt) {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, u)
		}
		if g := langs(got); !reflect.DeepEqual(g, tt.want) {
			t.Errorf("KeepLangs(%s, %s) kept %q; want %q", tt.src, tt.tgt, g, tt.want)
		}
	}
}

func TestKeepLangsStopsAtError(t *testing.T) {
	in := func(yield func(Unit, error) bool) {
		if !yield(pair("a", "b"), nil) {
			return
		}
		if !yield(Unit{}, &LineError{Line: 2, Msg: "bad"}) {
			return
		}
		yield(pair("c", "d"), nil)
	}
	n, errs := 0, 0
	for _, err := range KeepLangs(in, language.English, language.French) {
		if err != nil {
			errs++
			continue
		}
		n++
	}
	if n != 1 || errs != 1 {
		t.Errorf("KeepLangs over unit, error, unit = %d units, %d errors; want 1, 1", n, errs)
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats {
		if got, err := ParseFormat(string(f)); got != f || err != nil {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
	if got, err := ParseFormat(""); got != FormatAuto || err != nil {
		t.Errorf("ParseFormat(\"\") = %q, %v; want auto", got, err)
	}
	if _, err := ParseFormat("xml"); err == nil || strings.Contains(err.Error(), "--") {
		t.Errorf("ParseFormat(xml) = %v; want an error naming no flag", err)
	}
}
