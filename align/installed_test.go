package align

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/text/language"
)

// repeatSents is sents n times over, a text long enough for its language
// to be read by its function words (langwords.ReadMinWords).
func repeatSents(n int, sents ...string) []string {
	var out []string
	for range n {
		out = append(out, sents...)
	}
	return out
}

// TestInstalledLatinDict: a pair of Czech and English, either way round,
// gets the installed Czech dictionary, reversed when Czech is the source
// (the file is eng-ces, English headwords), when no dictionary is given
// and NoDefaultDict is not set; the languages come from the pair when
// known, else from the text's function words. A pair of Czech and
// French, or of English and English, or of German and English (no
// dictionary of theirs in the table), gets none, and nothing when the
// file is not there.
func TestInstalledLatinDict(t *testing.T) {
	name := writeDictd(t, t.TempDir(), "freedict-eng-ces", [][2]string{
		{"house", "dům, budova"}, {"bread", "chléb"}, {"news", "zpráva"},
	})
	withInstalledDict(t, language.Czech, name)
	cs := Document{Sentences: repeatSents(6, "Oni to studovali a jedli chléb v domě, který je na náměstí.", "Zpráva je, že to není tak vysoké, jak jsme si mysleli.")}
	en := Document{Sentences: repeatSents(6, "They studied it and ate the bread in the house on the square.", "The news is that it is not as high as we thought.")}
	fr := Document{Sentences: repeatSents(6, "Ils ont étudié et mangé le pain dans la maison sur la place.", "La nouvelle est que ce n'est pas aussi haut que nous le pensions.")}
	de := Document{Sentences: repeatSents(6, "Sie haben es studiert und das Brot in dem Haus gegessen.", "Die Nachricht ist, dass es nicht so hoch ist, wie wir dachten.")}
	zh := Document{Sentences: repeatSents(6, "他们在 a 区 v 号的房子里吃了面包， s 研究了这个问题。", "消息是，它没有我们想的那么高。")}
	pair := langPair
	checkInstalled(t, name, "Czech", []installedCase{
		{"cs -> en", pair(cs, en, language.Czech, language.English), PairOptions{}, true, "chléb", "bread"},
		{"en -> cs", pair(en, cs, language.English, language.Czech), PairOptions{}, true, "house", "dům"},
		{"cs -> en, languages unknown", pair(cs, en, language.Und, language.Und), PairOptions{}, true, "zpráva", "news"},
		{"en -> cs, languages unknown", pair(en, cs, language.Und, language.Und), PairOptions{}, true, "bread", "chléb"},
		{"cs-CZ -> en-GB", pair(cs, en, language.Make("cs-CZ"), language.Make("en-GB")), PairOptions{}, true, "chléb", "bread"},
		{"cs -> fr", pair(cs, fr, language.Czech, language.French), PairOptions{}, false, "", ""},
		{"cs -> fr, languages unknown", pair(cs, fr, language.Und, language.Und), PairOptions{}, false, "", ""},
		{"en -> en", pair(en, en, language.English, language.English), PairOptions{}, false, "", ""},
		{"fr -> en, languages unknown", pair(fr, en, language.Und, language.Und), PairOptions{}, false, "", ""},
		{"de -> en, languages unknown", pair(de, en, language.Und, language.Und), PairOptions{}, false, "", ""},
		{"zh -> en, languages unknown (a few Latin words)", pair(zh, en, language.Und, language.Und), PairOptions{}, false, "", ""},
		{"NoDefaultDict", pair(cs, en, language.Czech, language.English), PairOptions{Align: Options{NoDefaultDict: true}}, false, "", ""},
		{"a dictionary given", pair(cs, en, language.Czech, language.English), PairOptions{Align: Options{Lexicon: NewLexicon()}}, false, "", ""},
	}, "bread", "chléb")
	withInstalledDict(t, language.Czech, filepath.Join(t.TempDir(), "freedict-eng-ces.index"))
	if got := pair(cs, en, language.Czech, language.English).InstalledDict(PairOptions{}); got != "" {
		t.Errorf("no file: InstalledDict %q; want none", got)
	}
	// A file of other languages at the place is not used.
	withInstalledDict(t, language.Czech, writeDictd(t, t.TempDir(), "freedict-fra-eng", [][2]string{{"maison", "house"}}))
	if got := pair(cs, en, language.Czech, language.English).InstalledDict(PairOptions{}); got != "" {
		t.Errorf("a French file: InstalledDict %q; want none", got)
	}
}

// langPair is the pair of src and tgt, of languages sl and tl.
func langPair(src, tgt Document, sl, tl language.Tag) *Pair {
	return &Pair{Src: src, Tgt: tgt, SrcLang: sl, TgtLang: tl}
}

