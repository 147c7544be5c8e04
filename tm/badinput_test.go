package tm

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/language"
)

// readErrAt is a reader that yields s and then fails with err, as the
// command's UTF-8 checking reader does at an invalid byte.
func readErrAt(s string, err error) io.Reader {
	return io.MultiReader(strings.NewReader(s), iotest.ErrReader(err))
}

func TestLineReadersBadInput(t *testing.T) {
	en, fr := language.English, language.French
	errRead := errors.New("read x.tsv: line 2: invalid UTF-8 (byte 0xff)")
	for _, tc := range []struct {
		name  string
		jsonl bool
		r     io.Reader
		want  string
	}{
		{"tsv read error mid-line", false, readErrAt("ok\tbien\nhalf", errRead), errRead.Error()},
		{"jsonl read error mid-line", true, readErrAt(`{"src_text":"a","tgt_text":"b"}`+"\n{\"src", errRead), errRead.Error()},
		{"tsv NUL byte", false, strings.NewReader("a\tb\nc\x00\td\n"), "line 2: a NUL byte"},
		{"tsv wrong column count", false, strings.NewReader("a\tb\nc\td\te\tf\n"), "line 2: want SOURCE<TAB>TARGET[<TAB>SCORE], found 4 fields"},
		{"tsv without a tab", false, strings.NewReader("a\tb\nThe talks resumed. They ended.\n"), "line 2: want SOURCE<TAB>TARGET[<TAB>SCORE], found no tab (running text? bitext align TEXT TRANSLATION --into"},
		{"tsv cut in its last line's target", false, strings.NewReader("Hello.\tBonjour.\t0.912\nGood day.\tBonne jour"), "line 2: no line end and no score, but line 1 has one: the file cut short?"},
		{"tsv cut after its last tab", false, strings.NewReader("Hello.\tBonjour.\t0.912\nGood day.\tBonne journée.\t"), "line 2: no line end and an empty last column: the file cut short?"},
		{"tsv cut after its first tab", false, strings.NewReader("Hello.\tBonjour.\nGood day.\t"), "line 2: no line end and an empty last column"},
		{"tsv line too long", false, strings.NewReader("a\tb\n" + strings.Repeat("x", maxLine+1) + "\ty\n"), "line 2: a line longer than 2 MiB"},
		{"jsonl bad line", true, strings.NewReader(`{"src_text":"a","tgt_text":"b"}` + "\n{bad\n"), "line 2: not a JSON object"},
	} {
		seq := ReadTSV(tc.r, en, fr)
		if tc.jsonl {
			seq = ReadAlignJSONL(tc.r, en, fr)
		}
		var got error
		for _, err := range seq {
			if err != nil {
				got = err
			}
		}
		if got == nil || !strings.Contains(got.Error(), tc.want) {
			t.Errorf("%s: error %v; want one containing %q", tc.name, got, tc.want)
		}
	}
}

func TestLineReadersSkipBOM(t *testing.T) {
	for _, jsonl := range []bool{false, true} {
		in := "\ufeffHello\tBonjour\n"
		seq := ReadTSV(strings.NewReader(in), language.English, language.French)
		if jsonl {
			in = "\ufeff" + `{"src_text":"Hello","tgt_text":"Bonjour"}` + "\n"
			seq = ReadAlignJSONL(strings.NewReader(in), language.English, language.French)
		}
		for u, err := range seq {
			if err != nil || u.Variants[0].Text != "Hello" {
				t.Errorf("read(%q) = %q, %v; want the source \"Hello\" without the byte order mark", in, u.Variants[0].Text, err)
			}
		}
	}
}

func TestReadTSVSkipsEmptySides(t *testing.T) {
	in := "Hello\t\n\tBonjour\n \t \nThanks.\tMerci.\n"
	var got []string
	for u, err := range ReadTSV(strings.NewReader(in), language.English, language.French) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, u.Variants[0].Text+"|"+u.Variants[1].Text)
	}
	if len(got) != 1 || got[0] != "Thanks.|Merci." {
		t.Errorf("ReadTSV(%q) = %q; want only the pair with both sides", in, got)
	}
}

