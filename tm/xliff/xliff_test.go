package xliff_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bitext/bitext/tm/xliff"
)

func readAll(t *testing.T, data []byte) ([]xliff.Unit, error) {
	t.Helper()
	r, err := xliff.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	var us []xliff.Unit
	for u, err := range r.All() {
		if err != nil {
			return us, err
		}
		us = append(us, u)
	}
	return us, nil
}

// TestSamples reads every sample written by Okapi: each unit, each
// translated one with its target, and inline codes as they stood.
func TestSamples(t *testing.T) {
	for _, tc := range []struct {
		file              string
		units, translated int
		// a unit whose source markup must read so
		id, markup string
	}{
		{"okapi_Manual-12-AltTrans.xlf", 7, 2, "6", `Text <ph id="1">startCode<sub>[nested<ph id="2">ph-in-sub</ph>still in sub]</sub>endCode</ph> text.`},
		{"okapi_RB-12-Test02.xlf", 9, 7, "7", `Text with <g id="2"><x id="1"/></g> and more text.`},
		{"okapi_docxtest.docx.xlf", 30, 30, "tu14", `<g id="1">Secon</g>d heading 1<x id="2"/>`},
		{"okapi_htmltest.html.xlf", 8, 8, "tu2", `Text in <g id="1">bold</g>.`},
		{"okapi_potest.po.xlf", 14, 14, "5", `Text 2 with non-approved translation <x id="1"/>`},
		// XLIFF 1.1 (the namespace fails the 1.2 schema): taken.
		{"okapi_xlifftest.xlf", 14, 2, "10", `Text with <bpt id="2">&lt;xd:rmk&gt;</bpt><ph id="1">XDoc info non-translatable</ph><ept id="2">&lt;/xd:rmk&gt;</ept> and more text.`},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			us, err := readAll(t, data)
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			translated := 0
			found := false
			for _, u := range us {
				if u.Target != nil && strings.TrimSpace(u.Target.Text+u.Target.Markup) != "" {
					translated++
				}
				if u.ID == tc.id && !found {
					found = true
					if u.Source.Markup != tc.markup {
						t.Errorf("unit %s source markup = %q; want %q", u.ID, u.Source.Markup, tc.markup)
					}
				}
				if u.File == nil || u.File.SourceLang != "en" {
					t.Errorf("unit %s: file %+v", u.ID, u.File)
				}
			}
			if len(us) != tc.units || translated != tc.translated {
				t.Errorf("read %d units, %d translated; want %d, %d", len(us), translated, tc.units, tc.translated)
			}
			if !found {
				t.Errorf("no unit %s", tc.id)
			}
		})
	}
}

func TestSampleDetails(t *testing.T) {
	data, _ := os.ReadFile("testdata/okapi_Manual-12-AltTrans.xlf")
	us, err := readAll(t, data)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]xliff.Unit{}
	for _, u := range us {
		byID[u.ID] = u
	}
	if u := byID["0"]; u.Translate {
		t.Errorf("unit 0: translate=no not read")
	}
	if u := byID["3"]; !u.IsApproved() || u.Target.Text != "Texte numéro 3" {
		t.Errorf("unit 3: approved %q target %+v", u.Approved, u.Target)
	}
	u := byID["4"]
	if len(u.AltTrans) != 1 || u.AltTrans[0].Target.Text != "Le texte numéro quatre." || u.AltTrans[0].Source.Text != "The text number four." {
		t.Errorf("unit 4 alt-trans: %+v", u.AltTrans)
	}
	if got := byID["6"].Source.Text; got != "Text  text." {
		t.Errorf("unit 6 plain text = %q; want the native code left out", got)
	}

	data, _ = os.ReadFile("testdata/okapi_RB-12-Test02.xlf") // windows-1252
	us, err = readAll(t, data)
	if err != nil {
		t.Fatal(err)
	}
	if us[7].SegSource == nil || !strings.Contains(us[7].SegSource.Markup, `<mrk mid="0" mtype="seg">Sentence 1.</mrk>`) {
		t.Errorf("seg-source: %+v", us[7].SegSource)
	}
	data, _ = os.ReadFile("testdata/okapi_potest.po.xlf")
	us, _ = readAll(t, data)
	if us[7].Groups[0] != "o3" || us[0].Approved != "yes" || us[2].Approved != "" {
		t.Errorf("groups %v, approved %q %q", us[7].Groups, us[0].Approved, us[2].Approved)
	}
}

