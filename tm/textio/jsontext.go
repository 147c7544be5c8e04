package textio

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// LoneSurrogate returns the first escape \uD800-\uDFFF of the valid JSON
// text b that is not half of a pair (a high one followed at once by a
// low one), or "". encoding/json decodes such an escape as U+FFFD, which
// would be stored in place of the text's character (in an API body or a
// JSONL line of beads: a string cut in the middle of an emoji); a
// backslash escaped by another is text.
func LoneSurrogate(b []byte) string {
	hex4 := func(i int) (rune, bool) { // the escape \uXXXX at b[i], if any
		if i+6 > len(b) || b[i] != '\\' || b[i+1] != 'u' {
			return 0, false
		}
		n, err := strconv.ParseUint(string(b[i+2:i+6]), 16, 16)
		return rune(n), err == nil
	}
	for i := 0; i < len(b); i++ {
		if b[i] != '\\' || i+1 >= len(b) {
			continue
		}
		r, ok := hex4(i)
		switch {
		case !ok:
			i++ // the escaped character
		case r >= 0xD800 && r < 0xDC00:
			if lo, ok := hex4(i + 6); ok && lo >= 0xDC00 && lo < 0xE000 {
				i += 11 // the pair
				continue
			}
			return string(b[i : i+6])
		case r >= 0xDC00 && r < 0xE000:
			return string(b[i : i+6])
		default:
			i += 5
		}
	}
	return ""
}

// RepeatedKey returns the name of the first key that an object of the
// valid JSON text b names twice, or "". encoding/json keeps the last
// value of such a key and drops the others, and matches keys regardless
// of case (bytes.EqualFold, jsonFold), so "max" and "MAX" are one field to
// it and to this check (the server's rule for a body's fields, names
// import's for a JSON Lines glossary's and tm import's for a line of
// beads: given once).
//
// Every caller has decoded b already, so b is scanned once, byte by byte,
// rather than parsed again (a json.Decoder's tokens made reading a bead
// file four times slower): a string runs from a quote to the next quote
// no backslash escapes, and a key is the string that opens an object or
// follows a comma in one (decoded as encoding/json does when it holds an
// escape or a byte that is not UTF-8). An object's keys are compared with
// those before them in it; one of more than smallObject keys gets a map.
// Text that is not valid JSON gives "" or a key, never a panic.
func RepeatedKey(b []byte) string {
	const smallObject = 16
	type level struct {
		object bool
		first  int             // its first key in keys
		folded map[string]bool // its keys by jsonFold, past smallObject
	}
	var (
		stackBuf [8]level
		keysBuf  [16][]byte
		stack    = stackBuf[:0]
		keys     = keysBuf[:0] // the keys of every open object, decoded
		wantKey  bool
	)
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '{':
			stack = append(stack, level{object: true, first: len(keys)})
			wantKey = true
		case '[':
			stack = append(stack, level{first: len(keys)})
			wantKey = false
		case '}', ']':
			if len(stack) == 0 {
				return ""
			}
			keys = keys[:stack[len(stack)-1].first]
			stack = stack[:len(stack)-1]
			wantKey = false
		case ',':
			wantKey = len(stack) > 0 && stack[len(stack)-1].object
		case '"':
			j := i + 1
			escaped := false
			for ; j < len(b) && b[j] != '"'; j++ {
				if b[j] == '\\' {
					escaped = true
					j++
				}
			}
			if wantKey {
				key := b[i+1 : min(j, len(b))]
				if escaped || !utf8.Valid(key) { // as the decoder reads it: U+FFFD for a bad byte
					var s string
					if json.Unmarshal(b[i:min(j+1, len(b))], &s) != nil {
						return ""
					}
					key = []byte(s)
				}
				top := &stack[len(stack)-1]
				if top.folded == nil && len(keys)-top.first >= smallObject {
					top.folded = make(map[string]bool)
					for _, k := range keys[top.first:] {
						top.folded[jsonFold(string(k))] = true
					}
				}
				if top.folded != nil {
					f := jsonFold(string(key))
					if top.folded[f] {
						return string(key)
					}
					top.folded[f] = true
				} else {
					for _, k := range keys[top.first:] {
						if bytes.EqualFold(k, key) {
							return string(key)
						}
					}
				}
				keys = append(keys, key)
				wantKey = false
			}
			i = j
		}
	}
	return ""
}

// jsonFold returns key with each letter in the form encoding/json matches
// a key to a field by: the least rune of its unicode.SimpleFold orbit, so
// the long s (U+017F) is an S and the final sigma a sigma, which
// strings.ToLower keeps apart.
func jsonFold(key string) string {
	return strings.Map(func(r rune) rune {
		for {
			f := unicode.SimpleFold(r)
			if f <= r {
				return f
			}
			r = f
		}
	}, key)
}

// JSONError is encoding/json's message for err, met decoding data, without
// its "json: " prefix, and with the character a syntax error names as data
// holds it. encoding/json names the first byte of a character beyond ASCII
// as if it were one: a curly quote (“, bytes E2 80 9C) pasted for '"' was
// "invalid character 'â'", a no-break space "invalid character 'Â'"; now
// "invalid character '“' (U+201C)", and one not shown as itself by its code
// alone ("invalid character U+00A0").
func JSONError(err error, data []byte) string {
	msg := strings.TrimPrefix(err.Error(), "json: ")
	var syn *json.SyntaxError
	if !errors.As(err, &syn) {
		return msg
	}
	at := int(syn.Offset) - 1 // the offset is just past the bad byte
	if at < 0 || at >= len(data) || data[at] < utf8.RuneSelf {
		return msg
	}
	c := data[at]
	q := strconv.Quote(string(rune(c))) // as encoding/json's quoteChar
	named := "invalid character '" + q[1:len(q)-1] + "'"
	if !strings.Contains(msg, named) {
		return msg
	}
	r, size := utf8.DecodeRune(data[at:])
	what := fmt.Sprintf("invalid byte 0x%02X (not UTF-8)", c)
	switch {
	case r == utf8.RuneError && size <= 1:
	case unicode.IsPrint(r):
		what = fmt.Sprintf("invalid character %s (U+%04X)", strconv.QuoteRune(r), r)
	default: // a no-break space, a zero-width one: not seen as what they are
		what = fmt.Sprintf("invalid character U+%04X", r)
	}
	return strings.Replace(msg, named, what, 1)
}
