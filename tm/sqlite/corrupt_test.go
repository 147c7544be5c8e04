package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
)

// TestCorrupt damages a TM file (cut short, or pages overwritten) and
// checks that opening or reading it fails with tm.ErrCorrupt naming the
// file, a bad-input error (exit 2 in the command), not SQLite's bare
// "database disk image is malformed".
func TestCorrupt(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	s, err := Open(ctx, good)
	if err != nil {
		t.Fatal(err)
	}
	db := tm.New(s)
	var units []tm.Unit
	for i := range 400 {
		src := strings.Repeat("The minister arrived in Baghdad on Monday number ", 1+i%5) + string(rune('a'+i%26))
		units = append(units, tm.Unit{SrcLang: language.English, Variants: []tm.Variant{
			{Lang: language.English, Text: src + " " + strings.Repeat("x", i)}, {Lang: language.French, Text: "Le ministre " + src}}})
	}
	if _, err := db.Import(ctx, func(yield func(tm.Unit, error) bool) {
		for _, u := range units {
			if !yield(u, nil) {
				return
			}
		}
	}, tm.ImportOptions{File: "seed"}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	cut := data[:len(data)/2]
	garbled := append([]byte(nil), data...)
	for i := 2 * page; i < len(garbled); i++ {
		garbled[i] = byte(i*7 + 3)
	}
	for name, b := range map[string][]byte{"cut.db": cut, "garbled.db": garbled} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		err := func() error {
			s, err := Open(ctx, path)
			if err != nil {
				return err
			}
			defer s.Close()
			if _, err := s.Stats(ctx); err != nil {
				return err
			}
			for _, err := range s.Scan(ctx) {
				if err != nil {
					return err
				}
			}
			return nil
		}()
		if !errors.Is(err, tm.ErrCorrupt) || !textio.IsBadInput(err) || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: %v; want tm.ErrCorrupt naming the file", name, err)
		}
	}
}

// TestScanDamagedSilently damages a TM in the ways a file copied while it
// was written is damaged and SQLite reads without an error (a row of the
// unit table gone and not its index entry; a unit's variants gone), and
// checks that a whole scan (tm export, tm copy) fails with tm.ErrCorrupt
// rather than leaving those units out and succeeding. A sound TM scans
// whole.
func TestScanDamagedSilently(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name, sql, want string
	}{
		{"sound", "", ""},
		// The indexes hidden from the schema while a row goes: the
		// table loses it, the indexes keep its entry.
		{"row", `CREATE TABLE saved AS SELECT * FROM sqlite_master WHERE tbl_name = 'unit' AND type = 'index';
			PRAGMA writable_schema = ON;
			DELETE FROM sqlite_master WHERE tbl_name = 'unit' AND type = 'index';`, "3 units read, where its index counts 4"},
		{"variants", "DELETE FROM variant WHERE id / 256 = 2", "unit 2 has no variant"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "tm.db")
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			db := tm.New(s)
			for i := range 4 {
				u := tm.Unit{SrcLang: language.English, Variants: []tm.Variant{
					{Lang: language.English, Text: "The minister arrived " + strings.Repeat("again ", i)},
					{Lang: language.French, Text: "Le ministre est arrivé " + strings.Repeat("encore ", i)}}}
				if _, err := db.Add(ctx, u); err != nil {
					t.Fatal(err)
				}
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			if tc.sql != "" {
				raw, err := sql.Open("sqlite3", path)
				if err != nil {
					t.Fatal(err)
				}
				raw.SetMaxOpenConns(1)
				stmts := []string{tc.sql}
				if tc.name == "row" {
					stmts = append(stmts, "DELETE FROM unit WHERE id = 3",
						"PRAGMA writable_schema = ON; INSERT INTO sqlite_master SELECT * FROM saved; PRAGMA writable_schema = OFF",
						"DROP TABLE saved")
				}
				for _, q := range stmts {
					if _, err := raw.ExecContext(ctx, q); err != nil {
						t.Fatalf("%s: %v", q, err)
					}
					// A new connection reads the schema as it now is.
					raw.Close()
					if raw, err = sql.Open("sqlite3", path); err != nil {
						t.Fatal(err)
					}
					raw.SetMaxOpenConns(1)
				}
				raw.Close()
			}
			s, err = Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			n := 0
			for _, err = range s.Scan(ctx) {
				if err != nil {
					break
				}
				n++
			}
			if tc.want == "" {
				if err != nil || n != 4 {
					t.Fatalf("Scan: %d units, %v; want 4, no error", n, err)
				}
				return
			}
			if !errors.Is(err, tm.ErrCorrupt) || !textio.IsBadInput(err) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Scan: %v; want tm.ErrCorrupt saying %q", err, tc.want)
			}
		})
	}
}
