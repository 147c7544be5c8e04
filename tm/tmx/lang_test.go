package tmx

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestParseLang(t *testing.T) {
	for _, c := range []struct {
		in, want string
		dropped  []string
	}{
		{"DA-01", "da", []string{"01"}}, // EU DGT-TM: a country number
		{"EN-GB", "en-GB", nil},
		{"pt_BR", "pt-BR", nil},
		{"zh-Hans-CN", "zh-Hans-CN", nil},
		{"sr-01-Latn", "sr-Latn", []string{"01"}},
		{"es-ES-tradnl", "es-ES", []string{"tradnl"}},
		{"en-US-x-client", "en-US-x-client", nil},
		{" fr_ca ", "fr-CA", nil},
	} {
		got, dropped, err := ParseLang(c.in)
		if got != c.want || !slices.Equal(dropped, c.dropped) || err != nil {
			t.Errorf("ParseLang(%q) = %q, %q, %v; want %q, %q", c.in, got, dropped, err, c.want, c.dropped)
		}
	}
	for _, in := range []string{"", "english", "01", "xx-GB"} {
		if got, _, err := ParseLang(in); err == nil {
			t.Errorf("ParseLang(%q) = %q; want an error", in, got)
		}
	}
}

// A DGT-TM file: its codes are read with the number dropped, and one
// warning per code says so.
func TestReaderDGTCodes(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="EN-GB" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="EN-GB" datatype="plaintext"/>
<body>
<tu><tuv lang="EN-GB"><seg>One</seg></tuv><tuv lang="DA-01"><seg>En</seg></tuv></tu>
<tu><tuv lang="EN-GB"><seg>Two</seg></tuv><tuv lang="DA-01"><seg>To</seg></tuv></tu>
</body></tmx>`
	r, err := NewReader(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var warnings []string
	r.Warn = func(e *Error) { warnings = append(warnings, e.Error()) }
	var langs []string
	for tu, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range tu.Variants {
			langs = append(langs, v.Lang)
		}
	}
	if want := []string{"en-GB", "da", "en-GB", "da"}; !slices.Equal(langs, want) {
		t.Errorf("languages = %q; want %q", langs, want)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], `line 4: language code "DA-01" read as da (01 dropped`) {
		t.Errorf("warnings = %q; want one for DA-01 on line 4", warnings)
	}
}

// A file declared ISO-8859-1 (or windows-1252) whose bytes are UTF-8 is
// read as UTF-8, with a warning; a real Latin-1 file is read as declared.
func TestReaderEncodingLie(t *testing.T) {
	body := "<tmx version=\"1.4\"><header srclang=\"fr\"/><body><tu><tuv xml:lang=\"fr\"><seg>café à Téhéran</seg></tuv></tu></body></tmx>"
	for _, label := range []string{"ISO-8859-1", "windows-1252", "latin1"} {
		doc := "<?xml version=\"1.0\" encoding=\"" + label + "\"?>\n" + body
		r, err := NewReader(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		var warnings []string
		r.Warn = func(e *Error) { warnings = append(warnings, e.Error()) }
		tu, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if got := tu.Variants[0].Text; got != "café à Téhéran" {
			t.Errorf("%s: text = %q; want café à Téhéran (UTF-8, not mojibake)", label, got)
		}
		if len(warnings) != 1 || !strings.Contains(warnings[0], "line 1: declared encoding \""+label+"\", but the bytes are UTF-8") {
			t.Errorf("%s: warnings = %q; want the encoding lie on line 1", label, warnings)
		}
	}
	// Real Latin-1: é is the byte 0xE9, not valid UTF-8.
	latin := bytes.ReplaceAll([]byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"+body), []byte("é"), []byte{0xe9})
	latin = bytes.ReplaceAll(latin, []byte("à"), []byte{0xe0})
	r, err := NewReader(bytes.NewReader(latin))
	if err != nil {
		t.Fatal(err)
	}
	var warnings []string
	r.Warn = func(e *Error) { warnings = append(warnings, e.Error()) }
	tu, err := r.Next()
	if err != nil || tu.Variants[0].Text != "café à Téhéran" || len(warnings) != 0 {
		t.Errorf("real Latin-1 = %q, %v, warnings %q; want café à Téhéran, no warning", tu.Variants[0].Text, err, warnings)
	}
}

// FuzzParseLang: ParseLang never panics; what it returns is BCP 47 that
// it reads back as itself, with nothing dropped.
func FuzzParseLang(f *testing.F) {
	for _, s := range []string{"DA-01", "en_GB", "zh-Hans-CN", "sr-01-Latn", "en-x-a-b", "x-", "-", "en--GB", "EN-GB-oed"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		l, _, err := ParseLang(code)
		if err != nil {
			return
		}
		again, dropped, err := ParseLang(l)
		if err != nil || again != l || len(dropped) > 0 {
			t.Errorf("ParseLang(%q) = %q, which reads back as %q, %q, %v", code, l, again, dropped, err)
		}
	})
}
