package align

import (
	"context"
	"os"
	"reflect"
	"slices"
	"testing"

	"golang.org/x/text/language"
)

// TestInstalledPartLikeWhole: a pair aligned alone reads only the
// entries of an installed dictionary whose headwords are words of its
// English side (lexiconPart); as written, the English words find in the
// part what they find in the whole; reversed, the other side's words
// find the whole's translations that are words of the English side; and
// the pair aligns to the same beads with the part as with the whole,
// either way round. Debian's eng-hin and eng-ces where installed.
func TestInstalledPartLikeWhole(t *testing.T) {
	cases := []struct {
		lang      language.Tag
		en, other []string
	}{
		{language.Hindi, []string{
			"The government said on Monday that there is no shortage of water in the city.",
			"The decision was taken in Delhi and people were consulted about the new rules.",
			"Farmers in the village are waiting for rain, the minister told reporters.",
			"Schools will remain closed until the end of the month because of the heat.",
		}, []string{
			"सरकार ने सोमवार को कहा कि शहर में पानी की कोई कमी नहीं है।",
			"यह फैसला दिल्ली में लिया गया और नए नियमों के बारे में लोगों से बात की गई।",
			"मंत्री ने पत्रकारों को बताया कि गांव के किसान बारिश का इंतजार कर रहे हैं।",
			"गर्मी के कारण महीने के अंत तक स्कूल बंद रहेंगे।",
		}},
		{language.Czech, []string{
			"The government said on Monday that there is no shortage of water in the city.",
			"The decision was taken in Prague and people were consulted about the new rules.",
			"Farmers in the village are waiting for rain, the minister told reporters.",
			"Schools will remain closed until the end of the month because of the heat.",
		}, []string{
			"Vláda v pondělí uvedla, že ve městě není nedostatek vody.",
			"Rozhodnutí padlo v Praze a lidé byli konzultováni o nových pravidlech.",
			"Zemědělci ve vesnici čekají na déšť, řekl ministr novinářům.",
			"Školy zůstanou kvůli vedru zavřené až do konce měsíce.",
		}},
	}
	for _, tc := range cases {
		d := installedEntry(t, tc.lang)
		if _, err := os.Stat(d.file); err != nil {
			t.Logf("%s is not installed (%v): skipped", d.file, err)
			continue
		}
		withInstalledDict(t, tc.lang, d.file) // a fresh entry: nothing read yet
		d = installedEntry(t, tc.lang)
		enKeys := pairStems(tc.en)
		part, whole := d.lexiconPart(language.English, tc.en), d.lexicon(language.English)
		if part == nil || whole == nil {
			t.Fatalf("%s: part %v, whole %v; want both", d.file, part != nil, whole != nil)
		}
		if part.Len() == 0 || 20*part.Len() > whole.Len() {
			t.Errorf("%s: the part has %d word pairs of the whole's %d; want some, and under a twentieth", d.file, part.Len(), whole.Len())
		}
		for k := range enKeys {
			if !slices.Equal(part.m[k], whole.m[k]) {
				t.Errorf("%s: %q -> %q in the part, %q in the whole", d.file, k, part.m[k], whole.m[k])
			}
		}
		partRev, wholeRev := d.lexiconPart(tc.lang, tc.en), d.lexicon(tc.lang)
		for k := range pairStems(tc.other) {
			want := slices.DeleteFunc(slices.Clone(wholeRev.m[k]), func(e string) bool { return !enKeys[e] })
			if got := partRev.m[k]; !slices.Equal(got, want) && len(got)+len(want) > 0 {
				t.Errorf("%s reversed: %q -> %q in the part; want %q (the whole's words of the English side)", d.file, k, got, want)
			}
		}
		en, other := Document{Sentences: tc.en}, Document{Sentences: tc.other}
		for _, p := range []*Pair{langPair(en, other, language.English, tc.lang), langPair(other, en, tc.lang, language.English)} {
			var got, want Pair
			got, want = *p, *p
			if err := got.Align(context.Background(), PairOptions{}); err != nil {
				t.Fatal(err)
			}
			l := whole
			if p.SrcLang == tc.lang {
				l = wholeRev
			}
			if err := want.Align(context.Background(), PairOptions{Align: Options{Lexicon: l}}); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Beads, want.Beads) {
				t.Errorf("%s, %v -> %v: beads %v with the part, %v with the whole", d.file, p.SrcLang, p.TgtLang, got.Beads, want.Beads)
			}
		}
	}
}

