package normalize

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/align/langwords"
	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

// frArticle is a French article of some 90 words with two names the
// default glossary has (Daech, Kiev): English house style.
const frArticle = "Les combattants de Daech ont attaqué une position de l'armée irakienne dans la nuit de mardi, selon un communiqué du ministère de la Défense. " +
	"Un responsable du parti a parlé à Kiev avec des diplomates européens, mais il n'a pas voulu dire ce qui avait été décidé. " +
	"Les autorités ont déclaré que la situation était sous contrôle et que les combats avaient cessé avant l'aube. " +
	"Des habitants de la région affirment pourtant avoir entendu des tirs pendant toute la matinée.\n"

// TestForText: a text of no stated language is read from its head; a
// French one gets the glossary for French (the English default entries
// left out, and said), an English one, a short one and one of a stated
// language the glossary they had, with nothing said.
func TestForText(t *testing.T) {
	s := NewGlossarySet([]Entry{{Canonical: "Téhéran", Variants: []string{"Tehran"}, Langs: []language.Tag{language.French}}}, false)
	en := "Fighters of the group attacked an army position on Tuesday night, according to a statement from the ministry. An official of the party spoke in Kiev with European diplomats, but he would not say what had been decided. The authorities said that the situation was under control and that the fighting had stopped before dawn.\n"
	all := len(GlossaryEntries(s.user, GlossaryOptions{}))
	for _, tc := range []struct {
		lang      language.Tag
		head      string
		want      language.Tag // the glossary's language
		read      language.Tag
		leftOut   int
		rewritten string
	}{
		{language.Und, frArticle, language.French, language.French, all - 1, "Kiev"},
		{language.Und, en, language.English, language.English, 1, "Kyiv"}, // the French entry left out
		{language.Und, "Daesh claims Kiev blast", language.Und, language.Und, 0, "Kyiv"},
		{language.Und, frArticle[:strings.Index(frArticle, "Les autorités")] + en, language.Und, language.Und, 0, "Kyiv"}, // half and half
		{language.English, frArticle, language.English, language.Und, 0, "Kyiv"},
		{language.French, en, language.French, language.Und, 0, "Kiev"},
	} {
		g, read := s.ForText(tc.lang, []byte(tc.head))
		if g != s.For(tc.want) || read.Lang != tc.read || read.LeftOut != tc.leftOut {
			t.Errorf("ForText(%v, %.30q): the glossary for %v? read %+v; want %v, read %v, %d left out", tc.lang, tc.head, g.lang, read, tc.want, tc.read, tc.leftOut)
		}
		var out strings.Builder
		if err := g.Rewrite(&out, strings.NewReader("Kiev"), nil); err != nil || out.String() != tc.rewritten {
			t.Errorf("ForText(%v, %.30q) rewrites Kiev to %q, %v; want %q", tc.lang, tc.head, out.String(), err, tc.rewritten)
		}
	}
	// A French text with no entry to leave out still gets the glossary for
	// French (no English articles), with nothing said.
	noDefault := NewGlossarySet(nil, true)
	if g, read := noDefault.ForText(language.Und, []byte(frArticle)); g != noDefault.For(language.French) || read != (LanguageRead{}) {
		t.Errorf("French, no entries: the glossary for %v, read %+v; want French's, nothing said", g.lang, read)
	}
	// With the default glossary alone, English leaves nothing out: the
	// glossary of every entry, compiled once, and nothing said.
	if g, read := NewGlossarySet(nil, false).ForText(language.Und, []byte(en)); g != DefaultGlossary() || read != (LanguageRead{}) {
		t.Errorf("English, default glossary: read %+v; want the default glossary and nothing read", read)
	}
}

// TestForTextNorwegian: a user's Norwegian entries, tagged no (the
// macrolanguage) or nb (Bokmål), both rewrite a Norwegian text of no
// stated language, which langwords reads as nb (its one Norwegian list),
// and a text given as --lang no or nb: the glossary for nb left entries
// tagged no out (and counted them), where the text was rewritten with
// every entry before it was read. A Danish entry stays out.
func TestForTextNorwegian(t *testing.T) {
	user := []Entry{
		{Canonical: "Kyiv", Variants: []string{"Kiev"}, Langs: []language.Tag{language.Norwegian}},
		{Canonical: "Kharkiv", Variants: []string{"Kharkov"}, Langs: []language.Tag{language.Make("nb")}},
		{Canonical: "Odesa", Variants: []string{"Odessa"}, Langs: []language.Tag{language.Danish}},
	}
	s := NewGlossarySet(user, true)
	for _, lang := range []language.Tag{language.Und, language.Norwegian, language.Make("nb")} {
		g, read := s.ForText(lang, []byte(nbArticle))
		var out strings.Builder
		if err := g.Rewrite(&out, strings.NewReader("Kiev, Kharkov, Odessa"), nil); err != nil || out.String() != "Kyiv, Kharkiv, Odessa" {
			t.Errorf("ForText(%v, Norwegian) rewrites to %q, %v; want Kyiv, Kharkiv, Odessa", lang, out.String(), err)
		}
		if lang == language.Und && read.LeftOut != 1 {
			t.Errorf("ForText(und, Norwegian): read %+v; want 1 left out (the Danish entry)", read)
		}
	}
}

