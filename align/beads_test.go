package align

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// beadsFixture is an alignment with a 2-1 bead, an unmatched sentence on
// each side, and text that needs escaping in JSON and cleaning in TSV.
func beadsFixture() (src, tgt Document, beads []Bead) {
	src = Document{Sentences: []string{"He said \"go\".", "Tab\there.", "Line\r\nbreak <&>", "Only source."}}
	tgt = Document{Sentences: []string{"Il a dit « va ».", "Ligne\\saut\u2028.", "Seulement la cible."}}
	beads = []Bead{
		{Src: Span{0, 2}, Tgt: Span{0, 1}, Score: 0.931},
		{Src: Span{2, 3}, Tgt: Span{1, 2}, Score: 1},
		{Src: Span{3, 4}, Tgt: Span{2, 2}},
		{Src: Span{4, 4}, Tgt: Span{2, 3}},
	}
	return src, tgt, beads
}

func TestWriteJSONL(t *testing.T) {
	src, tgt, beads := beadsFixture()
	var b bytes.Buffer
	if err := WriteJSONL(&b, src, tgt, beads); err != nil {
		t.Fatal(err)
	}
	want := `{"src":[0,1],"tgt":[0],"score":0.931,"src_text":"He said \"go\". Tab\there.","tgt_text":"Il a dit « va »."}
{"src":[2],"tgt":[1],"score":1,"src_text":"Line\r\nbreak <&>","tgt_text":"Ligne\\saut\u2028."}
{"src":[3],"tgt":[],"score":0,"src_text":"Only source.","tgt_text":""}
{"src":[],"tgt":[2],"score":0,"src_text":"","tgt_text":"Seulement la cible."}
`
	if b.String() != want {
		t.Errorf("WriteJSONL =\n%s\nwant\n%s", b.String(), want)
	}
	if err := WriteJSONL(io.Discard, src, tgt, []Bead{{Score: math.NaN()}}); err == nil {
		t.Errorf("WriteJSONL(score NaN) = nil; want an error")
	}
}

func TestWriteTSV(t *testing.T) {
	src, tgt, beads := beadsFixture()
	var b bytes.Buffer
	if err := WriteTSV(&b, src, tgt, beads); err != nil {
		t.Fatal(err)
	}
	want := "He said \"go\". Tab here.\tIl a dit « va ».\t0.931\n" +
		"Line  break <&>\tLigne\\saut\u2028.\t1.000\n" +
		"Only source.\t\t0.000\n" +
		"\tSeulement la cible.\t0.000\n"
	if b.String() != want {
		t.Errorf("WriteTSV = %q; want %q", b.String(), want)
	}
}

// TestWriteErrors checks that a failing writer's error is returned.
func TestWriteErrors(t *testing.T) {
	src, tgt, beads := beadsFixture()
	errDisk := errors.New("disk full")
	for name, write := range map[string]func(io.Writer, Document, Document, []Bead) error{"jsonl": WriteJSONL, "tsv": WriteTSV} {
		if err := write(errWriter{errDisk}, src, tgt, beads); !errors.Is(err, errDisk) {
			t.Errorf("%s: error %v; want %v", name, err, errDisk)
		}
	}
}

type errWriter struct{ err error }

func (w errWriter) Write([]byte) (int, error) { return 0, w.err }

func TestReadJSONL(t *testing.T) {
	src, tgt, beads := beadsFixture()
	var b bytes.Buffer
	if err := WriteJSONL(&b, src, tgt, beads); err != nil {
		t.Fatal(err)
	}
	var got []BeadRecord
	for rec, err := range ReadJSONL(strings.NewReader("\ufeff\n"+b.String()+"  \n"), 0) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, rec)
	}
	var want []BeadRecord
	for i, bd := range beads {
		rec := NewBeadRecord(src, tgt, bd)
		rec.Line = i + 2 // after the line of the byte-order mark
		want = append(want, rec)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadJSONL(WriteJSONL(beads)) =\n%+v\nwant\n%+v", got, want)
	}

	// Absent fields are nil or zero; unknown ones are ignored; the
	// documents' names are read.
	in := `{"src_text":"a","tgt_text":"b","src_doc":"x.en","tgt_doc":"x.fr","extra":[1]}`
	for rec, err := range ReadJSONL(strings.NewReader(in), 0) {
		want := BeadRecord{SrcText: "a", TgtText: "b", SrcDoc: "x.en", TgtDoc: "x.fr", Line: 1}
		if err != nil || !reflect.DeepEqual(rec, want) {
			t.Errorf("ReadJSONL(%s) = %+v, %v; want %+v", in, rec, err, want)
		}
	}
}

