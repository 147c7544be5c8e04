package tm_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

// readUnits reads the units of a TMX document, with its warnings.
func readUnits(t *testing.T, data []byte) (units []tm.Unit, warnings []string) {
	t.Helper()
	r, err := tmx.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	r.Warn = func(e *tmx.Error) { warnings = append(warnings, e.Error()) }
	for u, err := range tm.ReadTMX(r) {
		if err != nil {
			t.Fatal(err)
		}
		units = append(units, u)
	}
	return units, warnings
}

// unitKey is a unit as text, for comparing sets of units.
func unitKey(u tm.Unit) string { return fmt.Sprintf("%+v", u) }

// TestTMXFilesRoundTrip imports each TMX file into a new TM, exports it
// and reads the export: every distinct unit that went in comes out once,
// with its tuid, context props, notes, attributes and dates. Units that
// are the same in all of that are one unit. A unit without a creation
// date comes out with the import's.
func TestTMXFilesRoundTrip(t *testing.T) {
	shared, _ := filepath.Glob("../../shared/data/tmx/samples/*.tmx")
	if len(shared) == 0 {
		t.Log("../shared/data/tmx/samples is not here: only the files of testdata are tried")
	}
	own, _ := filepath.Glob("testdata/*.tmx")
	files := append(shared, own...)
	if len(shared) == 0 {
		files = append(files, "tmx/testdata/lisakit_ImportTest2A_inline_utf16le.tmx")
	}
	for _, f := range files {
		if strings.Contains(f, "NEGATIVE") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			in, _ := readUnits(t, data)
			d := openTemp(t)
			before := time.Now().UTC().Truncate(time.Second)
			st, err := d.ImportFile(ctx, bytes.NewReader(data), f, tm.ImportFileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]int{} // distinct units in, each with its count
			for _, u := range in {
				want[unitKey(u)]++
			}
			if st.Read != len(in) || st.Added != len(want) || st.Added+st.Merged != st.Read {
				t.Errorf("import = %+v; want %d read, %d added (the distinct units)", st, len(in), len(want))
			}
			var buf bytes.Buffer
			if err := d.Export(ctx, &buf, tm.ExportOptions{}); err != nil {
				t.Fatal(err)
			}
			out, _ := readUnits(t, buf.Bytes())
			if len(out) != len(want) {
				t.Errorf("exported %d units; want %d", len(out), len(want))
			}
			for _, u := range out {
				if u.Origin.File != filepath.Base(f) {
					t.Errorf("unit %q: origin file %q; want %q", u.Variants[0].Text, u.Origin.File, filepath.Base(f))
				}
				u.Origin.File = ""
				k := unitKey(u)
				if want[k] == 0 && u.Created.After(before.Add(-time.Second)) {
					// A unit without a creation date got the import's.
					u.Created, k = time.Time{}, ""
					k = unitKey(u)
				}
				if want[k] == 0 {
					t.Errorf("exported a unit that was not imported (or changed):\n%+v", u)
					continue
				}
				delete(want, k)
			}
			for k := range want {
				t.Errorf("unit lost on the way:\n%s", k)
			}
		})
	}
}

// The DGT-TM-style file: DA-01 is read as da, with one warning, and the
// units that differ only by their document number (a Txt::Note prop) are
// both kept.
func TestDGTStyleImport(t *testing.T) {
	data, err := os.ReadFile("testdata/dgt_style_da-01.tmx")
	if err != nil {
		t.Fatal(err)
	}
	d := openTemp(t)
	var warnings []string
	st, err := d.ImportFile(ctx, bytes.NewReader(data), "dgt_style_da-01.tmx", tm.ImportFileOptions{ReadOptions: tm.ReadOptions{
		Warn: func(e *tmx.Error) { warnings = append(warnings, e.Error()) }}})
	if err != nil || st.Added != 4 {
		t.Fatalf("import = %+v, %v; want 4 added", st, err)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], `"DA-01" read as da (01 dropped`) {
		t.Errorf("warnings = %q; want one about DA-01", warnings)
	}
	s, _ := d.Stats(ctx)
	if fmt.Sprint(s.Langs) == "" || s.Units != 4 {
		t.Errorf("stats = %+v; want 4 units", s)
	}
	found := false
	for _, l := range s.Langs {
		if l.Lang.String() == "da" && l.Count == 4 {
			found = true
		}
	}
	if !found {
		t.Errorf("languages = %+v; want da with 4 segments", s.Langs)
	}
}

