package dial

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres/pgtest"
	"github.com/bitext/bitext/tm/textio"
	"github.com/jackc/pgx/v5"
	"golang.org/x/text/language"
)

var ctx = context.Background()

// addUnit stores one unit in db, so that a TM has something to find.
func addUnit(t *testing.T, db *tm.DB) {
	t.Helper()
	en, fr := language.English, language.French
	if _, err := db.Add(ctx, tm.Unit{SrcLang: en, Variants: []tm.Variant{{Lang: en, Text: "Hello."}, {Lang: fr, Text: "Bonjour."}}}); err != nil {
		t.Fatal(err)
	}
}

// checkRules checks the access rules at loc, where there is no TM yet: a
// reader gets ErrNoTM naming errLoc, a caller that reads if it can gets no
// TM, and neither creates one; a writer creates it, and says so once; then
// the TM's Path is path. The reader's error is "open errLoc: no
// translation memory there", then why, if why is not "".
func checkRules(t *testing.T, loc, errLoc, path, why string) {
	t.Helper()
	db, created, err := Open(ctx, loc, MustExist)
	if !errors.Is(err, ErrNoTM) || db != nil || created || !textio.IsBadInput(err) {
		t.Fatalf("MustExist with no TM: %v, %v, %v; want ErrNoTM, bad input", db, created, err)
	}
	want := "open " + errLoc + ": no translation memory there"
	if why != "" {
		want += ": " + why
	}
	if err.Error() != want {
		t.Errorf("MustExist error %q; want %q", err, want)
	}
	if db, created, err = Open(ctx, loc, IfExists); db != nil || created || err != nil {
		t.Fatalf("IfExists with no TM: %v, %v, %v; want nil, false, nil", db, created, err)
	}
	if _, _, err = Open(ctx, loc, MustExist); !errors.Is(err, ErrNoTM) {
		t.Fatalf("MustExist after IfExists: %v; want ErrNoTM (IfExists made a TM?)", err)
	}
	db, created, err = Open(ctx, loc, Create)
	if err != nil || db == nil || !created {
		t.Fatalf("Create with no TM: %v, %v, %v; want a new TM", db, created, err)
	}
	addUnit(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	for _, access := range []Access{MustExist, IfExists, Create} {
		db, created, err := Open(ctx, loc, access)
		if err != nil || db == nil || created {
			t.Fatalf("access %d on the TM made: %v, %v, %v; want it opened, not created", access, db, created, err)
		}
		st, err := db.Stats(ctx)
		if err != nil || st.Units != 1 {
			t.Errorf("access %d: stats %+v, %v; want the unit stored", access, st, err)
		}
		if db.Path() != path {
			t.Errorf("access %d: Path %q; want %q", access, db.Path(), path)
		}
		db.Close()
	}
}

func TestOpenSQLite(t *testing.T) {
	dir := t.TempDir()
	loc := filepath.Join(dir, "sub", "tm.db")
	checkRules(t, loc, loc, loc, "")
	if _, err := os.Stat(filepath.Join(dir, "sub", "tm.db")); err != nil {
		t.Fatal(err)
	}

	// An empty file is no TM either (a reader makes none of it), and a
	// reader's error says the file is empty: "no translation memory
	// there" alone read as wrong where a writer makes one of it (trial58).
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	checkRules(t, empty, empty, empty, "the file is empty (a write to it makes a new one there)")

	// Something else is there: the store's error, for every access.
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("not a database, just text\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, access := range []Access{MustExist, IfExists, Create} {
		if db, _, err := Open(ctx, text, access); !errors.Is(err, tm.ErrNotTM) || db != nil || !textio.IsBadInput(err) {
			t.Errorf("access %d on a text file: %v, %v; want tm.ErrNotTM", access, db, err)
		}
	}
	if b, _ := os.ReadFile(text); string(b) != "not a database, just text\n" {
		t.Errorf("the text file was changed: %q", b)
	}
}

// TestOpenSQLiteCreatedOnce: several opens of one new file at once each
// found it missing and each said it created the TM (four tm add at once,
// four "created a new translation memory"); only the open that made it
// (applied its schema) says so now, and one does. An empty file made
// first (touch) is created by the one open that gives it the schema.
func TestOpenSQLiteCreatedOnce(t *testing.T) {
	const opens = 6
	for round := range 6 {
		loc := filepath.Join(t.TempDir(), "new", "tm.db")
		if round%2 == 1 {
			os.MkdirAll(filepath.Dir(loc), 0o755)
			if err := os.WriteFile(loc, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		start := make(chan struct{})
		created := make(chan bool, opens)
		errs := make(chan error, opens)
		for range opens {
			go func() {
				<-start
				db, c, err := Open(ctx, loc, Create)
				if err != nil {
					errs <- err
					created <- false
					return
				}
				db.Close()
				created <- c
			}()
		}
		close(start)
		n := 0
		for range opens {
			if <-created {
				n++
			}
		}
		close(errs)
		for err := range errs {
			t.Errorf("round %d: %v", round, err)
		}
		if n != 1 {
			t.Errorf("round %d: %d of %d opens at once of a new TM said they created it; want 1", round, n, opens)
		}
	}
}

func TestDefaultLocation(t *testing.T) {
	t.Setenv("BITEXT_DB", "/tmp/x/team.db")
	t.Setenv("XDG_DATA_HOME", "/tmp/xdg")
	if loc, err := DefaultLocation(); loc != "/tmp/x/team.db" || err != nil {
		t.Errorf("with $BITEXT_DB: %q, %v", loc, err)
	}
	t.Setenv("BITEXT_DB", "")
	if loc, err := DefaultLocation(); loc != "/tmp/xdg/bitext/tm.db" || err != nil {
		t.Errorf("with $XDG_DATA_HOME: %q, %v", loc, err)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/ann")
	if loc, err := DefaultLocation(); loc != "/home/ann/.local/share/bitext/tm.db" || err != nil {
		t.Errorf("with $HOME only: %q, %v", loc, err)
	}
	// The XDG Base Directory spec: a relative path is invalid and ignored.
	for _, rel := range []string{"xdg", "./xdg", "~/xdg"} {
		t.Setenv("XDG_DATA_HOME", rel)
		if loc, err := DefaultLocation(); loc != "/home/ann/.local/share/bitext/tm.db" || err != nil {
			t.Errorf("with the relative $XDG_DATA_HOME %q: %q, %v; want it ignored", rel, loc, err)
		}
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "")
	if loc, err := DefaultLocation(); err == nil {
		t.Errorf("with no $HOME: %q; want an error", loc)
	}
}

func TestIsURL(t *testing.T) {
	for loc, want := range map[string]bool{"postgres://u@h/db": true, "postgresql://h/db?sslmode=disable": true,
		"tm.db": false, "/data/postgres/tm.db": false, "": false} {
		if IsURL(loc) != want {
			t.Errorf("IsURL(%q) = %v", loc, !want)
		}
	}
}

// TestOpenPostgres: the same rules for a TM in PostgreSQL (a database
// without bitext's tables is no TM), and errors that show the URL without
// its password. It needs $BITEXT_TEST_POSTGRES (see
// testdata/postgres/cluster.sh; CI starts one).
func TestOpenPostgres(t *testing.T) {
	url := pgtest.URL(t)
	loc, schema := pgtest.TempSchema(t)
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("connect %s: %v", url, err)
	}
	defer conn.Close(ctx)
	db, _, err := Open(ctx, loc, Create) // to learn how the store shows its location
	if err != nil {
		t.Fatal(err)
	}
	shown := db.Path()
	db.Close()
	if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE; CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	checkRules(t, loc, loc, shown, "") // the test URL has no password to hide

	// A wrong password: unavailable, and the message hides the password.
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	wrong := fmt.Sprintf("postgres://%s:s3cret-wrong@%s:%d/%s?sslmode=disable", cfg.User, cfg.Host, cfg.Port, cfg.Database)
	if _, _, err := Open(ctx, wrong, MustExist); err != nil && strings.Contains(err.Error(), "s3cret-wrong") {
		t.Errorf("error shows the password: %v", err)
	}
}

// TestOpenPostgresCreatedOnce: as TestOpenSQLiteCreatedOnce, for a new
// schema: each open had checked for a TM before opening, and each said
// it created it.
func TestOpenPostgresCreatedOnce(t *testing.T) {
	const opens = 4
	loc, _ := pgtest.TempSchema(t)
	start := make(chan struct{})
	created := make(chan bool, opens)
	for range opens {
		go func() {
			<-start
			db, c, err := Open(ctx, loc, Create)
			if err != nil {
				t.Error(err)
				created <- false
				return
			}
			db.Close()
			created <- c
		}()
	}
	close(start)
	n := 0
	for range opens {
		if <-created {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d of %d opens at once of a new TM said they created it; want 1", n, opens)
	}
}

// TestOpenPostgresPoolParams: a URL may carry pgxpool's parameters
// (pool_max_conns caps the connections of a server, for a database with
// few to spare). Open refused every such URL: the check for a TM parsed it
// as one connection's and sent pool_max_conns to the server, which refused
// the login ("unrecognized configuration parameter").
func TestOpenPostgresPoolParams(t *testing.T) {
	loc, _ := pgtest.TempSchema(t)
	db, _, err := Open(ctx, loc+"&pool_max_conns=2&pool_max_conn_lifetime=1h", Create)
	if err != nil {
		t.Fatalf("Open with pool_max_conns: %v; want the TM opened", err)
	}
	db.Close()
	db, _, err = Open(ctx, loc+"&pool_max_conns=2", MustExist)
	if err != nil {
		t.Fatalf("Open (MustExist) with pool_max_conns: %v; want the TM opened", err)
	}
	db.Close()
}

// TestOpenBadURL: a postgres:// URL pgx cannot take is ErrBadURL (bad
// input: the commands exit 2), not tm.ErrUnavailable nor a bare parse
// error, and the message hides the password. Needs no server.
func TestOpenBadURL(t *testing.T) {
	for _, url := range []string{
		"postgres://u:s3cret@127.0.0.1:99999/db",
		"postgres://u:s3cret@127.0.0.1:5432/db?sslmode=bogus",
		"postgres://u:s3c%zzret@127.0.0.1:5432/db",
		"postgresql://u:s3cret@[::1/db",
	} {
		for _, access := range []Access{MustExist, Create} {
			_, _, err := Open(ctx, url, access)
			if !errors.Is(err, ErrBadURL) || errors.Is(err, tm.ErrUnavailable) {
				t.Errorf("Open(%q, %v) = %v; want ErrBadURL", url, access, err)
			}
			if err != nil && strings.Contains(err.Error(), "s3c") {
				t.Errorf("Open(%q): the error shows the password: %v", url, err)
			}
		}
	}
}

// TestOpenOtherScheme: a URL of another database (mysql://, sqlite://) is
// bad input, ErrOtherURL, for every access, and nothing is made: it was
// taken for a SQLite path and a TM was created in a folder named "mysql:"
// in the working folder (trial56).
func TestOpenOtherScheme(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, loc := range []string{"mysql://u:s3cret@host/tm", "sqlite:///tmp/tm.db", "file://tm.db", "Postgress://host/db"} {
		for _, access := range []Access{MustExist, IfExists, IfExistsElseCreatable, Create} {
			db, created, err := Open(ctx, loc, access)
			if db != nil {
				db.Close()
			}
			if !errors.Is(err, ErrOtherURL) || !textio.IsBadInput(err) || created {
				t.Errorf("Open(%q, %v) = %v, %v; want ErrOtherURL, bad input", loc, access, created, err)
			}
			if err != nil && strings.Contains(err.Error(), "s3c") {
				t.Errorf("Open(%q): the error shows the password: %v", loc, err)
			}
		}
	}
	if left, _ := os.ReadDir("."); len(left) != 0 {
		t.Errorf("Open of other URLs left %v in the working folder; want nothing", left)
	}
	// A path that only holds "://" further on is a path.
	if IsOtherURL("tm/a://b.db") || IsOtherURL("C:/tm.db") || IsOtherURL("postgres://h/db") {
		t.Error("IsOtherURL took a path or a postgres:// URL for another database's URL")
	}
}
