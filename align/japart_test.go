package align

import (
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestInstalledPartLikeWholeJa: a pair of English and Japanese aligned
// alone reads only the entries of Debian's freedict-jpn-eng (where
// installed) whose headwords it can look up (japanesePart): every piece
// of its Japanese runs and every word stem finds in the part what it
// finds in the whole, as a headword of the longest match and as a key,
// the part is a small share of the whole, and the first Kyoto Wiki
// development document aligns to the same beads with the part as with
// the whole, either way round.
func TestInstalledPartLikeWholeJa(t *testing.T) {
	d := installedEntry(t, language.Japanese)
	if _, err := os.Stat(d.file); err != nil {
		t.Skipf("%s is not installed (%v)", d.file, err)
	}
	withInstalledDict(t, language.Japanese, d.file) // a fresh entry: nothing read yet
	d = installedEntry(t, language.Japanese)
	en, ja := kyotoFirstDoc(t)
	part, whole := d.japanesePart(en, ja), d.lexicon(language.Japanese)
	if part == nil || whole == nil {
		t.Fatalf("part %v, whole %v; want both", part != nil, whole != nil)
	}
	if part.Len() == 0 || 4*part.Len() > whole.Len() {
		t.Errorf("the part has %d word pairs of the whole's %d; want some, and under a quarter", part.Len(), whole.Len())
	}
	keys := newJaPart(en, ja).keys
	for k := range keys {
		if !slices.Equal(part.m[k], whole.m[k]) {
			t.Errorf("%q -> %q in the part, %q in the whole", k, part.m[k], whole.m[k])
		}
		if part.han.has(k) != whole.han.has(k) {
			t.Errorf("%q: a headword of the part %v, of the whole %v", k, part.han.has(k), whole.han.has(k))
		}
	}
	e, j := Document{Sentences: en}, Document{Sentences: ja}
	for _, p := range []*Pair{langPair(e, j, language.English, language.Japanese), langPair(j, e, language.Japanese, language.English)} {
		got, want := *p, *p
		if err := got.Align(context.Background(), PairOptions{}); err != nil {
			t.Fatal(err)
		}
		if d.part != part {
			t.Errorf("%v -> %v: the part was read again", p.SrcLang, p.TgtLang)
		}
		if err := want.Align(context.Background(), PairOptions{Align: Options{Lexicon: whole}}); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Beads, want.Beads) {
			t.Errorf("%v -> %v: beads %v with the part, %v with the whole", p.SrcLang, p.TgtLang, got.Beads, want.Beads)
		}
	}
}

// kyotoFirstDoc is the first document of the Kyoto Wiki development set
// (testdata/kyotowiki/en-ja, docs.tsv): its English and Japanese lines.
func kyotoFirstDoc(t *testing.T) (en, ja []string) {
	t.Helper()
	dir := filepath.Join("..", "testdata", "kyotowiki", "en-ja")
	read := func(name string) []string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	}
	const n = 69 // BDS00001: lines 1-69 of both
	return read("src.txt")[:n], read("tgt.txt")[:n]
}

// TestJaPieces: every run of Japanese letters gives each of its pieces
// of 1 to maxJaWord letters, once for each place; other text none.
func TestJaPieces(t *testing.T) {
	var got []string
	jaPieces("a研究b した", func(w string) { got = append(got, w) })
	want := []string{"研", "研究", "究", "し", "した", "た"}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("pieces %q; want %q", got, want)
	}
	got = got[:0]
	jaPieces(strings.Repeat("あ", maxJaWord+3), func(w string) { got = append(got, w) })
	if n := (maxJaWord+3)*maxJaWord - maxJaWord*(maxJaWord-1)/2; len(got) != n {
		t.Errorf("a run of %d letters: %d pieces; want %d", maxJaWord+3, len(got), n)
	}
	for _, w := range got {
		if c := len([]rune(w)); c < 1 || c > maxJaWord {
			t.Errorf("piece %q of %d letters", w, c)
		}
	}
}

// TestJaPartKeep: a headword is in the part when it is a piece of the
// text, or its inflected stems can be (書く for 書いた, 食べる for
// 食べた), and not otherwise.
func TestJaPartKeep(t *testing.T) {
	p := newJaPart([]string{"He wrote and ate."}, []string{"彼は手紙を書いた。パンを食べた。"})
	for _, h := range []string{"手紙", "書く", "書いた", "食べる", "パン", "手"} {
		if !p.keep([]byte(h)) {
			t.Errorf("%s left out", h)
		}
	}
	for _, h := range []string{"研究", "書類", "パンダ", "読む"} {
		if p.keep([]byte(h)) {
			t.Errorf("%s kept", h)
		}
	}
}

