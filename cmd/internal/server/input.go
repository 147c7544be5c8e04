package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/tmx"
)

// isBadInput reports whether err is one of the libraries' errors about
// what the client sent (textio.IsBadInput, as the command's exit 2).
func isBadInput(err error) bool { return textio.IsBadInput(err) }

// parseLang parses the language named by field ("src", "tgt", "lang"):
// BCP 47, or a code as tmserver clients send it ("pt_br"), refused with
// the command's words for a bad --src (textio.ParseLang).
func parseLang(field, s string) (language.Tag, error) {
	if s == "" {
		return language.Und, badRequest("%s is required", field)
	}
	norm, err := tmx.NormalizeLang(s)
	if err != nil {
		norm = s
	}
	t, err := textio.ParseLang(norm)
	if err != nil {
		return language.Und, badRequest("%s %q: %v", field, s, err)
	}
	if t == language.Und { // "und" is the zero language, taken for none given
		return language.Und, badRequest("%s %q: the undetermined language, which no text is in: give the text's language, such as en, fr, de, fa, ar, zh-Hans, pt-BR", field, s)
	}
	if err := textio.NoTextLang(t); err != nil { // zxx, mul
		return language.Und, badRequest("%s %q: %v", field, s, err)
	}
	return t, nil
}

// optLang is parseLang for a language that may be left out (language.Und).
func optLang(field, s string) (language.Tag, error) {
	if s == "" {
		return language.Und, nil
	}
	return parseLang(field, s)
}

// langText checks the "lang" (optional) and "text" fields of a request
// of one text in one language, in that order, and returns the language.
func langText(lang, text string) (language.Tag, error) {
	tag, err := optLang("lang", lang)
	if err != nil {
		return language.Und, err
	}
	return tag, checkText("text", text)
}

// langPair parses the src and tgt languages, both needed and different,
// as `bitext tm lookup` checks --src and --tgt.
func langPair(src, tgt string) (s, t language.Tag, err error) {
	if s, err = parseLang("src", src); err != nil {
		return
	}
	if t, err = parseLang("tgt", tgt); err != nil {
		return
	}
	if s == t {
		err = badRequest("src and tgt are both %s", s)
	}
	return
}

// decodeJSON reads the request body as one JSON value into v; unknown
// fields and trailing data are errors, and so is a body that is not UTF-8
// (encoding/json would store U+FFFD in its place) or has a NUL byte in any
// string (binary, as every command refuses it).
func decodeJSON(r *http.Request, v any) error {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		// Over the limit (413), not whole in time (408), the server's
		// budget of bodies spent (503): not the client's JSON.
		if errors.As(err, new(*http.MaxBytesError)) || errors.As(err, new(*httpError)) || errors.As(err, new(*retryLater)) {
			return err
		}
		return badRequest("request body: %v", err)
	}
	if !utf8.Valid(body) {
		return badRequest("request body: not UTF-8 text (at byte %d)", invalidUTF8At(body))
	}
	// A byte order mark before the JSON (Windows PowerShell 5 sends
	// one) is dropped, as RFC 8259 lets a parser do: encoding/json
	// refused it as "invalid character 'ï'".
	body = bytes.TrimPrefix(body, []byte("\xEF\xBB\xBF"))
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.EOF) {
			return badRequest("request body: empty; a JSON object is wanted")
		}
		// curl -d sends JSON as a form's content type too: only a body
		// that is not JSON-like is taken for a form.
		mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		// The body's first byte past white space; a body of white space
		// JSON does not count as such ("\f", U+00A0) has none.
		var lead byte
		if b := bytes.TrimSpace(body); len(b) > 0 {
			lead = b[0]
		}
		if mt == "multipart/form-data" || mt == "application/x-www-form-urlencoded" && lead != '{' && lead != '[' {
			return badRequest("request body: %s: a JSON object is wanted, and this is a form (%s): send the JSON itself, as curl -d '{...}' does", jsonProblem(err, body, v), mt)
		}
		return badRequest("request body: %s", jsonProblem(err, body, v))
	}
	// More is false before a stray ']' or '}': Token tells any data
	// after the value from the body's end.
	if _, err := dec.Token(); err != io.EOF {
		return badRequest("request body: data after the JSON value")
	}
	if name := textio.RepeatedKey(body); name != "" {
		return badRequest("request body: field %q given twice: give it once", name)
	}
	if hasEscapedNUL(body) {
		return badRequest("request body: a string has a NUL byte (\\u0000): binary data, not text")
	}
	if esc := textio.LoneSurrogate(body); esc != "" {
		return badRequest("request body: a string has half of a UTF-16 surrogate pair alone (%s), which is no character (a text cut in the middle of an emoji?); send the whole pair or the character itself", esc)
	}
	return nil
}

