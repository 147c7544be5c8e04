package tm_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm/sqlite"
	"github.com/bitext/bitext/tm/textio"
)

// TestNamesNotText: a document or glossary name that is not UTF-8 text,
// or has a NUL byte, is the user's input at fault (exit 2), said so, and
// nothing is stored or deleted. PostgreSQL refused such a name in its own
// words ('invalid byte sequence for encoding "UTF8": 0xff'), an error
// commands took for a failure of theirs (exit 1); SQLite stored a glossary
// entry of such a spelling.
func TestNamesNotText(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.OpenDB(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.PutGlossary(ctx, []normalize.Entry{{Canonical: "Qassem Soleimani", Variants: []string{"Qasim Soleimani"}}}); err != nil {
		t.Fatal(err)
	}
	check := func(what string, err error) {
		t.Helper()
		if err == nil || !textio.IsBadInput(err) || !strings.Contains(err.Error(), "UTF-8") && !strings.Contains(err.Error(), "NUL") {
			t.Errorf("%s: %v; want a bad-input error saying the name is not text", what, err)
		}
	}
	for _, bad := range []string{"a\xffb", "a\x00b"} {
		_, err := db.DeleteDocument(ctx, bad)
		check("DeleteDocument "+bad, err)
		_, err = db.DeleteGlossary(ctx, bad)
		check("DeleteGlossary "+bad, err)
		check("DeleteGlossaryVariant", db.DeleteGlossaryVariant(ctx, "Qassem Soleimani", bad))
		_, err = db.DeleteGlossaryVariants(ctx, bad)
		check("DeleteGlossaryVariants", err)
		check("PutGlossary canonical", db.PutGlossary(ctx, []normalize.Entry{{Canonical: bad, Variants: []string{"x y"}}}))
		check("PutGlossary variant", db.PutGlossary(ctx, []normalize.Entry{{Canonical: "Abu Mahdi al-Muhandis", Variants: []string{bad}}}))
	}
	if es, err := db.Glossary(ctx); err != nil || len(es) != 1 || len(es[0].Variants) != 1 {
		t.Errorf("glossary after refused writes: %+v, %v", es, err)
	}
}
