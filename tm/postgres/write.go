package postgres

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/internal/storekit"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/jackc/pgx/v5"
)

// postingFlushIDs bounds the word index a write builds in memory (ids
// held); past it, the chunks so far are copied to the table.
const postingFlushIDs = 16 << 20

// Write runs f in one transaction (see tm.Store): the units f puts, their
// word index and the import log entry are committed together or not at
// all.
func (s *Store) Write(ctx context.Context, f func(tm.Writer) error) (err error) {
	defer func() {
		if err != nil && ctx.Err() != nil {
			err = ctx.Err() // what failed after a cancel says why
		} else {
			err = s.mapErr(err)
		}
	}()
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	// A bulk write looks units up by hash, a few hundred at a time, in a
	// table that grows inside this transaction: the planner's statistics
	// still describe the table as it was, and it may choose to scan the
	// whole table for each batch (an import or copy of 1M units slowed to
	// a second a batch). The write's statements are index probes only.
	if _, err := tx.Exec(ctx, "SET LOCAL enable_seqscan = off"); err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	w := &writer{s: s, tx: tx, lists: map[int64][]int64{}}
	if w.langs, err = hasUnitLangs(ctx, tx); err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	ferr := f(w)
	if ferr != nil && !errors.Is(ferr, tm.ErrRollback) {
		return ferr
	}
	if err := w.flush(ctx); err != nil {
		return err
	}
	if ferr != nil {
		return ferr // a dry run: the deferred Rollback undoes it all
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	s.wroteUnits(w.added) // the planner's statistics, in the background (stats.go)
	return nil
}

// writeLock is the class of the advisory lock (keyed by the schema's
// name) under which the imports of one TM take turns (see
// writer.takeTurn).
const writeLock = 0x62697477 // "bitw"

// WritesConflict is true: imports take turns (writer.takeTurn), but a
// write can still conflict with another (one that stored a single unit
// before it took its turn, the unit and document maintenance, a session
// of another program), and PostgreSQL fails one of them with an error
// wrapping tm.ErrConflict. tm.DB.Import runs its transaction again then
// (see tm.ConflictStore).
func (s *Store) WritesConflict() bool { return true }

// writer is one write transaction with the word index it has built.
type writer struct {
	s     *Store
	tx    pgx.Tx
	lists map[int64][]int64 // key -> unit ids added under it
	nids  int
	added int  // units added
	put   int  // units given to PutUnits
	turn  bool // the transaction holds the write lock (takeTurn)
	// langs: the unit table has the langs column (migration 3), which the
	// writer fills. A TM opened before it was added (another process's
	// write held it up, or the role may not alter the table) gets units
	// with an empty langs until it is.
	langs bool
}

// hasUnitLangs reports whether the unit table (of the schema the
// search_path picks) has the langs column of migration 3.
func hasUnitLangs(ctx context.Context, q rowQuerier) (bool, error) {
	var has bool
	err := q.QueryRow(ctx, `SELECT EXISTS (SELECT FROM pg_attribute
		WHERE attrelid = 'unit'::regclass AND attname = 'langs' AND NOT attisdropped)`).Scan(&has)
	return has, err
}

// merge is what a unit merged into a stored one brings.
type merge struct {
	usage              int
	changed, changedBy string
	lastUsed           string
	prev, next         int64
}

// PutUnits adds the units whose hash is not stored (new ids, in the
// order of q) and merges the others, with a few statements a batch: the
// stored hashes are read first, so that merges take no id from the
// sequence; a unit another writer adds meanwhile conflicts on the unique
// hash and is merged too.
func (w *writer) PutUnits(ctx context.Context, q []tm.UnitRecord, out []int64) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(out) != len(q) {
		return fmt.Errorf("store units: %d ids for %d units", len(out), len(q))
	}
	if len(q) == 0 {
		return nil
	}
	if err := w.takeTurn(ctx, len(q)); err != nil {
		return err
	}
	stored, err := w.storedHashes(ctx, q)
	if err != nil {
		return err
	}
	clear(out) // an inserted unit's id, set by unitMerges
	ids := map[int64]int64{}
	if ins := newUnits(q, stored); len(ins) > 0 {
		if err := w.insertUnits(ctx, q, ins, ids); err != nil {
			return err
		}
	}
	if order, merges := unitMerges(q, ids, out); len(order) > 0 {
		if err := w.mergeUnits(ctx, order, merges); err != nil {
			return err
		}
	}
	if w.nids > postingFlushIDs {
		return w.flush(ctx)
	}
	return nil
}