// jsonProblem says what is wrong with body, which encoding/json could not
// decode with err, in the API's words: where the JSON is broken (line and
// column), or which field has a value of the wrong kind. encoding/json's
// own messages named the server's Go types ("cannot unmarshal array into
// Go value of type server.lookupRequest", "... of type struct { Lang
// string "json:\"lang\""; ... }"), which a client cannot act on.
func jsonProblem(err error, body []byte, v any) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "the JSON ends before its value is complete (cut short, or a } or ] missing)"
	case errors.As(err, &syn):
		// encoding/json's offset is just past the bad byte
		line, col := textio.LineCol(string(body), min(max(int(syn.Offset)-1, 0), len(body)))
		return fmt.Sprintf("not valid JSON at line %d, column %d: %s", line, col, textio.JSONError(syn, body))
	case errors.As(err, &typ):
		got := typ.Value
		if got == "" {
			got = "something else"
		}
		if typ.Field == "" {
			return fmt.Sprintf("%s is wanted, not %s", jsonKind(typ.Type.Kind()), article(got))
		}
		return fmt.Sprintf("field %q: %s is wanted, not %s", typ.Field, jsonKind(typ.Type.Kind()), article(got))
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if name, ok := strings.CutPrefix(msg, "unknown field "); ok {
		// A name the struct has is unknown to an object inside it.
		if fields := topFields(v); len(fields) > 0 && isTopKey(body, name) && !slices.Contains(fields, strings.Trim(name, `"`)) {
			msg += "; the fields are " + strings.Join(fields, ", ")
		}
	}
	return msg
}

// topFields are the JSON names of the fields of the struct v points to,
// in their order ("src", "tgt", "pairs", ...).
func topFields(v any) []string {
	t := reflect.TypeOf(v)
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	var names []string
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" && f.IsExported() {
			names = append(names, name)
		}
	}
	return names
}

// isTopKey reports whether quoted, a field's name as encoding/json quotes
// it in an error, is a key of the JSON object body itself (not of an
// object inside it, whose fields topFields does not list).
func isTopKey(body []byte, quoted string) bool {
	name, err := strconv.Unquote(quoted)
	if err != nil {
		return false
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(body, &top) != nil {
		return false
	}
	_, ok := top[name]
	return ok
}

// jsonKind names the JSON value that a Go value of kind k is decoded from.
func jsonKind(k reflect.Kind) string {
	switch k {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct:
		return "a JSON object"
	case reflect.Map:
		return "an object"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	}
	return "another value"
}

// article puts "a" or "an" before the name of a JSON value ("an array",
// "a number"); encoding/json names some values with a qualifier ("number
// -1", "number 1.5"), left as it is.
func article(v string) string {
	if v == "bool" {
		return "true or false"
	}
	if v == "" || strings.ContainsAny(v[:1], "aeiou") {
		return "an " + v
	}
	return "a " + v
}

// invalidUTF8At is the offset of the first byte of b that is not UTF-8.
func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// hasEscapedNUL reports whether the valid JSON text b has a NUL byte in a
// string: the escape \u0000 (a raw NUL is no valid JSON), not preceded by
// another backslash that escapes the first.
func hasEscapedNUL(b []byte) bool {
	for i := 0; i < len(b); i++ {
		if b[i] != '\\' || i+1 >= len(b) {
			continue
		}
		if b[i+1] == 'u' && i+6 <= len(b) && string(b[i+2:i+6]) == "0000" {
			return true
		}
		i++ // the escaped character
	}
	return false
}

// pageSize reads the size of a page, in [min, max], def when it is not
// given, from limit or max, one name for the same thing on every paged
// route: the listings (units, documents, glossary) took limit and the
// concordance max, each refusing the other's, so a client paging both
// wrote two names. Both at once is a 400 naming them, whatever their
// values; a bad value is queryInt's 400, naming the one given.
func pageSize(r *http.Request, def, min, max int) (int, error) {
	q := r.URL.Query()
	name := "limit"
	if q.Has("max") {
		if q.Has("limit") {
			return 0, badRequest("limit and max given at once: both are the size of a page; give one")
		}
		name = "max"
	}
	return queryInt(r, name, def, min, max)
}

// queryInt reads the whole-number query parameter name in [min, max],
// def when it is absent. White space around the number is refused as any
// other character is (?limit=%201 was read as 1): the value is the digits.
func queryInt(r *http.Request, name string, def, min, max int) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < min || n > max {
		return 0, badRequest("%s %q: a whole number from %d to %d is wanted", name, s, min, max)
	}
	return n, nil
}

// checkText refuses a text field that is empty, not UTF-8 or binary.
func checkText(field, s string) error {
	if strings.TrimSpace(s) == "" {
		return badRequest("%s is empty", field)
	}
	return checkChars(field, s)
}

// checkChars refuses text that is not UTF-8, or has a NUL byte (binary,
// as every command refuses it): textio.NotText, worded for a field of a
// request, whose value (a translator's text) is not repeated.
func checkChars(field, s string) error {
	switch textio.NotText(s) {
	case textio.ErrNotUTF8:
		return badRequest("%s is not UTF-8 text", field)
	case textio.ErrNUL:
		return badRequest("%s has a NUL byte: binary data, not text", field)
	}
	return nil
}

// maxLabel bounds a label a write stores beside the text: who edited or
// reviewed (by) and a document's name (src_doc, tgt_doc, an import's
// name). A person's name or a file's name, not a text: a PATCH stored a
// 100 KB by, which every listing of the unit then carried (faults43).
const maxLabel = 1024

// checkLabel refuses a label (maxLabel) that is not text or too long,
// naming field and the limit; empty is left to the caller.
func checkLabel(field, s string) error {
	if err := checkChars(field, s); err != nil {
		return err
	}
	if len(s) > maxLabel {
		return badRequest("%s: %d bytes, at most %d are taken (a name, not a text)", field, len(s), maxLabel)
	}
	return nil
}

// okStatus is the answer of a write that returns nothing else.
type okStatus struct {
	OK      bool   `json:"ok"`
	Message string `json:"message,omitempty"`
}

func okf(format string, args ...any) okStatus {
	return okStatus{true, fmt.Sprintf(format, args...)}
}