// TestRewriteStreamsByText: the chooser sees each input's head, at most
// HeadSize bytes, and the rewrite reads the whole input after it; an
// error of the input after its head still stops the rewrite.
func TestRewriteStreamsByText(t *testing.T) {
	dir := t.TempDir()
	fr := filepath.Join(dir, "fr.txt")
	os.WriteFile(fr, []byte(frArticle), 0o644)
	long := strings.Repeat("Daesh fighters attacked the town again, residents said. ", 2*HeadSize/56+1) + "Last: Kiev.\n"
	s := NewGlossarySet(nil, false)
	var heads []int
	var read []LanguageRead
	choose := func(file string, head []byte) *Glossary {
		heads = append(heads, len(head))
		g, r := s.ForText(language.Und, head)
		read = append(read, r)
		return g
	}
	var out bytes.Buffer
	n := 0
	err := RewriteStreamsByText(context.Background(), &out, []string{fr, "-"}, strings.NewReader(long), choose, func(string, Replacement) error { n++; return nil })
	if err != nil || len(heads) != 2 || heads[0] != len(frArticle) || heads[1] != HeadSize {
		t.Fatalf("RewriteStreamsByText: %v; heads of %v bytes, want %d and %d", err, heads, len(frArticle), HeadSize)
	}
	if read[0].Lang != language.French || read[1].Lang != language.Und {
		t.Errorf("read %+v; want French, then nothing", read)
	}
	want := frArticle + strings.ReplaceAll(strings.ReplaceAll(long, "Daesh", "Islamic State"), "Kiev", "Kyiv")
	if out.String() != want || n != strings.Count(long, "Daesh")+1 {
		t.Errorf("rewrote %d replacements; output as wanted: %v", n, out.String() == want)
	}
	bad := strings.Repeat("ok\n", HeadSize) + "\xff\n"
	err = RewriteStreamsByText(context.Background(), io.Discard, []string{"-"}, strings.NewReader(bad), choose, func(string, Replacement) error { return nil })
	if xe := (*textio.Error)(nil); !errors.As(err, &xe) {
		t.Errorf("invalid UTF-8 after the head: %v; want a *textio.Error", err)
	}
}

