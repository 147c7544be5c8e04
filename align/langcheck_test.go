package align

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm/textio"
)

// udWords returns the first n words of a UD held-out text (one sentence a
// line) as a document's text, failing when it has fewer.
func udWords(t testing.TB, lang string, n int) string {
	t.Helper()
	b, err := os.ReadFile("segment/testdata/ud/" + lang + ".heldout.txt")
	if err != nil {
		t.Fatal(err)
	}
	ws := strings.Fields(string(b))
	if len(ws) < n {
		t.Fatalf("%s: %d words, want %d", lang, len(ws), n)
	}
	return strings.Join(ws[:n], " ") + "\n"
}

var englishNews = strings.Repeat("The minister said on Monday that the government would not change the law, and that the people of the country had a right to know what was in it. ", 12)

func readPairLangs(src, tgt string, sl, tl string) error {
	_, err := ReadPair(context.Background(), Input{File: textFile("a.txt", src, nil), Lang: language.Make(sl)}, Input{File: textFile("b.txt", tgt, nil), Lang: language.Make(tl)}, PairOptions{})
	return err
}

// TestReadPairLanguageSwapped: German and French swapped is bad input
// naming the first file, the language it reads as and the swap.
func TestReadPairLanguageSwapped(t *testing.T) {
	de, fr := udWords(t, "de", 300), udWords(t, "fr", 300)
	err := readPairLangs(fr, de, "de", "fr")
	if err == nil || !errors.Is(err, ErrLanguage) || !textio.IsBadInput(err) ||
		!strings.HasPrefix(err.Error(), "read a.txt: it reads as French, not German (de): ") ||
		!strings.HasSuffix(err.Error(), "are the source and target swapped?") {
		t.Errorf("swapped de/fr: %v; want bad input: read a.txt: it reads as French, not German (de) ... swapped?", err)
	}
	if err := readPairLangs(de, fr, "de", "fr"); err != nil {
		t.Errorf("de/fr in order: %v", err)
	}
}

// TestReadPairLanguageWrong: French given as Spanish (an English source)
// names the language it reads as; the target is checked as the source is.
func TestReadPairLanguageWrong(t *testing.T) {
	err := readPairLangs(englishNews, udWords(t, "fr", 200), "en", "es")
	if err == nil || !errors.Is(err, ErrLanguage) ||
		!strings.HasPrefix(err.Error(), "read b.txt: it reads as French, not Spanish (es): ") ||
		!strings.HasSuffix(err.Error(), "is its language French (fr)?") {
		t.Errorf("French as Spanish: %v; want read b.txt: it reads as French, not Spanish (es) ... is its language French (fr)?", err)
	}
	if err := readPairLangs(udWords(t, "it", 200), englishNews, "es", "en"); err == nil || !strings.Contains(err.Error(), "read a.txt: it reads as Italian, not Spanish (es)") {
		t.Errorf("Italian as Spanish: %v; want it refused", err)
	}
}

// TestReadPairLanguageKept: texts the check must not refuse.
func TestReadPairLanguageKept(t *testing.T) {
	fr, uk := udWords(t, "fr", 400), udWords(t, "uk", 400)
	names := strings.Repeat("Salami, Qassem Soleimani, Abu Mahdi al-Muhandis, Mohammed Shia al-Sudani, Baghdad, Tehran. ", 30)
	for _, c := range []struct {
		name, src, tgt, sl, tl string
	}{
		{"two English versions", englishNews, englishNews, "en", "en"},
		{"English paragraphs kept in a translation", englishNews, fr + englishNews + fr, "en", "fr"},
		{"an untranslated chapter (the source's language)", englishNews, englishNews, "en", "fr"},
		{"too short to judge", englishNews, udWords(t, "fr", 140), "en", "es"},
		{"names", englishNews, names, "en", "es"},
		{"Ukrainian given as Russian (close languages)", englishNews, uk, "en", "ru"},
		{"a language with no list", englishNews, fr, "en", "fi"},
		{"a language of another script", englishNews, fr, "en", "und"},
	} {
		if err := readPairLangs(c.src, c.tgt, c.sl, c.tl); err != nil {
			t.Errorf("%s: %v; want it read", c.name, err)
		}
	}
}

