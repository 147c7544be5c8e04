package align

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

func TestReadDict(t *testing.T) {
	for _, tc := range []struct {
		name   string
		format DictFormat
		in     string
		src    string
		want   []string
		err    string
	}{
		{"hunalign", FormatHunalign, "# comment\nmontagne @ Berg\nchat @ Katze\nla montagne @ der Berg\n", "Berg", []string{"montag"}, ""},
		{"tsv", FormatTSV, "Berg\tmontagne\t0.9\nBerg\tmont\n", "Bergen", []string{"montag", "mont"}, ""},
		{"hunalign missing @", FormatHunalign, "montagne Berg\n", "", nil, "line 1"},
		{"tsv missing tab", FormatTSV, "ok\tbien\nBerg montagne\n", "", nil, "line 2"},
		{"tsv NUL byte", FormatTSV, "ok\tbien\nBerg\tmon\x00tagne\n", "", nil, "line 2: NUL byte"},
		{"hunalign invalid UTF-8", FormatHunalign, "bien @ ok\n\nmont\xffagne @ Berg\n", "", nil, "line 3: invalid UTF-8"},
		// It said "bufio.Scanner: token too long", without the line (trial33).
		{"tsv line too long", FormatTSV, "ok\tbien\n" + strings.Repeat("x", 17<<20) + "\n", "", nil, "line 2: a line longer than 16 MiB (not a dictionary?)"},
	} {
		l := NewLexicon()
		err := l.ReadDict(strings.NewReader(tc.in), tc.format)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: ReadDict error %v; want one containing %q", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := l.m[stem(strings.ToLower(tc.src))]; !slices.Equal(got, tc.want) && tc.src != "Bergen" {
			t.Errorf("%s: lexicon[%q] = %q; want %q", tc.name, tc.src, got, tc.want)
		}
		if got := l.m["berg"]; !slices.Equal(got, tc.want) {
			t.Errorf("%s: lexicon[berg] = %q; want %q", tc.name, got, tc.want)
		}
	}
}

func TestReadDictd(t *testing.T) {
	dict := "00-database-info\nA test\nberg /bɛrk/ <noun, masc>\nmontagne, mont\nErhebung im Gelände die höher ist als die Umgebung\nhaus /haʊs/\n1. maison\n2. foyer (famille)\n"
	off := strings.Index(dict, "berg /")
	mid := strings.Index(dict, "haus /")
	index := "00databaseinfo\tA\tR\nberg\t" + b64(off) + "\t" + b64(mid-off) + "\nhaus\t" + b64(mid) + "\t" + b64(len(dict)-mid) + "\n"
	l := NewLexicon()
	if err := l.ReadDictd(strings.NewReader(index), []byte(dict)); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		src  string
		want []string
	}{{"berg", []string{"montag", "mont"}}, {"haus", []string{"maison", "foyer"}}} {
		if got := l.m[tc.src]; !slices.Equal(got, tc.want) {
			t.Errorf("ReadDictd: lexicon[%q] = %q; want %q", tc.src, got, tc.want)
		}
	}
	// A part of speech with a comma (FreeDict's eng-deu: "<v, trans>",
	// "<masc, fem>", in 28,621 of its 464,234 entries) is one note, not
	// two translations: before, "trans" and "fem" were read as German
	// words.
	dict2 := "abandon\nherabsetzen, nachlassen <v, trans>\nduck\nEnte <fem, n>; Erpel (male [zool., orn.])\n"
	mid2 := strings.Index(dict2, "duck")
	l2 := NewLexicon()
	if err := l2.ReadDictd(strings.NewReader("abandon\tA\t"+b64(mid2)+"\nduck\t"+b64(mid2)+"\t"+b64(len(dict2)-mid2)+"\n"), []byte(dict2)); err != nil {
		t.Fatal(err)
	}
	for src, want := range map[string][]string{"abando": {"herabs", "nachla"}, "duck": {"ente", "erpel"}} {
		if got := l2.m[src]; !slices.Equal(got, want) {
			t.Errorf("ReadDictd, a note with a comma: lexicon[%q] = %q; want %q", src, got, want)
		}
	}
	if err := l.ReadDictd(strings.NewReader("berg\tA\tzzzz\n"), []byte(dict)); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("ReadDictd(entry past the end) = %v; want an error naming line 1", err)
	}
}

