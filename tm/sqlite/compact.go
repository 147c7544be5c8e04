package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/bitext/bitext/tm"
)

// compactBatch is how many posting lists Compact reads at a time: the
// changed ones are written before the next are read, so that its memory
// does not grow with the index.
const compactBatch = 1024

// Compact drops the ids of deleted units from the posting lists (a list
// left empty goes: the word is no longer indexed), in one transaction
// that holds the write lock, and then runs VACUUM, which writes the file
// again without its free pages, and a checkpoint that brings it to disk.
// A list keeps its ids in order, written again as one chunk. Reading
// every list and writing again those that held a deleted id costs about
// a second for 200,000 units deleted from 210,000 (BENCHMARKS, "What
// trial39 left"); VACUUM writes the whole file again (3 s for 130 MB),
// and waits for other connections' writes.
func (s *Store) Compact(cctx context.Context) (st tm.CompactStats, err error) {
	defer s.corrupt(&err)
	ctx, err := quick(cctx)
	if err != nil {
		return st, err
	}
	if st.WordsBefore, st.BytesBefore, err = s.compactCounts(ctx); err != nil {
		return st, err
	}
	err = s.inTx(cctx, func(tx *sql.Tx) error {
		live, err := liveIDs(ctx, tx)
		if err != nil {
			return err
		}
		from, first := int64(math.MinInt64), true
		for {
			if err := cctx.Err(); err != nil {
				return err
			}
			next, n, err := compactPostings(ctx, tx, live, from, first)
			if err != nil || n < compactBatch {
				return err
			}
			from, first = next, false
		}
	})
	if err != nil {
		return st, err
	}
	if _, err := s.db.ExecContext(ctx, "VACUUM"); err != nil {
		return st, fmt.Errorf("vacuum: %w", s.writeErr(cctx, err))
	}
	if err := s.checkpoint(ctx); err != nil {
		return st, fmt.Errorf("checkpoint: %w", s.writeErr(cctx, err))
	}
	st.WordsAfter, st.BytesAfter, err = s.compactCounts(ctx)
	return st, err
}

// checkpointTries bounds checkpoint's tries, checkpointPause apart: a
// reader's transaction (a lookup of bitext serve) keeps a TRUNCATE
// checkpoint from finishing, and with lookups every fraction of a second
// the first try left the new file in the -wal file: compact said 465 MB
// (288 MB before) until the server's next write. A reader that stays (a
// long export) costs compact checkpointTries * checkpointPause, 2 s.
const (
	checkpointTries = 40
	checkpointPause = 50 * time.Millisecond
)

// checkpoint copies the -wal file into the TM's file, cuts the file to its
// pages and empties the -wal file, as far as it can without waiting for a
// reader, trying again while one keeps it from finishing (checkpointTries). In
// WAL mode VACUUM writes the new file into the -wal file; with another
// connection open (bitext serve), closing this store runs no checkpoint,
// and the file kept its old pages beside a -wal file of the new ones. A
// TRUNCATE checkpoint waits (the busy timeout, holding the write lock) for
// a reader in a transaction (a long export): with no busy timeout it
// copies what it can instead, without an error, and the bytes Compact
// says are those on disk.
func (s *Store) checkpoint(ctx context.Context) (err error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA busy_timeout = 0"); err != nil {
		return err
	}
	defer func() {
		if _, rerr := conn.ExecContext(ctx, "PRAGMA busy_timeout = "+strconv.Itoa(busyTimeoutMS)); err == nil {
			err = rerr
		}
	}()
	for try := 1; ; try++ {
		var busy, log, done int
		if err := conn.QueryRowContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)").Scan(&busy, &log, &done); err != nil || busy == 0 || try == checkpointTries {
			return err
		}
		select {
		case <-ctx.Done():
			return nil // what it could copy is copied; the bytes said are those on disk
		case <-time.After(checkpointPause):
		}
	}
}

// compactCounts counts the posting lists and the bytes of the TM's file
// and its -wal file, as Stats does.
func (s *Store) compactCounts(ctx context.Context) (words int, bytes int64, err error) {
	err = s.db.QueryRowContext(ctx, "SELECT count(*) FROM posting").Scan(&words)
	return words, s.fileBytes(), err
}

// liveIDs returns the ids of the units stored, as a bit set.
func liveIDs(ctx context.Context, tx *sql.Tx) ([]uint64, error) {
	var top int64
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM unit").Scan(&top); err != nil {
		return nil, err
	}
	live := make([]uint64, top/64+1)
	rows, err := tx.QueryContext(ctx, "SELECT id FROM unit")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		live[id/64] |= 1 << (id % 64)
	}
	return live, rows.Err()
}

// compactPostings reads up to compactBatch posting lists from key from on
// (from itself when first) and writes again those that hold an id not in
// live, or deletes them when none is. It returns the last key read and
// how many lists it read.
func compactPostings(ctx context.Context, tx *sql.Tx, live []uint64, from int64, first bool) (last int64, n int, err error) {
	op := ">"
	if first {
		op = ">="
	}
	rows, err := tx.QueryContext(ctx, "SELECT id, ids FROM posting WHERE id "+op+" ? ORDER BY id LIMIT ?", from, compactBatch)
	if err != nil {
		return 0, 0, err
	}
	type change struct {
		key int64
		p   plist
	}
	var changes []change
	for rows.Next() {
		var (
			key  int64
			blob []byte
		)
		if err := rows.Scan(&key, &blob); err != nil {
			rows.Close()
			return 0, 0, err
		}
		last, n = key, n+1
		var p plist
		dead := false
		decodePostings(blob, func(id int64) {
			if id >= 0 && id/64 < int64(len(live)) && live[id/64]&(1<<(id%64)) != 0 {
				p.add(uint64(id))
			} else {
				dead = true
			}
		})
		if dead {
			changes = append(changes, change{key, p})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, 0, err
	}
	for _, c := range changes {
		if c.p.n == 0 {
			_, err = tx.ExecContext(ctx, "DELETE FROM posting WHERE id = ?", c.key)
		} else {
			_, err = tx.ExecContext(ctx, "UPDATE posting SET n = ?, ids = ? WHERE id = ?", c.p.n, c.p.buf, c.key)
		}
		if err != nil {
			return 0, 0, err
		}
	}
	return last, n, nil
}