// storedHashes returns which of the hashes of q the TM holds.
func (w *writer) storedHashes(ctx context.Context, q []tm.UnitRecord) (map[int64]bool, error) {
	hashes := make([]int64, len(q))
	for i := range q {
		hashes[i] = q[i].Hash
	}
	stored := map[int64]bool{}
	rows, err := w.tx.Query(ctx, "SELECT hash FROM unit WHERE hash = ANY($1)", hashes)
	if err != nil {
		return nil, fmt.Errorf("store units: %w", err)
	}
	for rows.Next() {
		var h int64
		if err := rows.Scan(&h); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store units: %w", err)
		}
		stored[h] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store units: %w", err)
	}
	return stored, nil
}

// newUnits returns the positions in q of the units PutUnits inserts:
// the first of each hash not stored. The others merge.
func newUnits(q []tm.UnitRecord, stored map[int64]bool) []int {
	var ins []int
	first := map[int64]bool{}
	for i := range q {
		if h := q[i].Hash; !stored[h] && !first[h] {
			first[h] = true
			ins = append(ins, i)
		}
	}
	return ins
}

// unitMerges sets out[i] to the id of the unit q[i] inserted, found by
// its hash in ids (and taken out of it: a second equal unit in the batch
// merges), and returns what the other units bring to the
// stored units of their hashes (merges), those hashes in the order
// of q.
func unitMerges(q []tm.UnitRecord, ids map[int64]int64, out []int64) (order []int64, merges map[int64]*merge) {
	merges = map[int64]*merge{}
	for i := range q {
		pu := &q[i]
		if id, ok := ids[pu.Hash]; ok {
			out[i] = id
			delete(ids, pu.Hash) // a second equal unit in the batch merges
			continue
		}
		m := merges[pu.Hash]
		if m == nil {
			m = &merge{}
			merges[pu.Hash] = m
			order = append(order, pu.Hash)
		}
		m.add(pu)
	}
	return order, merges
}

// add merges the unit pu into m: the highest usage count, the latest
// change (with its author) and last use, and the first neighbours
// given.
func (m *merge) add(pu *tm.UnitRecord) {
	u := &pu.Unit
	m.usage = max(m.usage, u.UsageCount)
	if c := tmx.FormatDate(u.Changed); c > m.changed {
		m.changed, m.changedBy = c, u.ChangedBy
	}
	m.lastUsed = max(m.lastUsed, tmx.FormatDate(u.LastUsed))
	if m.prev == 0 {
		m.prev = pu.PrevHash
	}
	if m.next == 0 {
		m.next = pu.NextHash
	}
}

// takeTurn takes the TM's write lock before the transaction stores more
// than one unit, and holds it to its commit or rollback, so that imports
// of one TM take turns: two imports of the same new units in different
// orders each waited on a unit the other had inserted, and PostgreSQL
// failed one with "deadlock detected"; with three or more importers some
// failed on every one of their runs (TestManyImportsOfNewUnits). Lookups,
// reads and the unit and document maintenance do not take it, and neither
// does a write of one unit (a tmserver PUT, tm.DB.Add: holding nothing
// else, it cannot deadlock), so that a translator's saved segment does not
// wait for a long import. A cancelled ctx cancels the wait.
func (w *writer) takeTurn(ctx context.Context, n int) error {
	w.put += n
	if w.put < 2 {
		return nil
	}
	return w.TakeTurn(ctx)
}

// TakeTurn takes the TM's write lock now, if this transaction does not
// hold it (tm.TurnTaker): an import that merges a reviewed unit into a
// stored one locks that unit's row first, and a transaction that held
// such a row while it waited for the lock, which an import holding it
// waited for that row, deadlocked (six reviewers storing the same three
// pairs at once: two failed every run).
func (w *writer) TakeTurn(ctx context.Context) error {
	if w.turn {
		return nil
	}
	if _, err := w.tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))", writeLock); err != nil {
		return fmt.Errorf("wait for the other imports: %w", err)
	}
	w.turn = true
	return nil
}

