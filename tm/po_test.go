package tm_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

const poDoc = `# German translation.
msgid ""
msgstr ""
"Language: de_CH\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

#. TRANSLATORS: a menu entry
#: src/menu.c:12
#, c-format
msgctxt "menu"
msgid "Open %s"
msgstr "%s öffnen"

#, fuzzy
msgid "Close"
msgstr "Schliessen"

msgid "Untranslated {0}"
msgstr ""

msgid "%(count)d file"
msgid_plural "%(count)d files"
msgstr[0] "%(count)d Datei"
msgstr[1] "%(count)d Dateien"

#~ msgid "Old"
#~ msgstr "Alt"
`

func readPOFile(t *testing.T, name, data string, opt tm.ReadOptions) ([]tm.Unit, tm.ImportOptions, error) {
	t.Helper()
	units, iopt, closeF, err := tm.OpenFile(context.Background(), strings.NewReader(data), name, opt)
	if err != nil {
		return nil, iopt, err
	}
	defer closeF()
	var us []tm.Unit
	for u, err := range units {
		if err != nil {
			return us, iopt, err
		}
		us = append(us, u)
	}
	return us, iopt, nil
}

func TestReadPO(t *testing.T) {
	us, iopt, err := readPOFile(t, "messages.po", poDoc, tm.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(us) != 3 {
		t.Fatalf("%d units, want 3: %+v", len(us), us)
	}
	dech := language.MustParse("de-CH")
	for i, want := range [][2]string{{"Open %s", "%s öffnen"}, {"%(count)d file", "%(count)d Datei"}, {"%(count)d files", "%(count)d Dateien"}} {
		u := us[i]
		if u.SrcLang != language.English || u.Variants[0].Lang != language.English || u.Variants[1].Lang != dech ||
			u.Variants[0].Text != want[0] || u.Variants[1].Text != want[1] {
			t.Errorf("unit %d = %+v; want %q -> %q, en to de-CH", i, u.Variants, want[0], want[1])
		}
	}
	if unitProp(us[0], tm.PropPOContext) != "menu" || unitProp(us[0], tm.PropPOReference) != "src/menu.c:12" || unitProp(us[0], tm.PropPOFlags) != "c-format" ||
		len(us[0].Notes) != 1 || us[0].Notes[0].Text != "TRANSLATORS: a menu entry" {
		t.Errorf("unit 0: props %+v, notes %+v", us[0].Props, us[0].Notes)
	}
	if unitProp(us[1], tm.PropPOPlural) != "0" || unitProp(us[2], tm.PropPOPlural) != "1" || unitProp(us[0], tm.PropPOPlural) != "" {
		t.Errorf("plural props: %+v %+v", us[1].Props, us[2].Props)
	}
	if s := iopt.Skipped; s == nil || s.Unconfirmed != 1 || s.Untranslated != 1 || s.Total() != 2 {
		t.Errorf("skipped = %+v; want 1 unconfirmed (fuzzy), 1 untranslated", iopt.Skipped)
	}
}

func TestReadPOLanguages(t *testing.T) {
	noLang := "msgid \"a\"\nmsgstr \"b\"\n"
	for _, c := range []struct {
		name, data string
		opt        tm.ReadOptions
		src, tgt   string
	}{
		{"x.po", poDoc, tm.ReadOptions{Src: language.French, Tgt: language.German}, "fr", "de-CH"}, // header's Language, kept by base
		{"x.po", noLang, tm.ReadOptions{Src: language.English, Tgt: language.Italian}, "en", "it"},
		{"x.po", noLang, tm.ReadOptions{NameTgt: language.Italian}, "en", "it"},
		{"x.po", "msgid \"\"\nmsgstr \"Language: sr@latin\\n\"\n\nmsgid \"a\"\nmsgstr \"b\"\n", tm.ReadOptions{}, "en", "sr-Latn"},
	} {
		us, _, err := readPOFile(t, c.name, c.data, c.opt)
		if err != nil || len(us) == 0 {
			t.Errorf("%s %+v: %d units, %v", c.name, c.opt, len(us), err)
			continue
		}
		if us[0].Variants[0].Lang.String() != c.src || us[0].Variants[1].Lang.String() != c.tgt {
			t.Errorf("%s %+v: %v to %v; want %s to %s", c.name, c.opt, us[0].Variants[0].Lang, us[0].Variants[1].Lang, c.src, c.tgt)
		}
	}
	// A template: every entry untranslated, none read, each counted.
	us, iopt, err := readPOFile(t, "app.pot", "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=CHARSET\\n\"\n\nmsgid \"a\"\nmsgstr \"\"\n\nmsgid \"b\"\nmsgstr \"\"\n", tm.ReadOptions{Src: language.English, Tgt: language.German})
	if err != nil || len(us) != 0 || iopt.Skipped.Untranslated != 2 {
		t.Errorf("template: %d units, %v, skipped %+v", len(us), err, iopt.Skipped)
	}
}

// TestReadPOBadHeaderLanguage: a header whose Language is no language code
// is an error at the header's line, not a file read in a language made up.
func TestReadPOBadHeaderLanguage(t *testing.T) {
	data := "# comment\nmsgid \"\"\nmsgstr \"Language: not a code\\n\"\n\nmsgid \"a\"\nmsgstr \"b\"\n"
	us, _, err := readPOFile(t, "x.po", data, tm.ReadOptions{Src: language.English, Tgt: language.German})
	if err == nil || len(us) != 0 || !strings.Contains(err.Error(), `line 2: Language "not a code" of the header is not a language code`) {
		t.Errorf("readPOFile(%q) = %d units, %v; want no unit and the header's line and Language in the error", data, len(us), err)
	}
}

// poPolish and poRussian are PO files of languages with three plural
// forms: plural entries translated, a fuzzy one, one with its third form
// empty, one with a context, and (Russian) one untranslated.
const poPolish = `msgid ""
msgstr ""
"Language: pl\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

#: src/files.c:10
#, c-format
msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d plik"
msgstr[1] "%d pliki"
msgstr[2] "%d plików"

msgid "Open"
msgstr "Otwórz"

#, fuzzy
msgid "%d day"
msgid_plural "%d days"
msgstr[0] "%d dzień"
msgstr[1] "%d dni"
msgstr[2] "%d dni"

msgid "%d message"
msgid_plural "%d messages"
msgstr[0] "%d wiadomość"
msgstr[1] "%d wiadomości"
msgstr[2] ""

msgctxt "unit"
msgid "%d minute"
msgid_plural "%d minutes"
msgstr[0] "%d minuta"
msgstr[1] "%d minuty"
msgstr[2] "%d minut"
`

const poRussian = `msgid ""
msgstr ""
"Language: ru\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d файл"
msgstr[1] "%d файла"
msgstr[2] "%d файлов"

msgid "%d year"
msgid_plural "%d years"
msgstr[0] "%d год"
msgstr[1] "%d года"
msgstr[2] "%d лет"

msgid "%d comment"
msgid_plural "%d comments"
msgstr[0] ""
msgstr[1] ""
msgstr[2] ""

msgid "Save"
msgstr "Сохранить"
`

// TestReadPOPluralForms: a plural entry of a language with three forms is
// three units, msgstr[2] with msgid_plural and PropPOPlural "2"; until
// then the third form was dropped, so a Polish or Russian PO file lost a
// translation of each plural entry. An empty third form is left out as
// untranslated, a fuzzy entry's three as unconfirmed.
func TestReadPOPluralForms(t *testing.T) {
	for _, c := range []struct {
		name, data string
		want       []string // source -> target [plural] [context]
		skipped    tm.Skipped
	}{
		{"pl.po", poPolish, []string{
			"%d file -> %d plik [0] []", "%d files -> %d pliki [1] []", "%d files -> %d plików [2] []",
			"Open -> Otwórz [] []",
			"%d message -> %d wiadomość [0] []", "%d messages -> %d wiadomości [1] []",
			"%d minute -> %d minuta [0] [unit]", "%d minutes -> %d minuty [1] [unit]", "%d minutes -> %d minut [2] [unit]",
		}, tm.Skipped{Unconfirmed: 3, Untranslated: 1}},
		{"ru.po", poRussian, []string{
			"%d file -> %d файл [0] []", "%d files -> %d файла [1] []", "%d files -> %d файлов [2] []",
			"%d year -> %d год [0] []", "%d years -> %d года [1] []", "%d years -> %d лет [2] []",
			"Save -> Сохранить [] []",
		}, tm.Skipped{Untranslated: 3}},
	} {
		us, iopt, err := readPOFile(t, c.name, c.data, tm.ReadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got []string
		for _, u := range us {
			got = append(got, fmt.Sprintf("%s -> %s [%s] [%s]", u.Variants[0].Text, u.Variants[1].Text, unitProp(u, tm.PropPOPlural), unitProp(u, tm.PropPOContext)))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: units\n%q\nwant\n%q", c.name, got, c.want)
		}
		if iopt.Skipped == nil || *iopt.Skipped != c.skipped {
			t.Errorf("%s: skipped %+v; want %+v", c.name, iopt.Skipped, c.skipped)
		}
	}
	// Stored, every form is a unit of its own (the plural prop is part of
	// a unit's identity), a third form equal to the second too.
	d := openTemp(t)
	us, _, err := readPOFile(t, "pl.po", strings.Replace(poPolish, `msgstr[2] "%d plików"`, `msgstr[2] "%d pliki"`, 1), tm.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := d.Import(ctx, seq(us...), tm.ImportOptions{})
	if err != nil || st.Added != 9 {
		t.Errorf("import: %+v, %v; want 9 units added", st, err)
	}
}

// unitProp returns the text of u's first prop of type typ, or "".
func unitProp(u tm.Unit, typ string) string {
	for _, p := range u.Props {
		if p.Type == typ {
			return p.Text
		}
	}
	return ""
}
