package textio

import "testing"

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
	} {
		if got := RepeatedKey([]byte(c.in)); got != c.want {
			t.Errorf("RepeatedKey(%s) = %q, want %q", c.in, got, c.want)
		}
	}
}