// TestRewriteFilesByText: -w reads the language of each file, leaving a
// French file as it was and rewriting an English one.
func TestRewriteFilesByText(t *testing.T) {
	dir := t.TempDir()
	fr, en := filepath.Join(dir, "fr.txt"), filepath.Join(dir, "en.txt")
	os.WriteFile(fr, []byte(frArticle), 0o644)
	os.WriteFile(en, []byte("Daesh claims Kiev blast\n"), 0o644)
	s := NewGlossarySet(nil, false)
	choose := func(_ string, head []byte) *Glossary { g, _ := s.ForText(language.Und, head); return g }
	var got []string
	if err := RewriteFilesByText(context.Background(), []string{fr, en}, choose, func(f string, r Replacement) error {
		got = append(got, filepath.Base(f)+": "+r.Replacement)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(fr)
	if string(b) != frArticle || strings.Join(got, "; ") != "en.txt: Islamic State; en.txt: Kyiv" {
		t.Errorf("French file changed: %v; reported %q", string(b) != frArticle, got)
	}
}

// TestWriteLanguage: the notice of a language read in text and jsonl;
// nothing for the zero LanguageRead.
func TestWriteLanguage(t *testing.T) {
	l := LanguageRead{Lang: language.French, Name: "French", LeftOut: 2}
	for _, tc := range []struct {
		f    ReportFormat
		l    LanguageRead
		want string
	}{
		{ReportText, l, "a.txt: read as French (fr): 2 glossary entries limited to other languages left out (--lang sets the language)\n"},
		{ReportJSONL, l, `{"file":"a.txt","notice":"language","lang":"fr","language":"French","left_out":2}` + "\n"},
		{ReportText, LanguageRead{}, ""},
		{ReportJSONL, LanguageRead{}, ""},
	} {
		var b strings.Builder
		if err := NewReportWriter(&b, tc.f).WriteLanguage("a.txt", tc.l); err != nil || b.String() != tc.want {
			t.Errorf("WriteLanguage(%v) = %q, %v; want %q", tc.l, b.String(), err, tc.want)
		}
	}
}

// TestChooserByText: the language given wins, then the file name's, then
// the one read, whose notice names the input as name does.
func TestChooserByText(t *testing.T) {
	s := NewGlossarySet(nil, false)
	var b strings.Builder
	rw := NewReportWriter(&b, ReportText)
	name := func(f string) string { return "<" + f + ">" }
	for _, tc := range []struct {
		lang   language.Tag
		file   string
		want   language.Tag
		notice bool
	}{
		{language.English, "a.txt", language.English, false},
		{language.Und, "a.en.txt", language.English, false},
		{language.Und, "a.txt", language.French, true},
	} {
		b.Reset()
		g := s.ChooserByText(tc.lang, rw, name)(tc.file, []byte(frArticle))
		if g != s.For(tc.want) || strings.HasPrefix(b.String(), "<"+tc.file+">: read as French (fr): ") != tc.notice {
			t.Errorf("%v, %s: glossary for %v, notice %q; want %v, notice %v", tc.lang, tc.file, g.lang, b.String(), tc.want, tc.notice)
		}
	}
}

// nbArticle is a Norwegian (Bokmål) article that langwords.Read reads as
// nb.
const nbArticle = "Regjeringen har bestemt at det skal bygges en ny bro over fjorden, og arbeidet skal starte i løpet av våren. " +
	"Statsministeren sa til journalister i Oslo at prosjektet er viktig for hele regionen, men at det ikke blir billig. " +
	"Mange av innbyggerne er glade for beslutningen, men noen mener at pengene burde vært brukt på skoler og sykehus i stedet. " +
	"Etter møtet ble det klart at mange av politikerne ikke var enige. Uten støtte fra opposisjonen blir det vanskelig å få flertall, sa lederen av komiteen etter avstemningen. " +
	"Det blir nok flere møter før saken er avgjort. Etter det vi vet, blir det ikke noen avgjørelse før etter sommeren, uten at noen kan si sikkert hva som skjer.\n"

// TestChooserByTextNamed: a file whose name states a language (story.fr.txt)
// keeps the glossary for that language, as the help says, but a text that
// reads as another language says so: an English article named
// story.fr.txt lost every default entry (limited to English) without a
// word, where the same text named story.txt is rewritten. --lang is the
// user's word, and a text too short to read or read as the language named
// says nothing.
func TestChooserByTextNamed(t *testing.T) {
	s := NewGlossarySet(nil, false)
	en := "Fighters of the group attacked an army position on Tuesday night, according to a statement from the ministry. An official of the party spoke in Kiev with European diplomats, but he would not say what had been decided. The authorities said that the situation was under control and that the fighting had stopped before dawn.\n"
	all := len(GlossaryEntries(nil, GlossaryOptions{}))
	if r := langwords.Read(nbArticle); r.Lang != "nb" {
		t.Fatalf("nbArticle reads as %q; want nb", r.Lang)
	}
	for _, tc := range []struct {
		lang       language.Tag
		file, text string
		want       language.Tag
		notice     string
	}{
		{language.Und, "story.fr.txt", en, language.French, fmt.Sprintf("story.fr.txt: named French (fr) but reads as English (en): %d glossary entries limited to other languages left out (--lang sets the language)\n", all)},
		{language.Und, "story.en.txt", frArticle, language.English, "story.en.txt: named English (en) but reads as French (fr): 0 glossary entries limited to other languages left out (--lang sets the language)\n"},
		{language.Und, "story.fr.txt", frArticle, language.French, ""},
		{language.Und, "story.fr.txt", "Daesh claims Kiev blast", language.French, ""},
		{language.French, "story.fr.txt", en, language.French, ""},
		{language.French, "story.txt", en, language.French, ""},
		// Norwegian named as the macrolanguage (no) or as Nynorsk (nn)
		// reads as Bokmål, the one Norwegian list: no other language.
		{language.Und, "story.no.txt", nbArticle, language.Norwegian, ""},
		{language.Und, "story.nn.txt", nbArticle, language.Make("nn"), ""},
		{language.Und, "story.nb.txt", nbArticle, language.Make("nb"), ""},
	} {
		var b strings.Builder
		g := s.ChooserByText(tc.lang, NewReportWriter(&b, ReportText), func(f string) string { return f })(tc.file, []byte(tc.text))
		if g != s.For(tc.want) || b.String() != tc.notice {
			t.Errorf("%v, %s, %.20q: glossary for %v, notice %q; want %v, notice %q", tc.lang, tc.file, tc.text, g.lang, b.String(), tc.want, tc.notice)
		}
	}
	var b strings.Builder
	s.ChooserByText(language.Und, NewReportWriter(&b, ReportJSONL), func(f string) string { return f })("story.fr.txt", []byte(en))
	if want := fmt.Sprintf(`{"file":"story.fr.txt","notice":"language","lang":"fr","language":"French","left_out":%d,"reads_as":"en"}`+"\n", all); b.String() != want {
		t.Errorf("jsonl notice %s; want %s", b.String(), want)
	}
}

// TestChooserByTextNoNotices: a nil report writer is a chooser that says
// nothing, not a panic, when a language read leaves entries out.
func TestChooserByTextNoNotices(t *testing.T) {
	s := NewGlossarySet(nil, false)
	g := s.ChooserByText(language.Und, nil, func(f string) string { return f })("story.txt", []byte(frArticle))
	if g == nil {
		t.Fatal("ChooserByText with a nil report writer gave no glossary")
	}
	if want, _ := s.ForText(language.Und, []byte(frArticle)); g != want {
		t.Error("ChooserByText with a nil report writer chose another glossary than ForText")
	}
}
