package tm_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/bitext/bitext/tm/xliff"
	"golang.org/x/text/language"
)

// xliffTMX has a unit with every TMX inline element, a unit without
// markup, a unit with a note, and one in German only.
const xliffTMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
<body>
<tu tuid="a1"><note>checked</note><tuv xml:lang="en"><seg>Text in <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept>, <ph x="2" type="x-img" assoc="f">&lt;img/&gt;</ph> <hi type="term">word</hi> <it pos="begin">&lt;i&gt;</it>x <ut>{1}</ut> <bpt i="2" type="ulined">&lt;u&gt;</bpt>u<ept i="2">&lt;/u&gt;</ept> <ph>&lt;a title="<sub>Title &amp; co</sub>"&gt;</ph></seg></tuv>
<tuv xml:lang="fr"><seg>Texte en <bpt i="1" x="1">&lt;b&gt;</bpt>gras<ept i="1">&lt;/b&gt;</ept>, <ph x="2">&lt;img/&gt;</ph> <hi>mot</hi> <it pos="end">&lt;/i&gt;</it>x</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Plain &amp; simple "quote"</seg></tuv><tuv xml:lang="fr"><seg>Simple &lt;et&gt; clair</seg></tuv></tu>
<tu><tuv xml:lang="de"><seg>Nur Deutsch</seg></tuv><tuv xml:lang="en"><seg>German only</seg></tuv></tu>
</body></tmx>
`

// TestExportXLIFF: tm export --format xliff writes the pairs of a language
// pair as an XLIFF 1.2 document that the strict schema validates and
// Translate Toolkit reads, whose target states say how far each pair is
// to be trusted, and which bitext imports again to the same pairs with
// the same inline codes.
func TestExportXLIFF(t *testing.T) {
	d := openTemp(t)
	if _, err := d.ImportFile(ctx, strings.NewReader(xliffTMX), "in.tmx", tm.ImportFileOptions{}); err != nil {
		t.Fatal(err)
	}
	aligned := func(src, tgt string, o tm.Origin) tm.Unit {
		u := pair(src, tgt)
		u.Origin = o
		return u
	}
	if _, err := d.Import(ctx, seq(
		aligned("The minister arrived.", "Le ministre est arrivé.", tm.Origin{SrcDoc: "a.en", TgtDoc: "a.fr", Score: 0.93}),
		func() tm.Unit { // its context goes out as a <context-group>, which the schema checks
			u := aligned("He left.", "Il est parti.", tm.Origin{SrcDoc: "a.en", TgtDoc: "a.fr", Score: 0.42})
			u.Prev, u.Next = "The minister arrived.", "They met."
			return u
		}(),
		aligned("They met.", "Ils se sont vus.", tm.Origin{File: tm.ReviewedFile, SrcDoc: "a.en", TgtDoc: "a.fr", Score: 0.42}),
	), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	opt := tm.ExportOptions{Format: tm.FormatXLIFF, Src: language.English, Tgt: language.French, ToolVersion: "test"}
	if err := d.Export(ctx, &buf, opt); err != nil {
		t.Fatal(err)
	}
	out := buf.Bytes()
	us := readXLIFF(t, out)
	type row struct{ src, tgt, state, approved, resname, notes string }
	var got []row
	for _, u := range us {
		var notes []string
		for _, n := range u.Notes {
			notes = append(notes, n.Text)
		}
		got = append(got, row{u.Source.Text, u.Target.Text, u.State, u.Approved, u.ResName, strings.Join(notes, "|")})
		if u.Source.Lang != "en" || u.Target.Lang != "fr" {
			t.Errorf("unit %s: languages %q, %q; want en, fr", u.ID, u.Source.Lang, u.Target.Lang)
		}
	}
	want := []row{
		{"Text in bold,  word x  u ", "Texte en gras,  mot x", "translated", "", "a1", "checked"},
		{`Plain & simple "quote"`, "Simple <et> clair", "translated", "", "", ""},
		{"The minister arrived.", "Le ministre est arrivé.", "translated", "", "", "aligned pair scored 0.93 (a.en / a.fr)"},
		{"He left.", "Il est parti.", "needs-review-translation", "", "", "aligned pair scored 0.42 (a.en / a.fr)"},
		{"They met.", "Ils se sont vus.", "signed-off", "yes", "", "aligned pair scored 0.42, confirmed by a reviewer"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("exported units:\n%q\nwant\n%q\n%s", got, want, out)
	}
	if first := us[0]; !strings.Contains(first.Source.Markup, `<bpt id="1" rid="1" ctype="bold">&lt;b&gt;</bpt>`) ||
		!strings.Contains(first.Target.Markup, `<bpt id="1" rid="1">&lt;b&gt;</bpt>`) || !strings.Contains(first.Target.Markup, `<ph id="2">`) {
		t.Errorf("the codes of the source and the target do not keep their TMX x as id:\n%s\n%s", first.Source.Markup, first.Target.Markup)
	}

	// Imported again, the same pairs with the same codes.
	d2 := openTemp(t)
	st, err := d2.ImportFile(ctx, bytes.NewReader(out), "tm.xlf", tm.ImportFileOptions{})
	if err != nil || st.Read != len(want) {
		t.Fatalf("import of the export: %+v, %v; want %d units read", st, err, len(want))
	}
	codes := func(d *tm.DB) (rows [][4]string) {
		for u, err := range d.Units(ctx, tm.ExportOptions{Src: language.English, Tgt: language.French}) {
			if err != nil {
				t.Fatal(err)
			}
			rows = append(rows, [4]string{u.Variants[0].Text, u.Variants[1].Text, elementNames(t, u.Variants[0].Markup), elementNames(t, u.Variants[1].Markup)})
		}
		return rows
	}
	if a, b := codes(d), codes(d2); !slices.Equal(a, b) {
		t.Errorf("imported again:\n%q\nwant\n%q", b, a)
	}

	t.Run("schema", func(t *testing.T) { validXLIFFStrict(t, out) })
	t.Run("translate-toolkit", func(t *testing.T) {
		py := "/usr/bin/python3"
		if err := exec.Command(py, "-c", "from translate.storage import xliff").Run(); err != nil {
			t.Skip("Translate Toolkit not installed (Debian python3-translate): skipped")
		}
		f := filepath.Join(t.TempDir(), "tm.xlf")
		if err := os.WriteFile(f, out, 0o644); err != nil {
			t.Fatal(err)
		}
		script := `import json, sys
