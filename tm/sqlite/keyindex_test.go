package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// keyIndexSQL is the exact-text index as migration 2 creates it: a bulk
// import that builds it at its end must leave the same schema.
const keyIndexSQL = "CREATE INDEX variant_key ON variant(key)"

// keyIndex returns the SQL of the variant_key index, "" when there is none.
func keyIndex(t *testing.T, s *Store) string {
	t.Helper()
	var def string
	err := s.db.QueryRowContext(ctx, "SELECT coalesce((SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'variant_key'), '')").Scan(&def)
	if err != nil {
		t.Fatal(err)
	}
	return def
}

func numbered(n int) []tm.Unit {
	us := make([]tm.Unit, n)
	for i := range us {
		us[i] = pair(fmt.Sprintf("Bulk sentence number %d.", i), fmt.Sprintf("Phrase en bloc numéro %d.", i))
	}
	return us
}

// TestBulkImportKeyIndex: an import of more than a batch into an empty TM
// (which builds the exact-text index at its end) leaves the index of the
// migration, used by exact lookups, which find every unit; an import that
// fails or a dry run leaves the index as it was, and so does an import into
// a TM that holds units.
func TestBulkImportKeyIndex(t *testing.T) {
	s := openTemp(t)
	db := tm.New(s)
	errStop := errors.New("stop")
	failing := func(yield func(tm.Unit, error) bool) {
		for i, u := range numbered(1000) {
			if i == 700 {
				yield(tm.Unit{}, errStop)
				return
			}
			if !yield(u, nil) {
				return
			}
		}
	}
	if _, err := db.Import(ctx, failing, tm.ImportOptions{File: "f.tmx"}); !errors.Is(err, errStop) {
		t.Fatalf("failing import: %v; want %v", err, errStop)
	}
	if got := keyIndex(t, s); got != keyIndexSQL {
		t.Errorf("after a failed import, variant_key = %q; want %q", got, keyIndexSQL)
	}
	if st, err := db.Import(ctx, seq(numbered(1000)...), tm.ImportOptions{File: "d.tmx", DryRun: true}); err != nil || st.Added != 1000 {
		t.Fatalf("dry run = %+v, %v; want 1000 added", st, err)
	}
	if got := keyIndex(t, s); got != keyIndexSQL {
		t.Errorf("after a dry run, variant_key = %q; want %q", got, keyIndexSQL)
	}
	if n := countRows(t, s, "variant"); n != 0 {
		t.Fatalf("%d variants stored by a failed import and a dry run; want 0", n)
	}

	if st, err := db.Import(ctx, seq(numbered(1000)...), tm.ImportOptions{File: "a.tmx"}); err != nil || st.Added != 1000 {
		t.Fatalf("import = %+v, %v; want 1000 added", st, err)
	}
	if got := keyIndex(t, s); got != keyIndexSQL {
		t.Errorf("after a bulk import, variant_key = %q; want %q", got, keyIndexSQL)
	}
	var plan, detail string
	var id, parent, unused int
	if err := s.db.QueryRowContext(ctx, "EXPLAIN QUERY PLAN "+exactSQL, 1).Scan(&id, &parent, &unused, &detail); err != nil {
		t.Fatal(err)
	}
	plan = detail
	if want := "USING COVERING INDEX variant_key"; !strings.Contains(plan, want) {
		t.Errorf("exact lookup plan %q; want %q", plan, want)
	}
	// A second import (into a TM that holds units) keeps the index as it
	// goes, and the exact lookups find the units of both.
	more := make([]tm.Unit, 300)
	for i := range more {
		more[i] = pair(fmt.Sprintf("Second import sentence %d.", i), fmt.Sprintf("Deuxième import %d.", i))
	}
	if st, err := db.Import(ctx, seq(more...), tm.ImportOptions{File: "b.tmx"}); err != nil || st.Added != 300 {
		t.Fatalf("second import = %+v, %v; want 300 added", st, err)
	}
	if got := keyIndex(t, s); got != keyIndexSQL {
		t.Errorf("after a second import, variant_key = %q; want %q", got, keyIndexSQL)
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French, Max: 1}
	for _, q := range []struct{ src, tgt string }{
		{"Bulk sentence number 0.", "Phrase en bloc numéro 0."},
		{"Bulk sentence number 999.", "Phrase en bloc numéro 999."},
		{"Second import sentence 299.", "Deuxième import 299."},
	} {
		ms, err := db.Lookup(ctx, q.src, opt)
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) != 1 || ms[0].Target != q.tgt || ms[0].Score != 100 {
			t.Errorf("Lookup(%q) = %+v; want one exact match %q", q.src, ms, q.tgt)
		}
	}
	if err := s.db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&plan); err != nil || plan != "ok" {
		t.Errorf("integrity_check = %q, %v", plan, err)
	}
}

// TestBulkWriteReadsKeys: a write that reads exact-text keys (ExactUnits
// through its Writer, as a reviewed XLIFF's units do) after a bulk batch
// into an empty TM finds the units of that batch, and those it writes
// after the read.
func TestBulkWriteReadsKeys(t *testing.T) {
	s, err := Open(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	records := func(from, n int) []tm.UnitRecord {
		q := make([]tm.UnitRecord, n)
		for i := range q {
			k := int64(from + i + 1)
			u := pair(fmt.Sprintf("unit %d", k), fmt.Sprintf("unité %d", k))
			q[i] = tm.UnitRecord{Unit: u, Langs: []string{"en", "fr"}, SrcLangText: "en", Hash: k,
				Bases: []string{"en", "fr"}, Keys: []int64{1000 + k, 2000000 + k}, Words: [][]int64{{k}, {k}}}
		}
		return q
	}
	find := func(w tm.Writer, key int64) []int64 {
		t.Helper()
		ids, err := w.(tm.TxReader).ExactUnits(ctx, key, nil)
		if err != nil {
			t.Fatal(err)
		}
		return ids
	}
	err = s.Write(ctx, func(w tm.Writer) error {
		q := records(0, bulkUnits)
		if err := w.PutUnits(ctx, q, make([]int64, len(q))); err != nil {
			return err
		}
		if keyIndex(t, s) != keyIndexSQL { // another connection: the committed schema
			t.Errorf("the index is gone outside the write")
		}
		if ids := find(w, 1000+7); !slices.Equal(ids, []int64{7}) {
			t.Errorf("ExactUnits(unit 7's source) = %v; want [7]", ids)
		}
		// The read built the index in the write (a scan of every
		// variant for each key read would find them too, slowly).
		var n int
		if err := w.(*writer).tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE name = 'variant_key'").Scan(&n); err != nil || n != 1 {
			t.Errorf("variant_key in the write after a read: %d, %v; want 1", n, err)
		}
		q = records(bulkUnits, 10)
		if err := w.PutUnits(ctx, q, make([]int64, len(q))); err != nil {
			return err
		}
		if ids := find(w, 2000000+bulkUnits+3); !slices.Equal(ids, []int64{bulkUnits + 3}) {
			t.Errorf("ExactUnits(a later unit's target) = %v; want [%d]", ids, bulkUnits+3)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := keyIndex(t, s); got != keyIndexSQL {
		t.Errorf("variant_key = %q; want %q", got, keyIndexSQL)
	}
	if ids, err := s.ExactUnits(context.Background(), 1000+bulkUnits+9, nil); err != nil || !slices.Equal(ids, []int64{bulkUnits + 9}) {
		t.Errorf("ExactUnits after the write = %v, %v; want [%d]", ids, err, bulkUnits+9)
	}
}

func countRows(t *testing.T, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM "+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