// TestReadDictdOverlap: an index whose lines name overlapping entries
// (here each one byte shorter than the one before, all from the start of
// a 64 KiB dict) is refused at the line where the bytes read pass the
// bound, naming the index file and that line; before, ReadDictd read the
// whole dict once per index line (128 MiB for these 2,000 lines), and a
// longer index made that quadratic. One entry under many headwords is
// read once, and every headword gets its translations.
func TestReadDictdOverlap(t *testing.T) {
	dict := "head\nmontagne, mont\n" + strings.Repeat("x", 64<<10) + "\n"
	var index strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&index, "w%d\tA\t%s\n", i, b64(len(dict)-i))
	}
	dir := t.TempDir()
	writeFile(t, dir, "crafted.dict", dict)
	name := writeFile(t, dir, "crafted.index", index.String())
	err := NewLexicon().ReadDictFile(name, FormatDictd)
	var fe *DictFileError
	var de *DictError
	if !errors.As(err, &fe) || fe.Path != name || !errors.As(err, &de) || de.Line > 5 || !strings.Contains(de.Msg, "overlap") {
		t.Fatalf("ReadDictFile(overlapping entries) = %v; want a *DictFileError naming %s and a line <= 5 where the entries overlap", err, name)
	}

	// 20,000 headwords of one entry: read once, so no error.
	index.Reset()
	for i := range 20000 {
		fmt.Fprintf(&index, "w%d\tA\t%s\n", i, b64(len(dict)))
	}
	l := NewLexicon()
	if err := l.ReadDictd(strings.NewReader(index.String()), []byte(dict)); err != nil {
		t.Fatalf("ReadDictd(one entry under 20,000 headwords) = %v", err)
	}
	for _, w := range []string{"w0", "w1", "w19999"} {
		if got, want := l.m[w], []string{"montag", "mont"}; !slices.Equal(got, want) {
			t.Errorf("ReadDictd(one entry under 20,000 headwords): lexicon[%q] = %q; want %q", w, got, want)
		}
	}
}

func b64(n int) string {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	if n == 0 {
		return "A"
	}
	var s []byte
	for ; n > 0; n /= 64 {
		s = append([]byte{digits[n%64]}, s...)
	}
	return string(s)
}

// FuzzReadDict: any TSV or hunalign dictionary reads to a Lexicon or a
// *DictError, and no word read is empty.
func FuzzReadDict(f *testing.F) {
	f.Add("montagne @ Berg\n", true)
	f.Add("Berg\tmontagne\n", false)
	f.Fuzz(func(t *testing.T, in string, hun bool) {
		format := FormatTSV
		if hun {
			format = FormatHunalign
		}
		l := NewLexicon()
		if err := l.ReadDict(strings.NewReader(in), format); err != nil {
			var de *DictError
			if !errors.As(err, &de) || de.Line < 1 {
				t.Fatalf("ReadDict(%q): %v (%T) is no *DictError on a line", in, err, err)
			}
		}
		for s, ts := range l.m {
			if s == "" || slices.Contains(ts, "") {
				t.Fatalf("ReadDict(%q) kept an empty word", in)
			}
		}
	})
}

// FuzzReadDictd: any index and dict data read to a Lexicon or a
// *DictError, and no word read is empty. Seeds in FreeDict's shape (a
// database entry, a pronunciation and a part of speech on the headword
// line, numbered senses, notes with commas).
func FuzzReadDictd(f *testing.F) {
	f.Add("berg\tA\tK\n", "berg\nmontagne\n")
	dict := "00-database-info\nA test\nberg /bɛrk/ <noun, masc>\nmontagne, mont\nErhebung im Gelände die höher ist als die Umgebung\nhaus /haʊs/\n1. maison\n2. foyer (famille)\n"
	off, mid := strings.Index(dict, "berg /"), strings.Index(dict, "haus /")
	f.Add("00databaseinfo\tA\tR\nberg\t"+b64(off)+"\t"+b64(mid-off)+"\nhaus\t"+b64(mid)+"\t"+b64(len(dict)-mid)+"\n", dict)
	dict2 := "abandon\nherabsetzen, nachlassen <v, trans>\nduck\nEnte <fem, n>; Erpel (male [zool., orn.])\n"
	mid2 := strings.Index(dict2, "duck")
	f.Add("abandon\tA\t"+b64(mid2)+"\nduck\t"+b64(mid2)+"\t"+b64(len(dict2)-mid2)+"\n", dict2)
	f.Fuzz(func(t *testing.T, index, dict string) {
		l := NewLexicon()
		if err := l.ReadDictd(strings.NewReader(index), []byte(dict)); err != nil {
			var de *DictError
			if !errors.As(err, &de) || de.Line < 1 {
				t.Fatalf("ReadDictd(%q, %q): %v (%T) is no *DictError on a line", index, dict, err, err)
			}
		}
		for s, ts := range l.m {
			if s == "" || slices.Contains(ts, "") {
				t.Fatalf("ReadDictd(%q, %q) kept an empty word", index, dict)
			}
		}
	})
}

