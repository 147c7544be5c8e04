package segment

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestAppendJSONL(t *testing.T) {
	for _, tc := range []struct {
		file, text, want string
	}{
		{"", "plain", `{"text":"plain","start":1,"end":2,"para":3}`},
		{"a.txt", "plain", `{"file":"a.txt","text":"plain","start":1,"end":2,"para":3}`},
		{"<stdin>", `say "hi"`, `{"file":"<stdin>","text":"say \"hi\"","start":1,"end":2,"para":3}`},
		{"", "quote \" back \\ tab \t nl \n cr \r", `{"text":"quote \" back \\ tab \t nl \n cr \r","start":1,"end":2,"para":3}`},
		{"", "ctl \x01 \x1f del \x7f", `{"text":"ctl \u0001 \u001f del ` + "\x7f" + `","start":1,"end":2,"para":3}`},
		{"", "ls \u2028 ps \u2029 é 中 ‐ €", `{"text":"ls \u2028 ps \u2029 é 中 ‐ €","start":1,"end":2,"para":3}`},
		// U+FFFD in the input is a character like any other: it was
		// written \u202d.
		{"", "a \uFFFD b", `{"text":"a ` + "\uFFFD" + ` b","start":1,"end":2,"para":3}`},
		{"", "\uFFFD", `{"text":"` + "\uFFFD" + `","start":1,"end":2,"para":3}`},
		// Bytes that are not UTF-8 (which the CLI's reader never lets
		// through) still make valid JSON.
		{"", "bad \xff \xe2\x80 end", `{"text":"bad \ufffd \ufffd\ufffd end","start":1,"end":2,"para":3}`},
		{"", "\xe2\x80\xa8\xff", `{"text":"\u2028\ufffd","start":1,"end":2,"para":3}`},
	} {
		got := string(AppendJSONL(nil, tc.file, Sentence{Text: tc.text, Start: 1, End: 2, Para: 3}))
		if got != tc.want+"\n" {
			t.Errorf("AppendJSONL(%q, %+q) = %s; want %s", tc.file, tc.text, got, tc.want)
		}
	}
}

func TestJSONLWriter(t *testing.T) {
	var buf bytes.Buffer
	w := NewJSONLWriter(&buf)
	w.Write(Sentence{Text: "One.", Start: 0, End: 4})
	w.File = "b.txt"
	w.Write(Sentence{Text: "Two.", Start: 5, End: 9, Para: 1})
	want := `{"text":"One.","start":0,"end":4,"para":0}` + "\n" +
		`{"file":"b.txt","text":"Two.","start":5,"end":9,"para":1}` + "\n"
	if buf.String() != want {
		t.Errorf("JSONLWriter wrote\n%s; want\n%s", buf.String(), want)
	}
}

// FuzzAppendJSONL checks that every record is one line of valid JSON that
// decodes to the sentence (text that is not UTF-8 with U+FFFD for each bad
// byte, as encoding/json does).
func FuzzAppendJSONL(f *testing.F) {
	for _, s := range []string{"", "plain", "a \uFFFD b", "\u2028\u2029", "\x00\x1f\"\\", "\xff\xe2\x80", "中文。\n"} {
		f.Add(s, "a.txt", 3)
	}
	f.Fuzz(func(t *testing.T, text, file string, n int) {
		line := AppendJSONL(nil, file, Sentence{Text: text, Start: n, End: n + 1, Para: n})
		if bytes.Count(line, []byte("\n")) != 1 || line[len(line)-1] != '\n' {
			t.Fatalf("AppendJSONL(%+q) = %q; want one line", text, line)
		}
		if !json.Valid(line) {
			t.Fatalf("AppendJSONL(%+q) = %s: not valid JSON", text, line)
		}
		var rec Record
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatal(err)
		}
		// encoding/json reads each byte that is not UTF-8 as U+FFFD.
		valid := func(s string) string {
			var sb strings.Builder
			for _, r := range s {
				sb.WriteRune(r)
			}
			return sb.String()
		}
		if rec.Text != valid(text) || rec.File != valid(file) || rec.Start != n || rec.End != n+1 || rec.Para != n {
			t.Fatalf("AppendJSONL(%+q) decodes to %+v", text, rec)
		}
	})
}

// BenchmarkAppendJSONL encodes the sentences of about 5 MB of text: English
// prose and Persian (mostly multi-byte characters).
func BenchmarkAppendJSONL(b *testing.B) {
	base := benchText(b)
	for _, tc := range []struct{ name, lang, text string }{
		{"en", "en", base},
		{"fa", "fa", strings.Repeat("سردار سلامی و وزیر دفاع عراق بر تبادل تجربیات تأکید کردند. ", 1<<20/100)},
	} {
		text := strings.Repeat(tc.text, 5)
		s, _ := New(language.MustParse(tc.lang))
		sents := s.SplitString(text)
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			var buf []byte
			for b.Loop() {
				for _, s := range sents {
					buf = AppendJSONL(buf[:0], "story.en.txt", s)
				}
			}
		})
	}
}

func TestTextWriter(t *testing.T) {
	var buf bytes.Buffer
	w := NewTextWriter(&buf)
	for _, s := range []Sentence{{Text: "One."}, {Text: "Two."}, {Text: "Three.", Para: 1}} {
		w.Write(s)
	}
	w.NextInput()
	w.Write(Sentence{Text: "Other."})
	w.Write(Sentence{Text: "Last.", Para: 2})
	if want := "One.\nTwo.\n\nThree.\n\nOther.\n\nLast.\n"; buf.String() != want {
		t.Errorf("TextWriter wrote %q; want %q", buf.String(), want)
	}
}

// TestWriteSentences: each Format's Writer names its inputs as it should,
// a cancelled context stops the copy, and a writer's error is returned.
func TestWriteSentences(t *testing.T) {
	seg, _ := New(language.English)
	for _, tc := range []struct {
		f    Format
		want string
	}{
		{FormatText, "One.\nTwo.\n\nThree.\n"},
		{FormatJSONL, `{"file":"a.txt","text":"One.","start":0,"end":4,"para":0}` + "\n" +
			`{"file":"a.txt","text":"Two.","start":5,"end":9,"para":0}` + "\n" +
			`{"file":"b.txt","text":"Three.","start":0,"end":6,"para":0}` + "\n"},
	} {
		var buf bytes.Buffer
		w := NewWriter(&buf, tc.f)
		for _, in := range []struct{ name, text string }{{"a.txt", "One. Two."}, {"b.txt", "Three."}} {
			w.StartInput(in.name)
			if err := seg.WriteSentences(context.Background(), w, strings.NewReader(in.text)); err != nil {
				t.Fatal(err)
			}
		}
		if buf.String() != tc.want {
			t.Errorf("format %d wrote\n%s; want\n%s", tc.f, buf.String(), tc.want)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := seg.WriteSentences(ctx, NewWriter(io.Discard, FormatText), strings.NewReader("One.")); !errors.Is(err, context.Canceled) {
		t.Errorf("WriteSentences cancelled: %v", err)
	}
	bad := errors.New("disk full")
	if err := seg.WriteSentences(context.Background(), failWriter{bad}, strings.NewReader("One.")); !errors.Is(err, bad) {
		t.Errorf("WriteSentences to a failing writer: %v", err)
	}
}

// failWriter is a Writer whose every Write fails with err.
type failWriter struct{ err error }

func (failWriter) StartInput(string)      {}
func (w failWriter) Write(Sentence) error { return w.err }