// TestReadLanguageShares: the shares are of the words read, the reading is
// the language of the same script with most function words, and the
// thresholds decide: at a ratio just under langRatio a text is kept.
func TestReadLanguageShares(t *testing.T) {
	r := readLanguage(Document{Sentences: []string{"le la les de et un une pour du", "die der das und"}}, language.French)
	if r.lang != "fr" || r.words != 13 || r.own != 9.0/13 || r.reads != "de" || r.readsShare != 4.0/13 {
		t.Errorf("readLanguage = %+v; want fr 13 words, own 9/13, reads de 4/13", r)
	}
	for _, c := range []struct {
		r    langReading
		want bool
	}{
		{langReading{lang: "fr", reads: "en", words: 150, own: 0.125, readsShare: 0.2}, true},
		{langReading{lang: "fr", reads: "en", words: 150, own: 0.125, readsShare: 0.199}, false},
		{langReading{lang: "fr", reads: "en", words: 149, own: 0.01, readsShare: 0.4}, false},
		{langReading{lang: "fr", reads: "en", words: 1000, own: 0, readsShare: 0.119}, false},
		{langReading{lang: "ru", reads: "uk", words: 1000, own: 0.05, readsShare: 0.19}, false},
		{langReading{lang: "ru", reads: "uk", words: 1000, own: 0.05, readsShare: 0.2}, true},
		{langReading{lang: "", reads: "en", words: 1000, readsShare: 0.4}, false},
	} {
		if got := c.r.refused(); got != c.want {
			t.Errorf("%+v refused = %v; want %v", c.r, got, c.want)
		}
	}
	// sr-Latn names its script; Serbian has no list either way.
	if r := readLanguage(Document{Sentences: []string{englishNews}}, language.MustParse("ru-Latn")); r.lang != "" {
		t.Errorf("ru-Latn: %+v; want not checked (the list is Cyrillic)", r)
	}
}

// TestCheckLanguagesNames: Pair.CheckLanguages (the server's check) runs
// the script check and the language check, naming the document by its
// name or as source or target.
func TestCheckLanguagesNames(t *testing.T) {
	p := &Pair{Src: Document{Sentences: []string{englishNews}}, Tgt: Document{Sentences: []string{udWords(t, "it", 200)}}, SrcLang: language.English, TgtLang: language.Spanish}
	if err := p.CheckLanguages(); err == nil || !errors.Is(err, ErrLanguage) || !strings.HasPrefix(err.Error(), "target: it reads as Italian") {
		t.Errorf("CheckLanguages: %v; want target: it reads as Italian ...", err)
	}
	p.TgtName, p.TgtLang = "story.ja.txt", language.Japanese
	if err := p.CheckLanguages(); err == nil || !errors.Is(err, ErrScript) || !strings.HasPrefix(err.Error(), "story.ja.txt: its letters are in Latin script") {
		t.Errorf("CheckLanguages: %v; want story.ja.txt: its letters are in Latin script ...", err)
	}
	p.TgtLang = language.Italian
	if err := p.CheckLanguages(); err != nil {
		t.Errorf("CheckLanguages en/it: %v", err)
	}
}

// BenchmarkLangCheck: the language check of a 1 MB document (it reads the
// first maxLangWords words).
func BenchmarkLangCheck(b *testing.B) {
	de := udWords(b, "de", 3000)
	text := strings.Repeat(de, 1<<20/len(de)+1)[:1<<20]
	d := Document{Sentences: strings.Split(text, ". ")}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if readLanguage(d, language.German).refused() {
			b.Fatal("German refused")
		}
	}
}

