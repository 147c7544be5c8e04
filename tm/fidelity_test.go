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
