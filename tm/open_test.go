package tm

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Gzipped is s compressed with gzip (exported for package tm_test's
// tests too).
func Gzipped(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

func TestDecompress(t *testing.T) {
	gz := Gzipped("Hello\tBonjour\n")
	tests := []struct {
		desc, name, data string
		wantInner        string
		want             string // content read, or the error's text
		wantErr          bool
	}{
		{"plain", "a.tsv", "Hello\tBonjour\n", "a.tsv", "Hello\tBonjour\n", false},
		{"gzip", "a.tsv.gz", gz, "a.tsv", "Hello\tBonjour\n", false},
		{"gzip upper case", "A.TSV.GZ", gz, "A.TSV", "Hello\tBonjour\n", false},
		{"truncated gzip", "a.gz", gz[:len(gz)-6], "a", "broken gzip data", true},
		{"broken gzip header", "a.gz", "\x1f\x8bxx", "", "a broken gzip header", true},
		{"zip", "a.zip", "PK\x03\x04rest", "", "unzip it first", true},
		{"empty", "e", "", "e", "", false},
	}
	for _, tt := range tests {
		r, inner, closeFn, err := Decompress(bufio.NewReader(strings.NewReader(tt.data)), tt.name)
		var got []byte
		if err == nil {
			if inner != tt.wantInner {
				t.Errorf("Decompress(%s) inner name = %q; want %q", tt.desc, inner, tt.wantInner)
			}
			got, err = io.ReadAll(r)
			closeFn()
		}
		if (err != nil) != tt.wantErr {
			t.Errorf("Decompress(%s) error = %v; want error %v", tt.desc, err, tt.wantErr)
			continue
		}
		if err != nil {
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Decompress(%s) error = %q; want it to say %q", tt.desc, err, tt.want)
			}
			continue
		}
		if string(got) != tt.want {
			t.Errorf("Decompress(%s) read %q; want %q", tt.desc, got, tt.want)
		}
	}
}

func TestOpenImport(t *testing.T) {
	const tmxDoc = `<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="fr"><seg>Bonjour.</seg></tuv><tuv xml:lang="de"><seg>Hallo.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Yes.</seg></tuv><tuv xml:lang="de"><seg>Ja.</seg></tuv></tu>
</body></tmx>`
	en, fr := language.English, language.French
	tests := []struct {
		desc, data string
		opt        ReadOptions
		wantUnits  int
		wantVars   int // variants of the first unit
		wantHeader bool
		wantSeq    bool
		wantErr    error
	}{
		{"tmx", tmxDoc, ReadOptions{Format: FormatTMX}, 2, 3, true, false, nil},
		{"tmx en-fr", tmxDoc, ReadOptions{Format: FormatTMX, Src: en, Tgt: fr}, 1, 2, true, false, nil},
		{"tsv", "a\tb\nc\td\n", ReadOptions{Format: FormatTSV, Src: en, Tgt: fr}, 2, 2, false, true, nil},
		{"jsonl", `{"src":[0],"tgt":[0],"score":1,"src_text":"a","tgt_text":"b"}` + "\n", ReadOptions{Format: FormatJSONL, Src: en, Tgt: fr}, 1, 2, false, true, nil},
		{"tsv without languages", "a\tb\n", ReadOptions{Format: FormatTSV}, 0, 0, false, false, ErrNeedLangs},
		{"zero value: tmx detected", tmxDoc, ReadOptions{}, 2, 3, true, false, nil},
		{"auto: jsonl detected", `{"src":[0],"tgt":[0],"score":1,"src_text":"a","tgt_text":"b"}` + "\n", ReadOptions{Format: FormatAuto, Src: en, Tgt: fr}, 1, 2, false, true, nil},
		{"auto: tsv detected", "a\tb\nc\td\n", ReadOptions{Format: FormatAuto, Src: en, Tgt: fr}, 2, 2, false, true, nil},
		{"tmx with Src only: every unit", tmxDoc, ReadOptions{Format: FormatTMX, Src: en}, 2, 3, true, false, nil},
	}
	for _, tt := range tests {
		units, iopt, err := OpenImport(strings.NewReader(tt.data), tt.opt)
		if tt.wantErr != nil || err != nil {
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("OpenImport(%s) error = %v; want %v", tt.desc, err, tt.wantErr)
			}
			continue
		}
		if (iopt.Header != nil) != tt.wantHeader || iopt.Sequential != tt.wantSeq {
			t.Errorf("OpenImport(%s) options = %+v; want header %v, sequential %v", tt.desc, iopt, tt.wantHeader, tt.wantSeq)
		}
		n, vars := 0, 0
		for u, err := range units {
			if err != nil {
				t.Fatalf("OpenImport(%s): %v", tt.desc, err)
			}
			if n == 0 {
				vars = len(u.Variants)
			}
			n++
		}
		if n != tt.wantUnits || vars != tt.wantVars {
			t.Errorf("OpenImport(%s) = %d units, %d variants in the first; want %d, %d", tt.desc, n, vars, tt.wantUnits, tt.wantVars)
		}
	}
	if _, _, err := OpenImport(strings.NewReader(""), ReadOptions{Format: "csv"}); err == nil {
		t.Errorf("OpenImport(format csv) error = nil; want an error")
	}
}
