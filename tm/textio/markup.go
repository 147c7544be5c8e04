package textio

import (
	"bufio"
	"errors"
	"io"
	"strings"
)

// markupHead is how far MarkupKind looks into a text: past an XML
// declaration, a doctype and comments, to an XHTML page's <html>.
const markupHead = 1024

// MarkupKind is "HTML" or "XML" when text opens as such a document (after
// white space and a byte-order mark), else "". An XML document whose
// doctype or root, within its first markupHead bytes, is html is XHTML:
// an HTML page (DocBook's HTML, Debian Reference's among them, opens with
// <?xml).
func MarkupKind(text string) string {
	head := strings.TrimLeft(strings.TrimPrefix(text, "\ufeff"), " \t\r\n")
	head = strings.ToLower(head[:min(len(head), markupHead)])
	switch {
	case strings.HasPrefix(head, "<!doctype html"), strings.HasPrefix(head, "<html"):
		return "HTML"
	case strings.HasPrefix(head, "<?xml") && (strings.Contains(head, "<!doctype html") || strings.Contains(head, "<html")):
		return "HTML"
	case strings.HasPrefix(head, "<?xml"):
		return "XML"
	}
	return ""
}

// RefuseMarkup returns a reader of r, the input name, that fails at its
// first read with a bad-input *Error (line 1) when r opens as an HTML or
// XML document: a command that reads running text, given a web page or a
// TMX file by mistake, made sentences of its markup and exited 0. what
// says what the command reads and where such a file goes instead, for the
// message ("segment reads running text; tm pretranslate reads HTML").
func RefuseMarkup(name string, r io.Reader, what string) io.Reader {
	return &markupGuard{name: name, br: bufio.NewReaderSize(r, markupHead), what: what}
}

type markupGuard struct {
	name, what string
	br         *bufio.Reader
	checked    bool
}

func (g *markupGuard) Read(p []byte) (int, error) {
	if !g.checked {
		g.checked = true
		head, err := g.br.Peek(markupHead)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
			return 0, err
		}
		if kind := MarkupKind(string(head)); kind != "" {
			return 0, &Error{Name: g.name, Line: 1, Msg: "an " + kind + " document, not plain text: " + g.what}
		}
	}
	return g.br.Read(p)
}