// FuzzReadLanguage: on any text the reading counts at most maxLangWords
// words, its shares are between 0 and 1, and it never reads as the
// language declared; a reading is refused only with minLangWords words.
func FuzzReadLanguage(f *testing.F) {
	f.Add("Le ministre est arrivé. Die Regierung hat das Gesetz.", "fr")
	f.Add(strings.Repeat("de la le et l'homme ", 40), "es")
	f.Add(strings.Repeat("в на не і що ", 40), "ru")
	f.Add("\xff\xfe é\u0301 ", "und")
	f.Fuzz(func(t *testing.T, text, tag string) {
		lang, err := language.Parse(tag)
		if err != nil {
			return
		}
		r := readLanguage(Document{Sentences: strings.Split(text, "\n")}, lang)
		if r.words > maxLangWords || r.own < 0 || r.own > 1 || r.readsShare < 0 || r.readsShare > 1 ||
			(r.reads != "" && r.reads == r.lang) || (r.refused() && r.words < minLangWords) {
			t.Errorf("readLanguage(%q, %s) = %+v", text, tag, r)
		}
	})
}

// Short news texts (written for these tests) in the languages whose lists
// were ranked on Debian's manual pages, each repeated to 150 words or more.
var moreLangTexts = map[string]string{
	"pt": "O governo anunciou na segunda-feira que não vai mudar a lei. Segundo o ministro, a decisão foi tomada depois de uma longa reunião com os representantes das regiões e dos municípios, e ainda não é definitiva: há muito para discutir no parlamento, onde a oposição tem uma maioria e quer um debate sobre o texto. ",
	"cs": "Vláda v pondělí oznámila, že zákon nezmění a že lidé v této zemi mají právo vědět, co v něm je. Ministr řekl, že rozhodnutí bylo přijato po dlouhé schůzi se zástupci krajů, ale že je ještě třeba mnoho věcí projednat a že to nebude snadné. ",
	"sv": "Regeringen meddelade på måndagen att den inte kommer att ändra lagen, och att folket i landet har rätt att veta vad som står i den. Ministern sade att beslutet fattades efter ett långt möte med företrädare för regionerna, men att det fortfarande finns mycket att diskutera. ",
	"nb": "Regjeringen kunngjorde på mandag at den ikke vil endre loven, og at folket i landet har rett til å vite hva som står i den. Ministeren sa at beslutningen ble tatt etter et langt møte med representanter for regionene, men at det fortsatt er mye å diskutere. ",
	"ro": "Guvernul a anunțat luni că nu va schimba legea și că oamenii din această țară au dreptul să știe ce este în ea. Ministrul a spus că decizia a fost luată după o întâlnire lungă cu reprezentanții regiunilor, dar că mai sunt multe de discutat. ",
}

// TestReadPairLanguageMore: Portuguese, Czech, Swedish, Norwegian and
// Romanian pass as themselves, are refused as a language of their script
// naming themselves, and pass as their close language (Czech as Slovak,
// Norwegian as Danish).
func TestReadPairLanguageMore(t *testing.T) {
	for _, c := range []struct {
		text, declared, reads string // reads "": not refused
	}{
		{"pt", "pt", ""}, {"pt", "es", "Portuguese"}, {"pt", "it", "Portuguese"},
		{"cs", "cs", ""}, {"cs", "sk", ""}, {"cs", "pl", "Czech"},
		{"sv", "sv", ""}, {"sv", "da", "Swedish"}, {"sv", "nb", "Swedish"}, {"sv", "no", "Swedish"},
		{"nb", "nb", ""}, {"nb", "no", ""}, {"nb", "da", ""}, {"nb", "sv", "Norwegian Bokmål"},
		{"ro", "ro", ""}, {"ro", "it", "Romanian"},
	} {
		text := strings.Repeat(moreLangTexts[c.text], 5)
		err := readPairLangs(englishNews, text, "en", c.declared)
		switch {
		case c.reads == "" && err != nil:
			t.Errorf("%s text declared %s: %v; want it read", c.text, c.declared, err)
		case c.reads != "" && (err == nil || !errors.Is(err, ErrLanguage) || !strings.HasPrefix(err.Error(), "read b.txt: it reads as "+c.reads+", not ")):
			t.Errorf("%s text declared %s: %v; want read b.txt: it reads as %s, not ...", c.text, c.declared, err, c.reads)
		}
	}
	// Norwegian (no) is checked by the Bokmål list and named by it.
	if r := readLanguage(Document{Sentences: []string{moreLangTexts["nb"]}}, language.Make("no")); r.lang != "nb" {
		t.Errorf("no: checked as %q; want nb", r.lang)
	}
}

