package tm

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bitext/bitext/tm/xliff"
	"github.com/bitext/bitext/tm/xmlenc"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
)

// A client's XLIFF file in another encoding than UTF-8 is pretranslated
// in the encoding it came in: UTF-16 (little or big endian, with the byte
// order mark it had, or none) or a single-byte encoding its XML
// declaration names (ISO-8859-x, windows-125x, KOI8-R, US-ASCII, ...).
// The rewriter works on the file decoded to UTF-8 and its output is
// encoded back, so that the declaration, the byte order mark and every
// byte outside the filled targets come back as read (decoding and
// encoding a single-byte or UTF-16 text gives its bytes again). A target
// the encoding cannot write (a "œ" in ISO-8859-1, a Cyrillic letter in
// windows-1252) is refused, naming the unit, and nothing is written: the
// output is held until the whole file is encoded. Other encodings that
// several bytes make a character of (Shift_JIS, GBK, EUC-KR) are refused
// as before: a round trip through UTF-8 is not sure to give their bytes
// back.

// xliffCharset is the encoding, other than UTF-8, of a client's XLIFF file
// that PretranslateXLIFF reads and writes back.
type xliffCharset struct {
	name string // as the file says it ("windows-1252"), or UTF-16LE, UTF-16BE
	enc  encoding.Encoding
}

// declEncoding finds the encoding of an XML declaration.
var declEncoding = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']`) })

// sniffCharset reads the first bytes of br: the file's encoding when it is
// UTF-16 (by its byte order mark, or '<' as two bytes with a zero) or a
// single-byte encoding its XML declaration names; nil for UTF-8 (no
// declared encoding, or UTF-8) and for an encoding it does not write back
// (the rewriter refuses it, naming it).
func sniffCharset(br *bufio.Reader) *xliffCharset {
	head, _ := br.Peek(HeadSize)
	if order, bom, ok := xmlenc.UTF16Order(head); ok {
		name, policy := "UTF-16LE", unicode.IgnoreBOM
		if order == unicode.BigEndian {
			name = "UTF-16BE"
		}
		if bom {
			policy = unicode.ExpectBOM
		}
		return &xliffCharset{name, unicode.UTF16(order, policy)}
	}
	m := declEncoding().FindSubmatch(head)
	if m == nil {
		return nil
	}
	label := strings.TrimSpace(string(m[1]))
	if l := strings.ToLower(label); l == "" || l == "utf-8" || l == "utf8" {
		return nil
	}
	enc, err := xmlenc.Encoding(label)
	if err != nil {
		return nil
	}
	if _, ok := enc.(*charmap.Charmap); ok {
		return &xliffCharset{label, enc}
	}
	if n, _ := ianaindex.IANA.Name(enc); n == "US-ASCII" {
		return &xliffCharset{label, enc}
	}
	return nil
}

// check returns an error naming unit u when b, the unit as rewritten, has
// a character the encoding cannot write.
func (cs *xliffCharset) check(u *xlfUnit, b []byte) error {
	if _, err := cs.enc.NewEncoder().Bytes(b); err == nil {
		return nil
	}
	e := cs.enc.NewEncoder()
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if _, err := e.Bytes(b[i : i+n]); err != nil {
			if r == utf8.RuneError {
				return badInputErr{&xliff.Error{Line: u.line, Msg: fmt.Sprintf("unit %q holds a byte that %s does not define: the file cannot be written back as read; nothing was written", u.id, cs.name)}}
			}
			return badInputErr{&xliff.Error{Line: u.line, Msg: fmt.Sprintf("unit %q: the target's %q (%U) cannot be written in %s, the file's encoding; nothing was written (convert the file to UTF-8, iconv -f %s -t UTF-8, to fill it)", u.id, r, r, cs.name, cs.name)}}
		}
		i += n
	}
	return errors.New("pretranslate xliff: an encoding error not found again") // the whole failed, each character passed
}

// pretranslateCharset is pretranslateXLIFF for a file in cs: run reads the
// file decoded to UTF-8 and writes the rewritten file to a buffer, which
// is encoded back and written to w only when the whole run succeeded.
func pretranslateCharset(br *bufio.Reader, w io.Writer, cs *xliffCharset, run func(r io.Reader, w io.Writer) (Analysis, error)) (Analysis, error) {
	var raw, buf bytes.Buffer
	in := io.TeeReader(br, &raw)
	an, err := run(cs.enc.NewDecoder().Reader(in), &buf)
	if err != nil {
		return an, err
	}
	if _, err := io.Copy(io.Discard, in); err != nil {
		return an, err
	}
	// The file as read must come back as it was: a byte the encoding does
	// not define, or an unpaired UTF-16 surrogate, is read as U+FFFD.
	text, _ := cs.enc.NewDecoder().Bytes(raw.Bytes())
	back, err := cs.enc.NewEncoder().Bytes(text)
	if err != nil || !bytes.Equal(back, raw.Bytes()) {
		line := 1
		if i := bytes.IndexRune(text, utf8.RuneError); i >= 0 {
			line += bytes.Count(text[:i], []byte("\n"))
		}
		return an, badInputErr{&xliff.Error{Line: line,
			Msg: fmt.Sprintf("the file holds bytes that are no %s text (a byte it does not define, or a UTF-16 surrogate without its pair): it cannot be written back as read; nothing was written", cs.name)}}
	}
	b, err := cs.enc.NewEncoder().Bytes(buf.Bytes())
	if err != nil { // each unit's check passed
		return an, fmt.Errorf("pretranslate xliff: encode the output in %s: %w", cs.name, err)
	}
	if w != nil {
		_, err = w.Write(b)
	}
	return an, err
}