// An installedCase is a pair and whether it gets the installed
// dictionary (want), with a word pair that dictionary must then hold as
// the pair uses it, source first.
type installedCase struct {
	what     string
	p        *Pair
	opt      PairOptions
	want     bool
	from, to string
}

// checkInstalled checks each case against the installed dictionary of
// language lang at name: InstalledDictLang names it or not, and the
// lexicon dictFor gives holds the case's word pair, or, for a pair that
// must not get it, does not hold en -> other (nor other -> en), a word
// pair of that dictionary.
func checkInstalled(t *testing.T, name, lang string, cases []installedCase, en, other string) {
	t.Helper()
	for _, tc := range cases {
		got, gotLang := tc.p.InstalledDictLang(tc.opt)
		if tc.want && (got != name || gotLang != lang) || !tc.want && (got != "" || gotLang != "") {
			t.Errorf("%s: InstalledDictLang %q, %q; want it %v", tc.what, got, gotLang, tc.want)
		}
		o := tc.opt.Align
		o.langs = [2]language.Tag{tc.p.SrcLang, tc.p.TgtLang}
		l := o.dictFor(tc.p.Src.Sentences, tc.p.Tgt.Sentences)
		if tc.want {
			if l == nil || !slices.Contains(l.m[lexStem(tc.from)], lexStem(tc.to)) {
				t.Errorf("%s: the dictionary used has %q -> %q; want %q among them", tc.what, tc.from, l.m[lexStem(tc.from)], tc.to)
			}
		} else if l != nil && (slices.Contains(l.m[lexStem(en)], lexStem(other)) || slices.Contains(l.m[lexStem(other)], lexStem(en))) {
			t.Errorf("%s: the %s dictionary used; want it not", tc.what, lang)
		}
	}
}

// TestDebianFreeDict reads Debian's dict-freedict-eng-ces where it is
// installed (.ci/run installs it): it is read as a Czech-English
// dictionary, turned for a pair whose source is Czech, and a pair of
// Czech and English uses it by default.
func TestDebianFreeDict(t *testing.T) {
	d := installedEntry(t, language.Czech)
	if _, err := os.Stat(d.file); err != nil {
		t.Skipf("Debian's dict-freedict-eng-ces is not installed (%v): apt-get install dict-freedict-eng-ces", err)
	}
	if d.read() == nil {
		t.Fatalf("%s: not read as a dictionary of Czech and English", d.file)
	}
	if l := d.lexicon(language.Czech); !slices.Contains(l.m[lexStem("dům")], lexStem("house")) {
		t.Errorf("%s: dům -> %q; want house among them", d.file, l.m[lexStem("dům")])
	}
	if l := d.lexicon(language.English); !slices.Contains(l.m[lexStem("house")], lexStem("dům")) {
		t.Errorf("%s: house -> %q; want dům among them", d.file, l.m[lexStem("house")])
	}
	p := &Pair{Src: Document{Sentences: []string{"Vláda oznámila, že dům je nový."}}, Tgt: Document{Sentences: []string{"The government announced that the house is new."}}, SrcLang: language.Czech, TgtLang: language.English}
	if got, lang := p.InstalledDictLang(PairOptions{}); got != d.file || lang != "Czech" {
		t.Errorf("InstalledDictLang %q, %q; want %s, Czech", got, lang, d.file)
	}
}

// TestBatchInstalledDict: Batch says which pairs aligned with a dictionary
// found installed (BatchResult.InstalledDict), for the CLI to name it.
func TestBatchInstalledDict(t *testing.T) {
	name := writeDictd(t, t.TempDir(), "freedict-eng-ces", [][2]string{{"house", "dům"}, {"bread", "chléb"}})
	withInstalledDict(t, language.Czech, name)
	dir := t.TempDir()
	de := writeFile(t, dir, "a.cs.txt", "Jedli chléb.\nDům je nový.\n")
	en := writeFile(t, dir, "a.en.txt", "They ate the bread.\nThe house is new.\n")
	fr := writeFile(t, dir, "a.fr.txt", "Ils ont mangé le pain.\nLa maison est neuve.\n")
	items := []BatchItem{
		{Src: Input{File: NamedFile(de, nil), Lang: language.Czech}, Tgt: Input{File: NamedFile(en, nil), Lang: language.English}},
		{Src: Input{File: NamedFile(fr, nil), Lang: language.French}, Tgt: Input{File: NamedFile(en, nil), Lang: language.English}},
	}
	opt := PairOptions{Doc: DocumentOptions{Presegmented: true}}
	var got []string
	for r := range Batch(t.Context(), slices.Values(items), opt) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		got = append(got, r.InstalledDict+" "+r.InstalledLang)
	}
	if want := []string{name + " Czech", " "}; !slices.Equal(got, want) {
		t.Errorf("InstalledDict, InstalledLang %q; want %q", got, want)
	}
}
