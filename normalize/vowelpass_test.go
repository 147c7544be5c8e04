package normalize

import (
	"bytes"
	"testing"
)

// vowelPassRuns is vowelPass with every run of vowels, one vowel long or
// more, folded by canonVowels: what vowelPass's short cut for one vowel
// must give.
func vowelPassRuns(out, s []byte) []byte {
	for i := 0; i < len(s); {
		if !isVowel(s[i]) {
			out = append(out, s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && isVowel(s[j]) {
			j++
		}
		if j-i > 16 {
			out = append(out, s[i:j]...)
		} else {
			out = append(out, canonVowels(append([]byte(nil), s[i:j]...))...)
		}
		i = j
	}
	return out
}

// TestVowelPassOneVowel compares vowelPass with vowelPassRuns on every
// word of up to six letters of a, e, i, o, u, y and h.
func TestVowelPassOneVowel(t *testing.T) {
	const letters = "aeiouyh"
	var words func(prefix []byte, n int)
	words = func(prefix []byte, n int) {
		if got, want := vowelPass(nil, prefix), vowelPassRuns(nil, prefix); !bytes.Equal(got, want) {
			t.Errorf("vowelPass(%q) = %q; want %q", prefix, got, want)
		}
		if n == 0 {
			return
		}
		for k := range len(letters) {
			words(append(prefix, letters[k]), n-1)
		}
	}
	words(nil, 6)
}
