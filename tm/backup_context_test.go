package tm_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// TestExportKeepsDerivedContext: a TM's TMX export imported into an empty
// TM (a backup restored) keeps the context that Import derived for an
// aligner's pairs (Sequential), which is stored as hashes only: a lookup
// with the same neighbours is a context match (101) in the restored TM as
// in the first. Before, the export had no trace of it and the restored TM
// answered 100 (exact) where the first answered 101; the exports of the
// two were the same byte for byte, so no check of the backup said so. The
// restored TM's export is the first's, and importing it again merges.
func TestExportKeepsDerivedContext(t *testing.T) {
	first := openTemp(t)
	doc := []tm.Unit{unit(language.English, language.French, "The talks began.", "Les pourparlers ont commencé."),
		unit(language.English, language.French, "Yes.", "Oui."),
		unit(language.English, language.French, "The talks ended.", "Les pourparlers ont pris fin.")}
	for i := range doc {
		doc[i].Origin = tm.Origin{File: "story.en.txt", SrcDoc: "story.en.txt", TgtDoc: "story.fr.txt", Score: 0.9}
	}
	if _, err := first.Import(ctx, seq(doc...), tm.ImportOptions{Sequential: true}); err != nil {
		t.Fatal(err)
	}
	export := func(d *tm.DB) string {
		t.Helper()
		var b bytes.Buffer
		if err := d.Export(ctx, &b, tm.ExportOptions{}); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	backup := export(first)
	if n := strings.Count(backup, `<prop type="x-bitext-context">`); n != 3 {
		t.Errorf("export has %d x-bitext-context props; want 3 (one a unit):\n%s", n, backup)
	}
	restored := openTemp(t)
	if _, err := restored.ImportFile(ctx, strings.NewReader(backup), "backup.tmx", tm.ImportFileOptions{}); err != nil {
		t.Fatal(err)
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French, Prev: "The talks began.", Next: "The talks ended."}
	for name, d := range map[string]*tm.DB{"first": first, "restored": restored} {
		ms, err := d.Lookup(ctx, "Yes.", opt)
		if err != nil || len(ms) != 1 || ms[0].Score != tm.ContextScore || ms[0].Kind != tm.KindContext {
			t.Errorf("%s: Lookup(Yes.) between its neighbours = %+v, %v; want one context match (101)", name, ms, err)
		}
		other := opt
		other.Prev = "Something else."
		if ms, err := d.Lookup(ctx, "Yes.", other); err != nil || len(ms) != 1 || ms[0].Kind != tm.KindExact {
			t.Errorf("%s: Lookup(Yes.) after another sentence = %+v, %v; want one exact match (100)", name, ms, err)
		}
	}
	if again := export(restored); again != backup {
		t.Errorf("the restored TM's export differs from the first's:\n%s\nwant\n%s", again, backup)
	}
	st, err := restored.ImportFile(ctx, strings.NewReader(backup), "backup.tmx", tm.ImportFileOptions{})
	if err != nil || st.Added != 0 || st.Merged != 3 {
		t.Errorf("the export imported again: %+v, %v; want 3 merged", st, err)
	}
}
