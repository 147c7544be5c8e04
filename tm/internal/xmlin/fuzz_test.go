package xmlin

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// FuzzDecoder reads arbitrary documents with a Decoder and, side by side,
// with encoding/xml's own namespace-resolving Token as the reference: every
// prefix of an element or attribute that NS resolves is the namespace
// Token gives, an element the Decoder opens is the one Token opens, the
// Stack is as deep as the elements open, and an error is an *Error on a
// line of the document.
func FuzzDecoder(f *testing.F) {
	var samples []string
	// The shared samples are beside the repository (CI) or one folder
	// further up (a worktree); either may be missing.
	globs := []string{"../../tmx/testdata/*.tmx", "../../xliff/testdata/*.xlf", "../../../testdata/tmx/*.tmx", "../../testdata/foreign/*"}
	for _, shared := range []string{"../../../../shared/data", "../../../../../shared/data"} {
		globs = append(globs, shared+"/xliff/samples/*", shared+"/tmx/samples/*")
	}
	for _, glob := range globs {
		names, _ := filepath.Glob(glob)
		samples = append(samples, names...)
	}
	for _, name := range samples {
		if b, err := os.ReadFile(name); err == nil && len(b) < 64<<10 {
			f.Add(b)
		}
	}
	for _, s := range []string{
		`<x:a xmlns:x="u1"><x:b xmlns:x="u2" x:c="1"/><x:d/></x:a>`,
		`<a xmlns="d"><b xmlns=""><c/></b><e/></a>`,
		`<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:okp="okapi-framework:xliff-extensions"><file okp:x="1" xml:lang="en"/></xliff>`,
		`<a xmlns:p="1"><p:b xmlns:p="2"></p:b><p:c/></a>`,
		`<?xml version="1.0" encoding="ISO-8859-1"?><a>caf` + "\xe9" + `</a>`,
		`<a><b></a>`,
		"<a>\n\n<b>\n</c>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		d, err := NewDecoder(bytes.NewReader(doc), Options{})
		if err != nil {
			t.Fatalf("NewDecoder: %v", err)
		}
		ref := xml.NewDecoder(bytes.NewReader(doc))
		ref.CharsetReader = d.XML.CharsetReader
		// The decoder reads through xmlenc (UTF-16 transcoded); compare
		// namespaces only on documents the reference reads as they are.
		plain := len(doc) >= 2 && doc[0] == '<' && doc[1] != 0
		lines := bytes.Count(doc, []byte("\n")) + 1
		depth := 0
		for {
			tok, err := d.Tok()
			if err == io.EOF {
				if len(d.Stack) != 0 {
					t.Fatalf("io.EOF with %v open", d.Stack)
				}
				return
			}
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("error %v (%T) is no *Error", err, err)
				}
				if e.Line < 1 || (plain && e.Line > lines) {
					t.Fatalf("error on line %d of a %d-line document: %v", e.Line, lines, err)
				}
				return
			}
			switch tk := tok.(type) {
			case xml.StartElement:
				depth++
			case xml.EndElement:
				depth--
				_ = tk
			}
			if len(d.Stack) != depth {
				t.Fatalf("Stack %v after %d open elements", d.Stack, depth)
			}
			if !plain {
				continue
			}
			want, rerr := ref.Token()
			if rerr != nil {
				plain = false // the reference stops where the Decoder (RawToken) may not
				continue
			}
			switch tk := tok.(type) {
			case xml.StartElement:
				w, ok := want.(xml.StartElement)
				if !ok {
					t.Fatalf("Decoder: <%s>; reference: %#v", Name(tk.Name), want)
				}
				if w.Name.Local != tk.Name.Local {
					t.Fatalf("Decoder: <%s>; reference: <%s>", Name(tk.Name), w.Name.Local)
				}
				checkNS(t, d, tk.Name.Space, w.Name.Space, true)
				for i, a := range tk.Attr {
					if i < len(w.Attr) && a.Name.Space != "" && a.Name.Space != "xmlns" {
						checkNS(t, d, a.Name.Space, w.Attr[i].Name.Space, false)
					}
				}
			case xml.EndElement:
				if _, ok := want.(xml.EndElement); !ok {
					t.Fatalf("Decoder: </%s>; reference: %#v", Name(tk.Name), want)
				}
			}
		}
	})
}

// checkNS fails when d resolves prefix to a namespace other than the
// reference's ref. An undeclared prefix is "" for NS and left as written
// by the reference; an element without a prefix in no default namespace
// is "" for both.
func checkNS(t *testing.T, d *Decoder, prefix, ref string, element bool) {
	t.Helper()
	got := d.NS(prefix)
	if got == "" && (ref == prefix || ref == "") {
		return
	}
	if got != ref {
		t.Fatalf("NS(%q) = %q; encoding/xml resolves it to %q (element %v)", prefix, got, ref, element)
	}
}