from translate.storage import xliff
f = xliff.xlifffile(open(sys.argv[1], "rb"))
print(json.dumps([[str(u.source), str(u.target)] for u in f.units]))`
		msg, err := exec.Command(py, "-c", script, f).Output()
		if err != nil {
			t.Fatalf("Translate Toolkit: %v\n%s", err, msg)
		}
		var tt [][2]string
		if err := json.Unmarshal(msg, &tt); err != nil {
			t.Fatalf("Translate Toolkit output %q: %v", msg, err)
		}
		if len(tt) != len(want) || tt[1] != [2]string{`Plain & simple "quote"`, "Simple <et> clair"} || tt[4][1] != "Ils se sont vus." {
			t.Errorf("Translate Toolkit read %q", tt)
		}
	})

	if err := d.Export(ctx, &buf, tm.ExportOptions{Format: tm.FormatXLIFF, Src: language.English}); !errors.Is(err, tm.ErrNeedPair) {
		t.Errorf("an XLIFF export without a target language: %v; want ErrNeedPair", err)
	}
}

// elementNames lists the inline elements of TMX markup in order, the
// XLIFF round trip's invariant (XLIFFToTMX numbers i afresh and writes
// <ut> as <ph>, mrk's mtype as hi's type).
func elementNames(t *testing.T, markup string) string {
	t.Helper()
	var names []string
	for _, m := range regexpTag.FindAllStringSubmatch(markup, -1) {
		n := m[1]
		if n == "ut" {
			n = "ph"
		}
		names = append(names, n)
	}
	return strings.Join(names, " ")
}

var regexpTag = regexp.MustCompile(`<(bpt|ept|ph|it|hi|ut|sub)\b`)

// TestTMXToXLIFF converts each TMX inline element, and what it converts
// XLIFF reads back to the same plain text, which XLIFFToTMX turns into
// TMX with the same plain text again.
func TestTMXToXLIFF(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"a &amp; b", "a &amp; b"},
		{`<bpt i="1" type="bold">&lt;b&gt;</bpt>x<ept i="1">&lt;/b&gt;</ept>`, `<bpt id="1" rid="1" ctype="bold">&lt;b&gt;</bpt>x<ept id="2" rid="1">&lt;/b&gt;</ept>`},
		{`<bpt i="3" x="7" type="color">c</bpt>x<ept i="3">/c</ept>`, `<bpt id="7" rid="3" ctype="x-color">c</bpt>x<ept id="1" rid="3">/c</ept>`},
		{`<ph x="1" type="x-img" assoc="p">&lt;br/&gt;</ph><ph x="1">y</ph>`, `<ph id="1" assoc="preceding" ctype="x-img">&lt;br/&gt;</ph><ph id="2">y</ph>`},
		{`<it pos="begin" type="ulined">&lt;u&gt;</it>x<it pos="end">&lt;/u&gt;</it>`, `<it id="1" pos="open" ctype="underlined">&lt;u&gt;</it>x<it id="2" pos="close">&lt;/u&gt;</it>`},
		{`<hi type="term">a</hi><hi>b</hi><hi type="x-y">c</hi><hi type="emph">d</hi>`, `<mrk mtype="term">a</mrk><mrk mtype="x-hi">b</mrk><mrk mtype="x-y">c</mrk><mrk mtype="x-emph">d</mrk>`},
		{`<ut>{1}</ut>`, `<ph id="1">{1}</ph>`},
		{`<ph>&lt;a t="<sub datatype="plaintext">T &amp; c</sub>"&gt;</ph>`, `<ph id="1">&lt;a t="<sub datatype="plaintext">T &amp; c</sub>"&gt;</ph>`},
		{`<bpt i="1"/>x<ept i="1"/>`, `<bpt id="1" rid="1"></bpt>x<ept id="2" rid="1"></ept>`},
		// A code whose data is the XLIFF placeholder it was read from is
		// that placeholder again; anything else stays a code.
		{`Hi <ph x="INTERPOLATION">&lt;x id="INTERPOLATION" equiv-text="{{ name }}"/&gt;</ph>!`, `Hi <x id="INTERPOLATION" equiv-text="{{ name }}"/>!`},
		{`<ph x="1" type="x-a">&lt;x id="1" ctype="x-a" equiv-text="&amp;lt;a&gt;"/&gt;</ph><ph x="1">y</ph>`, `<x id="1" ctype="x-a" equiv-text="&lt;a>"/><ph id="2">y</ph>`},
		{`<it pos="begin" x="1">&lt;bx id="1" rid="r1" ctype="bold" clone="no"/&gt;</it>x<it pos="end" x="2">&lt;ex id="2" rid="r1"/&gt;</it>`, `<bx id="1" rid="r1" ctype="bold" clone="no"/>x<ex id="2" rid="r1"/>`},
		{`<ph x="1">&lt;x id="1" foo="b"/&gt;</ph>`, `<ph id="1">&lt;x id="1" foo="b"/&gt;</ph>`},
		{`<ph x="1">&lt;x id="1" ctype="bold"/&gt;</ph>`, `<ph id="1">&lt;x id="1" ctype="bold"/&gt;</ph>`},
		{`<ph x="1">&lt;x id="1" xmlns:a="urn:a" a:b="c"/&gt;</ph>`, `<ph id="1">&lt;x id="1" xmlns:a="urn:a" a:b="c"/&gt;</ph>`},
		{`<ph x="1">&lt;bx id="1"/&gt;</ph>`, `<ph id="1">&lt;bx id="1"/&gt;</ph>`},
		{`<it pos="end">&lt;bx id="1"/&gt;</it>`, `<it id="1" pos="close">&lt;bx id="1"/&gt;</it>`},
		{`<ph>&lt;x/&gt;</ph>`, `<ph id="1">&lt;x/&gt;</ph>`},
		{`<ph>&lt;x id="1"/&gt;&lt;x id="2"/&gt;</ph>`, `<ph id="1">&lt;x id="1"/&gt;&lt;x id="2"/&gt;</ph>`},
		{`<ph>&lt;x id="1"&gt;t&lt;/x&gt;</ph>`, `<ph id="1">&lt;x id="1"&gt;t&lt;/x&gt;</ph>`},
		{`<ph>&lt;x id="1"/&gt; </ph>`, `<ph id="1">&lt;x id="1"/&gt; </ph>`},
	} {
		got, err := tm.TMXToXLIFF(c.in)
		if err != nil || got != c.want {
			t.Errorf("TMXToXLIFF(%q) = %q, %v; want %q", c.in, got, err, c.want)
			continue
		}
		checkTMXToXLIFF(t, c.in, got)
	}
	if _, err := tm.TMXToXLIFF(`<b>x</b>`); err == nil {
		t.Errorf("TMXToXLIFF of an element TMX has not: no error")
	}
}

// checkTMXToXLIFF checks that XLIFF markup x converted from TMX markup in
// has the plain text of in, and converts back to TMX with it.
func checkTMXToXLIFF(t *testing.T, in, x string) {
	t.Helper()
	want, err := tmx.PlainText(in)
	if err != nil {
		t.Fatalf("tmx.PlainText(%q): %v", in, err)
	}
	text, _, err := xliff.Parse(x)
	if err != nil || text != want {
		t.Fatalf("xliff.Parse(%q) = %q, %v; want %q (from %q)", x, text, err, want, in)
	}
	back, err := tm.XLIFFToTMX(x)
	if err != nil {
		t.Fatalf("XLIFFToTMX(%q): %v", x, err)
	}
	if text, err := tmx.PlainText(back); err != nil || text != want {
		t.Fatalf("back to TMX %q: plain text %q, %v; want %q", back, text, err, want)
	}
}

// FuzzTMXToXLIFF: any markup the TMX reader takes converts to XLIFF
// markup the XLIFF reader takes, with the same plain text both ways.
func FuzzTMXToXLIFF(f *testing.F) {
	for _, s := range []string{"a", `<bpt i="1">b</bpt>x<ept i="1">/b</ept>`, `<ph x="1">&lt;br/&gt;</ph>`,
		`<it pos="end">e</it>`, `<hi type="term">t<hi>u</hi></hi>`, `<ph x="1">&lt;x id="1" equiv-text="a"/&gt;</ph>`, `<ph>p<sub>s<bpt i="2">q</bpt></sub></ph>`, `<ut>u</ut>`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if _, err := tmx.PlainText(in); err != nil {
			return
		}
		x, err := tm.TMXToXLIFF(in)
		if err != nil {
			t.Fatalf("TMXToXLIFF(%q): %v", in, err)
		}
		if in != "" {
			checkTMXToXLIFF(t, in, x)
		}
	})
}

// angularXLIFF is an XLIFF 1.2 file as Angular's extractor and
// xliffmerge write it: placeholders as <x/> with equiv-text, a link as a
// pair of <x/> with ctype x-a, a line break with ctype lb.
const angularXLIFF = `<?xml version="1.0" encoding="UTF-8" ?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" datatype="plaintext" original="ng2.template" target-language="de">
    <body>
      <trans-unit id="greeting" datatype="html">
        <source>Hello <x id="INTERPOLATION" equiv-text="{{ name }}"/>, you have <x id="INTERPOLATION_1" equiv-text="{{ count }}"/> messages.</source>
        <target state="translated">Hallo <x id="INTERPOLATION" equiv-text="{{ name }}"/>, Sie haben <x id="INTERPOLATION_1" equiv-text="{{ count }}"/> Nachrichten.</target>
      </trans-unit>
      <trans-unit id="link" datatype="html">
        <source>Read the <x id="START_LINK" ctype="x-a" equiv-text="&lt;a href=&quot;/docs&quot;&gt;"/>guide<x id="CLOSE_LINK" ctype="x-a" equiv-text="&lt;/a&gt;"/> first.</source>
        <target state="final">Lesen Sie zuerst die <x id="START_LINK" ctype="x-a" equiv-text="&lt;a href=&quot;/docs&quot;&gt;"/>Anleitung<x id="CLOSE_LINK" ctype="x-a" equiv-text="&lt;/a&gt;"/>.</target>
      </trans-unit>
      <trans-unit id="br" datatype="html">
        <source>First line<x id="LINE_BREAK" ctype="lb" equiv-text="&lt;br/&gt;"/>second line</source>
        <target state="translated">Erste Zeile<x id="LINE_BREAK" ctype="lb" equiv-text="&lt;br/&gt;"/>zweite Zeile</target>
      </trans-unit>
    </body>
  </file>