// insertUnits inserts the units of q at positions ins with one statement,
// records their ids by hash in ids, and copies their variants.
func (w *writer) insertUnits(ctx context.Context, q []tm.UnitRecord, ins []int, ids map[int64]int64) error {
	n := len(ins)
	var (
		hash, prev, next                           = make([]int64, n), make([]int64, n), make([]int64, n)
		usage                                      = make([]int32, n)
		tuid, srclang, created, createdBy, changed = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		changedBy, lastUsed, file, srcDoc, tgtDoc  = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		score                                      = make([]*float64, n)
		meta                                       = make([]*string, n)
		langs                                      = make([]string, n)
	)
	for j, i := range ins {
		pu := &q[i]
		u := &pu.Unit
		if len(u.Variants) > 32767 {
			return fmt.Errorf("store units: %w: %d language variants", tm.ErrBadUnit, len(u.Variants))
		}
		hash[j], prev[j], next[j], usage[j] = pu.Hash, pu.PrevHash, pu.NextHash, int32(u.UsageCount)
		tuid[j], srclang[j], createdBy[j], changedBy[j] = u.ID, pu.SrcLangText, u.CreatedBy, u.ChangedBy
		created[j], changed[j], lastUsed[j] = tmx.FormatDate(u.Created), tmx.FormatDate(u.Changed), tmx.FormatDate(u.LastUsed)
		file[j], srcDoc[j], tgtDoc[j] = u.Origin.File, u.Origin.SrcDoc, u.Origin.TgtDoc
		if u.Origin.Score != 0 {
			sc := u.Origin.Score
			score[j] = &sc
		}
		meta[j] = metaJSON(u.Props, u.Notes, u.Attrs)
		langs[j] = storekit.UnitLangs(pu.Langs)
	}
	// Without the langs column (before migration 3) its array is unused.
	langsCol, langsVal := "", ""
	if w.langs {
		langsCol, langsVal = ", langs", ", langs"
	}
	rows, err := w.tx.Query(ctx, `INSERT INTO unit(hash, tuid, srclang, created, created_by, changed, changed_by,
		last_used, usage_count, file, src_doc, tgt_doc, score, prev, next, meta`+langsCol+`)
		SELECT hash, tuid, srclang, created, created_by, changed, changed_by, last_used, usage_count, file,
			src_doc, tgt_doc, score, prev, next, meta`+langsVal+` FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
			$8::text[], $9::integer[], $10::text[], $11::text[], $12::text[], $13::float8[], $14::bigint[],
			$15::bigint[], $16::text[], $17::text[]) WITH ORDINALITY AS r(hash, tuid, srclang, created, created_by, changed,
			changed_by, last_used, usage_count, file, src_doc, tgt_doc, score, prev, next, meta, langs, ord)
			ORDER BY ord
		ON CONFLICT (hash) DO NOTHING RETURNING id, hash`,
		hash, tuid, srclang, created, createdBy, changed, changedBy, lastUsed, usage, file, srcDoc, tgtDoc,
		score, prev, next, meta, langs)
	if err != nil {
		return fmt.Errorf("store units: %w", err)
	}
	err = storekit.HashIDs(rows, ids)
	rows.Close()
	if err != nil {
		return fmt.Errorf("store units: %w", err)
	}
	w.added += len(ids)
	var vrows [][]any
	for _, i := range ins {
		pu := &q[i]
		id, ok := ids[pu.Hash]
		if !ok {
			continue // another writer stored it meanwhile: merged below
		}
		for j := range pu.Unit.Variants {
			v := &pu.Unit.Variants[j]
			vrows = append(vrows, []any{id, int16(j), pu.Langs[j], pu.Bases[j], v.Text, v.Markup, pu.Keys[j],
				metaJSON(v.Props, v.Notes, v.Attrs)})
			for _, k := range pu.Words[j] {
				l := w.lists[k]
				if len(l) == 0 || l[len(l)-1] != id {
					w.lists[k] = append(l, id)
					w.nids++
				}
			}
		}
	}
	if _, err := w.tx.CopyFrom(ctx, pgx.Identifier{"variant"},
		[]string{"unit_id", "pos", "lang", "base", "text", "markup", "key", "meta"}, pgx.CopyFromRows(vrows)); err != nil {
		return fmt.Errorf("store variants: %w", err)
	}
	return nil
}

