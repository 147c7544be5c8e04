package tm

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/bitext/bitext/normalize"
)

func openTemp(t *testing.T) *DB {
	t.Helper()
	d, err := Open(context.Background(), filepath.Join(t.TempDir(), "sub", "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

func TestOpenCreatesAndMigrates(t *testing.T) {
	d := openTemp(t)
	v, err := d.SchemaVersion(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if v < 1 {
		t.Fatalf("SchemaVersion = %d; want >= 1", v)
	}
	d.Close()
	d2, err := Open(context.Background(), d.Path())
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer d2.Close()
	v2, _ := d2.SchemaVersion(context.Background())
	if v2 != v {
		t.Fatalf("reopened SchemaVersion = %d; want %d", v2, v)
	}
}

func TestOpenRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("this is not a database, just some text that is long enough to be a header......."), 0o644)
	if _, err := Open(context.Background(), text); !errors.Is(err, ErrNotTM) {
		t.Errorf("Open(text file) = %v; want ErrNotTM", err)
	}
	before, _ := os.ReadFile(text)
	if string(before[:7]) != "this is" {
		t.Errorf("Open changed the text file")
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	d := openTemp(t)
	if _, err := d.db.Exec("INSERT INTO bitext_migrations(version, name) VALUES (999, 'future')"); err != nil {
		t.Fatal(err)
	}
	d.Close()
	if _, err := Open(context.Background(), d.Path()); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("Open(newer schema) = %v; want ErrNewerSchema", err)
	}
}

func TestGlossaryRoundTrip(t *testing.T) {
	d := openTemp(t)
	ctx := context.Background()
	in := []normalize.Entry{
		{Canonical: "Qasem Soleimani", Variants: []string{"Qassem Suleimani", "قاسم سلیمانی"}, Kind: normalize.KindPerson},
		{Canonical: "Islamic State", Variants: []string{"Daesh", "ISIS"}, Kind: normalize.KindOrg, Langs: []string{"en"}},
	}
	if err := d.PutGlossary(ctx, in); err != nil {
		t.Fatal(err)
	}
	// Adding a variant to an existing entry merges it.
	if err := d.PutGlossary(ctx, []normalize.Entry{{Canonical: "Islamic State", Variants: []string{"ISIL"}}}); err != nil {
		t.Fatal(err)
	}
	got, err := d.Glossary(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []normalize.Entry{
		{Canonical: "Islamic State", Variants: []string{"Daesh", "ISIL", "ISIS"}, Kind: normalize.KindOrg, Langs: []string{"en"}},
		{Canonical: "Qasem Soleimani", Variants: []string{"Qassem Suleimani", "قاسم سلیمانی"}, Kind: normalize.KindPerson},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Glossary() = %+v; want %+v", got, want)
	}
	n, err := d.DeleteGlossary(ctx, "Islamic State", "nobody")
	if err != nil || n != 1 {
		t.Fatalf("DeleteGlossary = %d, %v; want 1, nil", n, err)
	}
	got, _ = d.Glossary(ctx)
	if len(got) != 1 || got[0].Canonical != "Qasem Soleimani" {
		t.Fatalf("after delete Glossary() = %+v", got)
	}
}