// Units made in code: a unit's own context is identity and comes back
// out; the context Import derives for sequential input is not (the same
// pair in two documents is one unit).
func TestIdentityOfContext(t *testing.T) {
	d := openTemp(t)
	a, b := pair("Save", "Enregistrer"), pair("Save", "Enregistrer")
	a.Prev, b.Prev = "Open a file.", "Close the file."
	c := pair("Save", "Enregistrer")
	c.ID = "tu-9"
	st, err := d.Import(ctx, seq(a, b, c, pair("Save", "Enregistrer")), tm.ImportOptions{})
	if err != nil || st.Added != 4 {
		t.Fatalf("import = %+v, %v; want 4 units (two contexts, a tuid, none)", st, err)
	}
	st, err = d.Import(ctx, seq(a, b, c), tm.ImportOptions{})
	if err != nil || st.Merged != 3 {
		t.Fatalf("import again = %+v, %v; want 3 merged", st, err)
	}
	var prevs []string
	for u, err := range d.Units(ctx, tm.ExportOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		if len(u.Props) != 0 {
			t.Errorf("unit %d props = %+v; want none (the context is Prev)", len(prevs), u.Props)
		}
		prevs = append(prevs, u.Prev)
	}
	if fmt.Sprint(prevs) != "[Open a file. Close the file.  ]" {
		t.Errorf("Prev of the units = %q; want each unit's own", prevs)
	}
	// Sequential pairs: the same pair in two documents is one unit.
	d2 := openTemp(t)
	for _, doc := range []string{"a.tsv", "b.tsv"} {
		if _, err := d2.Import(ctx, seq(pair("One.", "Un."), pair("Save", "Enregistrer"), pair("Two "+doc, "Deux")),
			tm.ImportOptions{File: doc, Sequential: true}); err != nil {
			t.Fatal(err)
		}
	}
	if s, _ := d2.Stats(ctx); s.Units != 4 {
		t.Errorf("units of two sequential imports = %d; want 4 (two shared pairs merged)", s.Units)
	}
	// Importing its own export again merges every unit.
	var buf bytes.Buffer
	if err := d2.Export(ctx, &buf, tm.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	st, err = d2.ImportFile(ctx, &buf, "again.tmx", tm.ImportFileOptions{})
	if err != nil || st.Added != 0 || st.Merged != 4 {
		t.Errorf("import of the export = %+v, %v; want 4 merged", st, err)
	}
	st, err = d.ImportFile(ctx, bytes.NewReader(exportOf(t, d)), "again.tmx", tm.ImportFileOptions{})
	if err != nil || st.Added != 0 || st.Merged != 4 {
		t.Errorf("import of the export = %+v, %v; want 4 merged", st, err)
	}
}

func exportOf(t *testing.T, d *tm.DB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := d.Export(ctx, &buf, tm.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Export writes the creation date and id of the import for a unit that
// came without them.
func TestExportDates(t *testing.T) {
	d := openTemp(t)
	if _, err := d.Import(ctx, seq(pair("Save", "Enregistrer")), tm.ImportOptions{By: "anna"}); err != nil {
		t.Fatal(err)
	}
	out := string(exportOf(t, d))
	if !strings.Contains(out, `creationid="anna"`) || !strings.Contains(out, `creationdate="20`) {
		t.Errorf("export = %s; want the import's creationdate and creationid", out)
	}
}

// TestTMXHeaderRoundTrip imports each TMX file into a new TM and exports
// its document (ExportOptions.Filter.Doc): the export's header has the
// file's props, notes and user-defined encodings, each in its order, and
// every attribute of the file's header but creationtool and
// creationtoolversion, which name bitext (the tool that wrote the export),
// with the same value (srclang, xml:lang as the reader writes them).
func TestTMXHeaderRoundTrip(t *testing.T) {
	shared, _ := filepath.Glob("../../shared/data/tmx/samples/*.tmx")
	own, _ := filepath.Glob("testdata/*.tmx")
	foreign, _ := filepath.Glob("testdata/foreign/*.[tT][mM][xX]")
	files := append(append(shared, own...), foreign...)
	if len(shared) == 0 {
		files = append(files, "tmx/testdata/lisakit_ImportTest1L_props_notes.tmx")
	}
	withMeta := 0
	for _, f := range files {
		if strings.Contains(f, "NEGATIVE") || strings.Contains(f, "invalid") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r, err := tmx.NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			in := r.Header()
			if len(in.Props)+len(in.Notes) > 0 {
				withMeta++
			}
			d := openTemp(t)
			name := filepath.Base(f)
			if _, err := d.ImportFile(ctx, bytes.NewReader(data), name, tm.ImportFileOptions{}); err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := d.Export(ctx, &buf, tm.ExportOptions{ToolVersion: "9.9", Filter: tm.UnitFilter{Doc: name}}); err != nil {
				t.Fatal(err)
			}
			r, err = tmx.NewReader(&buf)
			if err != nil {
				t.Fatal(err)
			}
			out := r.Header()
			if fmt.Sprint(out.Props) != fmt.Sprint(in.Props) || fmt.Sprint(out.Notes) != fmt.Sprint(in.Notes) {
				t.Errorf("exported header props, notes = %+v, %+v; want the file's %+v, %+v", out.Props, out.Notes, in.Props, in.Notes)
			}
			if fmt.Sprint(out.UDEs) != fmt.Sprint(in.UDEs) {
				t.Errorf("exported header UDEs = %+v; want the file's %+v", out.UDEs, in.UDEs)
			}
			for _, a := range in.Attrs {
				if a.Name == "creationtool" || a.Name == "creationtoolversion" {
					continue
				}
				if got := tmx.Get(out.Attrs, a.Name); got != a.Value {
					t.Errorf("exported header %s=%q; want the file's %q", a.Name, got, a.Value)
				}
			}
			if tmx.Get(out.Attrs, "creationtool") != "bitext" || tmx.Get(out.Attrs, "creationtoolversion") != "9.9" {
				t.Errorf("exported header attributes %+v; want creationtool bitext 9.9", out.Attrs)
			}
		})
	}
	if withMeta == 0 {
		t.Error("no file with header props or notes was tried")
	}
}

// TestTMXHeaderSrcLang: the export of a document keeps its file's srclang
// when its units have that language, writes the export's source language
// when it has a pair, and "*all*" when no unit of the document has a
// variant in the file's srclang any more; a document not imported from a
// TMX file, and the whole TM, have bitext's header.
func TestTMXHeaderSrcLang(t *testing.T) {
	const file = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="Trados" creationtoolversion="7" segtype="sentence" o-tmf="TW4Win 2.0 Format" adminlang="en-US" srclang="%s" datatype="rtf" creationdate="20050101T120000Z" creationid="ANNA">
<prop type="x-Client:SingleString">ACME</prop><note>for ACME only</note></header>
<body><tu><tuv xml:lang="en-US"><seg>Open %s.</seg></tuv><tuv xml:lang="fr-FR"><seg>Ouvrez %[2]s.</seg></tuv></tu></body></tmx>`
	export := func(d *tm.DB, opt tm.ExportOptions) tmx.Header {
		t.Helper()
		var buf bytes.Buffer
		if err := d.Export(ctx, &buf, opt); err != nil {
			t.Fatal(err)
		}
		r, err := tmx.NewReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		return r.Header()
	}
	d := openTemp(t)
	for _, c := range []struct{ name, srclang string }{{"acme.tmx", "en-US"}, {"gone.tmx", "de-DE"}} {
		if _, err := d.ImportFile(ctx, strings.NewReader(fmt.Sprintf(file, c.srclang, c.name)), c.name, tm.ImportFileOptions{}); err != nil {
			t.Fatal(err)
		}
		d.Add(ctx, tm.Unit{Variants: []tm.Variant{{Lang: language.English, Text: c.name + " one."}, {Lang: language.French, Text: "Un."}}})
	}
	if _, err := d.ImportFile(ctx, strings.NewReader("Save.\tEnregistrer.\n"), "pairs.tsv", tm.ImportFileOptions{ReadOptions: tm.ReadOptions{Src: language.English, Tgt: language.French}}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		opt               tm.ExportOptions
		srclang, creation string
	}{
		{tm.ExportOptions{Filter: tm.UnitFilter{Doc: "acme.tmx"}}, "en-US", "20050101T120000Z"},
		{tm.ExportOptions{Filter: tm.UnitFilter{Doc: "acme.tmx"}, Src: language.MustParse("fr-FR"), Tgt: language.MustParse("en-US")}, "fr-FR", "20050101T120000Z"},
		{tm.ExportOptions{Filter: tm.UnitFilter{Doc: "gone.tmx"}}, "*all*", "20050101T120000Z"},
		{tm.ExportOptions{Filter: tm.UnitFilter{Doc: "pairs.tsv"}}, "*all*", ""},
		{tm.ExportOptions{}, "*all*", ""},
	} {
		h := export(d, c.opt)
		if got := tmx.Get(h.Attrs, "srclang"); got != c.srclang {
			t.Errorf("export %+v: srclang %q; want %q", c.opt, got, c.srclang)
		}
		if got := tmx.Get(h.Attrs, "creationdate"); got != c.creation {
			t.Errorf("export %+v: creationdate %q; want %q", c.opt, got, c.creation)
		}
		file := c.creation != ""
		if got := len(h.Props) == 1 && len(h.Notes) == 1 && tmx.Get(h.Attrs, "o-tmf") == "TW4Win 2.0 Format"; got != file {
			t.Errorf("export %+v: header %+v; the file's props, notes and o-tmf: %v, want %v", c.opt, h, got, file)
		}
		if tmx.Get(h.Attrs, "creationtool") != "bitext" {
			t.Errorf("export %+v: creationtool %q; want bitext", c.opt, tmx.Get(h.Attrs, "creationtool"))
		}
	}
}

// TestTMXNoteEncodingKept: the o-encoding of a note or prop, in the header
// as in a unit and its variants, is stored and exported (it was dropped:
// tmx.Note and tmx.Prop had no place for it).
func TestTMXNoteEncodingKept(t *testing.T) {
	data, err := os.ReadFile("tmx/testdata/lisakit_ImportTest1L_props_notes.tmx")
	if err != nil {
		t.Fatal(err)
	}
	d := openTemp(t)
	const name = "lisakit.tmx"
	if _, err := d.ImportFile(ctx, bytes.NewReader(data), name, tm.ImportFileOptions{}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := d.Export(ctx, &buf, tm.ExportOptions{Filter: tm.UnitFilter{Doc: name}}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`o-encoding="iso-8859-1">Text of header note 1</note>`,
		`<prop type="myPropeType" xml:lang="en-US" o-encoding="iso-8859-1">Data</prop>`,
		`o-encoding="iso-8859-1">Text of tu note 2</note>`,
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("export of %s:\n%s\nwant %s", name, buf.String(), want)
		}
	}
	r, err := tmx.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	tu, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	if len(tu.Variants) == 0 || len(tu.Variants[0].Notes) == 0 || tu.Variants[0].Notes[0].Encoding != "iso-8859-1" {
		t.Errorf("exported first unit = %+v; want its variant's note with o-encoding iso-8859-1", tu)
	}
}
