package align

import (
	"os"
	"slices"
	"testing"

	"golang.org/x/text/language"
)

// TestInstalledRussianSpanishDicts: a pair of Russian or Spanish and
// English, either way round, gets that language's installed dictionary
// (English headwords, reversed for a source in the other language), the
// languages given or read from the text (langwords' function words); a
// close language (Ukrainian, Portuguese), the language with French, and
// NoDefaultDict get none.
func TestInstalledRussianSpanishDicts(t *testing.T) {
	en := Document{Sentences: repeatSents(4, "The government said that the water would not run out and that it is not so.", "The decision was taken in the city, and he spoke with people about it.")}
	fr := Document{Sentences: repeatSents(4, "Le gouvernement a dit que l'eau ne manquerait pas.", "La décision a été prise dans la ville et il a parlé avec les gens.")}
	pair := langPair
	for _, tc := range []struct {
		lang, close    language.Tag
		name, file     string
		own, closeText Document
		water, gov     string // lang's words for water and government
	}{
		{language.Russian, language.Ukrainian, "Russian", "freedict-eng-rus",
			Document{Sentences: repeatSents(4, "Правительство сказало, что вода не закончится и что это не так.", "Решение было принято в городе, и он говорил с людьми об этом.")},
			Document{Sentences: repeatSents(4, "Уряд сказав, що вода не закінчиться і що це не так.", "Рішення було ухвалено в місті, і він говорив з людьми про це.")},
			"вода", "правительство"},
		{language.Spanish, language.Portuguese, "Spanish", "freedict-eng-spa",
			Document{Sentences: repeatSents(4, "El gobierno dijo que el agua no se acabará y que no es así.", "La decisión se tomó en la ciudad y él habló con la gente de eso.")},
			Document{Sentences: repeatSents(4, "O governo disse que a água não vai acabar e que não é assim.", "A decisão foi tomada na cidade e ele falou com as pessoas sobre isso.")},
			"agua", "gobierno"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name := writeDictd(t, t.TempDir(), tc.file, [][2]string{{"government", tc.gov}, {"water", tc.water}})
			withInstalledDict(t, tc.lang, name)
			own, other := tc.own, tc.closeText
			und := language.Und
			checkInstalled(t, name, tc.name, []installedCase{
				{"en -> L", pair(en, own, language.English, tc.lang), PairOptions{}, true, "water", tc.water},
				{"L -> en", pair(own, en, tc.lang, language.English), PairOptions{}, true, tc.gov, "government"},
				{"en -> L, languages unknown", pair(en, own, und, und), PairOptions{}, true, "government", tc.gov},
				{"L -> en, languages unknown", pair(own, en, und, und), PairOptions{}, true, tc.water, "water"},
				{"close -> en, languages unknown", pair(other, en, und, und), PairOptions{}, false, "", ""},
				{"en -> close", pair(en, other, language.English, tc.close), PairOptions{}, false, "", ""},
				{"L -> fr", pair(own, fr, tc.lang, language.French), PairOptions{}, false, "", ""},
				{"NoDefaultDict", pair(en, own, language.English, tc.lang), PairOptions{Align: Options{NoDefaultDict: true}}, false, "", ""},
			}, "water", tc.water)
		})
	}
}

// TestDebianFreeDictRussianSpanish reads Debian's dict-freedict-eng-rus
// and dict-freedict-eng-spa where they are installed (.ci/run installs
// them): each is read as a dictionary of English and its language,
// turned for a pair whose source is that language, and a pair of it and
// English uses it by default.
func TestDebianFreeDictRussianSpanish(t *testing.T) {
	for _, tc := range []struct {
		lang             language.Tag
		name, pkg        string
		water, gov, sent string
	}{
		{language.Russian, "Russian", "dict-freedict-eng-rus", "вода", "правительство", "Правительство сказало, что вода есть."},
		{language.Spanish, "Spanish", "dict-freedict-eng-spa", "agua", "gobierno", "El gobierno dijo que hay agua."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := installedEntry(t, tc.lang)
			if _, err := os.Stat(d.file); err != nil {
				t.Skipf("Debian's %s is not installed (%v): apt-get install %s", tc.pkg, err, tc.pkg)
			}
			if d.read() == nil {
				t.Fatalf("%s: not read as a dictionary of English and %s", d.file, tc.name)
			}
			if l := d.lexicon(language.English); !slices.Contains(l.m[lexStem("government")], lexStem(tc.gov)) {
				t.Errorf("%s: government -> %q; want %s among them", d.file, l.m[lexStem("government")], tc.gov)
			}
			if l := d.lexicon(tc.lang); !slices.Contains(l.m[lexStem(tc.water)], lexStem("water")) {
				t.Errorf("%s: %s -> %q; want water among them", d.file, tc.water, l.m[lexStem(tc.water)])
			}
			p := &Pair{Src: Document{Sentences: []string{tc.sent}}, Tgt: Document{Sentences: []string{"The government said that there is water."}}, SrcLang: tc.lang, TgtLang: language.English}
			if got, lang := p.InstalledDictLang(PairOptions{}); got != d.file || lang != tc.name {
				t.Errorf("InstalledDictLang %q, %q; want %s, %s", got, lang, d.file, tc.name)
			}
		})
	}
}
