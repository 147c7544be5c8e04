package tm_test

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
	"golang.org/x/text/language"
)

// openTemp returns a new TM in a SQLite file in a folder of its own.
func openTemp(t testing.TB) *tm.DB {
	t.Helper()
	d := openPath(t, filepath.Join(t.TempDir(), "sub", "tm.db"))
	t.Cleanup(func() { d.Close() })
	return d
}

// openPath opens (or creates) the SQLite TM at path.
func openPath(t testing.TB, path string) *tm.DB {
	t.Helper()
	d, err := open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func open(ctx context.Context, path string) (*tm.DB, error) {
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	return tm.New(s), nil
}

func TestGlossaryRoundTrip(t *testing.T) {
	d := openTemp(t)
	ctx := context.Background()
	in := []normalize.Entry{
		{Canonical: "Qasem Soleimani", Variants: []string{"Qassem Suleimani", "قاسم سلیمانی"}, Kind: normalize.KindPerson},
		{Canonical: "Islamic State", Variants: []string{"Daesh", "ISIS"}, Kind: normalize.KindOrg, Langs: []language.Tag{language.English}},
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
		{Canonical: "Islamic State", Variants: []string{"Daesh", "ISIL", "ISIS"}, Kind: normalize.KindOrg, Langs: []language.Tag{language.English}},
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
func TestImportRefusesInvalidUTF8(t *testing.T) {
	d := openTemp(t)
	ctx := context.Background()
	bad := tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: "a\xffb"}, {Lang: language.French, Text: "c"}}}
	if _, err := d.Add(ctx, bad); !errors.Is(err, tm.ErrBadUnit) {
		t.Fatalf("Add(invalid UTF-8) = %v; want ErrBadUnit", err)
	}
	s, err := d.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Units != 0 {
		t.Errorf("after a refused unit the TM has %d units; want 0", s.Units)
	}
}

func TestImportRefusesHugeSegment(t *testing.T) {
	d := openTemp(t)
	huge := tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: strings.Repeat("word ", tm.MaxSegment/5+1)}, {Lang: language.French, Text: "mot"}}}
	if _, err := d.Add(context.Background(), huge); !errors.Is(err, tm.ErrBadUnit) || !strings.Contains(err.Error(), "at most 1 MiB") {
		t.Fatalf("Add(a segment over MaxSegment) = %v; want ErrBadUnit naming the limit", err)
	}
}

func TestLookupSkipsEmptyTranslation(t *testing.T) {
	d := openTemp(t)
	ctx := context.Background()
	u := tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: "Hello there."}, {Lang: language.French, Text: ""}}}
	if _, err := d.Add(ctx, u); err != nil {
		t.Fatal(err)
	}
	ms, err := d.Lookup(ctx, "Hello there.", tm.LookupOptions{Src: language.English, Tgt: language.French, Min: tm.DefaultMin, Max: tm.DefaultMax})
	if err != nil || len(ms) != 0 {
		t.Errorf("Lookup of a unit whose translation is an empty <seg/> = %+v, %v; want no match", ms, err)
	}
}

// TestDeleteGlossaryVariant: DB.DeleteGlossaryVariant removes one spelling
// of the entry named (white space around the names aside); no such entry,
// or no such variant of it, is a *GlossaryVariantError that says what the
// entry has, and nothing is removed.
func TestDeleteGlossaryVariant(t *testing.T) {
	d := openTemp(t)
	ctx := context.Background()
	if err := d.PutGlossary(ctx, []normalize.Entry{{Canonical: "Tehran", Variants: []string{"Teheran", "Tihran"}}, {Canonical: "Qom"}}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ canonical, variant, msg string }{
		{"Shiraz", "Teheran", `no glossary entry “Shiraz”`},
		{"Tehran", "Tehran", `glossary entry “Tehran” has no variant “Tehran” (it has “Teheran”, “Tihran”)`},
		{"Qom", "Ghom", `glossary entry “Qom” has no variant “Ghom” (it has no variants)`},
	} {
		err := d.DeleteGlossaryVariant(ctx, c.canonical, c.variant)
		var ve *tm.GlossaryVariantError
		if !errors.As(err, &ve) || err.Error() != c.msg {
			t.Errorf("DeleteGlossaryVariant(%q, %q) = %v; want a GlossaryVariantError %q", c.canonical, c.variant, err, c.msg)
		}
	}
	if err := d.DeleteGlossaryVariant(ctx, " Tehran ", " Tihran "); err != nil {
		t.Fatal(err)
	}
	g, err := d.Glossary(ctx)
	if err != nil || len(g) != 2 || g[1].Canonical != "Tehran" || !reflect.DeepEqual(g[1].Variants, []string{"Teheran"}) {
		t.Errorf("Glossary() = %+v, %v; want Tehran with Teheran only", g, err)
	}
}
