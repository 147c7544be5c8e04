package align

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A few entries in CC-CEDICT's format, written for this test.
const cedictSample = `# CC-CEDICT sample
研究 研究 [yan2 jiu1] /to study/to research/
研 研 [yan2] /to grind/
究 究 [jiu1] /to investigate/
結構 结构 [jie2 gou4] /structure/composition/CL:個|个[ge4]/
友誼 友谊 [you3 yi4] /companionship/fellowship/friendship/
偉大 伟大 [wei3 da4] /huge/great/mighty/
隻 只 [zhi1] /variant of 只[zhi3]/surname Zhi/
`

func TestReadCedict(t *testing.T) {
	l := NewLexicon()
	if err := l.ReadDict(strings.NewReader(cedictSample), FormatCedict); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		src  string
		want []string
	}{
		{"研究", []string{"study", "resear"}}, // stems: six letters
		{"结构", []string{"struct", "compos"}},
		{"結構", []string{"struct", "compos"}}, // traditional too
		{"只", nil},                           // cross-references only
	} {
		if got := l.m[tc.src]; !slices.Equal(got, tc.want) {
			t.Errorf("%s -> %q; want %q", tc.src, got, tc.want)
		}
	}
	if !l.han.words["研究"] || l.han.words["研"] {
		t.Errorf("headwords for the maximal match: %v", l.han.words)
	}

	err := NewLexicon().ReadDict(strings.NewReader("研究 研究 /to study/\n"), FormatCedict)
	var de *DictError
	if !errors.As(err, &de) || de.Line != 1 {
		t.Errorf("entry without pinyin: err %v; want a *DictError naming line 1", err)
	}

	for _, bad := range []string{"研究 研究 [yan2 jiu1] /to \x00study/\n", "研究 研究 [yan2 jiu1] /to \xffstudy/\n"} {
		if err := NewLexicon().ReadDict(strings.NewReader("# ok\n"+bad), FormatCedict); !errors.As(err, &de) || de.Line != 2 {
			t.Errorf("%q: err %v; want a *DictError naming line 2", bad, err)
		}
	}

	// FormatAuto knows the format by its first entry.
	name := filepath.Join(t.TempDir(), "cedict_ts.u8")
	if err := os.WriteFile(name, []byte(cedictSample), 0o644); err != nil {
		t.Fatal(err)
	}
	l2 := NewLexicon()
	if err := l2.ReadDictFile(name, FormatAuto); err != nil || l2.Len() != l.Len() {
		t.Errorf("ReadDictFile auto: %d pairs, err %v; want %d", l2.Len(), err, l.Len())
	}
}

// TestCedictWords checks that a Han side is read in the dictionary's words,
// in both directions: 研究 links to "study" (and "studied"), its characters
// to nothing of theirs ("grind"), whether Chinese is the source or the
// target.
func TestCedictWords(t *testing.T) {
	l := NewLexicon()
	if err := l.ReadDict(strings.NewReader(cedictSample), FormatCedict); err != nil {
		t.Fatal(err)
	}
	zh := []string{"我们研究结构。"}
	en := []string{"We studied the structures."}
	shared := func(src, tgt []string) []string { return sharedDictFeatures(t, l, src, tgt) }
	if got, want := shared(zh, en), []string{"struct", "study"}; !slices.Equal(got, want) {
		t.Errorf("zh -> en dictionary features shared: %q; want %q", got, want)
	}
	if got, want := shared(en, zh), []string{"struct", "study"}; !slices.Equal(got, want) {
		t.Errorf("en -> zh dictionary features shared: %q; want %q", got, want)
	}
	// "to grind" must not be reached: 研 is inside the word 研究.
	if got := shared([]string{"我们研究结构。"}, []string{"We grind it."}); len(got) != 0 {
		t.Errorf("a character inside a dictionary word linked alone: %q", got)
	}
}

