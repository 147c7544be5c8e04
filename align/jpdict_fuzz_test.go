package align

import (
	"bytes"
	"errors"
	"maps"
	"slices"
	"testing"
)

// FuzzReadDictdJa: a Japanese dictd database reads to the same word
// pairs and words, or the same *DictError on a line, whether its data is
// a stream (size unknown), held whole, or held whole and read for a part
// that keeps every headword (the part's path, cleanSpans deciding); a
// part keeping some headwords fails as the whole does.
func FuzzReadDictdJa(f *testing.F) {
	index, dict := jmdictDatabase()
	f.Add(index, dict)
	f.Add(index+"研究所\t"+b64(len(dict))+"\tB\n", dict)
	f.Add(index+"書類\tA\t"+b64(40)+"\n", dict)
	f.Add("研究\tA\n", dict)
	f.Add("研究\tA\t!\n", dict)
	f.Fuzz(func(t *testing.T, index, dict string) {
		idx, data := []byte(index), []byte(dict)
		held := jaEntries{size: int64(len(data)), read: func(off, n int64) ([]byte, error) { return data[off : off+n], nil }}
		read := func(get jaEntries, keep func([]byte) bool) (*Lexicon, string) {
			l := NewLexicon()
			err := l.readDictdJa(idx, get, keep)
			if err == nil {
				return l, ""
			}
			var de *DictError
			if !errors.As(err, &de) || de.Line < 1 {
				t.Fatalf("readDictdJa(%q, %q): %v (%T) is no *DictError on a line", index, dict, err, err)
			}
			return l, err.Error()
		}
		whole, errWhole := read(held, nil)
		for _, mode := range []struct {
			name string
			get  jaEntries
			keep func([]byte) bool
		}{
			{"stream", streamEntries(bytes.NewReader(data)), nil},
			{"part of all", held, func([]byte) bool { return true }},
		} {
			l, err := read(mode.get, mode.keep)
			if err != errWhole {
				t.Fatalf("%s: error %q; the whole's %q", mode.name, err, errWhole)
			}
			if err == "" && (!maps.EqualFunc(l.m, whole.m, slices.Equal) || !maps.Equal(l.han.words, whole.han.words)) {
				t.Fatalf("%s: %v; the whole's %v", mode.name, l.m, whole.m)
			}
		}
		_, err := read(held, func(h []byte) bool { return len(h)%2 == 0 })
		if err != errWhole {
			t.Fatalf("a part: error %q; the whole's %q", err, errWhole)
		}
	})
}
