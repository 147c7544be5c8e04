package xmlenc

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// TestReadDocument: the same document in each encoding an XML file comes
// in reads as the same text; an unknown declared encoding is an error
// naming it.
func TestReadDocument(t *testing.T) {
	const doc = `<?xml version="1.0" encoding="%s"?><a>Téhéran ½</a>`
	enc16 := func(e unicode.Endianness, bom unicode.BOMPolicy) []byte {
		b, err := unicode.UTF16(e, bom).NewEncoder().Bytes([]byte(strings.Replace(doc, "%s", "UTF-16", 1)))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	latin1, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(strings.Replace(doc, "%s", "ISO-8859-1", 1)))
	if err != nil {
		t.Fatal(err)
	}
	utf8 := []byte(strings.Replace(doc, "%s", "UTF-8", 1))
	for name, in := range map[string][]byte{
		"utf-8":           utf8,
		"utf-8 bom":       append([]byte{0xEF, 0xBB, 0xBF}, utf8...),
		"utf-16le bom":    enc16(unicode.LittleEndian, unicode.UseBOM),
		"utf-16be bom":    enc16(unicode.BigEndian, unicode.UseBOM),
		"utf-16le no bom": enc16(unicode.LittleEndian, unicode.IgnoreBOM),
		"utf-16be no bom": enc16(unicode.BigEndian, unicode.IgnoreBOM),
		"iso-8859-1":      latin1,
	} {
		got, err := text(in)
		if err != nil || got != "Téhéran ½" {
			t.Errorf("%s: %q, %v; want %q", name, got, err, "Téhéran ½")
		}
	}
	_, err = text([]byte(strings.Replace(doc, "%s", "x-no-such", 1)))
	if err == nil || !strings.Contains(err.Error(), `unsupported encoding "x-no-such"`) {
		t.Errorf("unknown encoding: %v; want an error naming it", err)
	}
}

func text(doc []byte) (string, error) {
	src, err := NewReader(bufio.NewReader(bytes.NewReader(doc)))
	if err != nil {
		return "", err
	}
	dec := xml.NewDecoder(src)
	dec.CharsetReader = CharsetReader
	var b strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
		if cd, ok := tok.(xml.CharData); ok {
			b.Write(cd)
		}
	}
}

// Labels the IANA index knows but cannot decode, or does not know, that
// Windows and older CAT tools write in XML declarations read as the
// encoding browsers read them as (its superset): GB2312 as GBK,
// ks_c_5601-1987 (Windows' Korean) as EUC-KR, TIS-620 as windows-874,
// cp1252 as windows-1252. They were refused as unsupported (trial42). A
// label whose browser reading is the "replacement" encoding, which makes
// every byte U+FFFD, stays refused.
func TestReadDocumentBrowserLabels(t *testing.T) {
	for _, tc := range []struct{ label, text, enc string }{
		{"GB2312", "北京市", "gbk"},
		{"ks_c_5601-1987", "서울특별시", "euc-kr"},
		{"TIS-620", "กรุงเทพมหานคร", "windows-874"},
		{"cp1252", "Téhéran ½ €", "windows-1252"},
		{"x-sjis", "東京都", "shift_jis"},
	} {
		e, err := htmlindex.Get(tc.enc)
		if err != nil {
			t.Fatal(err)
		}
		in, err := e.NewEncoder().Bytes([]byte(`<?xml version="1.0" encoding="` + tc.label + `"?><a>` + tc.text + `</a>`))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := text(in); err != nil || got != tc.text {
			t.Errorf("%s: %q, %v; want %q", tc.label, got, err, tc.text)
		}
	}
	if _, err := text([]byte(`<?xml version="1.0" encoding="csISO2022KR"?><a>x</a>`)); err == nil {
		t.Error("an encoding browsers read as replacement characters: read; want an error naming it")
	}
}

func TestLimitTextRuns(t *testing.T) {
	// 64 MiB without a '<': the decoder would hold it all; the guard stops
	// it past 1 MiB.
	for _, b := range []byte{0, 'a'} {
		r := bytes.NewReader(bytes.Repeat([]byte{b}, 64<<20))
		dec := xml.NewDecoder(LimitTextRuns(r, 1<<20, " (not XML?)"))
		var err error
		for err == nil {
			_, err = dec.Token()
		}
		if read := 64<<20 - r.Len(); read > 2<<20 {
			t.Errorf("64 MiB of %q: %d bytes read before the error %v; want at most 2 MiB", b, read, err)
		}
		if b == 'a' && !strings.Contains(err.Error(), "more than 1 MiB of text without markup (not XML?)") {
			t.Errorf("64 MiB of 'a': error %v; want one saying more than 1 MiB of text without markup", err)
		}
	}
	// Runs under the bound, however many, pass whole.
	doc := "<a>" + strings.Repeat(strings.Repeat("w", 600<<10)+"<b/>", 5) + "</a>"
	got, err := io.ReadAll(LimitTextRuns(strings.NewReader(doc), 1<<20, ""))
	if err != nil || string(got) != doc {
		t.Errorf("runs of 600 KiB under a 1 MiB bound: %d bytes, %v; want the %d bytes", len(got), err, len(doc))
	}
}

