package align

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/tm/textio"
)

func TestPresegmentedDocument(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Document
	}{
		{"", Document{}},
		{"One.\nTwo.\n", Document{Sentences: []string{"One.", "Two."}, Paragraphs: []int{0, 0}, Starts: []Pos{{1, 0}, {2, 0}}}},
		{"\n\nOne.\r\n \r\nTwo.\n\n\nThree.", Document{Sentences: []string{"One.", "Two.", "Three."}, Paragraphs: []int{0, 1, 2}, Starts: []Pos{{3, 0}, {5, 0}, {8, 0}}}},
	} {
		if got := PresegmentedDocument(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("PresegmentedDocument(%q) = %+v; want %+v", tc.text, got, tc.want)
		}
	}
}

func TestSegmentText(t *testing.T) {
	text := "\ufeffHe said: \"We are ready. We will act.\" Then he left.\n\nA second paragraph.\n"
	for _, tc := range []struct {
		name string
		text string
		opt  DocumentOptions
		want Document
	}{
		{"keep quotes (zero value)", text, DocumentOptions{Lang: language.English},
			Document{Sentences: []string{`He said: "We are ready. We will act."`, "Then he left.", "A second paragraph."}, Paragraphs: []int{0, 0, 1}, Starts: []Pos{{1, 1}, {1, 39}, {3, 1}}}},
		{"split quotes", text, DocumentOptions{Lang: language.English, Quotes: segment.QuotesSplit},
			Document{Sentences: []string{`He said: "We are ready.`, `We will act."`, "Then he left.", "A second paragraph."}, Paragraphs: []int{0, 0, 0, 1}, Starts: []Pos{{1, 1}, {1, 25}, {1, 39}, {3, 1}}}},
		{"no paragraphs", text, DocumentOptions{NoParagraphs: true},
			Document{Sentences: []string{`He said: "We are ready. We will act."`, "Then he left.", "A second paragraph."}, Starts: []Pos{{1, 1}, {1, 39}, {3, 1}}}},
		{"presegmented", "\ufeffOne. Two.\r\n\nThree.\n", DocumentOptions{Presegmented: true, Lang: language.French},
			Document{Sentences: []string{"One. Two.", "Three."}, Paragraphs: []int{0, 1}, Starts: []Pos{{1, 0}, {3, 0}}}},
		{"empty", "\ufeff", DocumentOptions{}, Document{}},
	} {
		got, err := SegmentText(tc.text, tc.opt)
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: SegmentText(%q) = %+v, %v; want %+v", tc.name, tc.text, got, err, tc.want)
		}
	}
}

func TestReadDocument(t *testing.T) {
	ctx := context.Background()
	text := "\ufeffOne sentence. Another one.\n"
	for _, hint := range []int64{0, int64(len(text)), 3} {
		got, err := ReadDocument(ctx, strings.NewReader(text), DocumentOptions{Lang: language.English, SizeHint: hint})
		want := Document{Sentences: []string{"One sentence.", "Another one."}, Paragraphs: []int{0, 0}, Starts: []Pos{{1, 1}, {1, 15}}}
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("ReadDocument(SizeHint %d) = %+v, %v; want %+v", hint, got, err, want)
		}
	}
	// A read error is returned as it is, naming what the reader names.
	errRead := errors.New("read a.txt: line 3: invalid UTF-8")
	if _, err := ReadDocument(ctx, iotest.ErrReader(errRead), DocumentOptions{}); err != errRead {
		t.Errorf("ReadDocument(failing reader) error %v; want %v", err, errRead)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := ReadDocument(cctx, strings.NewReader(text), DocumentOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("ReadDocument(cancelled) error %v; want context.Canceled", err)
	}
}

func TestDocumentText(t *testing.T) {
	d := Document{Sentences: []string{"a", "b c", "d"}}
	for _, tc := range []struct {
		s    Span
		want string
	}{{Span{0, 0}, ""}, {Span{1, 2}, "b c"}, {Span{0, 3}, "a b c d"}} {
		if got := d.Text(tc.s); got != tc.want {
			t.Errorf("Text(%v) = %q; want %q", tc.s, got, tc.want)
		}
	}
}

// TestSegmentTextNFC: a decomposed text ("e" + U+0301) is read as the
// same text composed, so that it aligns, and its pairs are stored, as the
// composed one does.
func TestSegmentTextNFC(t *testing.T) {
	for _, pre := range []bool{false, true} {
		got, err := SegmentText("Le ministre est arrive\u0301 a\u0300 Te\u0301he\u0301ran.\nIl est reparti.\n", DocumentOptions{Presegmented: pre, Lang: language.French})
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Sentences) != 2 || got.Sentences[0] != "Le ministre est arrivé à Téhéran." {
			t.Errorf("presegmented %v: sentences %q; want the first composed, %q", pre, got.Sentences, "Le ministre est arrivé à Téhéran.")
		}
	}
}

// TestSegmentTextLoneCR: lines that end in a lone carriage return (classic
// Mac OS) are lines: a presegmented file was one sentence, and running
// text lost its paragraphs.
func TestSegmentTextLoneCR(t *testing.T) {
	text := "He arrived.\rHe left.\r\rThe talks ended.\r"
	for _, pre := range []bool{false, true} {
		got, err := SegmentText(text, DocumentOptions{Presegmented: pre, Lang: language.English})
		if err != nil {
			t.Fatal(err)
		}
		want, _ := SegmentText(strings.ReplaceAll(text, "\r", "\n"), DocumentOptions{Presegmented: pre, Lang: language.English})
		if !reflect.DeepEqual(got, want) || len(got.Sentences) != 3 || got.Paragraphs[2] != 1 {
			t.Errorf("presegmented %v: %+v; want %+v: 3 sentences, the last in a paragraph of its own", pre, got, want)
		}
	}
}

// TestReadDocumentMarkup: a web page, a TMX or an XLIFF file given to the
// aligner by mistake is bad input naming the file, line 1 and what it is;
// its markup was aligned as sentences, with exit status 0. Text that only
// mentions a tag is text.
func TestReadDocumentMarkup(t *testing.T) {
	for text, kind := range map[string]string{
		"\ufeff\n  <!DOCTYPE html>\n<html lang=\"en\"><body><p>Hello.</p></body></html>\n": "HTML",
		"<HTML><p>Hello.</p></HTML>\n":                           "HTML",
		"<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"></tmx>\n": "XML",
		// XHTML, as DocBook writes it (Debian Reference's chapters): an
		// HTML page, not a TMX or XLIFF file.
		"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Hello.</p></body></html>\n": "HTML",
		"The <html> tag opens a page.\n": "",
	} {
		p, err := ReadPair(context.Background(), Input{File: textFile("a.en.txt", text, nil)}, Input{File: textFile("a.fr.txt", "Bonjour.\n", nil)}, PairOptions{})
		if kind == "" {
			if err != nil || len(p.Src.Sentences) != 1 {
				t.Errorf("ReadPair(%q): %v; want one sentence", text, err)
			}
			continue
		}
		if err == nil || !errors.Is(err, ErrMarkup) || !textio.IsBadInput(err) ||
			!strings.HasPrefix(err.Error(), "read a.en.txt: line 1: an "+kind+" document, not plain text") {
			t.Errorf("ReadPair(%q): %v; want bad input: read a.en.txt: line 1: an %s document, not plain text...", text, err, kind)
		}
	}
}