</xliff>
`

// TestExportXLIFFAngularPlaceholders: an Angular XLIFF file imported and
// exported as XLIFF has its <x/> placeholders back as they were (Angular's
// tooling reads no <ph> holding an escaped <x>), in a file the strict
// schema validates; the TMX export still holds each as the native code
// of a <ph>.
func TestExportXLIFFAngularPlaceholders(t *testing.T) {
	d := openTemp(t)
	if st, err := d.ImportFile(ctx, strings.NewReader(angularXLIFF), "messages.de.xlf", tm.ImportFileOptions{}); err != nil || st.Added != 3 {
		t.Fatalf("import: %+v, %v; want 3 units added", st, err)
	}
	var buf bytes.Buffer
	if err := d.Export(ctx, &buf, tm.ExportOptions{Format: tm.FormatXLIFF, Src: language.English, Tgt: language.German, ToolVersion: "test"}); err != nil {
		t.Fatal(err)
	}
	out := buf.Bytes()
	if got, want := placeholders(t, out), placeholders(t, []byte(angularXLIFF)); len(want) != 10 || !slices.Equal(got, want) {
		t.Errorf("the export's <x> elements:\n%q\nwant the input's:\n%q\n%s", got, want, out)
	}
	if bytes.Contains(out, []byte("<ph")) {
		t.Errorf("the export has a <ph>:\n%s", out)
	}
	buf.Reset()
	if err := d.Export(ctx, &buf, tm.ExportOptions{Format: tm.FormatTMX, ToolVersion: "test"}); err != nil {
		t.Fatal(err)
	}
	if want := `<seg>Hello <ph x="INTERPOLATION">&lt;x id="INTERPOLATION" equiv-text="{{ name }}"/&gt;</ph>, you have `; !strings.Contains(buf.String(), want) {
		t.Errorf("TMX export has no %s:\n%s", want, buf.String())
	}
	t.Run("schema", func(t *testing.T) { validXLIFFStrict(t, out) })
}

// placeholders returns the <x> elements of an XLIFF document's sources and
// targets, each as its parent's name and its attributes, sorted.
func placeholders(t *testing.T, doc []byte) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var out []string
	in := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "source", "target":
				in = tok.Name.Local
			case "x":
				s := in
				for _, a := range tok.Attr {
					s += fmt.Sprintf(" %s=%q", a.Name.Local, a.Value)
				}
				out = append(out, s)
			}
		case xml.EndElement:
			if tok.Name.Local == "source" || tok.Name.Local == "target" {
				in = ""
			}
		}
	}
	slices.Sort(out)
	return out
}

// validXLIFFStrict fails t unless xmllint validates doc against XLIFF
// 1.2's strict schema, and skips t where xmllint is not installed.
func validXLIFFStrict(t *testing.T, doc []byte) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (Debian libxml2-utils): schema validation skipped")
	}
	f := filepath.Join(t.TempDir(), "tm.xlf")
	if err := os.WriteFile(f, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	if msg, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", "xliff/testdata/xliff-core-1.2-strict.xsd", f).CombinedOutput(); err != nil {
		t.Errorf("xmllint --schema strict: %v\n%s\n%s", err, msg, doc)
	}
}
