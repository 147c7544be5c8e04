package align

import (
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestReadDictdDevanagari reads entries of the shape of FreeDict's
// eng-hin (a headword line with its pronunciation and part of speech,
// numbered senses, an example sentence in quotes under each, a gloss of
// several words joined by tildes) and checks that its Hindi words meet
// the words of a Hindi text: before, the reader dropped a Devanagari
// word's vowel signs ("पानी" became "पन", while the text's stem is
// "पानी"), so that no link of the dictionary ever met a Hindi sentence,
// and glued a tilde gloss into one word. An inflected form meets its base
// form (dictStem); an example sentence and a phrase give no link.
func TestReadDictdDevanagari(t *testing.T) {
	entries := []string{
		"water /wˈɔːtə/ <N>\n1. पानी\n      \"Drink plenty of water to keep good health\"\n",
		"boy /bˈɔɪ/ <N>\n1. लड़का\n      \"The boy went to school\"\n2. छोकरा\n      \"लड़का स्कूल गया\"\n",
		"imagine /ɪmˈædʒɪn/ <VT>\n1. कल्पना~करना\n      \"Imagine a world without war\"\n",
		"government /ɡˈʌvənmənt/ <N>\n1. सरकार, शासन\n      \"The government fell\"\n",
	}
	var dict, index strings.Builder
	for _, e := range entries {
		head, _, _ := strings.Cut(e, " ")
		index.WriteString(head + "\t" + b64(dict.Len()) + "\t" + b64(len(e)) + "\n")
		dict.WriteString(e)
	}
	l := NewLexicon()
	if err := l.ReadDictd(strings.NewReader(index.String()), []byte(dict.String())); err != nil {
		t.Fatal(err)
	}
	// The stem each Hindi word of a text is looked up by (the tokenizer's,
	// then dictStem), against the dictionary's.
	textStem := func(w string) string { return dictStem(newWordInfo(w).stem) }
	for _, tc := range []struct {
		en   string
		text []string // words of a Hindi text the English word must meet
	}{
		{"water", []string{"पानी"}},
		{"boy", []string{"लड़का", "लड़के", "लड़कों", "छोकरा"}},
		{"government", []string{"सरकार", "सरकारें", "शासन"}},
	} {
		got := l.m[lexStem(tc.en)]
		for _, w := range tc.text {
			if !slices.Contains(got, textStem(w)) {
				t.Errorf("ReadDictd: %s -> %q; want the text's %s (%q) among them", tc.en, got, w, textStem(w))
			}
		}
	}
	if got := l.m[lexStem("imagine")]; got != nil {
		t.Errorf("ReadDictd: imagine -> %q; want nothing (its gloss is a phrase)", got)
	}
	for _, w := range []string{"स्कूल", "गया", "drink"} {
		for h, ts := range l.m {
			if slices.Contains(ts, lexStem(w)) {
				t.Errorf("ReadDictd: %s -> %q holds %q, a word of an example sentence", h, ts, w)
			}
		}
	}
}

// TestDictStem: a Devanagari stem loses one final vowel sign when a
// letter is left; other stems are as they are.
func TestDictStem(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"लड़का", "लड़क"}, {"लड़के", "लड़क"}, {"करना", "करन"}, {"सरकार", "सरकार"},
		{"ा", "ा"}, {"का", "क"}, {"house", "house"}, {"dům", "dům"}, {"", ""},
		{"পানি", "পানি"}, // Bengali: not Devanagari
	} {
		if got := dictStem(foldKey(tc.in)); got != foldKey(tc.want) {
			t.Errorf("dictStem(%q) = %q; want %q", tc.in, got, foldKey(tc.want))
		}
	}
}

// TestTextWordsDevanagari: textWords, which orients a dictionary by the
// texts' words, keeps a Devanagari word whole (before, it cut the word at
// each vowel sign).
func TestTextWordsDevanagari(t *testing.T) {
	got := textWords([]string{"सरकार ने पानी दिया।"})
	want := []string{lexStem("सरकार"), lexStem("ने"), lexStem("पानी"), lexStem("दिया")}
	if !slices.Equal(got, want) {
		t.Errorf("textWords = %q; want %q", got, want)
	}
}

