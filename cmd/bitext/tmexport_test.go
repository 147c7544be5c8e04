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