// sharedDictFeatures returns, sorted, the dictionary features (kindDict,
// their names without the kind's letter) that the first sentences of src
// and tgt share when l, a lexicon with a Han-script side (CC-CEDICT,
// JMdict), is set up for them; it fails the test when no Han side is found.
func sharedDictFeatures(t *testing.T, l *Lexicon, src, tgt []string) []string {
	t.Helper()
	x := &extractor{table: newFeatureTable(), dict: l}
	x.dictSetup(l, src, tgt)
	if x.seg == nil {
		t.Fatalf("no Han-script side found for %q / %q", src, tgt)
	}
	fs, ft := x.features(src[0], true), x.features(tgt[0], false)
	names := make(map[uint32]string)
	for id, k := range x.table.strs {
		names[uint32(id)] = k
	}
	var out []string
	for _, f := range fs {
		if x.table.kinds[f] == kindDict && slices.Contains(ft, f) {
			out = append(out, names[f][1:])
		}
	}
	slices.Sort(out)
	return out
}

func TestEnLemma(t *testing.T) {
	for _, tc := range [][]string{
		{"study", "studied", "studies", "studying"},
		{"love", "loved", "loving", "loves"},
		{"stop", "stopped", "stopping", "stops"},
		{"go", "went", "goes", "gone"},
		{"box", "boxes"},
	} {
		want := enLemma(tc[0])
		for _, w := range tc[1:] {
			if got := enLemma(w); got != want {
				t.Errorf("enLemma(%q) = %q; want %q (as %q)", w, got, want, tc[0])
			}
		}
	}
	for _, w := range []string{"glass", "bus", "this", "sing"} {
		if got := enLemma(w); got != strings.TrimSuffix(w, "e") {
			t.Errorf("enLemma(%q) = %q; want it unchanged", w, got)
		}
	}
}

func TestMaxMatch(t *testing.T) {
	words := &hanLex{words: map[string]bool{"研究": true, "研究生": true, "结构": true, "生活": true}}
	var got []string
	maxMatch("我们研究生活, and 结构x研", words, func(p string, han bool) {
		if !han {
			p = "<" + p + ">"
		}
		got = append(got, p)
	})
	// The longest word first: 研究生 wins over 研究, leaving 活 alone.
	want := []string{"我", "们", "研究生", "活", "<, and >", "结构", "<x>", "研"}
	if !slices.Equal(got, want) {
		t.Errorf("maxMatch: %q; want %q", got, want)
	}
	g := &hanCutter{words: words}
	if got, want := g.stems(-1, "研究结构 of matter", nil), []string{"研究", "结构", "of", "matter"}; !slices.Equal(got, want) {
		t.Errorf("hanCutter.stems: %q; want %q", got, want)
	}
}

// TestHanCutterRemembers: a document's hanCutter cuts each of its
// sentences as maxMatch does, the first time and from memory after; a
// sentence that is not the document's at that index is cut afresh.
func TestHanCutterRemembers(t *testing.T) {
	words := &hanLex{words: map[string]bool{"研究": true, "研究生": true, "结构": true}}
	doc := []string{"我们研究生活, and 结构x研", "", "研究结构 of matter。", "x"}
	g := docHanCutter(words, doc)
	pieces := func(i int, s string) []string {
		var out []string
		g.cut(i, s, func(p string, han bool) {
			if !han {
				p = "<" + p + ">"
			}
			out = append(out, p)
		})
		return out
	}
	for round := range 2 {
		for i, s := range doc {
			var want []string
			maxMatch(s, words, func(p string, han bool) {
				if !han {
					p = "<" + p + ">"
				}
				want = append(want, p)
			})
			if got := pieces(i, s); !slices.Equal(got, want) {
				t.Errorf("round %d: cut of sentence %d = %q; want %q", round, i, got, want)
			}
			if got, want := g.stems(i, s, nil), (&hanCutter{words: words}).stems(-1, s, nil); !slices.Equal(got, want) {
				t.Errorf("round %d: stems of sentence %d = %q; want %q", round, i, got, want)
			}
		}
	}
	if g.at[0] == 0 || g.at[2] == 0 {
		t.Errorf("cuts not remembered: %v", g.at)
	}
	// Sentence 0's cut is remembered; another text at index 0 (or out
	// of range) is cut as it is.
	if got, want := pieces(0, "结构研究"), []string{"结构", "研究"}; !slices.Equal(got, want) {
		t.Errorf("another sentence at index 0: %q; want %q", got, want)
	}
	if got, want := pieces(9, "结构"), []string{"结构"}; !slices.Equal(got, want) {
		t.Errorf("index out of range: %q; want %q", got, want)
	}
}

