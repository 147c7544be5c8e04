package align

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// FuzzReadDocument reads arbitrary text as a document to align, running
// or one sentence a line: markup is refused on line 1 as ErrMarkup;
// otherwise each sentence is one line of valid UTF-8 (for valid input),
// paragraphs never go back, and the sentences hold every character of
// the text but white space, in order (NFC, as the text is read).
func FuzzReadDocument(f *testing.F) {
	f.Add("Le ministre est arrivé. Il est reparti.\n\nM. Dupont a dit « oui ».", "fr", false)
	f.Add("One.\r\nTwo.\rThree?\n", "en", true)
	f.Add("他们研究了这个问题。我们喜欢音乐！", "zh", false)
	f.Add("<!DOCTYPE html><p>x</p>", "en", false)
	f.Add("\ufeff  <?xml version='1.0'?>", "de", false)
	f.Add("Dr. Smith e\u0301 went.  St. Louis", "und", false)
	f.Fuzz(func(t *testing.T, text, lang string, pre bool) {
		tag, err := language.Parse(lang)
		if err != nil {
			tag = language.Und
		}
		d, err := ReadDocument(context.Background(), strings.NewReader(text), DocumentOptions{Lang: tag, Presegmented: pre})
		if err != nil {
			if !errors.Is(err, ErrMarkup) || !strings.HasPrefix(err.Error(), "line 1: ") {
				t.Fatalf("%+q: error %v; want markup on line 1", text, err)
			}
			return
		}
		if len(d.Paragraphs) != len(d.Sentences) {
			t.Fatalf("%+q: %d paragraph numbers for %d sentences", text, len(d.Paragraphs), len(d.Sentences))
		}
		for i := 1; i < len(d.Paragraphs); i++ {
			if d.Paragraphs[i] < d.Paragraphs[i-1] {
				t.Fatalf("%+q: paragraphs %v go back", text, d.Paragraphs)
			}
		}
		for _, s := range d.Sentences {
			if strings.ContainsAny(s, "\r\n") && !pre || strings.Contains(s, "\n") {
				t.Fatalf("%+q: sentence %+q holds a line break", text, s)
			}
			if utf8.ValidString(text) && !utf8.ValidString(s) {
				t.Fatalf("%+q: sentence %+q is not UTF-8", text, s)
			}
		}
		if !utf8.ValidString(text) {
			return
		}
		want := noSpace(norm.NFC.String(strings.TrimPrefix(text, "\ufeff")))
		if got := noSpace(strings.Join(d.Sentences, "")); got != want {
			t.Fatalf("%+q (%s, presegmented %v): sentences %q hold %+q; want %+q", text, tag, pre, d.Sentences, got, want)
		}
	})
}

func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