// mergeUnits applies the merges, one statement for all: the larger usage
// count and the later dates win, a context hash of 0 takes the unit's.
func (w *writer) mergeUnits(ctx context.Context, order []int64, merges map[int64]*merge) error {
	n := len(order)
	hash, prev, next := make([]int64, n), make([]int64, n), make([]int64, n)
	usage := make([]int32, n)
	changed, changedBy, lastUsed := make([]string, n), make([]string, n), make([]string, n)
	for i, h := range order {
		m := merges[h]
		hash[i], prev[i], next[i], usage[i] = h, m.prev, m.next, int32(m.usage)
		changed[i], changedBy[i], lastUsed[i] = m.changed, m.changedBy, m.lastUsed
	}
	// The rows are locked first, in the order of their hashes. The
	// UPDATE locks them in the order of its plan, which changes with the
	// table's size and statistics (a nested loop goes through the batch
	// in its order, a merge join by hash): two writers merging the same
	// units, each with its plan, locked them in two orders, and one
	// failed with "deadlock detected" (TestMergesLockInOneOrder).
	if _, err := w.tx.Exec(ctx, "SELECT FROM unit WHERE hash = ANY($1) ORDER BY hash FOR UPDATE", hash); err != nil {
		return fmt.Errorf("merge units: %w", err)
	}
	_, err := w.tx.Exec(ctx, `UPDATE unit u SET
		usage_count = greatest(u.usage_count, m.usage),
		changed = greatest(u.changed, m.changed),
		changed_by = CASE WHEN m.changed > u.changed THEN m.changed_by ELSE u.changed_by END,
		last_used = greatest(u.last_used, m.last_used),
		prev = CASE WHEN u.prev = 0 THEN m.prev ELSE u.prev END,
		next = CASE WHEN u.next = 0 THEN m.next ELSE u.next END
		FROM unnest($1::bigint[], $2::integer[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[])
			AS m(hash, usage, changed, changed_by, last_used, prev, next)
		WHERE u.hash = m.hash`, hash, usage, changed, changedBy, lastUsed, prev, next)
	if err != nil {
		return fmt.Errorf("merge units: %w", err)
	}
	return nil
}

// flush copies the word index built so far to the table, one chunk per
// key.
func (w *writer) flush(ctx context.Context) error {
	if len(w.lists) == 0 {
		return nil
	}
	keys := make([]int64, 0, len(w.lists))
	for k := range w.lists {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	rows := make([][]any, 0, len(keys))
	for _, k := range keys {
		l := w.lists[k]
		slices.Sort(l)
		l = slices.Compact(l)
		rows = append(rows, []any{k, l[0], int32(len(l)), encodeChunk(l)})
	}
	if _, err := w.tx.CopyFrom(ctx, pgx.Identifier{"posting"}, []string{"key", "first", "n", "ids"},
		pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("store index: %w", err)
	}
	w.lists = map[int64][]int64{}
	w.nids = 0
	return nil
}

// encodeChunk encodes sorted ids as a chunk: a 0 byte, the first id, then
// uvarint gaps.
func encodeChunk(ids []int64) []byte {
	b := make([]byte, 0, 2+len(ids)*2)
	b = append(b, 0)
	b = binary.AppendUvarint(b, uint64(ids[0]))
	for i := 1; i < len(ids); i++ {
		b = binary.AppendUvarint(b, uint64(ids[i]-ids[i-1]))
	}
	return b
}

// LogImport adds an entry to the import log, with the TMX header as JSON
// and rec.Time (now when zero).
func (w *writer) LogImport(ctx context.Context, rec tm.ImportRecord) error {
	var header *string
	if rec.Header != nil {
		j, err := json.Marshal(rec.Header)
		if err != nil {
			return fmt.Errorf("import log: %w", err)
		}
		s := string(j)
		header = &s
	}
	var at *time.Time // NULL: now
	if !rec.Time.IsZero() {
		t := rec.Time.UTC().Truncate(time.Second)
		at = &t
	}
	if _, err := w.tx.Exec(ctx, "INSERT INTO import(file, header, added, merged, imported) VALUES ($1, $2, $3, $4, coalesce($5, now()))",
		rec.File, header, rec.Added, rec.Merged, at); err != nil {
		return fmt.Errorf("import log: %w", err)
	}
	return nil
}

// metaJSON encodes props, notes and attributes (storekit.MetaJSON), nil
// when there are none.
func metaJSON(props []tm.Prop, notes []tm.Note, attrs []tm.Attr) *string {
	if j, ok := storekit.MetaJSON(props, notes, attrs); ok {
		return &j
	}
	return nil
}

// decodeMeta decodes a meta column (storekit.DecodeMeta).
func decodeMeta(s *string) storekit.Meta {
	if s == nil {
		return storekit.Meta{}
	}
	return storekit.DecodeMeta(*s)
}

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }
