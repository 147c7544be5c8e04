package tm_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
	"golang.org/x/text/language"
)

// conflicting is a store whose write transactions fail with ErrConflict:
// attempt i (from 0) fails at its fails[i]-th PutUnits (from 0); -1, or
// an attempt past fails, does not fail.
type conflicting struct {
	tm.Store
	fails    []int
	attempts int
	err      error // what the failing PutUnits returns
}

func (c *conflicting) WritesConflict() bool { return true }

func (c *conflicting) Write(ctx context.Context, f func(tm.Writer) error) error {
	k := -1
	if c.attempts < len(c.fails) {
		k = c.fails[c.attempts]
	}
	c.attempts++
	return c.Store.Write(ctx, func(w tm.Writer) error { return f(&failingWriter{Writer: w, left: k, err: c.err}) })
}

type failingWriter struct {
	tm.Writer
	left int
	err  error
}

func (w *failingWriter) PutUnits(ctx context.Context, q []tm.UnitRecord, out []int64) error {
	if w.left == 0 {
		return w.err
	}
	w.left--
	return w.Writer.PutUnits(ctx, q, out)
}

var errConflict = fmt.Errorf("write test: %w: %w (deadlock detected)", tm.ErrBusy, tm.ErrConflict)

// retryUnits are n units of 10 documents in document order, with dates,
// props and notes, the last 100 equal to the first 100 (merged).
func retryUnits(n int) []tm.Unit {
	var us []tm.Unit
	day := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	for i := range n {
		j := i
		if i >= n-100 {
			j = i - (n - 100)
		}
		u := tm.Unit{SrcLang: language.English, Variants: []tm.Variant{
			{Lang: language.English, Text: fmt.Sprintf("Sentence %d of the tape.", j)},
			{Lang: language.French, Text: fmt.Sprintf("Phrase %d de la bande.", j), Notes: []tm.Note{{Text: "checked"}}}},
			Created: day.Add(time.Duration(j) * time.Minute), CreatedBy: "ana", UsageCount: j % 7,
			Props:  []tm.Prop{{Type: "x-domain", Text: "news"}},
			Origin: tm.Origin{File: "tape.tmx", SrcDoc: fmt.Sprintf("doc%d", j%10), Score: 0.5}}
		us = append(us, u)
	}
	return us
}

// tempStore is a new SQLite store in a folder of its own.
func tempStore(t *testing.T) tm.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// stored is what a store holds, ids aside, in id order.
func stored(t *testing.T, s tm.Store) []tm.StoredUnit {
	t.Helper()
	var us []tm.StoredUnit
	for u, err := range s.Scan(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		u.ID = 0
		us = append(us, *u)
	}
	return us
}

// TestImportRetry: an import whose transaction fails on a conflict runs
// again from the units it kept (in memory and in its file), the iterator
// going on where it was; it stores what one import without a conflict
// stores.
func TestImportRetry(t *testing.T) {
	tm.SetImportRetry(t, 1000) // 3 batches in memory, the others in the file
	ctx := context.Background()
	units := retryUnits(3000)
	for _, seqn := range []bool{false, true} {
		t.Run(fmt.Sprintf("sequential=%v", seqn), func(t *testing.T) {
			opt := tm.ImportOptions{File: "tape.tmx", Sequential: seqn}
			want := tempStore(t)
			wst, err := tm.New(want).Import(ctx, seq(units...), opt)
			if err != nil {
				t.Fatal(err)
			}
			// The first attempt fails in memory's batches, the second in
			// the file's, the third after the last batch was read.
			c := &conflicting{Store: tempStore(t), fails: []int{2, 6, 11}, err: errConflict}
			tmp := t.TempDir()
			t.Setenv("TMPDIR", tmp)
			st, err := tm.New(c).Import(ctx, seq(units...), opt)
			if err != nil {
				t.Fatal(err)
			}
			if left, _ := os.ReadDir(tmp); len(left) != 0 {
				t.Errorf("the import left %v in $TMPDIR", left)
			}
			if c.attempts != 4 {
				t.Errorf("%d attempts; want 4", c.attempts)
			}
			if st != wst || st.Read != 3000 || st.Added != 2900 || st.Merged != 100 {
				t.Errorf("stats %+v; want %+v (3000 read, 2900 added, 100 merged)", st, wst)
			}
			got, w := stored(t, c.Store), stored(t, want)
			if len(got) != len(w) {
				t.Fatalf("%d units stored; want %d", len(got), len(w))
			}
			for i := range got {
				if !reflect.DeepEqual(got[i], w[i]) {
					t.Fatalf("unit %d: %+v\nwant %+v", i, got[i], w[i])
				}
			}
			// The word index of the units read back from the file was made
			// again: a fuzzy lookup finds them.
			for _, n := range []int{10, 2500} {
				q := fmt.Sprintf("Sentence %d of the long tape.", n)
				// (Any score: the units are aligned pairs scored 0.5,
				// whose matches lose 32 points, tm.AlignPenalty.)
				ms, err := tm.New(c).Lookup(ctx, q, tm.LookupOptions{Src: language.English, Tgt: language.French, Min: tm.NoMinimum})
				if want := fmt.Sprintf("Phrase %d de la bande.", n); err != nil || len(ms) == 0 || ms[0].Target != want {
					t.Errorf("Lookup(%q) = %+v, %v; want %q first", q, ms, err, want)
				}
			}
		})
	}
}