func TestReadJSONLErrors(t *testing.T) {
	errRead := errors.New("read x.jsonl: line 2: invalid UTF-8 (byte 0xff)")
	ok := `{"src_text":"a","tgt_text":"b"}` + "\n"
	for _, tc := range []struct {
		name    string
		r       io.Reader
		maxLine int
		want    string
		line    int // of the *RecordError, 0 for none
	}{
		{"not JSON", strings.NewReader(ok + "\n{bad\n"), 0, "line 3: not a JSON object", 3},
		{"not an object", strings.NewReader(ok + "[1]\n"), 0, "line 2: not a JSON object", 2},
		// a pasted curly quote named as itself, not by its first byte ('â')
		{"a curly quote", strings.NewReader(ok + `{“src_text”:"a","tgt_text":"b"}` + "\n"), 0, "line 2: not a JSON object: invalid character '“' (U+201C) looking for beginning of object key string", 2},
		{"no texts", strings.NewReader(ok + `{"src":[0],"tgt":[0]}` + "\n"), 0, `line 2: want the fields "src_text" and "tgt_text"`, 2},
		{"index not a number", strings.NewReader(`{"src":["a"],"src_text":"a","tgt_text":"b"}`), 0, `line 1: "src" must be a list of sentence numbers ([0, 1]), not a JSON string`, 1},
		{"score a string", strings.NewReader(`{"src":[0],"tgt":[0],"score":"high","src_text":"a","tgt_text":"b"}`), 0, `line 1: "score" must be a number, not a JSON string`, 1},
		// encoding/json decodes half a surrogate pair as U+FFFD, which
		// tm import stored in place of the character.
		{"half a surrogate pair", strings.NewReader(ok + `{"src_text":"a \ud83d","tgt_text":"b"}` + "\n"), 0, `line 2: a string has half of a UTF-16 surrogate pair alone (\ud83d)`, 2},
		{"line too long", strings.NewReader(ok + strings.Repeat("x", 2<<20) + "\n"), 1 << 20, "line 2: a line longer than 1 MiB", 2},
		{"read error mid-line", io.MultiReader(strings.NewReader(ok+`{"src`), iotest.ErrReader(errRead)), 0, errRead.Error(), 0},
	} {
		var got error
		n := 0
		for _, err := range ReadJSONL(tc.r, tc.maxLine) {
			if err != nil {
				got = err
				break
			}
			n++
		}
		if got == nil || !strings.Contains(got.Error(), tc.want) {
			t.Errorf("%s: error %v; want one containing %q", tc.name, got, tc.want)
			continue
		}
		var re *RecordError
		switch {
		case tc.line == 0 && errors.As(got, &re):
			t.Errorf("%s: error %v is a RecordError; want the read error as it is", tc.name, got)
		case tc.line != 0 && (!errors.As(got, &re) || re.Line != tc.line):
			t.Errorf("%s: error %#v; want a *RecordError on line %d", tc.name, got, tc.line)
		}
		if strings.Contains(got.Error(), "Go ") {
			t.Errorf("%s: error %v names Go's types", tc.name, got)
		}
		if n != 1 && tc.name != "index not a number" && tc.name != "score a string" {
			t.Errorf("%s: %d records before the error; want 1", tc.name, n)
		}
	}
}

