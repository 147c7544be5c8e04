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