// TestImportRetryGivesUp: an import whose transaction fails on a conflict
// every time gives up after 5 attempts with the store's error, and the
// TM stays as it was; an error that is not a conflict is not retried, nor
// is any on a store that does not say its writes conflict; the error that
// stopped the reading stops the import run again.
func TestImportRetryGivesUp(t *testing.T) {
	tm.SetImportRetry(t, 1000)
	ctx := context.Background()
	units := retryUnits(2000)
	check := func(t *testing.T, c *conflicting, it func(func(tm.Unit, error) bool), attempts int, want error) {
		t.Helper()
		_, err := tm.New(c).Import(ctx, it, tm.ImportOptions{File: "f"})
		if !errors.Is(err, want) {
			t.Errorf("Import: %v; want %v", err, want)
		}
		if c.attempts != attempts {
			t.Errorf("%d attempts; want %d", c.attempts, attempts)
		}
		if n := len(stored(t, c.Store)); n != 0 {
			t.Errorf("%d units stored after a failed import; want none", n)
		}
	}
	t.Run("always", func(t *testing.T) {
		c := &conflicting{Store: tempStore(t), fails: []int{7, 7, 0, 3, 7, 0}, err: errConflict}
		check(t, c, seq(units...), 5, tm.ErrConflict)
	})
	t.Run("busy", func(t *testing.T) {
		busy := fmt.Errorf("write test: %w (lock timeout)", tm.ErrBusy)
		c := &conflicting{Store: tempStore(t), fails: []int{3}, err: busy}
		check(t, c, seq(units...), 1, busy)
	})
	t.Run("no retry", func(t *testing.T) {
		c := &noConflicts{conflicting{Store: tempStore(t), fails: []int{3}, err: errConflict}}
		_, err := tm.New(c).Import(ctx, seq(units...), tm.ImportOptions{})
		if !errors.Is(err, tm.ErrConflict) || c.attempts != 1 {
			t.Errorf("Import: %v after %d attempts; want the conflict after 1", err, c.attempts)
		}
	})
	t.Run("reading", func(t *testing.T) {
		broken := errors.New("line 9: broken")
		it := func(yield func(tm.Unit, error) bool) {
			for i, u := range units {
				if i == 1500 {
					yield(tm.Unit{}, broken)
					return
				}
				if !yield(u, nil) {
					return
				}
			}
		}
		// The first attempt fails at the last batch before the error
		// (its 5th), the second gets to the error.
		c := &conflicting{Store: tempStore(t), fails: []int{4}, err: errConflict}
		check(t, c, it, 2, broken)
	})
}

// noConflicts is conflicting that says its writes do not conflict.
type noConflicts struct{ conflicting }

func (c *noConflicts) WritesConflict() bool { return false }

// commitConflicts is a store whose first Fail write transactions (and
// glossary writes, each a transaction of its own) run to their end and
// then fail on a conflict, as PostgreSQL fails a serializable transaction
// at commit: what they wrote is rolled back.
type commitConflicts struct {
	maintStore
	fail, writes int
}

// maintStore is a store that keeps maintenance (SQLite's).
type maintStore interface {
	tm.Store
	tm.Maintainer
}

func (c *commitConflicts) WritesConflict() bool { return true }

// conflict says whether the write now in progress fails.
func (c *commitConflicts) conflict() bool {
	c.writes++
	return c.writes <= c.fail
}

func (c *commitConflicts) Write(ctx context.Context, f func(tm.Writer) error) error {
	fail := c.conflict()
	return c.maintStore.Write(ctx, func(w tm.Writer) error {
		if err := f(w); err != nil || !fail {
			return err
		}
		return errConflict
	})
}

func (c *commitConflicts) PutGlossary(ctx context.Context, es []normalize.Entry, check func([]normalize.Entry) error) error {
	if c.conflict() {
		return errConflict
	}
	return c.maintStore.PutGlossary(ctx, es, check)
}

func (c *commitConflicts) DeleteGlossary(ctx context.Context, canonical []string) (int, error) {
	if c.conflict() {
		return 0, errConflict
	}
	return c.maintStore.DeleteGlossary(ctx, canonical)
}