// FuzzBeadFormats checks the bead writers on any text and score: WriteJSONL
// writes what encoding/json writes for the records, ReadJSONL reads back
// the records encoding/json would decode from that, and WriteTSV writes one
// line of three fields a bead.
func FuzzBeadFormats(f *testing.F) {
	f.Add("He said \"go\".|Tab\there.", "Il a dit.|\u2028\\", 0.931)
	f.Add("\xff\x00\x1f<&>", "", 1e-9)
	f.Add("", "a\r\nb", 0.0)
	f.Fuzz(func(t *testing.T, s, tg string, score float64) {
		if math.IsNaN(score) || math.IsInf(score, 0) {
			return
		}
		src := Document{Sentences: strings.Split(s, "|")}
		tgt := Document{Sentences: strings.Split(tg, "|")}
		n, m := len(src.Sentences), len(tgt.Sentences)
		beads := []Bead{
			{Src: Span{0, n}, Tgt: Span{0, m}, Score: score},
			{Src: Span{0, 1}, Tgt: Span{m, m}},
			{Src: Span{n, n}, Tgt: Span{m - 1, m}, Score: -score},
		}
		var got, want bytes.Buffer
		if err := WriteJSONL(&got, src, tgt, beads); err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		var records []BeadRecord
		for _, b := range beads {
			rec := NewBeadRecord(src, tgt, b)
			if err := enc.Encode(rec); err != nil {
				t.Fatal(err)
			}
			records = append(records, rec)
		}
		if got.String() != want.String() {
			t.Fatalf("WriteJSONL =\n%q\nencoding/json writes\n%q", got.String(), want.String())
		}
		k := 0
		for rec, err := range ReadJSONL(&got, 0) {
			if err != nil {
				t.Fatalf("ReadJSONL(WriteJSONL) record %d: %v", k, err)
			}
			var wantRec BeadRecord
			j, _ := json.Marshal(records[k])
			if err := json.Unmarshal(j, &wantRec); err != nil {
				t.Fatal(err)
			}
			wantRec.Scored = true // WriteJSONL writes every bead's score
			wantRec.Line = k + 1
			if !reflect.DeepEqual(rec, wantRec) {
				t.Fatalf("ReadJSONL(WriteJSONL) record %d = %+v; want %+v", k, rec, wantRec)
			}
			k++
		}
		if k != len(beads) {
			t.Fatalf("ReadJSONL(WriteJSONL) read %d records; want %d", k, len(beads))
		}
		var tsv bytes.Buffer
		if err := WriteTSV(&tsv, src, tgt, beads); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(tsv.String(), "\n"), "\n")
		if len(lines) != len(beads) {
			t.Fatalf("WriteTSV wrote %d lines; want %d: %q", len(lines), len(beads), tsv.String())
		}
		for _, l := range lines {
			if c := strings.Count(l, "\t"); c != 2 {
				t.Fatalf("WriteTSV line %q has %d tabs; want 2", l, c)
			}
		}
	})
}

