package textio

import (
	"encoding/json"
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