// TestInstalledPart: the part of a small eng-hin dictionary holds the
// entries of the English side's words only, either way round; it is
// read once for InstalledDict and Align of one pair (kept while a pair's
// words are in it), read anew for a pair with other words; a batch's
// dictionary (installedFor without part) is the whole.
func TestInstalledPart(t *testing.T) {
	name := writeDictd(t, t.TempDir(), "freedict-eng-hin", [][2]string{
		{"water", "1. पानी\n      \"Drink water\""}, {"government", "1. सरकार, शासन"}, {"rain", "बारिश"}, {"village", "गांव"},
	})
	withInstalledDict(t, language.Hindi, name)
	d := installedEntry(t, language.Hindi)
	hi := Document{Sentences: repeatSents(4, "सरकार ने कहा है कि पानी की कमी नहीं है।", "यह फैसला दिल्ली में लिया गया और लोगों से बात की गई।")}
	en := Document{Sentences: repeatSents(4, "The government said that there is no shortage of water.", "The decision was taken in Delhi and people were consulted.")}
	p := langPair(en, hi, language.English, language.Hindi)
	if got := p.InstalledDict(PairOptions{}); got != name {
		t.Fatalf("InstalledDict %q; want %s", got, name)
	}
	part := d.part
	if part == nil || d.dict != nil {
		t.Fatalf("after InstalledDict: part %v, whole %v; want the part alone", part != nil, d.dict != nil)
	}
	if !slices.Equal(part.m[lexStem("water")], []string{dictStem(lexStem("पानी"))}) || part.m[lexStem("rain")] != nil || part.m[lexStem("village")] != nil {
		t.Errorf("part %v; want water and government alone", part.m)
	}
	o := Options{langs: [2]language.Tag{language.English, language.Hindi}}
	if l := o.pairDict(en.Sentences, hi.Sentences); l != part || d.part != part {
		t.Errorf("pairDict after InstalledDict: the part read again")
	}
	o.langs = [2]language.Tag{language.Hindi, language.English}
	rev := o.pairDict(hi.Sentences, en.Sentences)
	if !slices.Equal(rev.m[lexStem("सरकार")], []string{lexStem("government")}) || rev.m[lexStem("बारिश")] != nil {
		t.Errorf("reversed part %v; want सरकार -> government, no बारिश", rev.m)
	}
	en2 := Document{Sentences: repeatSents(4, "The village waited for rain and for the government.", "People in the village said the rain was late this year.")}
	o.langs = [2]language.Tag{language.English, language.Hindi}
	if l := o.pairDict(en2.Sentences, hi.Sentences); l == part || l.m[lexStem("rain")] == nil || l.m[lexStem("water")] != nil {
		t.Errorf("a pair of other words: part %v; want it read anew, with rain and without water", l.m)
	}
	if l, _ := o.installedFor(en.Sentences, hi.Sentences, false); l == nil || l.m[lexStem("rain")] == nil || l.m[lexStem("water")] == nil {
		t.Errorf("installedFor without part: %v; want the whole", l)
	}
}

// BenchmarkInstalledPart reads the part of Debian's eng-hin (where
// installed) for a short English text and aligns the pair, as one
// process aligning one en-hi pair does; BenchmarkInstalledWhole reads the
// whole for it.
func BenchmarkInstalledPart(b *testing.B)  { benchInstalled(b, true) }
func BenchmarkInstalledWhole(b *testing.B) { benchInstalled(b, false) }

func benchInstalled(b *testing.B, part bool) {
	d := installedEntry(&testing.T{}, language.Hindi)
	if _, err := os.Stat(d.file); err != nil {
		b.Skipf("%s is not installed (%v)", d.file, err)
	}
	en := repeatSents(3, "The government said on Monday that there is no shortage of water in the city.",
		"The decision was taken in Delhi and people were consulted about the new rules.",
		"Farmers in the village are waiting for rain, the minister told reporters.")
	hi := repeatSents(3, "सरकार ने सोमवार को कहा कि शहर में पानी की कोई कमी नहीं है।",
		"यह फैसला दिल्ली में लिया गया और नए नियमों के बारे में लोगों से बात की गई।",
		"मंत्री ने पत्रकारों को बताया कि गांव के किसान बारिश का इंतजार कर रहे हैं।")
	for b.Loop() {
		e := &installedDict{lang: d.lang, name: d.name, file: d.file, words: d.words}
		var l *Lexicon
		if part {
			l = e.lexiconPart(language.English, en)
		} else {
			l = e.lexicon(language.English)
		}
		if l == nil {
			b.Fatal("no dictionary read")
		}
		if _, err := Align(context.Background(), Document{Sentences: en}, Document{Sentences: hi}, Options{Lexicon: l}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestHeadKeys: headKeys.keep is whether a headword's stem is a key,
// its prefilter on the first two bytes never dropping one that is.
func TestHeadKeys(t *testing.T) {
	heads := []string{"Water", "water", "wa-ter", "o'clock", "oclock", "Éclair", "eclair", "ab\u0301c", "abc", "1st", "x", "X", "पानी", "AB CD", "Government", "governments", "OK", "ok", "İstanbul", "a1b", "\tab", ""}
	for _, set := range [][]string{heads[:7], heads[7:], {"Water", "पानी", "1st", "x"}} {
		keys := make(map[string]bool)
		for _, h := range set {
			if st := lexStem(h); st != "" {
				keys[st] = true
			}
		}
		hk := newHeadKeys(keys)
		for _, h := range heads {
			if got, want := hk.keep([]byte(h)), keys[lexStem(h)]; got != want {
				t.Errorf("keys of %q: keep(%q) %v; want %v (stem %q)", set, h, got, want, lexStem(h))
			}
		}
	}
}