// BenchmarkWriteJSONL writes a long document's beads.
func BenchmarkWriteJSONL(b *testing.B) {
	var sents []string
	for i := range 10_000 {
		sents = append(sents, strings.Repeat("The minister said \"we are ready\" on Monday. ", 1+i%3))
	}
	d := Document{Sentences: sents}
	beads := make([]Bead, len(sents))
	for i := range beads {
		beads[i] = Bead{Src: Span{i, i + 1}, Tgt: Span{i, i + 1}, Score: 0.876}
	}
	for _, bc := range []struct {
		name  string
		write func(io.Writer, Document, Document, []Bead) error
	}{{"jsonl", WriteJSONL}, {"tsv", WriteTSV}, {"jsonl-encoding-json", writeJSONLWithEncoder}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if err := bc.write(io.Discard, d, d, beads); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// writeJSONLWithEncoder is WriteJSONL done with encoding/json, as
// cmd/bitext did before: the baseline of BenchmarkWriteJSONL.
func writeJSONLWithEncoder(w io.Writer, src, tgt Document, beads []Bead) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, b := range beads {
		if err := enc.Encode(NewBeadRecord(src, tgt, b)); err != nil {
			return err
		}
	}
	return nil
}

// TestJoinCJK: a bead of two Chinese or Japanese sentences joins them
// without a space, as the text had them (a space between them was stored
// in the TM and written in every format); other scripts, Korean
// included, keep the space.
func TestJoinCJK(t *testing.T) {
	for _, tc := range []struct {
		a, b, want string
	}{
		{"那天晚上我没走掉。", "陈清扬把我拽住，叫我留下来。", "那天晚上我没走掉。陈清扬把我拽住，叫我留下来。"},
		{"他说：“好。”", "“我们走吧！”", "他说：“好。”“我们走吧！”"},
		{"今日は雨です。", "「明日は晴れ」と言った。", "今日は雨です。「明日は晴れ」と言った。"},
		{"He left.", "She stayed.", "He left. She stayed."},
		{"He said “好。”", "She stayed.", "He said “好。” She stayed."},
		{"오늘은 비가 온다.", "내일은 맑다.", "오늘은 비가 온다. 내일은 맑다."},
		{"第1章", "Chapter 1.", "第1章 Chapter 1."},
	} {
		d := Document{Sentences: []string{tc.a, tc.b}}
		beads := []Bead{{Src: Span{0, 2}, Tgt: Span{0, 2}, Score: 0.5}}
		if got := d.Text(Span{0, 2}); got != tc.want {
			t.Errorf("Text(%q, %q) = %q; want %q", tc.a, tc.b, got, tc.want)
		}
		var j, s bytes.Buffer
		if err := WriteJSONL(&j, d, d, beads); err != nil {
			t.Fatal(err)
		}
		var rec BeadRecord
		if err := json.Unmarshal(j.Bytes(), &rec); err != nil || rec.SrcText != tc.want || rec.TgtText != tc.want {
			t.Errorf("WriteJSONL of %q, %q: %s (%v); want the texts %q", tc.a, tc.b, j.Bytes(), err, tc.want)
		}
		if err := WriteTSV(&s, d, d, beads); err != nil || s.String() != tc.want+"\t"+tc.want+"\t0.500\n" {
			t.Errorf("WriteTSV of %q, %q: %q (%v); want the texts %q", tc.a, tc.b, s.String(), err, tc.want)
		}
	}
}

// TestTrimSentences: the white space around a presegmented line (an
// indent, trailing blanks) is no part of the sentence written in any
// format or stored; inner white space stays.
func TestTrimSentences(t *testing.T) {
	d := PresegmentedDocument("   Indented  sentence.   \n\tTabbed one.\n")
	beads := []Bead{{Src: Span{0, 1}, Tgt: Span{0, 1}, Score: 0.5}, {Src: Span{0, 2}, Tgt: Span{1, 2}, Score: 0.5}}
	if got := d.Text(Span{0, 2}); got != "Indented  sentence. Tabbed one." {
		t.Errorf("Text = %q", got)
	}
	var j, s bytes.Buffer
	if err := WriteJSONL(&j, d, d, beads); err != nil {
		t.Fatal(err)
	}
	if err := WriteTSV(&s, d, d, beads); err != nil {
		t.Fatal(err)
	}
	wantJ := `{"src":[0],"tgt":[0],"score":0.5,"src_text":"Indented  sentence.","tgt_text":"Indented  sentence."}` + "\n" +
		`{"src":[0,1],"tgt":[1],"score":0.5,"src_text":"Indented  sentence. Tabbed one.","tgt_text":"Tabbed one."}` + "\n"
	wantS := "Indented  sentence.\tIndented  sentence.\t0.500\nIndented  sentence. Tabbed one.\tTabbed one.\t0.500\n"
	if j.String() != wantJ || s.String() != wantS {
		t.Errorf("WriteJSONL:\n%s\nwant\n%s\nWriteTSV:\n%q\nwant\n%q", j.String(), wantJ, s.String(), wantS)
	}
}