// TestBadInput: each broken document is refused with the line and the
// reason.
func TestBadInput(t *testing.T) {
	head := `<?xml version="1.0"?>` + "\n" + `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">` + "\n" +
		`<file original="a" source-language="en" datatype="plaintext"><body>` + "\n"
	for _, tc := range []struct{ doc, want string }{
		{`<tmx version="1.4"/>`, "line 1: not an XLIFF document: root element is <tmx>, want <xliff>"},
		{`<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>`, "line 1: XLIFF 2 <xliff> without srcLang"},
		{head + `<trans-unit><source>a</source><source>b</source></trans-unit>`, "line 4: a second <source> in <trans-unit>"},
		{head + `<trans-unit id="1">` + "\n" + `</trans-unit>`, `line 4: <trans-unit id="1"> without <source>`},
		{head + `<trans-unit id="1"><source>a <b>x</b></source></trans-unit>`, "line 4: unknown element <b> in <source>"},
		{head + `<trans-unit id="1"><source>a` + "\n" + `<ept id="1">x</ept></source></trans-unit>`, `line 5: <ept> "1" without a <bpt> before it in the segment`},
		{head + `<trans-unit id="1"><source>a <bpt id="1">x</bpt></source></trans-unit>`, `line 4: <bpt> "1" without its <ept> in the segment`},
		{head + `<trans-unit id="1"><source>a <x id="1">y</x></source></trans-unit>`, `line 4: <x> must be empty`},
		{head + `<trans-unit id="1"><source>a <ph id="1">y<g id="2">z</g></ph></source></trans-unit>`, `<g> inside <ph>`},
		{head + `<trans-unit id="1"><source>a</target></trans-unit>`, `line 4: not well-formed XML: </target> closes <source>`},
		{head + `<trans-unit id="1"><source>a</source>`, `unexpected end of file inside <trans-unit>`},
		{head + `<trans-unit id="1" approved="maybe"><source>a</source></trans-unit>`, `approved "maybe"`},
		{`<xliff version="1.2">` + "\n" + `<header><tool tool-name="x"/></header></xliff>`, "line 2: <header> outside <file>"},
	} {
		_, err := readAll(t, []byte(tc.doc))
		var xe *xliff.Error
		if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.As(err, &xe) {
			t.Errorf("read %q: error %v; want one containing %q", tc.doc, err, tc.want)
		}
	}
}

func sampleUnit() xliff.Unit {
	return xliff.Unit{
		ID: "s1", ResName: "r", Approved: "no", Translate: true,
		Attrs:  []xliff.Attr{{"restype", "x-paragraph"}, {"okp:junk", "dropped"}},
		Source: xliff.Segment{Lang: "en", Text: "Hello & bold world.", Markup: `Hello &amp; <bpt id="1">&lt;b&gt;</bpt>bold<ept id="1">&lt;/b&gt;</ept> world.`},
		Target: &xliff.Segment{Lang: "fr", Text: "Bonjour < monde."}, State: "needs-review-translation", StateQualifier: "leveraged-tm",
		AltTrans: []xliff.AltTrans{{MatchQuality: "87", Origin: "tm.db", ToolID: "bitext", ExType: "fuzzy",
			Source: &xliff.Segment{Text: "Hello world."}, Target: xliff.Segment{Text: "Bonjour le monde."},
			Notes: []xliff.Note{{From: "bitext", Text: "fuzzy match"}}}},
		Notes:    []xliff.Note{{Text: "a note"}},
		Contexts: []xliff.Context{{Type: "x-bitext-prev", Text: "Before & <after>."}, {Type: "x-bitext-next", Text: "Next."}},
	}
}

