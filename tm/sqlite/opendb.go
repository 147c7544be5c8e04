package sqlite

import (
	"context"

	"github.com/bitext/bitext/tm"
)

// OpenDB opens the SQLite TM at path, as Open does, and returns the
// translation memory over it; closing the DB closes the store.
func OpenDB(ctx context.Context, path string) (*tm.DB, error) {
	s, err := Open(ctx, path)
	if err != nil {
		return nil, err
	}
	return tm.New(s), nil
}
