package textio

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// TestRefuseMarkup: a web page (XHTML too, which opens as XML) or an XML
// file is bad input naming the input and line 1; text, and text that
// only mentions a tag, read through unchanged.
func TestRefuseMarkup(t *testing.T) {
	const what = "segment reads running text; tm pretranslate reads HTML"
	for in, kind := range map[string]string{
		"\ufeff  <!DOCTYPE html>\n<html><p>Hi.</p></html>\n": "HTML",
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"x.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><p>Hi.</p></html>\n": "HTML",
		"<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"></tmx>\n": "XML",
		"The <html> tag opens a page.\n":                         "",
		strings.Repeat("Plain text. ", 500):                      "",
	} {
		got, err := io.ReadAll(RefuseMarkup("ch08.en.html", strings.NewReader(in), what))
		if kind == "" {
			if err != nil || string(got) != in {
				t.Errorf("RefuseMarkup(%.30q): %v, %d bytes; want the text unchanged", in, err, len(got))
			}
			continue
		}
		var te *Error
		if want := "read ch08.en.html: line 1: an " + kind + " document, not plain text: " + what; err == nil || err.Error() != want || !errors.As(err, &te) || !IsBadInput(err) {
			t.Errorf("RefuseMarkup(%.30q): %v; want bad input %q", in, err, want)
		}
	}
}