func writeDoc(t *testing.T, us ...xliff.Unit) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := xliff.NewWriter(&buf, xliff.Header{Original: "a.txt", SourceLang: "en", TargetLang: "fr",
		ToolID: "bitext", ToolName: "bitext", Skeleton: []byte("skeleton \x00 bytes")})
	if err != nil {
		t.Fatal(err)
	}
	for i := range us {
		if err := w.Write(&us[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteRead(t *testing.T) {
	u := sampleUnit()
	data := writeDoc(t, u)
	us, err := readAll(t, data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if len(us) != 1 {
		t.Fatalf("read %d units", len(us))
	}
	g := us[0]
	if g.ID != u.ID || g.Source != u.Source || *g.Target != *u.Target || g.State != u.State || g.StateQualifier != u.StateQualifier ||
		g.Approved != "no" || g.ResName != "r" || len(g.AltTrans) != 1 || g.AltTrans[0].MatchQuality != "87" ||
		g.AltTrans[0].ExType != "fuzzy" || g.AltTrans[0].Origin != "tm.db" || g.AltTrans[0].Target.Text != "Bonjour le monde." ||
		len(g.Notes) != 1 || !slices.Equal(g.Contexts, u.Contexts) || xliff.Get(g.Attrs, "restype") != "x-paragraph" || xliff.Get(g.Attrs, "okp:junk") != "" {
		t.Errorf("read back %+v\nfrom %s", g, data)
	}
	if string(g.File.Skeleton) != "skeleton \x00 bytes" || g.File.Tool != "bitext" {
		t.Errorf("file %+v", g.File)
	}
	bad := u
	bad.Source.Markup = "a <b>"
	var buf bytes.Buffer
	w, _ := xliff.NewWriter(&buf, xliff.Header{SourceLang: "en"})
	if err := w.Write(&bad); err == nil {
		t.Errorf("Write took markup %q", bad.Source.Markup)
	}
}

// TestWriteValidatesStrict checks the Writer's output, and the Okapi
// samples rewritten by it, against the strict XLIFF 1.2 schema.
func TestWriteValidatesStrict(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (Debian libxml2-utils): schema validation skipped")
	}
	us := []xliff.Unit{sampleUnit()}
	files, _ := filepath.Glob("testdata/*.xlf")
	n := 0
	for _, f := range files {
		data, _ := os.ReadFile(f)
		got, err := readAll(t, data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, u := range got {
			n++
			u.ID = "u" + string(rune('a'+n%26)) + strings.Repeat("x", n/26) // ids unique across files
			u.Source.Lang, u.AltTrans = "", nil
			if u.Target != nil {
				u.Target.Lang = ""
			}
			us = append(us, u)
		}
	}
	out := filepath.Join(t.TempDir(), "out.xlf")
	os.WriteFile(out, writeDoc(t, us...), 0o644)
	cmd := exec.Command(xmllint, "--noout", "--nonet", "--schema", "testdata/xliff-core-1.2-strict.xsd", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("xmllint --schema strict: %v\n%s", err, msg)
	}
}

func TestParse(t *testing.T) {
	text, toks, err := xliff.Parse(`a <g id="1">b<x id="2"/></g> <ph id="3">&lt;br/&gt;</ph>c`)
	if err != nil {
		t.Fatal(err)
	}
	if text != "a b c" || len(toks) != 11 {
		t.Errorf("Parse = %q, %d tokens", text, len(toks))
	}
	if got := xliff.Serialize(toks); got != `a <g id="1">b<x id="2"/></g> <ph id="3">&lt;br/&gt;</ph>c` {
		t.Errorf("Serialize = %q", got)
	}
	for _, bad := range []string{"a</g>b", "<g id='1'>", "<foo/>", "a &bogus; b"} {
		if _, _, err := xliff.Parse(bad); err == nil {
			t.Errorf("Parse(%q) took it", bad)
		}
	}
}

// TestParseErrorShowsBytes: encoding/xml repeats an entity's name as it
// read it ("invalid character entity &\xff\xfe;"); the error shows those
// bytes escaped, as every other message shows a byte that is not UTF-8,
// where it carried them raw to the terminal.
func TestParseErrorShowsBytes(t *testing.T) {
	_, _, err := xliff.Parse("a &\xff\xfe; b")
	if err == nil {
		t.Fatal("Parse took an entity of invalid bytes")
	}
	msg := err.Error()
	if !utf8.ValidString(msg) || !strings.Contains(msg, `&\xff\xfe;`) {
		t.Errorf("Parse error = %q; want the bytes shown as \\xff\\xfe, valid UTF-8", msg)
	}
}

func TestEOF(t *testing.T) {
	data := writeDoc(t)
	r, err := xliff.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("Next on an empty body = %v; want io.EOF", err)
	}
}

// TestWriteNotXMLChars: a target holding characters XML cannot carry (a
// TM unit imported with an ESC, a form feed) is written as XLIFF that
// reads back, with U+FFFD for the controls and a space for the form
// feed; it was written as it was and no parser read the file.
func TestWriteNotXMLChars(t *testing.T) {
	u := sampleUnit()
	u.Target = &xliff.Segment{Lang: "fr", Text: "Bonjour\x1b[0m\fmonde\x07."}
	u.AltTrans[0].Target.Text = "Bonjour\uFFFF."
	data := writeDoc(t, u)
	us, err := readAll(t, data)
	if err != nil {
		t.Fatalf("the XLIFF written does not read back: %v\n%s", err, data)
	}
	if len(us) != 1 || us[0].Target.Text != "Bonjour\uFFFD[0m monde\uFFFD." || us[0].AltTrans[0].Target.Text != "Bonjour\uFFFD." {
		t.Errorf("read back %+v", us)
	}
	if xliff.EscapeText("a\x1bb") != "a\uFFFDb" {
		t.Errorf("EscapeText(%q) = %q", "a\x1bb", xliff.EscapeText("a\x1bb"))
	}
}

// TestReadToolNamespaces: Trados's <sdl:seg-defs> and memoQ's mq:status
// are known by their namespace URI, not by the prefix. Before, a file
// binding another prefix to them lost the statuses, and one using sdl: or
// mq: for another vocabulary had it read as Trados's or memoQ's.
func TestReadToolNamespaces(t *testing.T) {
	const head = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" %s>
<file original="a.txt" source-language="en" target-language="fr" datatype="plaintext"><body>
`
	const tail = "</body></file></xliff>\n"
	for _, tc := range []struct {
		name, decl, units string
		conf, status      []string // per unit: the first sdl:seg's conf, MQStatus
	}{
		{"SDL's namespace, another prefix", `xmlns:trados="http://sdl.com/FileTypes/SdlXliff/1.0"`,
			`<trans-unit id="1"><source>A.</source><target>B.</target><trados:seg-defs><trados:seg id="1" conf="Draft" origin="mt"/></trados:seg-defs></trans-unit>`,
			[]string{"Draft"}, []string{""}},
		{"sdl: bound to another namespace", `xmlns:sdl="urn:example:not-trados"`,
			`<trans-unit id="1"><source>A.</source><target>B.</target><sdl:seg-defs><sdl:seg id="1" conf="Draft" origin="mt"/></sdl:seg-defs></trans-unit>`,
			[]string{""}, []string{""}},
		{"memoQ's namespace, another prefix", `xmlns:m="MQXliff"`,
			`<trans-unit id="1" m:status="Pretranslated"><source>A.</source><target>B.</target></trans-unit>`,
			[]string{""}, []string{"Pretranslated"}},
		{"mq: bound to another namespace", `xmlns:mq="urn:example:not-memoq"`,
			`<trans-unit id="1" mq:status="Pretranslated"><source>A.</source><target>B.</target></trans-unit>`,
			[]string{""}, []string{""}},
		// Declared on one unit: its scope ends with it.
		{"declared on a unit", ``,
			`<trans-unit id="1" xmlns:q="MQXliff" q:status="Rejected"><source>A.</source><target>B.</target></trans-unit>
<trans-unit id="2" xmlns:q="urn:example:other" q:status="Rejected"><source>C.</source><target>D.</target></trans-unit>`,
			[]string{"", ""}, []string{"Rejected", ""}},
	} {
		us, err := readAll(t, []byte(fmt.Sprintf(head, tc.decl)+tc.units+"\n"+tail))
		if err != nil || len(us) != len(tc.status) {
			t.Fatalf("%s: read %d units, %v; want %d", tc.name, len(us), err, len(tc.status))
		}
		for i, u := range us {
			conf := ""
			if len(u.SDLSegs) > 0 {
				conf = u.SDLSegs[0].Conf
			}
			if conf != tc.conf[i] || u.MQStatus() != tc.status[i] {
				t.Errorf("%s: unit %s: sdl:seg conf %q, MQStatus %q; want %q, %q", tc.name, u.ID, conf, u.MQStatus(), tc.conf[i], tc.status[i])
			}
		}
	}
}

// TestUnitWithoutID: XLIFF requires the trans-unit id, but OmegaT's test
// files (file-XLIFFFilter.xlf, XLIFF 1.1) leave it out and OmegaT and
// Translate Toolkit read them: the reader takes such a unit with ID "",
// and its errors name it by its line.
func TestUnitWithoutID(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1">
<file target-language="be" source-language="en" original="text.txt"><body>
<trans-unit><source>This is test</source><target>tr1=This is test</target></trans-unit>
<trans-unit id="2"><source>test2</source><target>tr2=test2</target></trans-unit>
</body></file></xliff>`
	us, err := readAll(t, []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(us) != 2 || us[0].ID != "" || us[0].Line != 4 || us[1].ID != "2" || us[0].Target == nil || us[0].Target.Text != "tr1=This is test" {
		t.Fatalf("units %+v", us)
	}
}

// TestPrefixedXLIFFElements: an element of XLIFF's namespace under a
// prefix of its own is XLIFF's, not an extension skipped whole. Translate
// Toolkit's po2xliff -t FILE.xlf appends a <file> whose trans-units are
// <ns0:trans-unit xmlns:ns0="urn:oasis:names:tc:xliff:document:1.1"> in a
// 1.2 document: their translations were skipped without a word.
func TestPrefixedXLIFFElements(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
<file original="a" source-language="en" target-language="fr" datatype="plaintext"><body>
<trans-unit id="1"><source>One.</source><target>Un.</target></trans-unit>
</body></file>
<file original="a.po" source-language="en" target-language="fr" datatype="po"><body>
<ns0:trans-unit xmlns:ns0="urn:oasis:names:tc:xliff:document:1.1" id="2" approved="no"><ns0:source>Two.</ns0:source>
<target>Deux.</target>
<x:note xmlns:x="urn:example:other">not XLIFF's</x:note>
</ns0:trans-unit>
</body></file></xliff>`
	us, err := readAll(t, []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(us) != 2 || us[1].ID != "2" || us[1].Source.Text != "Two." || us[1].Target == nil || us[1].Target.Text != "Deux." || us[1].File.Original != "a.po" {
		t.Fatalf("units %+v; want One. and Two., the second with its target", us)
	}
}

// TestRepair: Heartsome's XLIFF test files give a <bpt> and its <ept>
// different ids and no rid, which pairs neither; without Repair that is an
// error on its line, with Repair each becomes an isolated <it> (its id and
// code kept, rid dropped), Warn is told, and the markup parses as it is.
func TestRepair(t *testing.T) {
	doc := []byte(`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a" source-language="en-US" target-language="zh-CN" datatype="plaintext"><body>
<trans-unit id="1"><source>A <bpt id="b">code<sub>Text</sub></bpt>B<ept id="e">code</ept>C <bpt id="2" rid="r">x</bpt>D<bpt id="3" rid="r">y</bpt>.</source></trans-unit>
</body></file></xliff>`)
	if _, err := readAll(t, doc); err == nil || !strings.Contains(err.Error(), `line 3: <ept> "e" without a <bpt> before it in the segment`) {
		t.Fatalf("without Repair: %v", err)
	}
	r, err := xliff.NewReader(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var warns []string
	r.Repair = true
	r.Warn = func(e *xliff.Error) { warns = append(warns, e.Error()) }
	var us []xliff.Unit
	for u, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
		us = append(us, u)
	}
	want := `A <it id="b" pos="open">code<sub>Text</sub></it>B<it id="e" pos="close">code</it>C <it id="2" pos="open">x</it>D<it id="3" pos="open">y</it>.`
	if len(us) != 1 || us[0].Source.Markup != want || us[0].Source.Text != "A BC D." {
		t.Fatalf("repaired %q (%q); want %q", us[0].Source.Markup, us[0].Source.Text, want)
	}
	wantWarns := []string{
		`line 3: <ept> "e" without a <bpt> before it in the segment; repaired as <it pos="close">`,
		`line 3: a second <bpt> "r" before the first is closed; the first repaired as <it pos="open">`,
		`line 3: <bpt> "b" without its <ept> in the segment; repaired as <it pos="open">`,
		`line 3: <bpt> "r" without its <ept> in the segment; repaired as <it pos="open">`,
	}
	if strings.Join(warns, "\n") != strings.Join(wantWarns, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warns, "\n"), strings.Join(wantWarns, "\n"))
	}
	if _, _, err := xliff.Parse(want); err != nil {
		t.Errorf("repaired markup does not parse: %v", err)
	}
}

// TestReadOpenTM2XLIFF2: OpenTM2 (and translate5's t5memory) write XLIFF
// 2.0 without its namespace and name the target language tgtLang; bitext
// read it as XLIFF 1.2 and refused it ("<file> without source-language").
func TestReadOpenTM2XLIFF2(t *testing.T) {
	doc := `<?xml version="1.0" encoding="utf-8"?>
<xliff version="2.0" srcLang="en-US" tgtLang="de-DE"
  xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0">
<file original="a.dita">
<unit id="1" name="1">
 <segment state="initial"><source>No proposal. </source></segment>
</unit>
<unit id="2" name="2">
 <segment state="translated"><source>One proposal.</source><target>Ein Vorschlag.</target></segment>
</unit>
</file>
</xliff>`
	us, err := readAll(t, []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(us) != 2 || us[1].Source.Text != "One proposal." || us[1].Target == nil || us[1].Target.Text != "Ein Vorschlag." {
		t.Fatalf("units %+v", us)
	}
	if f := us[1].File; f.SourceLang != "en-US" || f.TargetLang != "de-DE" {
		t.Errorf("languages %q, %q; want en-US, de-DE", f.SourceLang, f.TargetLang)
	}
}

// TestToolComments: the comments memoQ (<mq:comments>) and Across
// (<ax:named-properties>) keep in a unit are read as its notes, with their
// author; a memoQ comment marked deleted is not, one holding <b> is read as
// its text. They were skipped, and so lost in the TM.
func TestToolComments(t *testing.T) {
	doc := `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff" xmlns:ax="AcrossXliff">
<file original="a" source-language="de" target-language="en" datatype="plaintext"><body>
<trans-unit id="1" mq:status="ManuallyConfirmed"><source>a</source><target>b</target>
<mq:comments>
 <mq:comment creatoruser="user1" deleted="false" appliesto="Target">Dies ist ein Kommentar.</mq:comment>
 <mq:comment creatoruser="JF" deleted="true" appliesto="Target">gelöscht</mq:comment>
 <mq:comment creatoruser="Table RTF" deleted="false" appliesto="Row">und <b>nochmal</b> einer.</mq:comment>
</mq:comments></trans-unit>
<trans-unit id="2"><source>c</source><target>d</target>
<ax:named-properties>
 <ax:named-property name="Comment">
  <ax:named-value ax:name="Annotates">Target</ax:named-value>
  <ax:named-value ax:name="Author">tester</ax:named-value>
  <ax:named-value ax:name="Text">Imported Comment Text</ax:named-value>
 </ax:named-property>
 <ax:named-property name="Other"><ax:named-value ax:name="Text">not a comment</ax:named-value></ax:named-property>
</ax:named-properties></trans-unit>
</body></file></xliff>`
	us, err := readAll(t, []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := [][]xliff.Note{
		{{From: "user1", Text: "Dies ist ein Kommentar."}, {From: "Table RTF", Text: "und nochmal einer."}},
		{{From: "tester", Text: "Imported Comment Text"}},
	}
	for i, u := range us {
		if !reflect.DeepEqual(u.Notes, want[i]) {
			t.Errorf("unit %s notes %+v; want %+v", u.ID, u.Notes, want[i])
		}
	}
}

// TestPairsByIDAndRid: memoQ's MQXLIFF holds, in one segment, a bpt/ept
// pair joined by id (no rid) and one joined by rid whose rid is the first
// pair's id; each ept closes its own bpt (bitext refused "a second <bpt>
// "1" before the first is closed"). A stray ept is still named.
func TestPairsByIDAndRid(t *testing.T) {
	seg := `vom <bpt id="1" ctype="bold">{}</bpt><bpt id="2" rid="1">&lt;uf ufcatid="1"&gt;</bpt>Nikolaus<ept id="1">{}</ept><ept id="3" rid="1">&lt;/uf&gt;</ept>`
	if text, _, err := xliff.Parse(seg); err != nil || text != "vom Nikolaus" {
		t.Errorf("Parse(%q) = %q, %v; want %q", seg, text, err, "vom Nikolaus")
	}
	// Blackbird writes <ept> without id: it closes the bpt opened last.
	seg = `<bpt id="1">&lt;b&gt;</bpt>x <bpt id="2">&lt;i&gt;</bpt>y<ept>&lt;/i&gt;</ept><ept>&lt;/b&gt;</ept>`
	if text, _, err := xliff.Parse(seg); err != nil || text != "x y" {
		t.Errorf("Parse(%q) = %q, %v; want %q", seg, text, err, "x y")
	}
	for _, bad := range []struct{ seg, want string }{
		{`<bpt id="1">a</bpt>b<ept id="1">c</ept><ept id="3" rid="1">d</ept>`, `<ept> "1" without a <bpt> before it`},
		{`a<ept>c</ept>`, `<ept> without its id attribute`},
		{`<bpt id="1">a</bpt><bpt id="2" rid="1">b</bpt><bpt id="4" rid="1">c</bpt>`, `a second <bpt> "1" before the first is closed`},
	} {
		if _, _, err := xliff.Parse(bad.seg); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("Parse(%q) error = %v; want %q", bad.seg, err, bad.want)
		}
	}
}

// TestReadXLIFF2: an XLIFF 2 document (written from the OASIS XLIFF 2.0
// specification) is read as XLIFF 1.2 units: a unit per segment, the
// inline codes as 1.2 markup, the state and notes kept. Swordfish and
// Maxprograms' tools write XLIFF 2; bitext refused it whole.
func TestReadXLIFF2(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" version="2.0" srcLang="en" trgLang="fr">
 <file id="f1" original="doc.html">
  <skeleton href="doc.skl"/>
  <group id="g1">
  <unit id="u1">
   <notes><note>Headline</note></notes>
   <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data><data id="d3">&lt;br/&gt;</data></originalData>
   <mtc:matches><mtc:match ref="#s1"><source>x</source><target>y</target></mtc:match></mtc:matches>
   <segment id="s1" state="translated"><source>A <pc id="1" dataRefStart="d1" dataRefEnd="d2">bold</pc> word<ph id="2" dataRef="d3"/>.</source><target>Un mot <pc id="1" dataRefStart="d1" dataRefEnd="d2">gras</pc><ph id="2" dataRef="d3"/>.</target></segment>
   <ignorable><source> </source></ignorable>
   <segment id="s2" state="initial"><source>Second <mrk id="m1" translate="no">Acme</mrk><cp hex="00A0"/>sentence.</source></segment>
  </unit>
  </group>
  <group id="g2" translate="no"><unit id="u3"><segment><source>Inherited.</source><target>Hérité.</target></segment></unit></group>
  <unit id="u2" translate="no">
   <segment><source>Span <sc id="3"/>across<ec startRef="3"/> and <sc id="4" isolated="yes"/>open <pc id="5">g</pc><sm id="a"/>x<em startRef="a"/></source><target>Pont</target></segment>
  </unit>
 </file>
</xliff>`
	us, err := readAll(t, []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(us) != 4 {
		t.Fatalf("%d units, want 4: %+v", len(us), us)
	}
	if us[2].ID != "u3" || us[2].Translate || len(us[2].Groups) != 1 || us[2].Groups[0] != "g2" {
		t.Errorf("unit in a group translate=\"no\": %+v", us[2])
	}
	us = append(us[:2], us[3])
	u := us[0]
	if u.ID != "u1/s1" || u.State != "translated" || u.File.Original != "doc.html" || u.File.SourceLang != "en" || u.File.TargetLang != "fr" ||
		len(u.Notes) != 1 || u.Notes[0].Text != "Headline" || len(u.Groups) != 1 || u.Groups[0] != "g1" || !u.Translate || u.Line != 10 {
		t.Errorf("unit 1: %+v", u)
	}
	if u.Source.Text != "A bold word." || u.Source.Markup != `A <bpt id="1">&lt;b&gt;</bpt>bold<ept id="1">&lt;/b&gt;</ept> word<ph id="2">&lt;br/&gt;</ph>.` {
		t.Errorf("source %+v", u.Source)
	}
	if u.Target == nil || u.Target.Text != "Un mot gras." {
		t.Errorf("target %+v", u.Target)
	}
	u = us[1]
	if u.ID != "u1/s2" || u.State != "initial" || u.Target != nil || u.Source.Text != "Second Acme\u00a0sentence." ||
		u.Source.Markup != `Second <mrk mtype="protected">Acme</mrk>`+"\u00a0"+`sentence.` {
		t.Errorf("unit 2: %+v %+v", u, u.Source)
	}
	u = us[2]
	if u.ID != "u2" || u.Translate || u.Source.Text != "Span across and open gx" ||
		u.Source.Markup != `Span <bx id="3"/>across<ex id="3"/> and <it id="4" pos="open"/>open <g id="5">g</g>x` {
		t.Errorf("unit 3: %+v %+v", u, u.Source)
	}
	for _, tc := range []struct{ doc, want string }{
		{`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"/>`, "line 1: XLIFF 2 <xliff> without srcLang"},
		{`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="u">` + "\n" + `<segment><target>x</target></segment></unit></file></xliff>`, `line 2: <segment> without <source> in <unit id="u">`},
		{`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>a <b>x</b></source></segment></unit></file></xliff>`, "line 1: unknown element <b> in <source>"},
		{`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit><segment><source>a</source></segment></unit></file></xliff>`, "line 1: <unit> without its id attribute"},
		{`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>a<cp hex="D800"/></source></segment></unit></file></xliff>`, `<cp hex="D800">: not a character`},
	} {
		if _, err := readAll(t, []byte(tc.doc)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v; want %q", tc.doc, err, tc.want)
		}
	}
}

// TestMrkWithoutMtype: MateCat's files put <mrk id="1"> (no mtype, which
// XLIFF 1.2 requires) around whole segments; the unit is read, the mrk
// kept.
func TestMrkWithoutMtype(t *testing.T) {
	doc := `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="es" datatype="plaintext"><body>
<trans-unit id="1"><source><mrk id="1">Test1</mrk></source><target><mrk id="1">Prueba1</mrk></target></trans-unit>
</body></file></xliff>`
	us, err := readAll(t, []byte(doc))
	if err != nil || len(us) != 1 || us[0].Target == nil || us[0].Target.Text != "Prueba1" || us[0].Target.Markup != `<mrk id="1">Prueba1</mrk>` {
		t.Fatalf("%+v, %v", us, err)
	}
}

// TestAltTransBareText reads an <alt-trans> holding its proposal as text,
// without a <target>, as Xcode's edited localization exports have it: the
// text is the proposal, and the file is read (it was refused).
func TestAltTransBareText(t *testing.T) {
	data := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="Localizable.strings" source-language="en" target-language="es" datatype="plaintext">
    <body>
      <trans-unit id="a" xml:space="preserve">
        <source>Allow MyApp to access your location in Settings &gt; MyApp &gt; Location</source>
        <target state="new"> Debes activar la localización en Ajustes &gt; MyApp &gt; Localización</target>
        <note>No comment provided by engineer.</note><alt-trans alttranstype="previous-version"><target> Debes activar  la localización en Configuración &gt; MyApp &gt; Localización
</target></alt-trans><alt-trans alttranstype="previous-version"> Debes activar  la localización en Configuración &gt; MyApp &gt; Localización
</alt-trans>
      </trans-unit>
      <trans-unit id="b">
        <source>One</source>
        <target>Uno</target>
        <alt-trans><source>One</source></alt-trans>
      </trans-unit>
    </body>
  </file>
</xliff>
`)
	us, err := readAll(t, data)
	if err == nil || !strings.Contains(err.Error(), "line 15: <alt-trans> without <target>") {
		t.Errorf("an <alt-trans> with neither target nor text: got %v, want line 15: <alt-trans> without <target>", err)
	}
	if len(us) != 1 {
		t.Fatalf("read %d units before the error, want 1", len(us))
	}
	u := us[0]
	want := "Debes activar  la localización en Configuración > MyApp > Localización"
	if len(u.AltTrans) != 2 || u.AltTrans[1].Target.Text != want || u.AltTrans[1].Type != "previous-version" {
		t.Errorf("alt-trans: %+v, want the second's target %q", u.AltTrans, want)
	}
	if u.Target == nil || !strings.Contains(u.Target.Text, "Ajustes > MyApp") {
		t.Errorf("target: %+v", u.Target)
	}
}

// TestStrayTagLongLine: on a file written without line breaks, a stray
// paired tag's error (found at the segment's end tag) gives the column of
// the tag at fault, as TMX's does; it gave the column of </source>, or
// none when the segment's end was on another line. The warning of a
// repair gives it too; a short line gives its line alone.
func TestStrayTagLongLine(t *testing.T) {
	head := `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="fr" datatype="plaintext"><body>` +
		strings.Repeat(`<trans-unit id="p"><source>padding</source></trans-unit>`, 20)
	const tail = `</body></file></xliff>`
	unit := func(source string) string { return `<trans-unit id="x"><source>` + source + `</source></trans-unit>` }
	at := func(before string) int {
		return len(head) + len(unit("")) - len(`</source></trans-unit>`) + len(before)
	}
	tests := []struct{ name, doc, want string }{
		{"stray ept", head + unit(`a <ept id="1">x</ept> b and some more words`) + tail,
			fmt.Sprintf(`line 1, column %d: <ept> "1" without a <bpt> before it in the segment`, at(`a <ept id="1">`))},
		{"lone bpt", head + unit(`a <bpt id="1">x</bpt> b and some more words`) + tail,
			fmt.Sprintf(`line 1, column %d: <bpt> "1" without its <ept> in the segment`, at(`a <bpt id="1">`))},
		{"second bpt", head + unit(`a <bpt id="1">x</bpt> b <bpt id="1">y</bpt> c <ept id="1">z</ept>`) + tail,
			fmt.Sprintf(`line 1, column %d: a second <bpt> "1" before the first is closed`, at(`a <bpt id="1">x</bpt> b <bpt id="1">`))},
		{"no id", head + unit(`a <x/> b and some more words`) + tail,
			fmt.Sprintf(`line 1, column %d: <x> without its id attribute`, at(`a <x/>`))},
		{"it pos", head + unit(`a <it id="1" pos="middle">x</it> b and some more words`) + tail,
			fmt.Sprintf(`line 1, column %d: <it> pos "middle": want open or close`, at(`a <it id="1" pos="middle">`))},
		{"not empty", head + unit(`a <x id="1">y</x> b and some more words`) + tail,
			fmt.Sprintf(`line 1, column %d: <x> must be empty`, at(`a <x id="1">`))},
		// The segment's end on the next line: the tag's column still.
		{"end on the next line", head + unit("a <ept id=\"1\">x</ept> b\nand more") + tail,
			fmt.Sprintf(`line 1, column %d: <ept> "1" without`, at(`a <ept id="1">`))},
		{"short line", strings.ReplaceAll(head, "</trans-unit><", "</trans-unit>\n<") + "\n" + unit(`a <ept id="1">x</ept>`) + tail,
			`line 21: <ept> "1" without`},
	}
	for _, tc := range tests {
		_, err := readAll(t, []byte(tc.doc))
		var e *xliff.Error
		if !errors.As(err, &e) || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: error = %v; want *Error starting %q", tc.name, err, tc.want)
		}
	}
	r, err := xliff.NewReader(strings.NewReader(head + unit(`a <ept id="1">x</ept> b and some more words`) + tail))
	if err != nil {
		t.Fatal(err)
	}
	var warned []string
	r.Repair, r.Warn = true, func(e *xliff.Error) { warned = append(warned, e.Error()) }
	for _, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
	}
	want := fmt.Sprintf(`line 1, column %d: <ept> "1" without a <bpt> before it in the segment; repaired as <it pos="close">`, at(`a <ept id="1">`))
	if len(warned) != 1 || warned[0] != want {
		t.Errorf("repaired: warnings %q; want %q", warned, want)
	}
	// XLIFF 2: the markup is checked at </source>; the error gives the
	// column of <source>.
	head2 := `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">` +
		strings.Repeat(`<unit id="p"><segment><source>padding</source></segment></unit>`, 20) + `<unit id="x"><segment><source>`
	_, err = readAll(t, []byte(head2+`a <ph/> b and some more words</source></segment></unit></file></xliff>`))
	if want := fmt.Sprintf(`line 1, column %d: <source>: line 1: <x> without its id attribute`, len(head2)); err == nil || err.Error() != want {
		t.Errorf("XLIFF 2, a <ph> without id: error = %v; want %q", err, want)
	}
}