// TestLearnWeakLinks: a learned link seen in one training pair only is
// kept apart (weak: the search uses it, a bead's score does not); every
// other link co-occurs in at least two pairs.
func TestLearnWeakLinks(t *testing.T) {
	src := PresegmentedDocument(readTestdata(t, "irgc-iraq.en.seg.txt"))
	tgt := PresegmentedDocument(readTestdata(t, "irgc-iraq.fr.seg.txt"))
	var pairs [][2][]string
	for _, l := range readGold(t, "../testdata/irgc-iraq.en-fr.gold.txt") {
		if len(l.Src) == 0 || len(l.Tgt) == 0 {
			continue
		}
		var s, g []string
		for _, i := range l.Src {
			s = append(s, wordStems(src.Sentences[i], nil)...)
		}
		for _, j := range l.Tgt {
			g = append(g, wordStems(tgt.Sentences[j], nil)...)
		}
		pairs = append(pairs, [2][]string{s, g})
	}
	lex := learnLexicon(pairs)
	cooc := func(s, g string) int {
		n := 0
		for _, p := range pairs {
			if slices.Contains(p[0], s) && slices.Contains(p[1], g) {
				n++
			}
		}
		return n
	}
	strong, weak := 0, 0
	for s, ts := range lex.m {
		for _, g := range ts {
			strong++
			if c := cooc(s, g); c < 2 {
				t.Errorf("link %s -> %s co-occurs in %d pairs; want it weak", s, g, c)
			}
		}
	}
	for s, ts := range lex.weak {
		for _, g := range ts {
			weak++
			if c := cooc(s, g); c != 1 {
				t.Errorf("weak link %s -> %s co-occurs in %d pairs; want 1", s, g, c)
			}
		}
	}
	if strong == 0 || lex.Len() != strong+weak {
		t.Errorf("learned %d links and %d weak, Len %d; want some links, Len the sum", strong, weak, lex.Len())
	}
	// "kasten" and "boite" are each seen twice, together once: the link
	// is the one pair's own evidence.
	lex = learnLexicon([][2][]string{
		{{"kasten"}, {"boite"}}, {{"kasten"}, {"vingt"}}, {{"nacht"}, {"boite"}},
		{{"berg", "tal"}, {"montag", "vallee"}}, {{"berg"}, {"montag"}}, {{"tal"}, {"vallee"}},
	})
	if !slices.Contains(lex.weak["kasten"], "boite") || slices.Contains(lex.m["kasten"], "boite") {
		t.Errorf("kasten -> boite: strong %v, weak %v; want it weak", lex.m["kasten"], lex.weak["kasten"])
	}
	if !slices.Contains(lex.m["berg"], "montag") {
		t.Errorf("berg -> montag: strong %v, weak %v; want it strong", lex.m["berg"], lex.weak["berg"])
	}
}

func readTestdata(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile("../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestDictdNumber: each byte is its digit of dictd's base64 alphabet or
// makes the number bad; digits read most significant first; an empty
// number or one of more than 10 digits is bad.
func TestDictdNumber(t *testing.T) {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for c := range 256 {
		v, ok := dictdNumber([]byte{byte(c)})
		if want := strings.IndexByte(digits, byte(c)); ok != (want >= 0) || ok && v != int64(want) {
			t.Errorf("dictdNumber(%q) = %d, %v; want %d", byte(c), v, ok, want)
		}
	}
	for s, want := range map[string]int64{"BAA": 4096, "//": 4095, "Ba": 90, "": -1, "AAAAAAAAAAA": -1, "A-": -1} {
		v, ok := dictdNumber([]byte(s))
		if ok != (want >= 0) || ok && v != want {
			t.Errorf("dictdNumber(%q) = %d, %v; want %d", s, v, ok, want)
		}
	}
}
