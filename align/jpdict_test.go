package align

import (
	"bytes"
	"compress/gzip"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// jmdictSample is a few entries written for this test in the layout of
// Debian's freedict-jpn-eng (JMdict): a forms line, part-of-speech lines
// in brackets, glosses, numbered senses and notes; the priority tags
// ([ichi1], [news1], [gai1]) mark common words.
var jmdictSample = []struct{ heads, entry string }{
	{"研究 けんきゅう", " [ichi1]  研究 /ke/,  [ichi1] けんきゅう /ke/\n(noun (common) (futsuumeishi))\n (noun or participle which takes the aux. verb suru)\nstudy, research, investigation\n"},
	{"研", " [ichi1] 研 /ke/\n(noun (common) (futsuumeishi))\ngrindstone\n"},
	{"発表 はっぴょう", " [news1] 発表 /ha/, はっぴょう /ha/\n(noun (common) (futsuumeishi))\nannouncement, publication, statement\n"},
	{"食べる たべる", " [ichi1]  食べる /ta/, たべる /ta/\n1. (Ichidan verb)\n (transitive verb)\nto eat\n2. to live on (e.g. a salary), to live off, to subsist on\n"},
	{"書く かく", " [ichi1]  書く /ka/, かく /ka/\n1. (Godan verb with `ku' ending)\n (transitive verb)\nto write, to compose, to pen\n2. to draw, to paint\n"},
	{"高い たかい", " [ichi1] 高い /ta/, たかい /ta/\n1. (adjective (keiyoushi))\nhigh, tall\n2. expensive\n"},
	{"した", " [ichi1] 下 /si/, した /si/\n1. (noun (common) (futsuumeishi))\nbelow, down, under\n2. bottom\n"},
	{"する", " [ichi1] 為る /su/, する /su/\n1. (suru verb - irregular)\n\n         Note: word usually written using kana aloneto do\n"},
	{"建久 けんきゅう", "建久 /ke/, けんきゅう /ke/\n(noun (common) (futsuumeishi))\nKenkyuu era (1190.4.11-1199.4.27)\n"},
	{"ニュース", " [gai1] ニュース /nju/\n(noun (common) (futsuumeishi))\nnews\n"},
}

// jmdictDatabase returns jmdictSample as a dictd database: its index
// and its data.
func jmdictDatabase() (index, dict string) {
	dict = "00-database-info\nA test\n"
	index = "00databaseinfo\tA\tR\n"
	for _, e := range jmdictSample {
		off := len(dict)
		dict += e.entry
		for h := range strings.FieldsSeq(e.heads) {
			index += h + "\t" + b64(off) + "\t" + b64(len(e.entry)) + "\n"
		}
	}
	return index, dict
}

// writeJMdict writes jmdictSample as a dictd database named
// freedict-jpn-eng into a temporary directory and returns its index.
func writeJMdict(t *testing.T) string {
	t.Helper()
	index, dict := jmdictDatabase()
	dir := t.TempDir()
	name := filepath.Join(dir, "freedict-jpn-eng.index")
	if err := os.WriteFile(name, []byte(index), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "freedict-jpn-eng.dict"), []byte(dict), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// TestReadJMdictFiles: the compressed data (.dict.dz) reads as the plain
// one; an index line whose entry is past the end of the data is a
// *DictFileError naming the index and the line.
func TestReadJMdictFiles(t *testing.T) {
	name := writeJMdict(t)
	plain, err := OpenDict(name, FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	data, err := os.ReadFile(strings.TrimSuffix(name, ".index") + ".dict")
	if err != nil {
		t.Fatal(err)
	}
	var dz bytes.Buffer
	zw := gzip.NewWriter(&dz)
	zw.Write(data)
	zw.Close()
	index, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	gz := filepath.Join(dir, "freedict-jpn-eng.index")
	os.WriteFile(gz, index, 0o644)
	os.WriteFile(filepath.Join(dir, "freedict-jpn-eng.dict.dz"), dz.Bytes(), 0o644)
	d, err := OpenDict(gz, FormatAuto)
	if err != nil || d.lex.Len() != plain.lex.Len() || !maps.EqualFunc(d.lex.m, plain.lex.m, slices.Equal) {
		t.Errorf(".dict.dz: %d pairs, err %v; want the %d of .dict", d.Lexicon().Len(), err, plain.lex.Len())
	}

	bad := filepath.Join(t.TempDir(), "freedict-jpn-eng.index")
	os.WriteFile(bad, append(index, "研究所\t"+b64(len(data))+"\tB\n"...), 0o644)
	os.WriteFile(strings.TrimSuffix(bad, ".index")+".dict", data, 0o644)
	_, err = OpenDict(bad, FormatAuto)
	var fe *DictFileError
	var de *DictError
	if !errors.As(err, &fe) || fe.Path != bad || !errors.As(err, &de) || de.Line != strings.Count(string(index), "\n")+1 {
		t.Errorf("an entry past the end: err %v; want a *DictFileError naming %s and its last line", err, bad)
	}
}

// TestReadJMdict: a dictd database with Japanese headwords gives each
// kanji or katakana headword of a common word (a priority tag), and the stems of inflected verbs and
// adjectives, the English base forms of its short glosses (unnumbered
// ones included), and no hiragana headword.
func TestReadJMdict(t *testing.T) {
	d, err := OpenDict(writeJMdict(t), FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	if d.From != language.Japanese || d.To != language.English {
		t.Errorf("languages %v -> %v; want ja -> en", d.From, d.To)
	}
	l := d.Lexicon()
	for _, tc := range []struct {
		src  string
		want []string
	}{
		{"研究", []string{"study", "resear", "invest"}},
		{"発表", []string{"announ", "public", "statem"}},
		{"食べる", []string{"eat", "liv", "subsis"}},
		{"食べ", []string{"eat", "liv", "subsis"}}, // 食べた, 食べて
		{"書い", []string{"writ", "compos", "pen", "draw", "paint"}},
		{"書か", []string{"writ", "compos", "pen", "draw", "paint"}},
		{"高く", []string{"high", "tall", "expens"}},
		{"ニュース", []string{"new"}},
		{"建久", nil},    // not a common word
		{"けんきゅう", nil}, // hiragana alone: not looked up
		{"した", nil},
		{"する", nil},
	} {
		if got := l.m[tc.src]; !slices.Equal(got, tc.want) {
			t.Errorf("%s -> %q; want %q", tc.src, got, tc.want)
		}
	}
}

// TestJMdictWords: a Japanese side is read in the dictionary's words, as
// source or target: 研究 meets "studied" and 食べた "ate", and 研 alone
// ("grindstone") is not reached inside 研究; the dictionary is read from
// its Japanese side whichever side that is (not reversed).
func TestJMdictWords(t *testing.T) {
	d, err := OpenDict(writeJMdict(t), FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	ja := []string{"彼らは研究を発表して、パンを食べた。"}
	en := []string{"They studied it, made an announcement and ate bread."}
	shared := func(src, tgt []string, s DictSides) []string {
		l, _, err := OrientDicts([]*Dict{d}, s)
		if err != nil {
			t.Fatal(err)
		}
		return sharedDictFeatures(t, l, src, tgt)
	}
	want := []string{"announ", "eat", "study"}
	if got := shared(ja, en, DictSides{Src: language.Japanese, Tgt: language.English}); !slices.Equal(got, want) {
		t.Errorf("ja -> en dictionary features shared: %q; want %q", got, want)
	}
	if got := shared(en, ja, DictSides{Src: language.English, Tgt: language.Japanese}); !slices.Equal(got, want) {
		t.Errorf("en -> ja dictionary features shared: %q; want %q", got, want)
	}
	if got := shared([]string{"研究した。"}, []string{"We grind it on a grindstone."}, DictSides{}); len(got) != 0 {
		t.Errorf("a character inside a dictionary word linked alone: %q", got)
	}
}

func TestJaMatch(t *testing.T) {
	words := &hanLex{ja: true, words: map[string]bool{"研究": true, "研究所": true, "食べ": true, "ニュース": true}}
	var got []string
	jaMatch("研究所で食べた。ニュースx研", words, func(p string, han bool) {
		if !han {
			p = "<" + p + ">"
		}
		got = append(got, p)
	})
	// The longest word first; hiragana alone (で, た) is left with the
	// text between words.
	want := []string{"研究所", "<で>", "食べ", "<た。>", "ニュース", "<x>", "研"}
	if !slices.Equal(got, want) {
		t.Errorf("jaMatch: %q; want %q", got, want)
	}
}

// TestJMdictNotReversed: a Japanese dictionary is read from its
// Japanese side; asked to reverse it, or given a pair without Japanese,
// OrientDicts says so.
func TestJMdictNotReversed(t *testing.T) {
	d, err := OpenDict(writeJMdict(t), FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	l, dirs, err := OrientDicts([]*Dict{d}, DictSides{Src: language.English, Tgt: language.Japanese})
	if err != nil || dirs[0].Reversed || l.m["研究"] == nil {
		t.Errorf("en -> ja: reversed %v, err %v; want it read as written", dirs, err)
	}
	for _, s := range []DictSides{{Reverse: true}, {Src: language.German, Tgt: language.French}} {
		if _, _, err := OrientDicts([]*Dict{d}, s); err == nil || !strings.Contains(err.Error(), "Japanese") {
			t.Errorf("%+v: err %v; want a *DictLangError about Japanese", s, err)
		}
	}
}

// withJaDictFile makes name the installed Japanese-English dictionary
// for the test (read afresh), and restores the real one after it.
func withJaDictFile(t *testing.T, name string) {
	t.Helper()
	withInstalledDict(t, language.Japanese, name)
}

// withInstalledDict makes name the installed dictionary of lang and
// English for the test (read afresh), and restores the real one after it.
func withInstalledDict(t *testing.T, lang language.Tag, name string) {
	t.Helper()
	for i, d := range installedDicts {
		if d.lang == lang {
			installedDicts[i] = &installedDict{lang: d.lang, name: d.name, file: name, words: d.words}
			t.Cleanup(func() { installedDicts[i] = d })
			return
		}
	}
	t.Fatalf("no installed dictionary for %v", lang)
}

// installedEntry is the entry of installedDicts for lang.
func installedEntry(t *testing.T, lang language.Tag) *installedDict {
	t.Helper()
	for _, d := range installedDicts {
		if d.lang == lang {
			return d
		}
	}
	t.Fatalf("no installed dictionary for %v", lang)
	return nil
}

// TestInstalledJaDict: a pair of Japanese and English gets the installed
// Japanese dictionary when no dictionary is given and NoDefaultDict is
// not set, and Pair.InstalledDict names it; other pairs, and every pair
// when the file is not there, get none.
func TestInstalledJaDict(t *testing.T) {
	ja := Document{Sentences: []string{"彼らは研究を発表して、パンを食べた。", "ニュースは高い。"}}
	en := Document{Sentences: []string{"They studied it, made an announcement and ate bread.", "The news is that it is high."}}
	de := Document{Sentences: []string{"Sie haben es studiert und Brot gegessen.", "Die Nachricht ist, dass es hoch ist."}}
	pair := func(src, tgt Document, sl, tl language.Tag) *Pair {
		return &Pair{Src: src, Tgt: tgt, SrcLang: sl, TgtLang: tl}
	}
	name := writeJMdict(t)
	withJaDictFile(t, name)
	for _, tc := range []struct {
		what string
		p    *Pair
		opt  PairOptions
		want bool
	}{
		{"ja -> en", pair(ja, en, language.Japanese, language.English), PairOptions{}, true},
		{"en -> ja", pair(en, ja, language.English, language.Japanese), PairOptions{}, true},
		{"ja -> en, languages unknown", pair(ja, en, language.Und, language.Und), PairOptions{}, true},
		{"ja -> de", pair(ja, de, language.Japanese, language.German), PairOptions{}, false},
		{"ja -> de, languages unknown", pair(ja, de, language.Und, language.Und), PairOptions{}, false},
		{"zh -> en", pair(ja, en, language.Chinese, language.English), PairOptions{}, false},
		{"NoDefaultDict", pair(ja, en, language.Japanese, language.English), PairOptions{Align: Options{NoDefaultDict: true}}, false},
		{"a dictionary given", pair(ja, en, language.Japanese, language.English), PairOptions{Align: Options{Lexicon: NewLexicon()}}, false},
	} {
		got := tc.p.InstalledDict(tc.opt)
		if tc.want && got != name || !tc.want && got != "" {
			t.Errorf("%s: InstalledDict %q; want it %v", tc.what, got, tc.want)
		}
		o := tc.opt.Align
		o.langs = [2]language.Tag{tc.p.SrcLang, tc.p.TgtLang}
		l := o.dictFor(tc.p.Src.Sentences, tc.p.Tgt.Sentences)
		if isJa := l != nil && l.han != nil && l.han.ja; isJa != tc.want {
			t.Errorf("%s: the installed dictionary used %v; want %v", tc.what, isJa, tc.want)
		}
	}
	withJaDictFile(t, filepath.Join(t.TempDir(), "freedict-jpn-eng.index"))
	if got := pair(ja, en, language.Japanese, language.English).InstalledDict(PairOptions{}); got != "" {
		t.Errorf("no file: InstalledDict %q; want none", got)
	}
}

// TestDebianJMdict reads Debian's dict-freedict-jpn-eng where it is
// installed (.ci/run installs it): its files are read as a Japanese
// dictionary, 研究 is "study" and 食べた finds 食べる's "eat", and a ja-en
// pair uses it by default.
func TestDebianJMdict(t *testing.T) {
	ja := installedEntry(t, language.Japanese)
	jaDictFile := ja.file
	if _, err := os.Stat(jaDictFile); err != nil {
		t.Skipf("Debian's dict-freedict-jpn-eng is not installed (%v): apt-get install dict-freedict-jpn-eng", err)
	}
	l := ja.lexicon(language.Japanese)
	if l == nil || l.han == nil || !l.han.ja {
		t.Fatalf("%s: not read as a Japanese dictionary", jaDictFile)
	}
	for _, tc := range []struct{ ja, en string }{{"研究", "study"}, {"食べ", "eat"}, {"政府", "govern"}, {"ニュース", "new"}} {
		if !slices.Contains(l.m[tc.ja], tc.en) {
			t.Errorf("%s -> %q; want %q among them", tc.ja, l.m[tc.ja], tc.en)
		}
	}
	p := &Pair{Src: Document{Sentences: []string{"政府は研究を発表した。"}}, Tgt: Document{Sentences: []string{"The government announced the study."}}, SrcLang: language.Japanese, TgtLang: language.English}
	if got := p.InstalledDict(PairOptions{}); got != jaDictFile {
		t.Errorf("InstalledDict %q; want %s", got, jaDictFile)
	}
}
