package postgres

import (
	"context"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres/pgtest"
	"github.com/bitext/bitext/tm/storetest"
)

var ctx = context.Background()

// testURL is the database the tests use: $BITEXT_TEST_POSTGRES, as
// testdata/postgres/cluster.sh prints it. Without it the tests skip.
func testURL(t testing.TB) string { return pgtest.URL(t) }

// openTemp returns a store in a new schema of the test database, dropped
// by the test's cleanup.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(ctx, pgtest.TempURL(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	testURL(t)
	storetest.Run(t, func(t *testing.T) tm.Store { return openTemp(t) })
}

// hashSetter gives the storetest cases a way to write a unit's stored
// hash as an older bitext did (an identity that counted more).
func hashSetter(s *Store) func(t *testing.T, id, hash int64) {
	return func(t *testing.T, id, hash int64) {
		if _, err := s.pool.Exec(ctx, "UPDATE unit SET hash = $1 WHERE id = $2", hash, id); err != nil {
			t.Fatal(err)
		}
	}
}

// TestReviewedOldHash: a reviewed unit stored before the reviewer's name
// left identity (its hash counted the name) merges with a new store of
// its pair, and takes today's hash.
func TestReviewedOldHash(t *testing.T) {
	s := openTemp(t)
	storetest.ReviewedOldHash(t, s, openTemp(t), hashSetter(s))
}

// TestFoldOnMaintenance: a deletion or an edit, the first write, folds
// an old TM's copies of reviewed pairs (storetest.FoldOnMaintenance).
func TestFoldOnMaintenance(t *testing.T) {
	storetest.FoldOnMaintenance(t, func(t *testing.T) (tm.Store, func(t *testing.T, id, hash int64)) {
		s := openTemp(t)
		return s, hashSetter(s)
	})
}

// TestChoresOtherShape: a bitext_chores of another shape refuses no
// write (storetest.ChoresOtherShape).
func TestChoresOtherShape(t *testing.T) {
	s := openTemp(t)
	exec := func(stmt string) func(t *testing.T) {
		return func(t *testing.T) {
			if _, err := s.pool.Exec(ctx, stmt); err != nil {
				t.Fatal(err)
			}
		}
	}
	var shapes []storetest.ChoreShape
	for _, sh := range [][2]string{
		{"CREATE TABLE bitext_chores (x int)", "DROP TABLE bitext_chores"},
		{"CREATE TABLE bitext_chores (name int PRIMARY KEY, extra text NOT NULL)", "DROP TABLE bitext_chores"},
		{"CREATE VIEW bitext_chores AS SELECT 1 AS x", "DROP VIEW bitext_chores"},
	} {
		shapes = append(shapes, storetest.ChoreShape{Name: sh[0], Make: exec(sh[0]), Drop: exec(sh[1])})
	}
	storetest.ChoresOtherShape(t, s, hashSetter(s), shapes)
}

// TestFoldReviewedCopies: the first write folds an old TM's copies of
// reviewed pairs (storetest.FoldReviewedCopies).
func TestFoldReviewedCopies(t *testing.T) {
	s := openTemp(t)
	storetest.FoldReviewedCopies(t, s, hashSetter(s))
}