// expandAll decodes doc as the TMX reader does, declaring the entities of
// its DOCTYPE to the decoder when it meets it, through the guard of
// LimitExpandedTextRuns, and returns the text it expands, or the error.
func expandAll(t *testing.T, src io.Reader) (string, int, error) {
	t.Helper()
	var dec *xml.Decoder
	dec = xml.NewDecoder(LimitExpandedTextRuns(src, 1<<20, " (hint)", func(name []byte) (int, bool) {
		v, ok := dec.Entity[string(name)]
		return len(v), ok
	}))
	decl := regexp.MustCompile(`<!ENTITY (\w+) "([^"]*)">`)
	var text strings.Builder
	longest := 0
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			return text.String(), longest, nil
		}
		if err != nil {
			return text.String(), longest, err
		}
		switch tok := tok.(type) {
		case xml.Directive:
			dec.Entity = map[string]string{}
			for _, m := range decl.FindAllStringSubmatch(string(tok), -1) {
				dec.Entity[m[1]] = strings.Repeat("x", len(m[2])*1000) // each byte of the value a KB
			}
		case xml.CharData:
			longest = max(longest, len(tok))
			text.Write(tok)
		}
	}
}

// TestLimitExpandedTextRuns: references to declared entities count as the
// text they expand to, so that a short document cannot make the decoder
// expand gigabytes; below the bound the text reads whole, however the
// reads cut the references.
func TestLimitExpandedTextRuns(t *testing.T) {
	// 60 KB an entity, 2,000 references: 120 MB between two tags, in an
	// 8 KB document. The references start in the first read, before the
	// decoder has read the DOCTYPE that declares them.
	bomb := `<!DOCTYPE a [<!ENTITY e "` + strings.Repeat("e", 60) + `">]><a>` + strings.Repeat("&e;", 2000) + `</a>`
	for _, r := range []struct {
		name string
		r    io.Reader
	}{{"whole", strings.NewReader(bomb)}, {"one byte a read", iotest.OneByteReader(strings.NewReader(bomb))}} {
		_, longest, err := expandAll(t, r.r)
		if err == nil || !strings.Contains(err.Error(), "more than 1 MiB of text without markup once its entity references are expanded (an entity bomb?)") {
			t.Errorf("%s: 2,000 references to a 60 KB entity: error %v; want one saying more than 1 MiB once expanded", r.name, err)
		}
		if longest > 1<<20 {
			t.Errorf("%s: the decoder expanded a text run of %d bytes; want at most 1 MiB", r.name, longest)
		}
	}
	// Under the bound: 15 references (900 KB) in each of three elements,
	// with undeclared-looking names the decoder knows (&amp;, &#233;)
	// between them, read one byte at a time too.
	ok := `<!DOCTYPE a [<!ENTITY e "` + strings.Repeat("e", 60) + `">]><a><b>` +
		strings.Repeat("&e;&amp;&#233;", 15) + `</b><b>` + strings.Repeat("&e;", 15) + `</b><b>` + strings.Repeat("&e;", 15) + `</b></a>`
	want := strings.Repeat(strings.Repeat("x", 60000)+"&é", 15) + strings.Repeat("x", 60000*30)
	for _, r := range []io.Reader{strings.NewReader(ok), iotest.OneByteReader(strings.NewReader(ok)), iotest.HalfReader(strings.NewReader(ok))} {
		got, _, err := expandAll(t, r)
		if err != nil || got != want {
			t.Errorf("three runs of 900 KB expanded: %d bytes, %v; want %d bytes", len(got), err, len(want))
		}
	}
	// A reference to a name no DOCTYPE declares is the decoder's error.
	if _, _, err := expandAll(t, strings.NewReader(`<a>x &nope; y</a>`)); err == nil || !strings.Contains(err.Error(), "invalid character entity &nope;") {
		t.Errorf("an undeclared entity: error %v; want the decoder's invalid character entity", err)
	}
}