// A TSV file with the line ends of classic Mac OS (a lone CR) is read a
// pair a line: it was one line of three or more fields, refused with
// "score "Deux." is not a number" (trial42).
func TestReadTSVLoneCR(t *testing.T) {
	for _, in := range []string{"One.\tUn.\rTwo.\tDeux.\r", "One.\tUn.\t0.9\rTwo.\tDeux.\t0.8", "One.\tUn.\r\nTwo.\tDeux.\n"} {
		var got []string
		for u, err := range ReadTSV(strings.NewReader(in), language.English, language.French) {
			if err != nil {
				t.Fatalf("ReadTSV(%q): %v", in, err)
			}
			got = append(got, u.Variants[0].Text+"|"+u.Variants[1].Text)
		}
		if strings.Join(got, " ") != "One.|Un. Two.|Deux." {
			t.Errorf("ReadTSV(%q) = %q; want the two pairs", in, got)
		}
	}
}

// A TSV file whose last line has no line end is read whole when its
// columns are (many editors write no final newline); scores may be on
// some lines only (the README's example), and blank lines anywhere.
func TestReadTSVLastLineWhole(t *testing.T) {
	for _, in := range []string{
		"Hello.\tBonjour.\t0.9\nGood day.\tBonne journée.\t0.8",
		"Hello.\tBonjour.\nGood day.\tBonne journée.",
		"Hello.\tBonjour.\nGood day.\tBonne journée.\t0.8\n",
		"Hello.\tBonjour.\t0.9\n\n\t\t\nGood day.\tBonne journée.\t0.8\n",
		"Hello.\tBonjour.\t0.9\nGood day.\tBonne journée.\n",
		"Hello.\tBonjour.\t0.9\r\nGood day.\tBonne journée.\r",
		"Hello.\tBonjour.\t0.9\n\nGood day.\tBonne journée.\t0.8\n\t\t",
	} {
		var got []string
		for u, err := range ReadTSV(strings.NewReader(in), language.English, language.French) {
			if err != nil {
				t.Fatalf("ReadTSV(%+q): %v", in, err)
			}
			got = append(got, u.Variants[1].Text)
		}
		if strings.Join(got, "|") != "Bonjour.|Bonne journée." {
			t.Errorf("ReadTSV(%+q) = %q; want both pairs whole", in, got)
		}
	}
}

// FuzzReadLines feeds arbitrary bytes to the TSV and JSON Lines readers:
// they never panic, every error is a LineError with a line within the
// input, and every unit has a source and a target.
func FuzzReadLines(f *testing.F) {
	f.Add([]byte("a\tb\nc\td\t0.5\n"), false)
	f.Add([]byte("\ufeffa\tb\r\n\n\x00\t\xff"), false)
	f.Add([]byte(`{"src_text":"a","tgt_text":"b","score":1}`+"\n{bad"), true)
	f.Fuzz(func(t *testing.T, data []byte, jsonl bool) {
		seq := ReadTSV(bytes.NewReader(data), language.English, language.French)
		if jsonl {
			seq = ReadAlignJSONL(bytes.NewReader(data), language.English, language.French)
		}
		lines := bytes.Count(data, []byte{'\n'}) + 1
		if !jsonl { // a lone CR ends a TSV line too
			lines += bytes.Count(data, []byte{'\r'})
		}
		for u, err := range seq {
			if err != nil {
				var le *LineError
				if !errors.As(err, &le) || le.Line < 1 || le.Line > lines+1 {
					t.Fatalf("read(%q) error %v; want a LineError within %d lines", data, err, lines)
				}
				continue
			}
			if len(u.Variants) != 2 {
				t.Fatalf("read(%q) unit %+v; want a source and a target", data, u)
			}
		}
	})
}

// TestReadAlignJSONLEmptySideLines: tm import of bead JSON Lines counted
// the beads with an empty side but its note could not say where they
// were ("3 pairs with an empty side left out"): align.ReadJSONL gave no
// line numbers. It names their lines, as a TSV file's note does.
func TestReadAlignJSONLEmptySideLines(t *testing.T) {
	in := "\n" + `{"src":[0],"tgt":[0],"score":0.9,"src_text":"One.","tgt_text":"Un."}` + "\n" +
		`{"src":[1],"tgt":[],"score":0,"src_text":"Two.","tgt_text":""}` + "\n\n" +
		`{"src":[],"tgt":[1],"score":0,"src_text":"","tgt_text":"Deux."}` + "\n" +
		`{"src":[2],"tgt":[2],"score":0.8,"src_text":"Three.","tgt_text":"  "}` + "\n"
	var skipped Skipped
	n := 0
	for _, err := range readAlignJSONL(strings.NewReader(in), language.English, language.French, &skipped) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	want := "t.jsonl: 3 beads with an empty side left out (lines 3, 5, 6): a sentence without its partner is nothing to remember"
	if got := skipped.EmptySideNote("t.jsonl"); n != 1 || got != want {
		t.Errorf("read %d units, note %q; want 1 and %q", n, got, want)
	}
}