// TestInstalledHindiDict: a pair of Hindi and English, either way round,
// gets the installed Hindi dictionary (English headwords, reversed for a
// Hindi source), the languages given or read from the text (Devanagari
// and Hindi's function words: hindiWords, langwords having no list of
// Hindi); Marathi, of the same script, and Hindi with French get none.
func TestInstalledHindiDict(t *testing.T) {
	name := writeDictd(t, t.TempDir(), "freedict-eng-hin", [][2]string{
		{"water", "1. पानी\n      \"Drink water\""}, {"government", "1. सरकार, शासन"},
	})
	withInstalledDict(t, language.Hindi, name)
	hi := Document{Sentences: repeatSents(4, "सरकार ने कहा है कि पानी की कमी नहीं है।", "यह फैसला दिल्ली में लिया गया और लोगों से बात की गई।")}
	en := Document{Sentences: repeatSents(4, "The government said that there is no shortage of water.", "The decision was taken in Delhi and people were consulted.")}
	mr := Document{Sentences: repeatSents(4, "सरकारने सांगितले की पाण्याची कमतरता नाही.", "हा निर्णय दिल्लीत घेतला गेला आणि लोकांशी बोलणे झाले आहे.")}
	fr := Document{Sentences: repeatSents(4, "Le gouvernement a dit qu'il n'y a pas de pénurie d'eau.", "La décision a été prise à Delhi et les gens ont été consultés.")}
	pair := langPair
	checkInstalled(t, name, "Hindi", []installedCase{
		{"en -> hi", pair(en, hi, language.English, language.Hindi), PairOptions{}, true, "water", "पानी"},
		{"hi -> en", pair(hi, en, language.Hindi, language.English), PairOptions{}, true, "सरकार", "government"},
		{"en -> hi, languages unknown", pair(en, hi, language.Und, language.Und), PairOptions{}, true, "government", "शासन"},
		{"hi -> en, languages unknown", pair(hi, en, language.Und, language.Und), PairOptions{}, true, "पानी", "water"},
		{"mr -> en, languages unknown", pair(mr, en, language.Und, language.Und), PairOptions{}, false, "", ""},
		{"en -> mr", pair(en, mr, language.English, language.Marathi), PairOptions{}, false, "", ""},
		{"hi -> fr", pair(hi, fr, language.Hindi, language.French), PairOptions{}, false, "", ""},
		{"NoDefaultDict", pair(en, hi, language.English, language.Hindi), PairOptions{Align: Options{NoDefaultDict: true}}, false, "", ""},
	}, "water", "पानी")
}

// TestDebianFreeDictHindi reads Debian's dict-freedict-eng-hin where it
// is installed (.ci/run installs it): it is read as an English-Hindi
// dictionary, its Hindi words meet a text's (vowel signs kept), it is
// turned for a pair whose source is Hindi, and a pair of Hindi and
// English uses it by default.
func TestDebianFreeDictHindi(t *testing.T) {
	d := installedEntry(t, language.Hindi)
	if _, err := os.Stat(d.file); err != nil {
		t.Skipf("Debian's dict-freedict-eng-hin is not installed (%v): apt-get install dict-freedict-eng-hin", err)
	}
	if d.read() == nil {
		t.Fatalf("%s: not read as a dictionary of English and Hindi", d.file)
	}
	textStem := func(w string) string { return dictStem(newWordInfo(w).stem) }
	if l := d.lexicon(language.English); !slices.Contains(l.m[lexStem("water")], textStem("पानी")) {
		t.Errorf("%s: water -> %q; want पानी among them", d.file, l.m[lexStem("water")])
	}
	if l := d.lexicon(language.Hindi); !slices.Contains(l.m[textStem("सरकार")], lexStem("government")) {
		t.Errorf("%s: सरकार -> %q; want government among them", d.file, l.m[textStem("सरकार")])
	}
	p := &Pair{Src: Document{Sentences: []string{"The government said that water is short."}}, Tgt: Document{Sentences: []string{"सरकार ने कहा कि पानी कम है।"}}, SrcLang: language.English, TgtLang: language.Hindi}
	if got, lang := p.InstalledDictLang(PairOptions{}); got != d.file || lang != "Hindi" {
		t.Errorf("InstalledDictLang %q, %q; want %s, Hindi", got, lang, d.file)
	}
}
