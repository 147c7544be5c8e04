package postgres

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres/pgtest"
	"github.com/bitext/bitext/tm/sqlite"
)

// TestCopyRoundTrip: the TMX samples (the repo's copy of ../shared/data/tmx/samples
// in tm/tmx/testdata, so that it runs in any checkout) imported into SQLite, copied to
// PostgreSQL and back into a new SQLite file come back unit for unit
// (everything stored but the unit ids), and lookups answer the same.
func TestCopyRoundTrip(t *testing.T) {
	pg := tm.New(openTemp(t))
	dir := t.TempDir()
	var origStore tm.Store
	open := func(name string) *tm.DB {
		s, err := sqlite.Open(ctx, filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if origStore == nil {
			origStore = s
		}
		d := tm.New(s)
		t.Cleanup(func() { d.Close() })
		return d
	}
	orig, back := open("orig.db"), open("back.db")
	files, _ := filepath.Glob("../tmx/testdata/*.tmx")
	if len(files) == 0 {
		t.Skip("no TMX samples in tm/tmx/testdata (the repo's copy of ../shared/data/tmx/samples): is the checkout whole?")
	}
	imported := 0
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		st, err := orig.ImportFile(ctx, r, filepath.Base(f), tm.ImportFileOptions{})
		r.Close()
		if err == nil {
			imported += st.Added
		}
	}
	if imported < 100 {
		t.Fatalf("imported %d units from %d files; want a real sample", imported, len(files))
	}
	// A document first stored long ago: the copies keep the date.
	long := time.Date(2020, 5, 6, 7, 8, 9, 0, time.UTC)
	docs, err := orig.Documents(ctx)
	if err != nil || len(docs) == 0 {
		t.Fatalf("Documents() = %v, %v", docs, err)
	}
	if err := origStore.Write(ctx, func(w tm.Writer) error {
		return w.LogImport(ctx, tm.ImportRecord{File: docs[0].Name, Time: long})
	}); err != nil {
		t.Fatal(err)
	}
	st, err := pg.Copy(ctx, orig, tm.CopyOptions{})
	if err != nil || st.Added != imported || st.Units != imported {
		t.Fatalf("copy to PostgreSQL: %+v, %v; want %d added", st, err, imported)
	}
	if st, err := back.Copy(ctx, pg, tm.CopyOptions{}); err != nil || st.Added != imported {
		t.Fatalf("copy back: %+v, %v; want %d added", st, err, imported)
	}
	units := func(d *tm.DB) []tm.Unit {
		var out []tm.Unit
		for u, err := range d.Units(ctx, tm.ExportOptions{}) {
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, u)
		}
		return out
	}
	a, b := units(orig), units(back)
	if len(a) != len(b) {
		t.Fatalf("%d units came back of %d", len(b), len(a))
	}
	for i := range a {
		if !reflect.DeepEqual(a[i], b[i]) {
			t.Fatalf("unit %d differs after the round trip:\n%+v\n%+v", i, a[i], b[i])
		}
	}
	// The documents keep their languages and the times they were stored
	// (the import log is copied with its times).
	da, err := orig.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if db, err := back.Documents(ctx); err != nil || !reflect.DeepEqual(da, db) || !slices.ContainsFunc(da, func(d tm.DocumentInfo) bool { return d.FirstStored.Equal(long) }) {
		t.Errorf("documents after the round trip: %+v, %v; want %+v", db, err, da)
	}
	sa, _ := orig.Stats(ctx)
	sb, _ := back.Stats(ctx)
	if sa.Imports == 0 || sa.Imports != sb.Imports || sa.Words != sb.Words {
		t.Errorf("stats after the round trip: %+v; want the imports and words of %+v", sb, sa)
	}
	for _, q := range a[:min(20, len(a))] {
		if len(q.Variants) < 2 {
			continue
		}
		opt := tm.LookupOptions{Src: q.Variants[0].Lang, Tgt: q.Variants[1].Lang}
		ma, err1 := orig.Lookup(ctx, q.Variants[0].Text, opt)
		mb, err2 := pg.Lookup(ctx, q.Variants[0].Text, opt)
		if err1 != nil || err2 != nil || len(ma) != len(mb) || len(ma) > 0 && (ma[0].Target != mb[0].Target || ma[0].Score != mb[0].Score) {
			t.Errorf("lookup %q: SQLite %+v (%v), PostgreSQL %+v (%v)", q.Variants[0].Text, ma, err1, mb, err2)
		}
	}
}

// TestCopyIntoItself: one TM reached by two URLs that differ (the host
// spelt as a name, a parameter more) is one TM: Copy refuses it and stores
// nothing, where it stored every unit again beside itself; another schema
// of the same database is another TM.
func TestCopyIntoItself(t *testing.T) {
	url := pgtest.TempURL(t)
	a, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	other := strings.Replace(url, "127.0.0.1", "localhost", 1) + "&application_name=second"
	b, err := Open(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	if a.Location() == b.Location() {
		t.Fatalf("the two URLs name one location %q: the test wants two spellings", a.Location())
	}
	src, dst := tm.New(a), tm.New(b)
	if _, err := src.Add(ctx, pairUnit("The talks lasted 3 hours.", "Les entretiens ont duré 3 heures.")); err != nil {
		t.Fatal(err)
	}
	if _, err := dst.Copy(ctx, src, tm.CopyOptions{}); !errors.Is(err, tm.ErrSameTM) {
		t.Fatalf("Copy of %s into %s: %v; want ErrSameTM", a.Location(), b.Location(), err)
	}
	if st, err := src.Stats(ctx); err != nil || st.Units != 1 {
		t.Errorf("after the refused copy: %+v, %v; want 1 unit", st, err)
	}
	elsewhere := tm.New(openTemp(t))
	if st, err := elsewhere.Copy(ctx, src, tm.CopyOptions{}); err != nil || st.Added != 1 {
		t.Errorf("Copy into another schema: %+v, %v; want 1 added", st, err)
	}
}