func (c *commitConflicts) DeleteGlossaryVariant(ctx context.Context, canonical, variant string) ([]string, bool, error) {
	if c.conflict() {
		return nil, false, errConflict
	}
	return c.maintStore.DeleteGlossaryVariant(ctx, canonical, variant)
}

// TestWritesRetry: Copy, the deletes and edits of units and documents and
// the glossary's writes run their transaction again after a conflict, as
// Import does, and do what one run without the conflict does; after five
// conflicts they give up with the store's error and change nothing.
func TestWritesRetry(t *testing.T) {
	tm.SetImportRetry(t, 1000)
	ctx := context.Background()
	fill := func(t *testing.T, s tm.Store) *tm.DB {
		t.Helper()
		db := tm.New(s)
		if _, err := db.Import(ctx, seq(retryUnits(600)...), tm.ImportOptions{File: "tape.tmx"}); err != nil {
			t.Fatal(err)
		}
		if err := db.PutGlossary(ctx, []normalize.Entry{{Canonical: "Islamic State", Variants: []string{"ISIS", "Daesh"}}}); err != nil {
			t.Fatal(err)
		}
		return db
	}
	t.Run("copy", func(t *testing.T) {
		from := fill(t, tempStore(t))
		want, err := tm.New(tempStore(t)).Copy(ctx, from, tm.CopyOptions{})
		if err != nil {
			t.Fatal(err)
		}
		c := &commitConflicts{maintStore: tempStore(t).(maintStore), fail: 2}
		st, err := tm.New(c).Copy(ctx, from, tm.CopyOptions{})
		if err != nil || st != want || st.Added != 500 {
			t.Fatalf("Copy after 2 conflicts: %+v, %v; want %+v (500 added)", st, err, want)
		}
		if n := len(stored(t, c.maintStore)); n != 500 {
			t.Errorf("%d units stored; want 500", n)
		}
	})
	t.Run("units and documents", func(t *testing.T) {
		c := &commitConflicts{maintStore: tempStore(t).(maintStore)}
		db := fill(t, c)
		c.writes, c.fail = 0, 1
		if n, err := db.DeleteUnits(ctx, 1, 2); n != 2 || err != nil {
			t.Errorf("DeleteUnits after a conflict: %d, %v; want 2", n, err)
		}
		c.writes, c.fail = 0, 1
		if err := db.EditUnit(ctx, 3, tm.UnitEdit{Lang: language.French, Text: "Phrase corrigée."}); err != nil {
			t.Errorf("EditUnit after a conflict: %v", err)
		}
		if u, err := db.Unit(ctx, 3); err != nil || u.Variants[1].Text != "Phrase corrigée." {
			t.Errorf("unit 3 after the edit: %+v, %v", u, err)
		}
		c.writes, c.fail = 0, 5
		if _, err := db.DeleteUnits(ctx, 4); !errors.Is(err, tm.ErrConflict) || c.writes != 5 {
			t.Errorf("DeleteUnits after 5 conflicts: %v after %d writes; want the conflict after 5", err, c.writes)
		}
		if n := len(stored(t, c.maintStore)); n != 498 {
			t.Errorf("%d units stored after a delete that gave up; want 498", n)
		}
		c.writes, c.fail = 0, 1
		if n, err := db.DeleteDocument(ctx, "tape.tmx"); n != 498 || err != nil {
			t.Errorf("DeleteDocument after a conflict: %d, %v; want 498", n, err)
		}
		if n := len(stored(t, c.maintStore)); n != 0 {
			t.Errorf("%d units stored after the document's delete; want none", n)
		}
	})
	t.Run("glossary", func(t *testing.T) {
		c := &commitConflicts{maintStore: tempStore(t).(maintStore)}
		db := fill(t, c)
		c.writes, c.fail = 0, 1
		if err := db.DeleteGlossaryVariant(ctx, "Islamic State", "Daesh"); err != nil {
			t.Errorf("DeleteGlossaryVariant after a conflict: %v", err)
		}
		c.writes, c.fail = 0, 1
		if err := db.PutGlossary(ctx, []normalize.Entry{{Canonical: "Kyiv", Variants: []string{"Kiev"}}}); err != nil {
			t.Errorf("PutGlossary after a conflict: %v", err)
		}
		c.writes, c.fail = 0, 1
		if n, err := db.DeleteGlossary(ctx, "Kyiv"); n != 1 || err != nil {
			t.Errorf("DeleteGlossary after a conflict: %d, %v; want 1", n, err)
		}
		gl, err := db.Glossary(ctx)
		if err != nil || len(gl) != 1 || !reflect.DeepEqual(gl[0].Variants, []string{"ISIS"}) {
			t.Errorf("glossary %+v, %v; want Islamic State with ISIS alone", gl, err)
		}
	})
}
