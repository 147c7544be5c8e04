package align

import (
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

// writeJMdict writes jmdictSample as a dictd database named
// freedict-jpn-eng into a temporary directory and returns its index.
func writeJMdict(t *testing.T) string {
	t.Helper()
	dict := "00-database-info\nA test\n"
	index := "00databaseinfo\tA\tR\n"
	for _, e := range jmdictSample {
		off := len(dict)
		dict += e.entry
		for h := range strings.FieldsSeq(e.heads) {
			index += h + "\t" + b64(off) + "\t" + b64(len(e.entry)) + "\n"
		}
	}
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
		x := &extractor{table: newFeatureTable(), dict: l}
		x.dictSetup(l, src, tgt)
		if x.seg == nil {
			t.Fatalf("no Japanese side found for %q / %q", src, tgt)
		}
		fs, ft := x.features(src[0], true), x.features(tgt[0], false)
		names := make(map[uint32]string)
		for k, id := range x.table.ids {
			names[id] = k
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
