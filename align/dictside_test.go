package align

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// writeDictd writes a dictd database NAME.index + NAME.dict in dir with
// one entry a headword (its translations comma-separated) and returns the
// index's path.
func writeDictd(t *testing.T, dir, name string, entries [][2]string) string {
	t.Helper()
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b64 := func(n int) string {
		s := ""
		for {
			s = string(digits[n%64]) + s
			if n /= 64; n == 0 {
				return s
			}
		}
	}
	var dict, index strings.Builder
	for _, e := range entries {
		entry := e[0] + "\n" + e[1] + "\n"
		index.WriteString(e[0] + "\t" + b64(dict.Len()) + "\t" + b64(len(entry)) + "\n")
		dict.WriteString(entry)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p+".dict", []byte(dict.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p+".index", []byte(index.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p + ".index"
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

var engRus = [][2]string{{"cat", "кошка"}, {"house", "дом"}, {"water", "вода"}, {"minister", "министр"}}

var (
	enText = []string{"The minister saw a cat near the house.", "There was no water in the house."}
	ruText = []string{"Министр увидел кошку возле дома.", "В доме не было воды."}
)

// has reports whether l links src to tgt (both as the Lexicon stems them).
func has(l *Lexicon, src, tgt string) bool { return slices.Contains(l.m[lexStem(src)], lexStem(tgt)) }

func orient(t *testing.T, path string, s DictSides) (*Lexicon, DictDirection) {
	t.Helper()
	d, err := OpenDict(path, FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	l, dirs, err := OrientDicts([]*Dict{d}, s)
	if err != nil {
		t.Fatalf("OrientDicts: %v", err)
	}
	if len(dirs) != 1 {
		t.Fatalf("%d directions, want 1", len(dirs))
	}
	return l, dirs[0]
}

func TestFreedictLangs(t *testing.T) {
	for name, want := range map[string][2]string{
		"/usr/share/dictd/freedict-eng-rus.index": {"en", "ru"},
		"freedict-deu-fra.dict.dz":                {"de", "fr"},
		"freedict-deu-fra":                        {"de", "fr"},
		"my-freedict-eng-rus.index":               {"und", "und"},
		"de-fr.dic":                               {"und", "und"},
		"freedict-xx1-rus.index":                  {"und", "und"},
	} {
		f, to := freedictLangs(name)
		if got := [2]string{f.String(), to.String()}; got != want {
			t.Errorf("freedictLangs(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestOrientByLanguages(t *testing.T) {
	dir := t.TempDir()
	path := writeDictd(t, dir, "freedict-eng-rus", engRus)
	ru, en := language.Russian, language.English

	l, dir1 := orient(t, path, DictSides{Src: ru, Tgt: en})
	if !dir1.Reversed || dir1.By != DirByLanguages || !has(l, "кошка", "cat") || has(l, "cat", "кошка") {
		t.Errorf("ru->en with eng-rus: %+v, кошка->cat %v; want reversed by languages", dir1, has(l, "кошка", "cat"))
	}
	if got := dir1.String(); !strings.Contains(got, "reversed, ru -> en, by its languages") || !strings.Contains(got, "freedict-eng-rus.index") {
		t.Errorf("String() = %q", got)
	}
	l, dir2 := orient(t, path, DictSides{Src: language.MustParse("en-GB"), Tgt: ru})
	if dir2.Reversed || !has(l, "cat", "кошка") {
		t.Errorf("en-GB->ru with eng-rus: %+v; want as written", dir2)
	}
	// One language matches, the other is a related one: it decides.
	_, dir3 := orient(t, path, DictSides{Src: language.Ukrainian, Tgt: en})
	if !dir3.Reversed {
		t.Errorf("uk->en with eng-rus: %+v; want reversed (English is the target)", dir3)
	}
	// The pair's languages unknown (and no texts): read as written.
	_, dir4 := orient(t, path, DictSides{})
	if dir4.Reversed {
		t.Errorf("no languages, no texts: %+v; want as written", dir4)
	}
}

func TestOrientNoMatchIsError(t *testing.T) {
	path := writeDictd(t, t.TempDir(), "freedict-eng-rus", engRus)
	d, err := OpenDict(path, FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = OrientDicts([]*Dict{d}, DictSides{Src: language.German, Tgt: language.French})
	var le *DictLangError
	if !errors.As(err, &le) || !le.BadInput() {
		t.Fatalf("eng-rus for de-fr: %v, want a *DictLangError", err)
	}
	for _, w := range []string{path, "en -> ru", "de -> fr"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not name %q", err, w)
		}
	}
}

func TestOrientByWords(t *testing.T) {
	dir := t.TempDir()
	ruEn := writeFile(t, dir, "ru-en.tsv", "кошка\tcat\nдом\thouse\nвода\twater\nминистр\tminister\n")
	enRu := writeFile(t, dir, "en-ru.tsv", "cat\tкошка\nhouse\tдом\nwater\tвода\nminister\tминистр\n")

	// Cyrillic headwords, Russian target: reversed.
	l, d := orient(t, ruEn, DictSides{Src: language.English, Tgt: language.Russian, SrcText: enText, TgtText: ruText})
	if !d.Reversed || d.By != DirByWords || !has(l, "cat", "кошка") {
		t.Errorf("en->ru with a ru->en TSV: %+v; want reversed by words", d)
	}
	// Cyrillic headwords, Russian source: as written.
	l, d = orient(t, ruEn, DictSides{SrcText: ruText, TgtText: enText})
	if d.Reversed || !has(l, "кошка", "cat") {
		t.Errorf("ru->en with a ru->en TSV: %+v; want as written", d)
	}
	_, d = orient(t, enRu, DictSides{SrcText: ruText, TgtText: enText})
	if !d.Reversed {
		t.Errorf("ru->en with an en->ru TSV: %+v; want reversed", d)
	}
	// Without texts nothing is decided.
	_, d = orient(t, ruEn, DictSides{Src: language.English, Tgt: language.Russian})
	if d.Reversed {
		t.Errorf("no texts: %+v; want as written", d)
	}
}

// Same script, different letters: German headwords, a French source and
// German target.
func TestOrientByWordsSameScript(t *testing.T) {
	de := []string{
		"Die Regierung hat am Mittwoch einen neuen Plan für die Schulen vorgestellt.",
		"Der Minister sprach über die Zukunft des Landes und über die Wirtschaft.",
		"Viele Schüler müssen jeden Morgen früh aufstehen, weil der Weg weit ist.",
	}
	fr := []string{
		"Le gouvernement a présenté mercredi un nouveau plan pour les écoles.",
		"Le ministre a parlé de l'avenir du pays et de l'économie.",
		"Beaucoup d'élèves doivent se lever tôt chaque matin, car le chemin est long.",
	}
	path := writeFile(t, t.TempDir(), "de-fr.dic", strings.Join([]string{
		"gouvernement @ Regierung", "plan @ Plan", "école @ Schule", "ministre @ Minister", "avenir @ Zukunft",
		"pays @ Land", "économie @ Wirtschaft", "élève @ Schüler", "matin @ Morgen", "chemin @ Weg",
		"nouveau @ neu", "long @ weit", "mercredi @ Mittwoch", "parler @ sprechen", "tôt @ früh",
	}, "\n")+"\n")
	_, d := orient(t, path, DictSides{SrcText: fr, TgtText: de})
	if !d.Reversed || d.By != DirByWords {
		t.Errorf("fr->de with a de->fr hunalign file: %+v; want reversed by words", d)
	}
	_, d = orient(t, path, DictSides{SrcText: de, TgtText: fr})
	if d.Reversed {
		t.Errorf("de->fr with a de->fr hunalign file: %+v; want as written", d)
	}
}

// Too few of the texts' words in the dictionary: its letters decide.
func TestOrientByLetters(t *testing.T) {
	path := writeFile(t, t.TempDir(), "ru-en.tsv", "собака\tdog\nкнига\tbook\nокно\twindow\nулица\tstreet\n")
	l, d := orient(t, path, DictSides{SrcText: enText, TgtText: ruText})
	if !d.Reversed || d.By != DirByLetters || !has(l, "dog", "собака") {
		t.Errorf("en->ru with a ru->en TSV of other words: %+v; want reversed by letters", d)
	}
	if _, d = orient(t, path, DictSides{SrcText: ruText, TgtText: enText}); d.Reversed {
		t.Errorf("ru->en with a ru->en TSV of other words: %+v; want as written", d)
	}
}

func TestOrientLettersMatchNeither(t *testing.T) {
	path := writeFile(t, t.TempDir(), "el-ru.tsv", "γάτα\tкошка\nσπίτι\tдом\n")
	d, err := OpenDict(path, FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = OrientDicts([]*Dict{d}, DictSides{SrcText: []string{"Le chat est là."}, TgtText: []string{"Die Katze ist da."}})
	var le *DictLangError
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "Greek") || !strings.Contains(err.Error(), path) {
		t.Fatalf("a Greek-Russian TSV for Latin texts: %v, want a *DictLangError naming the file and Greek", err)
	}
}

func TestOrientFlag(t *testing.T) {
	dir := t.TempDir()
	enRu := writeFile(t, dir, "en-ru.tsv", "cat\tкошка\n")
	l, d := orient(t, enRu, DictSides{Src: language.English, Tgt: language.Russian, SrcText: enText, TgtText: ruText, Reverse: true})
	if !d.Reversed || d.By != DirByFlag || !has(l, "кошка", "cat") {
		t.Errorf("--dict-reverse: %+v; want reversed as asked", d)
	}
	// The flag wins over the languages too.
	fd := writeDictd(t, dir, "freedict-eng-rus", engRus)
	_, d = orient(t, fd, DictSides{Src: language.English, Tgt: language.Russian, Reverse: true})
	if !d.Reversed || d.By != DirByFlag {
		t.Errorf("--dict-reverse on eng-rus for en->ru: %+v; want reversed as asked", d)
	}
}

func TestOrientCedict(t *testing.T) {
	path := writeFile(t, t.TempDir(), "cedict_ts.u8", "# CC-CEDICT\n研究 研究 [yan2 jiu1] /to study/research/\n")
	d, err := OpenDict(path, FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	if d.From != language.Chinese || d.To != language.English {
		t.Errorf("CC-CEDICT languages %v %v, want zh en", d.From, d.To)
	}
	for _, s := range []DictSides{{Src: language.English, Tgt: language.Chinese}, {Src: language.Chinese, Tgt: language.English}} {
		l, dirs, err := OrientDicts([]*Dict{d}, s)
		if err != nil || dirs[0].Reversed || l.hanInfo() == nil {
			t.Errorf("CC-CEDICT for %v-%v: %+v, %v; want read as written (Han-keyed)", s.Src, s.Tgt, dirs, err)
		}
	}
	var le *DictLangError
	if _, _, err := OrientDicts([]*Dict{d}, DictSides{Src: language.German, Tgt: language.French}); !errors.As(err, &le) {
		t.Errorf("CC-CEDICT for de-fr: %v, want a *DictLangError", err)
	}
	if _, _, err := OrientDicts([]*Dict{d}, DictSides{Src: language.English, Tgt: language.Chinese, Reverse: true}); !errors.As(err, &le) {
		t.Errorf("CC-CEDICT reversed: %v, want a *DictLangError", err)
	}
}

func TestOrientMerges(t *testing.T) {
	dir := t.TempDir()
	a, _ := OpenDict(writeFile(t, dir, "a.tsv", "кошка\tcat\n"), FormatAuto)
	b, _ := OpenDict(writeFile(t, dir, "b.tsv", "house\tдом\n"), FormatAuto)
	l, dirs, err := OrientDicts([]*Dict{a, b}, DictSides{SrcText: ruText, TgtText: enText})
	if err != nil {
		t.Fatal(err)
	}
	if dirs[0].Reversed || !dirs[1].Reversed || !has(l, "кошка", "cat") || !has(l, "дом", "house") || l.Len() != 2 {
		t.Errorf("two files, one each way: %+v, %d pairs", dirs, l.Len())
	}
}

func TestLexiconReversed(t *testing.T) {
	l := NewLexicon()
	l.Add("Haus", "maison")
	l.Add("Haus", "foyer")
	l.Add("Heim", "foyer")
	r := l.Reversed()
	if r.Len() != 3 || !has(r, "maison", "Haus") || !has(r, "foyer", "Haus") || !has(r, "foyer", "Heim") || has(r, "Haus", "maison") {
		t.Errorf("Reversed: %v (%d pairs)", r.m, r.Len())
	}
}

// A small dictionary finds few words of a long text: the two ways round
// are compared with each other, not with a fixed share.
func TestOrientByWordsLongText(t *testing.T) {
	read := func(p string) []string {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(string(b), "\n")
	}
	de, fr := read("../testdata/irgc-iraq.de.txt"), read("../testdata/irgc-iraq.fr.txt")
	path := writeFile(t, t.TempDir(), "de-fr.tsv", "Erfahrung\texpérience\nAustausch\téchange\nRolle\trôle\nTreffen\trencontre\nAusbildung\tformation\n")
	if _, d := orient(t, path, DictSides{SrcText: fr, TgtText: de}); !d.Reversed || d.By != DirByWords {
		t.Errorf("fr->de, the seed article, a 5-entry de->fr TSV: %+v; want reversed by words", d)
	}
	if _, d := orient(t, path, DictSides{SrcText: de, TgtText: fr}); d.Reversed {
		t.Errorf("de->fr, the seed article, a 5-entry de->fr TSV: %+v; want as written", d)
	}
}

// TestMissingDebianDict: a FreeDict file of Debian's that is not there
// gives the package that installs it, whichever of its files is named;
// any other file, or one that is there, gives none.
func TestMissingDebianDict(t *testing.T) {
	there := filepath.Join(t.TempDir(), "freedict-deu-fra.index")
	if err := os.WriteFile(there, []byte("x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		names []string
		want  string
	}{
		{[]string{"/usr/share/dictd/freedict-zzz-qqq.index"}, "dict-freedict-zzz-qqq"},
		{[]string{there, "/usr/share/dictd/freedict-zzz-qqq.dict.dz"}, "dict-freedict-zzz-qqq"},
		{[]string{"/usr/share/dictd/freedict-zzz-qqq.dict"}, "dict-freedict-zzz-qqq"},
		{[]string{"freedict-zzz-qqq.index"}, ""}, // not Debian's place
		{[]string{"/usr/share/dictd/wordnet.index"}, ""},
		{[]string{there}, ""},
		{nil, ""},
	} {
		if got := MissingDebianDict(c.names); got != c.want {
			t.Errorf("MissingDebianDict(%q) = %q; want %q", c.names, got, c.want)
		}
	}
}