// TestJaPartDictzip: the part of a small Japanese dictionary written as
// a dictzip file of short chunks (entries across chunks) holds, for every
// key of the pair, what the whole holds, with an index whose entries
// are clean (cleanSpans) and with one where a line names an entry
// overlapping another (the whole's reading, line by line, then decides);
// a line past the end of the data is the same error in the part as in
// the whole.
func TestJaPartDictzip(t *testing.T) {
	name := writeJMdict(t)
	base := strings.TrimSuffix(name, ".index")
	data, err := os.ReadFile(base + ".dict")
	if err != nil {
		t.Fatal(err)
	}
	index, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	p := newJaPart([]string{"He wrote a study and ate."}, []string{"彼は研究を書いた。パンを食べた。"})
	off := strings.Index(string(data), " [ichi1]  研究") // 研究's entry
	for _, tc := range []struct {
		what, extra string
		clean       bool
	}{
		{"clean", "", true},
		// 書類 (not in the part) overlaps 研究's entry, which the whole leaves out
		{"overlapping", "書類\t" + b64(off-4) + "\t" + b64(20) + "\n", false},
	} {
		dir := t.TempDir()
		idx := filepath.Join(dir, "freedict-jpn-eng.index")
		os.WriteFile(idx, append(slices.Clone(index), tc.extra...), 0o644)
		os.WriteFile(filepath.Join(dir, "freedict-jpn-eng.dict.dz"), writeDictzip(t, data, 40), 0o644)
		whole, part := NewLexicon(), NewLexicon()
		if err := whole.readDictdFilesKeep(idx, nil); err != nil {
			t.Fatal(err)
		}
		if err := part.readDictdFilesKeep(idx, p.keep); err != nil {
			t.Fatal(err)
		}
		if part.Len() == 0 || part.Len() >= whole.Len() {
			t.Errorf("%s: the part has %d word pairs of the whole's %d; want some, not all", tc.what, part.Len(), whole.Len())
		}
		for _, k := range []string{"研究", "書い", "書く", "食べ", "食べる"} {
			if !p.keys[k] && !p.keep([]byte(k)) {
				continue
			}
			if !slices.Equal(part.m[k], whole.m[k]) || tc.clean && len(whole.m[k]) == 0 || part.han.has(k) != whole.han.has(k) {
				t.Errorf("%s: %q -> %q in the part, %q in the whole; want the whole's, some when clean", tc.what, k, part.m[k], whole.m[k])
			}
		}
		if !tc.clean && whole.m["研究"] != nil {
			t.Errorf("%s: the whole has 研究 -> %q; want it left out", tc.what, whole.m["研究"])
		}
	}
	bad := filepath.Join(t.TempDir(), "freedict-jpn-eng.index")
	os.WriteFile(bad, append(slices.Clone(index), "研究所\t"+b64(len(data))+"\tB\n"...), 0o644)
	os.WriteFile(strings.TrimSuffix(bad, ".index")+".dict.dz", writeDictzip(t, data, 40), 0o644)
	errWhole := NewLexicon().readDictdFilesKeep(bad, nil)
	errPart := NewLexicon().readDictdFilesKeep(bad, p.keep)
	var de *DictError
	if errWhole == nil || errPart == nil || errWhole.Error() != errPart.Error() || !errors.As(errPart, &de) {
		t.Errorf("an entry past the end: the part's error %v, the whole's %v; want the same *DictError", errPart, errWhole)
	}
}

// TestCleanSpans: entries that neither overlap nor end past the data
// are clean, entries at one offset being of one size.
func TestCleanSpans(t *testing.T) {
	span := func(off, n uint64) uint64 { return off<<spanBits | n }
	for _, tc := range []struct {
		spans []uint64
		want  bool
	}{
		{[]uint64{span(10, 5), span(0, 10), span(10, 5)}, true},
		{[]uint64{span(0, 11), span(10, 5)}, false},
		{[]uint64{span(10, 5), span(10, 6)}, false},
		{[]uint64{span(10, 11)}, false}, // past the 20 bytes
		{nil, true},
	} {
		if got := cleanSpans(slices.Clone(tc.spans), 20); got != tc.want {
			t.Errorf("cleanSpans(%v) = %v; want %v", tc.spans, got, tc.want)
		}
	}
}

// BenchmarkInstalledPartJa reads the part of Debian's freedict-jpn-eng
// (where installed) for the first Kyoto Wiki development document;
// BenchmarkInstalledWholeJa reads the whole.
func BenchmarkInstalledPartJa(b *testing.B) {
	benchJaDict(b, true)
}

func BenchmarkInstalledWholeJa(b *testing.B) {
	benchJaDict(b, false)
}

func benchJaDict(b *testing.B, part bool) {
	d := installedEntry(&testing.T{}, language.Japanese)
	if _, err := os.Stat(d.file); err != nil {
		b.Skipf("%s is not installed", d.file)
	}
	t := &testing.T{}
	en, ja := kyotoFirstDoc(t)
	var keep func([]byte) bool
	if part {
		keep = newJaPart(en, ja).keep
	}
	for b.Loop() {
		l := NewLexicon()
		if err := l.readDictdFilesKeep(d.file, keep); err != nil || l.Len() == 0 {
			b.Fatal(err)
		}
	}
}

// FuzzJaPieces: jaPieces gives, for any text, the pieces of 1 to
// maxJaWord Japanese letters in a row, each once for each place, as
// counting them letter by letter does.
func FuzzJaPieces(f *testing.F) {
	for _, s := range []string{"a研究b した", "彼は手紙を書いた。", strings.Repeat("あ", 12), "ー々ヶ\xff研"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := map[string]int{}
		jaPieces(s, func(w string) { got[w]++ })
		want := map[string]int{}
		var run []int // byte offsets of the run's letters, and the end
		flush := func(end int) {
			run = append(run, end)
			for i := 0; i+1 < len(run); i++ {
				for j := i + 1; j < len(run) && j-i <= maxJaWord; j++ {
					want[s[run[i]:run[j]]]++
				}
			}
			run = run[:0]
		}
		for i, r := range s {
			switch {
			case jaLetter(r):
				run = append(run, i)
			case len(run) > 0:
				flush(i)
			}
		}
		if len(run) > 0 {
			flush(len(s))
		}
		if !maps.Equal(got, want) {
			t.Errorf("jaPieces(%q) = %v; want %v", s, got, want)
		}
	})
}
