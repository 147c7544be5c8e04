package postgres

import (
	"errors"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres/pgtest"
	"github.com/bitext/bitext/tm/textio"
	"github.com/jackc/pgx/v5"
	"golang.org/x/text/language"
)

// TestOpenNoAccess opens, as a role the database grants nothing, a TM
// another role made (in its schema) and an empty schema where it may not
// create one. The first was "no translation memory there" (the catalog
// view Open read lists only the tables a role has a privilege on, so tm
// import went on to create one), the second "the translation memory is
// read-only for this user": each is now ErrNoAccess (bad input) with the
// GRANT that lets the role. Another application's schema, whose tables
// the role may not read, is not taken for an empty one (the role created
// a TM among them). Granted what the hint says, it reads, then writes.
func TestOpenNoAccess(t *testing.T) {
	url, schema := pgtest.TempSchema(t)
	s, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	db := tm.New(s)
	if _, err := db.Add(ctx, tm.Unit{Variants: []tm.Variant{{Lang: language.English, Text: "Good morning."}, {Lang: language.French, Text: "Bonjour."}}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, empty := pgtest.TempSchema(t)
	role := "na_" + schema
	admin, err := pgx.Connect(ctx, pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	exec := func(q string) {
		t.Helper()
		if _, err := admin.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec("CREATE ROLE " + role + " LOGIN")
	exec("GRANT USAGE ON SCHEMA " + schema + ", " + empty + " TO " + role)
	t.Cleanup(func() {
		if admin, err := pgx.Connect(ctx, pgtest.URL(t)); err == nil {
			admin.Exec(ctx, "DROP OWNED BY "+role)
			admin.Exec(ctx, "DROP ROLE "+role)
			admin.Close(ctx)
		}
	})
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	asRole := func(schema string) string {
		return pgtest.WithSchema(strings.Replace(pgtest.URL(t), "://"+cfg.User+"@", "://"+role+"@", 1), schema)
	}
	for _, tc := range []struct {
		schema, what, grant string
	}{
		{schema, "may not read the tables of the translation memory in schema " + schema, "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema},
		{empty, "may not create a translation memory in schema " + empty, "GRANT CREATE ON SCHEMA " + empty},
	} {
		if has, err := HasTM(ctx, asRole(tc.schema)); err != nil || has != (tc.schema == schema) {
			t.Errorf("HasTM(schema %s) = %v, %v; want %v", tc.schema, has, err, tc.schema == schema)
		}
		_, err := Open(ctx, asRole(tc.schema))
		var h interface{ Hint() string }
		if !errors.Is(err, ErrNoAccess) || !textio.IsBadInput(err) || errors.Is(err, tm.ErrReadOnly) ||
			!strings.Contains(err.Error(), tc.what) || !errors.As(err, &h) || !strings.Contains(h.Hint(), tc.grant+" TO \""+role+"\"") {
			t.Errorf("Open(schema %s) as a role granted nothing: %v; want ErrNoAccess saying %q, hinting %q", tc.schema, err, tc.what, tc.grant)
		}
	}
	// Another application's schema, whose tables the role may not read,
	// where it may create tables: it made a TM among them.
	_, app := pgtest.TempSchema(t)
	exec("CREATE TABLE " + app + ".invoices (id int PRIMARY KEY)")
	exec("GRANT USAGE, CREATE ON SCHEMA " + app + " TO " + role)
	if _, err := Open(ctx, asRole(app)); !errors.Is(err, tm.ErrNotTM) {
		t.Errorf("Open(another application's schema) as a role that may not read its tables: %v; want tm.ErrNotTM", err)
	}
	exec("GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + role)
	rs, err := Open(ctx, asRole(schema))
	if err != nil {
		t.Fatalf("Open once granted SELECT: %v", err)
	}
	rdb := tm.New(rs)
	if ms, err := rdb.Lookup(ctx, "Good morning.", tm.LookupOptions{Src: language.English, Tgt: language.French}); err != nil || len(ms) != 1 {
		t.Errorf("lookup once granted SELECT: %v, %v; want the unit", ms, err)
	}
	rdb.Close()
	exec("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role)
	exec("GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role)
	ws, err := Open(ctx, asRole(schema))
	if err != nil {
		t.Fatal(err)
	}
	wdb := tm.New(ws)
	defer wdb.Close()
	if _, err := wdb.Add(ctx, tm.Unit{Variants: []tm.Variant{{Lang: language.English, Text: "Hi."}, {Lang: language.French, Text: "Salut."}}}); err != nil {
		t.Errorf("a write once granted what the hint says: %v", err)
	}
}
