package textio

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestRepeatedKey: a key named twice in one object, at the top or in an
// object inside it, in any case, is found; one key in two objects, or a
// key's name inside a string, is no repeat.
func TestRepeatedKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"a":1,"a":2}`, "a"},
		{`{"max":1,"MAX":2}`, "MAX"},
		{`{"e":[{"c":"x","v":["y"],"c":"z"}]}`, "c"},
		{`{"o":{"k":1},"p":{"k":2,"q":{"k":3}},"k":4}`, ""},
		{`{"o":{"k":1},"o":2}`, "o"},
		{`[{"a":1},{"a":2}]`, ""},
		{`{"a":"\"a\": 1","b":["a","a"]}`, ""},
		{`"a"`, ""},
		// encoding/json folds a key as unicode.SimpleFold does, where
		// strings.ToLower keeps them apart: the long s (U+017F) is an s,
		// the final sigma a sigma
		{`{"variants":["a"],"variantſ":["b"]}`, "variantſ"},
		{`{"σ":1,"ς":2}`, "ς"},
		{`{"ſ":1,"S":2}`, "S"},
	} {
		if got := RepeatedKey([]byte(c.in)); got != c.want {
			t.Errorf("RepeatedKey(%s) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestRepeatedKeyAsJSON: the keys RepeatedKey holds for one are one field
// to encoding/json, which keeps the last value.
func TestRepeatedKeyAsJSON(t *testing.T) {
	var v struct{ Variants []string }
	if err := json.Unmarshal([]byte(`{"variants":["a"],"variant\u017f":["b"]}`), &v); err != nil || len(v.Variants) != 1 || v.Variants[0] != "b" {
		t.Fatalf("encoding/json read %v, %v; want [b]: the long s is no longer an s to it", v.Variants, err)
	}
}

// repeatedKeyByTokens is RepeatedKey done with encoding/json's tokens, as
// it was written first: the oracle of FuzzRepeatedKey and the baseline of
// BenchmarkRepeatedKey.
func repeatedKeyByTokens(b []byte) string {
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

// TestRepeatedKeyLargeObject: past smallObject keys an object's keys are
// held in a map; a repeat is found on either side of that change.
func TestRepeatedKeyLargeObject(t *testing.T) {
	var keys []string
	for i := range 40 {
		keys = append(keys, fmt.Sprintf(`"k%d":%d`, i, i))
	}
	for _, c := range []struct {
		extra, want string
	}{{"", ""}, {`,"K3":0`, "K3"}, {`,"k39":{"k39":1}`, "k39"}, {`,"\u006b7":0`, "k7"}} {
		in := "{" + strings.Join(keys, ",") + c.extra + "}"
		if got := RepeatedKey([]byte(in)); got != c.want {
			t.Errorf("RepeatedKey of 40 keys%s = %q, want %q", c.extra, got, c.want)
		}
	}
	if got := RepeatedKey([]byte(`{"k1":1,"k2":2,"k\u0031":3}`)); got != "k1" {
		t.Errorf("an escaped repeat: got %q, want k1", got)
	}
}

// FuzzRepeatedKey: on every valid JSON text, the byte scan names the key
// the decoder's tokens name.
func FuzzRepeatedKey(f *testing.F) {
	for _, s := range []string{`{"a":1,"a":2}`, `{"max":1,"MAX":2}`, `[{"a":1},{"a":2}]`,
		`{"a":"\"a\": 1","b":["a","a"]}`, `{"σ":1,"ς":2}`, `{"o":{"k":1},"o":2}`,
		`{"k\u0031":1,"k1":2}`, `{"a\\":1,"a\\":[]}`, `"a"`, `[]`, `{}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if !json.Valid(b) {
			return
		}
		if got, want := RepeatedKey(b), repeatedKeyByTokens(b); got != want {
			t.Fatalf("RepeatedKey(%s) = %q; the decoder's tokens say %q", b, got, want)
		}
	})
}

// BenchmarkRepeatedKey: a line of beads, as tm import reads it, by the
// byte scan and by the decoder's tokens.
func BenchmarkRepeatedKey(b *testing.B) {
	line := []byte(`{"src":[12],"tgt":[12,13],"score":0.91,"src_text":"The minister said on Tuesday that talks would go on.","tgt_text":"Le ministre a dit mardi que les discussions continueraient.","src_doc":"a.txt","tgt_doc":"b.txt"}`)
	for _, bc := range []struct {
		name string
		fn   func([]byte) string
	}{{"scan", RepeatedKey}, {"tokens", repeatedKeyByTokens}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(line)))
			for b.Loop() {
				if bc.fn(line) != "" {
					b.Fatal("a repeat in a line that has none")
				}
			}
		})
	}
}

// FuzzRepeatedKeyAnyBytes: text that is not JSON gives no panic.
func FuzzRepeatedKeyAnyBytes(f *testing.F) {
	for _, s := range []string{`}`, `]]`, `{"a`, `{"a\`, `,"a":1`, `{"a":1,"a"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		RepeatedKey(b)
	})
}

// TestJSONError: a syntax error at a character beyond ASCII names the
// character, where encoding/json named its first byte as a character of
// its own ('â' for a curly quote, 'Â' for a no-break space); other errors
// keep encoding/json's words, without its "json: ".
func TestJSONError(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{“src”:[0]}`, `invalid character '“' (U+201C) looking for beginning of object key string`},
		{"\u00a0{}", `invalid character U+00A0 looking for beginning of value`},
		{`{"a":1,"b":é}`, `invalid character 'é' (U+00E9) looking for beginning of value`},
		{"{\"a\":\xff}", `invalid byte 0xFF (not UTF-8) looking for beginning of value`},
		{`{"a":'x'}`, `invalid character '\'' looking for beginning of value`},
		{`{"a":1`, `unexpected end of JSON input`},
		{`{"a":"x"}`, ""}, // encoding/json's own words
	} {
		var v struct{ A int }
		err := json.Unmarshal([]byte(c.in), &v)
		if err == nil {
			t.Fatalf("%s: no error", c.in)
		}
		want := c.want
		if want == "" {
			want = strings.TrimPrefix(err.Error(), "json: ")
		}
		if got := JSONError(err, []byte(c.in)); got != want || strings.HasPrefix(got, "json:") {
			t.Errorf("JSONError(%s) = %q, want %q", c.in, got, want)
		}
	}
}
