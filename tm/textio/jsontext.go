package textio

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode"
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
// of case (jsonFold), so "max" and "MAX" are one field to it and to this check (the
// server's rule for a body's fields, names import's for a JSON Lines
// glossary's and tm import's for a line of beads: given once).
func RepeatedKey(b []byte) string {
	type level struct {
		object, wantKey bool
		keys            map[string]bool
	}
	var stack []level
	valueDone := func() {
		if n := len(stack); n > 0 && stack[n-1].object {
			stack[n-1].wantKey = true
		}
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		if n := len(stack); n > 0 && stack[n-1].wantKey {
			if key, ok := tok.(string); ok {
				folded := jsonFold(key)
				if stack[n-1].keys[folded] {
					return key
				}
				stack[n-1].keys[folded], stack[n-1].wantKey = true, false
				continue
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, level{object: true, wantKey: true, keys: map[string]bool{}})
		case json.Delim('['):
			stack = append(stack, level{})
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
			valueDone()
		default:
			valueDone()
		}
	}
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
