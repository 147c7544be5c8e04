package postgres

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

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
	r := newRoleTM(t, "na_")
	schema, role, exec, asRole := r.schema, r.role, r.exec, r.urlAs
	_, empty := pgtest.TempSchema(t)
	exec("GRANT USAGE ON SCHEMA " + schema + ", " + empty + " TO " + role)
	for _, tc := range []struct {
		schema, what, grant string
	}{
		{schema, "may not read the tables of the translation memory in schema \"" + schema + "\"", "GRANT SELECT ON ALL TABLES IN SCHEMA \"" + schema + "\""},
		{empty, "may not create a translation memory in schema \"" + empty + "\"", "GRANT CREATE ON SCHEMA \"" + empty + "\""},
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

// TestGrantHintQuoted opens, as a role granted only USAGE, a TM in a
// schema named with capitals and a dash, and an empty schema so named,
// then runs the GRANTs of each hint as they are written and opens again:
// it reads and writes, and creates the TM. The hints named the schema
// unquoted (trial60): "GRANT SELECT ON ALL TABLES IN SCHEMA Team-TM ..."
// is a syntax error, and a name with capitals alone would name another
// schema (folded to lower case).
func TestGrantHintQuoted(t *testing.T) {
	base := pgtest.URL(t)
	admin, err := pgx.Connect(ctx, base)
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
	tag := fmt.Sprintf("%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
	withTM, empty := "Team-TM_"+tag, "New TM-"+tag
	role := "Hint-Role_" + tag
	for _, sc := range []string{withTM, empty} {
		exec("CREATE SCHEMA " + pgx.Identifier{sc}.Sanitize())
	}
	exec("CREATE ROLE " + pgx.Identifier{role}.Sanitize() + " LOGIN")
	exec("GRANT USAGE ON SCHEMA " + pgx.Identifier{withTM}.Sanitize() + ", " + pgx.Identifier{empty}.Sanitize() + " TO " + pgx.Identifier{role}.Sanitize())
	t.Cleanup(func() {
		if c, err := pgx.Connect(ctx, base); err == nil {
			for _, sc := range []string{withTM, empty} {
				c.Exec(ctx, "DROP SCHEMA IF EXISTS "+pgx.Identifier{sc}.Sanitize()+" CASCADE")
			}
			c.Exec(ctx, "DROP OWNED BY "+pgx.Identifier{role}.Sanitize())
			c.Exec(ctx, "DROP ROLE "+pgx.Identifier{role}.Sanitize())
			c.Close(ctx)
		}
	})
	cfg, err := pgx.ParseConfig(base)
	if err != nil {
		t.Fatal(err)
	}
	in := func(user, schema string) string {
		u := strings.Replace(base, "://"+cfg.User+"@", "://"+url.PathEscape(user)+"@", 1)
		return pgtest.WithSchema(u, url.PathEscape(pgx.Identifier{schema}.Sanitize()))
	}
	addGreeting(t, in(cfg.User, withTM))
	grants := regexp.MustCompile(`GRANT [^;]*`)
	for _, sc := range []string{withTM, empty} {
		_, err := Open(ctx, in(role, sc))
		var h interface{ Hint() string }
		if !errors.Is(err, ErrNoAccess) || !errors.As(err, &h) {
			t.Fatalf("Open(schema %q) as a role granted USAGE: %v; want ErrNoAccess with a hint", sc, err)
		}
		gs := grants.FindAllString(h.Hint(), -1)
		if len(gs) == 0 {
			t.Fatalf("Open(schema %q): hint %q names no GRANT", sc, h.Hint())
		}
		for _, g := range gs {
			if _, err := admin.Exec(ctx, g); err != nil {
				t.Errorf("Open(schema %q): the hint's %q as written: %v", sc, g, err)
			}
		}
		rs, err := Open(ctx, in(role, sc))
		if err != nil {
			t.Errorf("Open(schema %q) granted what the hint says: %v", sc, err)
			continue
		}
		rdb := tm.New(rs)
		if _, err := rdb.Add(ctx, tm.Unit{Variants: []tm.Variant{{Lang: language.English, Text: "Good night."}, {Lang: language.French, Text: "Bonne nuit."}}}); err != nil {
			t.Errorf("Add in schema %q granted what the hint says: %v", sc, err)
		}
		rdb.Close()
	}
}

// TestChoreMarkedByWriterRole: a role granted the TM's tables (SELECT,
// INSERT, UPDATE, DELETE on all of them, the sequences) but not CREATE
// on the schema writes to a TM whose bitext_chores table is there, its
// fold of reviewed copies not marked: its write marks it. Before, the
// mark's CREATE TABLE IF NOT EXISTS needed CREATE even with the table
// there, so the chore stayed unmarked and every process's first write
// scanned every unit's meta again.
func TestChoreMarkedByWriterRole(t *testing.T) {
	r := newRoleTM(t, "cw_")
	schema, role, admin := r.schema, r.role, r.admin
	r.exec("DELETE FROM "+schema+".bitext_chores", // as a TM whose chore is due
		"GRANT USAGE ON SCHEMA "+schema+" TO "+role,
		"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "+schema+" TO "+role,
		"GRANT USAGE ON ALL SEQUENCES IN SCHEMA "+schema+" TO "+role)
	rs, err := Open(ctx, r.urlAs(schema))
	if err != nil {
		t.Fatal(err)
	}
	rdb := tm.New(rs)
	if _, err := rdb.Add(ctx, tm.Unit{Variants: []tm.Variant{{Lang: language.English, Text: "Good night."}, {Lang: language.French, Text: "Bonne nuit."}}}); err != nil {
		t.Fatalf("a write of the role: %v", err)
	}
	rdb.Close()
	var n int
	if err := admin.QueryRow(ctx, "SELECT count(*) FROM "+schema+".bitext_chores").Scan(&n); err != nil || n != 1 {
		t.Errorf("chores marked after the role's write: %d, %v; want 1 (the fold of reviewed copies)", n, err)
	}
}

// roleTM is a TM of one unit ("Good morning." / "Bonjour.") in a schema
// of its own, made by the test database's owner, and a login role that
// the test grants what it needs (dropped, with what it owns, when the
// test ends): the tests of what a role may do with a TM it did not make.
type roleTM struct {
	t            *testing.T
	schema, role string    // the TM's schema, the role
	admin        *pgx.Conn // the owner's connection, for the grants
	user         string    // the owner's name in the test URL
}

// addGreeting stores one unit ("Good morning." / "Bonjour.") in the TM
// at loc, making the TM if it is not there.
func addGreeting(t *testing.T, loc string) {
	t.Helper()
	s, err := Open(ctx, loc)
	if err != nil {
		t.Fatal(err)
	}
	db := tm.New(s)
	defer db.Close()
	if _, err := db.Add(ctx, tm.Unit{Variants: []tm.Variant{{Lang: language.English, Text: "Good morning."}, {Lang: language.French, Text: "Bonjour."}}}); err != nil {
		t.Fatal(err)
	}
}

// newRoleTM makes a roleTM, its role named prefix and the schema.
func newRoleTM(t *testing.T, prefix string) *roleTM {
	t.Helper()
	u, schema := pgtest.TempSchema(t)
	addGreeting(t, u)
	cfg, err := pgx.ParseConfig(u)
	if err != nil {
		t.Fatal(err)
	}
	admin, err := pgx.Connect(ctx, pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	r := &roleTM{t: t, schema: schema, role: prefix + schema, admin: admin, user: cfg.User}
	t.Cleanup(func() {
		admin.Exec(ctx, "DROP OWNED BY "+r.role)
		admin.Exec(ctx, "DROP ROLE "+r.role)
		admin.Close(ctx)
	})
	r.exec("CREATE ROLE " + r.role + " LOGIN")
	return r
}

// exec runs each of qs as the owner; a failure ends the test.
func (r *roleTM) exec(qs ...string) {
	r.t.Helper()
	for _, q := range qs {
		if _, err := r.admin.Exec(ctx, q); err != nil {
			r.t.Fatalf("%s: %v", q, err)
		}
	}
}

// urlAs is the URL of schema as the role.
func (r *roleTM) urlAs(schema string) string {
	return pgtest.WithSchema(strings.Replace(pgtest.URL(r.t), "://"+r.user+"@", "://"+r.role+"@", 1), schema)
}