// FuzzHanCutterCut: a document hanCutter's cut, made or remembered, is
// maxMatch's, for any sentence.
func FuzzHanCutterCut(f *testing.F) {
	f.Add("我们研究生活, and 结构x研")
	f.Add("研究")
	words := &hanLex{words: map[string]bool{"研究": true, "研究生": true, "结构": true}}
	f.Fuzz(func(t *testing.T, s string) {
		var want []string
		maxMatch(clip(s), words, func(p string, han bool) { want = append(want, fmt.Sprint(han, p)) })
		g := docHanCutter(words, []string{s})
		for range 2 {
			var got []string
			g.cut(0, s, func(p string, han bool) { got = append(got, fmt.Sprint(han, p)) })
			if !slices.Equal(got, want) {
				t.Fatalf("cut(%q) = %q; want %q", s, got, want)
			}
		}
	})
}

func FuzzReadCedict(f *testing.F) {
	f.Add(cedictSample)
	f.Add("研究 研究 [yan2 jiu1] /to study/\n")
	f.Fuzz(func(t *testing.T, in string) {
		l := NewLexicon()
		if err := l.ReadDict(strings.NewReader(in), FormatCedict); err != nil {
			var de *DictError
			if !errors.As(err, &de) && !strings.Contains(err.Error(), "token too long") {
				t.Fatalf("ReadDict(%q): %v is no *DictError", in, err)
			}
			return
		}
		for s, ts := range l.m {
			if s == "" || slices.Contains(ts, "") {
				t.Fatalf("ReadDict(%q) kept an empty word", in)
			}
		}
		if l.han != nil {
			for w := range l.han.words {
				if !allHan(w) {
					t.Fatalf("ReadDict(%q): headword %q for the longest match is not Han", in, w)
				}
			}
		}
	})
}

func FuzzMaxMatch(f *testing.F) {
	f.Add("我们研究生活, and 结构x研")
	words := &hanLex{words: map[string]bool{"研究": true, "研究生": true, "结构": true}}
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		maxMatch(s, words, func(p string, _ bool) { b.WriteString(p) })
		if b.String() != s {
			t.Fatalf("maxMatch(%q) pieces join to %q", s, b.String())
		}
	})
}

// BenchmarkCedictFeatures is the features of a Chinese-English sentence
// pair with a Chinese dictionary (the longest match and the base forms);
// set BITEXT_CEDICT for the real one, else the sample above.
func BenchmarkCedictFeatures(b *testing.B) {
	l := cedict(b)
	if l == nil {
		l = NewLexicon()
		if err := l.ReadDict(strings.NewReader(cedictSample), FormatCedict); err != nil {
			b.Fatal(err)
		}
	}
	zh := []string{"她承认打我不对，也承认没有好好待我，但是她说我的伟大友谊是假的，还说，我把她骗出来就是想研究她的结构。"}
	en := []string{"But she said my great friendship was phony, and the reason I had tricked her into coming was to study her anatomy."}
	x := &extractor{table: newFeatureTable(), dict: l}
	x.dictSetup(l, zh, en)
	for b.Loop() {
		x.features(zh[0], true)
		x.features(en[0], false)
	}
}