// hausaNews is a short Hausa news text (written for this test) repeated to
// 150 words or more: Hausa has no list, and its "a", "da", "ne", "na" are
// Italian function words.
var hausaNews = strings.Repeat("Gwamnatin tarayya ta ce za a fara aikin gina sababbin hanyoyi a jihohi da dama a wannan shekara. Ministan ya ce aikin na da muhimmanci ga mutanen kasar, kuma an riga an ware kudi domin shi. Sai dai wasu na ganin cewa ba a yi shawara da al'ummar yankunan ba. ", 5)

// TestReadPairLanguageNotNamed: a Hausa text declared as English is
// refused, saying it is not English and naming no language: Italian's
// share refuses English but is too low to say the text is Italian. Before,
// it was said to read as Italian.
func TestReadPairLanguageNotNamed(t *testing.T) {
	err := readPairLangs(udWords(t, "fr", 200), hausaNews, "fr", "en")
	if err == nil || !errors.Is(err, ErrLanguage) ||
		!strings.HasPrefix(err.Error(), "read b.txt: it does not read as English (en): ") || strings.Contains(err.Error(), "Italian") {
		t.Errorf("Hausa as English: %v; want read b.txt: it does not read as English (en): ..., naming no other language", err)
	}
}

// TestReadPairLanguageNotACopy: a target that reads as the source's
// language was let through as an untranslated copy of the source (whose
// beads tm leaves out as repeating it), whatever it was: a second English
// version of the seed article given as French (story.fr.txt, the wrong
// file) was aligned and its 13 pairs stored as English-French, exit 0. A
// document in the other's language is now taken as a copy only when most
// of its runs of three words are the other's; else it is refused as a
// document in the wrong language. An untranslated copy, whole or with a
// few paragraphs translated, is read as before.
func TestReadPairLanguageNotACopy(t *testing.T) {
	en, en2, fr := readTestdata(t, "irgc-iraq.en.txt"), readTestdata(t, "irgc-iraq.en2.txt"), readTestdata(t, "irgc-iraq.fr.txt")
	err := readPairLangs(en, en2, "en", "fr")
	const want = "read b.txt: it reads as English, not French (fr): "
	if err == nil || !errors.Is(err, ErrLanguage) || !strings.HasPrefix(err.Error(), want) ||
		!strings.Contains(err.Error(), "is its language English (en)? It is no untranslated copy of the source (") {
		t.Errorf("a second English version given as French: %v; want %q ... is its language English (en)? It is no untranslated copy of the source (...)", err, want)
	}
	if err := readPairLangs(en2, en, "fr", "en"); err == nil || !strings.HasPrefix(err.Error(), "read a.txt: it reads as English, not French (fr): ") {
		t.Errorf("a second English version given as the French source: %v; want it refused", err)
	}
	paras := strings.Split(en, "\n\n")
	frParas := strings.Split(fr, "\n\n")
	for _, c := range []struct{ name, tgt string }{
		{"an untranslated copy", en},
		{"a copy with its first paragraphs translated", strings.Join(append(frParas[:3:3], paras[3:]...), "\n\n")},
		{"a copy edited here and there", strings.ReplaceAll(strings.ReplaceAll(en, "Iraq", "Irak"), "Minister", "minister")},
	} {
		if err := readPairLangs(en, c.tgt, "en", "fr"); err != nil {
			t.Errorf("%s: %v; want it read", c.name, err)
		}
	}
	if err := readPairLangs(en, en2, "en", "en"); err != nil {
		t.Errorf("two English versions declared so: %v", err)
	}
}
