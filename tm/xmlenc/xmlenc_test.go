package xmlenc

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

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
