package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// TestExportTMXOneLanguage checks that a TMX export given --src or --tgt
// alone is refused with what a TMX export needs: it said what a TSV or
// XLIFF export needs, formats the user had not asked for (trial42).
func TestExportTMXOneLanguage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "de", "Good morning.", "Guten Morgen."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	for _, args := range [][]string{{"--src", "de"}, {"--tgt", "de"}, {"--src", "de", "--format", "tmx"}} {
		stdout, stderr, code := runBitext(t, "", append([]string{"--db", db, "tm", "export"}, args...)...)
		if code != exitBadInput || stdout != "" {
			t.Errorf("tm export %v: exit %d, stdout %q; want exit 2, nothing written", args, code, stdout)
		}
		if !strings.Contains(stderr, "is required: a TMX export with a source and a target language keeps the units in both") || strings.Contains(stderr, "TSV") || strings.Contains(stderr, "XLIFF") {
			t.Errorf("tm export %v: stderr %q; want what a TMX export needs, not what TSV or XLIFF do", args, stderr)
		}
	}
}

// TestPasswordNeverPrinted runs commands on a PostgreSQL TM whose URL gives
// a password both ways PostgreSQL takes one, postgres://u:PW@host and
// ?password=PW, and checks that neither is printed in any form: tm stats'
// path (as the upgrade notice names the TM), the creation notice, and the
// errors of a missing TM and of a bad URL, which quoted the query's
// password (srv42). The test cluster trusts its clients, so the passwords
// are read and ignored. It needs $BITEXT_TEST_POSTGRES.
func TestPasswordNeverPrinted(t *testing.T) {
	url := os.Getenv("BITEXT_TEST_POSTGRES")
	if url == "" {
		t.Skip("BITEXT_TEST_POSTGRES is not set: start a cluster with testdata/postgres/cluster.sh start (CI does)")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("connect %s: %v", url, err)
	}
	defer conn.Close(ctx)
	schema := fmt.Sprintf("pw_%d", time.Now().UnixNano()%1e9)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE") })
	base, query, _ := strings.Cut(url, "?")
	if query != "" {
		query += "&"
	}
	user := strings.TrimPrefix(base, "postgres://")
	user, host, _ := strings.Cut(user, "@")
	user, _, _ = strings.Cut(user, ":")
	secrets := []string{"userSecret9", "query Secret7", "query+Secret7", "query%20Secret7"}
	withPW := "postgres://" + user + ":userSecret9@" + host + "?" + query + "password=query%20Secret7&search_path="
	queryOnly := "postgres://" + user + "@" + host + "?" + query + "password=query+Secret7&search_path="
	for _, tc := range []struct {
		name, url string
		args      []string
		code      int
		want      string
	}{
		{"tm add creates", withPW + schema, []string{"tm", "add", "--src", "en", "--tgt", "fr", "Hello.", "Bonjour."}, 0, "created a new translation memory in"},
		{"tm stats", withPW + schema, []string{"tm", "stats"}, 0, "?search_path=" + schema},
		{"tm stats jsonl", queryOnly + schema, []string{"tm", "stats", "--format", "jsonl"}, 0, `"path":`},
		{"a missing TM", withPW + "nowhere_" + schema, []string{"tm", "lookup", "--src", "en", "--tgt", "fr", "Hello."}, exitBadInput, "password=xxxxx"},
		{"a missing TM, query password only", queryOnly + "nowhere_" + schema, []string{"tm", "stats"}, exitBadInput, "password=xxxxx"},
		{"a bad URL", strings.Replace(withPW, "password=", "sslmode=bogus&password=", 1), []string{"tm", "stats"}, exitBadInput, "not a usable PostgreSQL URL"},
		{"a bad URL, query password only", strings.Replace(queryOnly, "password=", "sslmode=bogus&password=", 1), []string{"tm", "stats"}, exitBadInput, "not a usable PostgreSQL URL"},
	} {
		stdout, stderr, code := runBitext(t, "", append([]string{"--db", tc.url}, tc.args...)...)
		if code != tc.code || !strings.Contains(stdout+stderr, tc.want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit %d and %q", tc.name, code, stdout, stderr, tc.code, tc.want)
		}
		for _, s := range secrets {
			if strings.Contains(stdout+stderr, s) {
				t.Errorf("%s: the password %q printed: stdout %q, stderr %q", tc.name, s, stdout, stderr)
			}
		}
	}
}

// TestExportImportKeepsNoDocument checks, on SQLite and on PostgreSQL (with
// $BITEXT_TEST_POSTGRES), that a TM's TMX export imported into an empty TM
// gives the same TM: a unit that had no document (tm add) has none, where it
// took the import file's name (srv42); and that a unit of a TMX without
// bitext's mark still takes the file's name.
func TestExportImportKeepsNoDocument(t *testing.T) {
	dir := t.TempDir()
	f := func(name string) string { return filepath.Join(dir, name) }
	tms := map[string]func(string) string{"sqlite": func(name string) string { return f(name + ".db") }}
	if url := os.Getenv("BITEXT_TEST_POSTGRES"); url != "" {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			t.Fatalf("connect %s: %v", url, err)
		}
		defer conn.Close(ctx)
		sep := map[bool]string{true: "&", false: "?"}[strings.Contains(url, "?")]
		prefix := fmt.Sprintf("nodoc_%d_", time.Now().UnixNano()%1e9)
		tms["postgres"] = func(name string) string {
			if _, err := conn.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS "+prefix+name); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { conn.Exec(context.Background(), "DROP SCHEMA "+prefix+name+" CASCADE") })
			return url + sep + "search_path=" + prefix + name
		}
	}
	run := func(db string, args ...string) string {
		t.Helper()
		stdout, stderr, code := runBitext(t, "", append([]string{"--db", db}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		return stdout
	}
	if err := os.WriteFile(f("team.tsv"), []byte("Thank you.\tMerci.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for store, tmAt := range tms {
		a, b, c := tmAt("a"), tmAt("b"), tmAt("c")
		run(a, "tm", "add", "--src", "en", "--tgt", "fr", "Good morning.", "Bonjour.")
		run(a, "tm", "import", "--src", "en", "--tgt", "fr", f("team.tsv"))
		backup := f(store + "-backup.tmx")
		run(a, "tm", "export", "-o", backup)
		run(b, "tm", "import", backup)
		if got, want := run(b, "tm", "export"), run(a, "tm", "export"); got != want {
			t.Errorf("%s: the export of the restored TM:\n%s\nwant the backup's:\n%s", store, got, want)
		}
		if got := run(b, "tm", "export", "--origin", "added", "--format", "tsv", "--src", "en", "--tgt", "fr"); got != "Good morning.\tBonjour.\n" {
			t.Errorf("%s: the restored TM's units with no document: %q; want tm add's", store, got)
		}
		// The same TMX without bitext's mark, as another tool writes it:
		// its units take the file's name.
		raw, err := os.ReadFile(backup)
		if err != nil {
			t.Fatal(err)
		}
		foreign := f(store + "-foreign.tmx")
		if err := os.WriteFile(foreign, []byte(strings.Replace(string(raw), "<prop type=\"x-bitext-file\"></prop>", "", 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		run(c, "tm", "import", foreign)
		if got := run(c, "tm", "docs"); !strings.Contains(got, "1\t"+filepath.Base(foreign)+"\ten fr") || !strings.Contains(got, "1\tteam.tsv\ten fr") {
			t.Errorf("%s: tm docs after importing a TMX without the mark:\n%s\nwant its unit under its file's name", store, got)
		}
	}
}
