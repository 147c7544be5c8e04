package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/internal/storekit"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

var (
	_ tm.Maintainer  = (*Store)(nil)
	_ tm.MaintWriter = (*writer)(nil)
	_ tm.TxReader    = (*writer)(nil)
	_ tm.ChoreWriter = (*writer)(nil)
)

// Unit reads one unit and its variants.
func (s *Store) Unit(ctx context.Context, id int64) (*tm.StoredUnit, error) {
	return s.unit(ctx, s.pool, id)
}

// Unit is Store.Unit in the write's transaction (tm.TxReader).
func (w *writer) Unit(ctx context.Context, id int64) (*tm.StoredUnit, error) {
	return w.s.unit(ctx, w.tx, id)
}

// LockUnit is Unit with the unit's row locked first until the transaction
// ends (tm.TxReader): another write's LockUnit of the same unit waits for
// this one, and its read, a statement of its own, sees what this one
// committed (READ COMMITTED takes a snapshot a statement). Reading the
// unit in the statement that locks it would not: the variants joined
// would be those of before.
func (w *writer) LockUnit(ctx context.Context, id int64) (*tm.StoredUnit, error) {
	if _, err := w.tx.Exec(ctx, "SELECT FROM unit WHERE id = $1 FOR UPDATE", id); err != nil {
		return nil, w.s.mapErr(err)
	}
	return w.s.unit(ctx, w.tx, id)
}

// querier is a pool or a transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// unit reads one unit and its variants through q.
func (s *Store) unit(ctx context.Context, q querier, id int64) (*tm.StoredUnit, error) {
	rows, err := q.Query(ctx, `SELECT u.id, u.usage_count, u.prev, u.next, u.tuid, u.srclang, u.created,
		u.created_by, u.changed, u.changed_by, u.last_used, u.file, u.src_doc, u.tgt_doc, coalesce(u.score, 0),
		u.meta, v.lang, v.base, v.text, v.markup, v.meta
		FROM unit u JOIN variant v ON v.unit_id = u.id WHERE u.id = $1 ORDER BY v.pos`, id)
	if err != nil {
		return nil, s.mapErr(err)
	}
	var found *tm.StoredUnit
	err = s.scanUnits(ctx, rows, func(su *tm.StoredUnit, _ error) bool {
		found = su
		return true
	})
	if err != nil {
		return nil, err
	}
	if found == nil {
		return nil, fmt.Errorf("unit %d: %w", id, tm.ErrNoUnit)
	}
	return found, nil
}

// filterSQL is the WHERE clause of f and its arguments. tm/sqlite's is the
// same clause in its own SQL: SQL stays in the store that runs it.
func filterSQL(f tm.UnitFilter) (string, []any) {
	var where []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if f.Doc != "" {
		where = append(where, "file = "+arg(f.Doc))
	}
	switch f.Origin {
	case "":
	case tm.OriginAligned:
		where = append(where, "score > 0")
	case tm.OriginImported:
		where = append(where, "coalesce(score, 0) <= 0 AND file <> ''")
	case tm.OriginAdded:
		where = append(where, "coalesce(score, 0) <= 0 AND file = ''")
	default:
		where = append(where, "false") // no such origin: none
	}
	if !f.Since.IsZero() {
		d := arg(tmx.FormatDate(f.Since))
		where = append(where, "(created >= "+d+" OR changed >= "+d+")")
	}
	if len(where) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(where, " AND "), args
}

// FilterUnits reads the ids of the units f keeps.
func (s *Store) FilterUnits(ctx context.Context, f tm.UnitFilter, fn func(ids []int64)) error {
	where, args := filterSQL(f)
	rows, err := s.query(ctx, "SELECT id FROM unit"+where+" ORDER BY id", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	return s.mapErr(storekit.IDBatches(ctx, rows, fn))
}

// docLangsByVariants reads the languages of the documents $1 from the
// variants of their units: every unit's, a second a million units.
const docLangsByVariants = `SELECT DISTINCT u.file, v.lang FROM unit u JOIN variant v ON v.unit_id = u.id WHERE u.file = ANY($1)`

// docLangsByIndex reads them from the distinct values of the units' langs
// under each document in the index unit_file_langs (migration 3), one
// seek each (a loose index scan: the next value above the last), and from
// the variants of the units whose langs are empty only (written by a process
// that opened the TM before the column was added).
const docLangsByIndex = `WITH RECURSIVE l(file, langs) AS (
		SELECT f.file, (SELECT min(langs) FROM unit WHERE file = f.file) FROM unnest($1::text[]) AS f(file)
		UNION ALL
		SELECT l.file, (SELECT min(langs) FROM unit WHERE file = l.file AND langs > l.langs) FROM l WHERE l.langs IS NOT NULL)
	SELECT file, langs FROM l WHERE langs IS NOT NULL AND langs <> ''
	UNION ALL
	SELECT DISTINCT u.file, v.lang FROM unit u JOIN variant v ON v.unit_id = u.id WHERE u.file = ANY($1) AND u.langs = ''`

// Documents counts the units of each file (an index-only scan of
// unit_file), reads the times of the import log's entries under their
// names and the languages of the page's documents (docLangsByIndex;
// before migration 3 docLangsByVariants), in one read-only transaction
// (one snapshot).
func (s *Store) Documents(ctx context.Context, q tm.DocumentQuery) (_ []tm.DocumentInfo, _ int, err error) {
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly, IsoLevel: pgx.RepeatableRead})
	if err != nil {
		return nil, 0, s.mapErr(err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	var docs, page []tm.DocumentInfo
	var total int
	langs, err := hasUnitLangs(ctx, tx)
	if err != nil {
		return nil, 0, s.mapErr(err)
	}
	langsQuery := docLangsByVariants
	if langs {
		langsQuery = docLangsByIndex
	}
	for _, r := range []struct {
		sql  string
		args func() []any
		read func(storekit.Rows) error
	}{
		{`SELECT file, count(*) FROM unit WHERE file <> '' GROUP BY file ORDER BY file COLLATE "C"`, nil,
			func(r storekit.Rows) (err error) { docs, err = storekit.Documents(r); return err }},
		{`SELECT file, min(imported), max(imported) FROM import WHERE file <> '' GROUP BY file`, nil,
			func(r storekit.Rows) error {
				if err := storekit.DocumentTimes(docs, r, scanImportTimes); err != nil {
					return err
				}
				page, total = q.Page(docs)
				return nil
			}},
		{langsQuery,
			func() []any {
				names := make([]string, len(page))
				for i, d := range page {
					names[i] = d.Name
				}
				return []any{names}
			},
			func(r storekit.Rows) error { return storekit.DocumentLangs(page, r) }},
	} {
		var args []any
		if r.args != nil {
			args = r.args()
		}
		rows, err := tx.Query(ctx, r.sql, args...)
		if err != nil {
			return nil, 0, s.mapErr(err)
		}
		err = r.read(rows)
		rows.Close()
		if err != nil {
			return nil, 0, s.mapErr(err)
		}
		if len(docs) == 0 {
			return docs, 0, nil
		}
	}
	return page, total, nil
}

// scanImportTimes reads a file name and two times of the import log.
func scanImportTimes(rows storekit.Rows) (file string, first, last time.Time, err error) {
	err = rows.Scan(&file, &first, &last)
	return
}

// DeleteUnits deletes the units and their variants. Ids come from a
// sequence, which never gives one again.
func (w *writer) DeleteUnits(ctx context.Context, ids []int64) ([]int64, error) {
	rows, err := w.tx.Query(ctx, "DELETE FROM unit WHERE id = ANY($1) RETURNING id", ids)
	if err != nil {
		return nil, fmt.Errorf("delete units: %w", err)
	}
	deleted := map[int64]bool{}
	var gone []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, fmt.Errorf("delete units: %w", err)
		}
		deleted[id] = true
		gone = append(gone, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("delete units: %w", err)
	}
	if _, err := w.tx.Exec(ctx, "DELETE FROM variant WHERE unit_id = ANY($1)", gone); err != nil {
		return nil, fmt.Errorf("delete units: %w", err)
	}
	var missing []int64
	seen := map[int64]bool{}
	for _, id := range ids {
		if !deleted[id] && !seen[id] {
			missing = append(missing, id)
		}
		seen[id] = true
	}
	return missing, nil
}

// ReplaceUnit rewrites the unit's row and variants, and adds its words to
// the index as one-id chunks (readChunks merges them into their lists).
func (w *writer) ReplaceUnit(ctx context.Context, id int64, r tm.UnitRecord) error {
	u := &r.Unit
	var score *float64
	if u.Origin.Score != 0 {
		sc := u.Origin.Score
		score = &sc
	}
	tag, err := w.tx.Exec(ctx, `UPDATE unit SET hash = $1, tuid = $2, srclang = $3, created = $4, created_by = $5,
		changed = $6, changed_by = $7, last_used = $8, usage_count = $9, file = $10, src_doc = $11, tgt_doc = $12,
		score = $13, prev = $14, next = $15, meta = $16 WHERE id = $17`,
		r.Hash, u.ID, r.SrcLangText, tmx.FormatDate(u.Created), u.CreatedBy, tmx.FormatDate(u.Changed), u.ChangedBy,
		tmx.FormatDate(u.LastUsed), u.UsageCount, u.Origin.File, u.Origin.SrcDoc, u.Origin.TgtDoc, score,
		r.PrevHash, r.NextHash, metaJSON(u.Props, u.Notes, u.Attrs), id)
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "23505" { // unique_violation: the hash of another unit
		return fmt.Errorf("unit %d: %w", id, tm.ErrDuplicate)
	}
	if err != nil {
		return fmt.Errorf("replace unit %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("unit %d: %w", id, tm.ErrNoUnit)
	}
	if w.langs {
		if _, err := w.tx.Exec(ctx, "UPDATE unit SET langs = $1 WHERE id = $2", storekit.UnitLangs(r.Langs), id); err != nil {
			return fmt.Errorf("replace unit %d: %w", id, err)
		}
	}
	if _, err := w.tx.Exec(ctx, "DELETE FROM variant WHERE unit_id = $1", id); err != nil {
		return fmt.Errorf("replace unit %d: %w", id, err)
	}
	var vrows [][]any
	var keys []int64
	for j := range u.Variants {
		v := &u.Variants[j]
		vrows = append(vrows, []any{id, int16(j), r.Langs[j], r.Bases[j], v.Text, v.Markup, r.Keys[j],
			metaJSON(v.Props, v.Notes, v.Attrs)})
		keys = append(keys, r.Words[j]...)
	}
	if _, err := w.tx.CopyFrom(ctx, pgx.Identifier{"variant"},
		[]string{"unit_id", "pos", "lang", "base", "text", "markup", "key", "meta"}, pgx.CopyFromRows(vrows)); err != nil {
		return fmt.Errorf("replace unit %d: %w", id, err)
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	chunk := encodeChunk([]int64{id})
	for _, k := range keys {
		if _, err := w.tx.Exec(ctx, `INSERT INTO posting(key, first, n, ids) VALUES ($1, $2, 1, $3)
			ON CONFLICT (key, first) DO NOTHING`, k, id, chunk); err != nil {
			return fmt.Errorf("replace unit %d: index: %w", id, err)
		}
	}
	return nil
}

// RestoreUnit inserts the unit's row under id, then writes it as
// ReplaceUnit does. An id above the sequence's last was never given.
func (w *writer) RestoreUnit(ctx context.Context, id int64, r tm.UnitRecord) error {
	var last int64
	var called bool
	if err := w.tx.QueryRow(ctx, "SELECT last_value, is_called FROM unit_id_seq").Scan(&last, &called); err != nil {
		return fmt.Errorf("restore unit %d: %w", id, err)
	}
	if !called {
		last = 0
	}
	if id <= 0 || id > last {
		return fmt.Errorf("unit %d: %w: the TM never gave that id", id, tm.ErrNoUnit)
	}
	tag, err := w.tx.Exec(ctx, "INSERT INTO unit(id, hash) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING", id, r.Hash)
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "23505" { // unique_violation: the hash of another unit
		return fmt.Errorf("unit %d: %w: another unit holds the same", id, tm.ErrDuplicate)
	}
	if err != nil {
		return fmt.Errorf("restore unit %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("unit %d: %w: a unit of that id is stored", id, tm.ErrDuplicate)
	}
	return w.ReplaceUnit(ctx, id, r)
}

// langSetsByIndex lists the distinct values of unit.langs from the index
// unit_file_langs(file, langs): a loose index scan of the files (the next
// name above the last), and under each file of its sets, a seek each,
// instead of a read of every unit.
const langSetsByIndex = `WITH RECURSIVE f(file) AS (
		SELECT (SELECT min(file) FROM unit)
		UNION ALL
		SELECT (SELECT min(file) FROM unit WHERE file > f.file) FROM f WHERE f.file IS NOT NULL),
	l(file, langs) AS (
		SELECT f.file, (SELECT min(langs) FROM unit WHERE unit.file = f.file) FROM f WHERE f.file IS NOT NULL
		UNION ALL
		SELECT l.file, (SELECT min(langs) FROM unit WHERE unit.file = l.file AND langs > l.langs) FROM l WHERE l.langs IS NOT NULL)
	SELECT DISTINCT langs FROM l WHERE langs IS NOT NULL`

// LangSets reads the language sets of the units from the index
// unit_file_langs (langSetsByIndex); a TM before migration 3, which has
// no such index, gives none and complete false.
func (s *Store) LangSets(ctx context.Context) ([]string, bool, error) {
	langs, err := hasUnitLangs(ctx, s.pool)
	if err != nil || !langs {
		return nil, false, s.mapErr(err)
	}
	rows, err := s.query(ctx, langSetsByIndex)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	sets, complete, err := storekit.LangSets(rows)
	return sets, complete, s.mapErr(err)
}

// ChoreDone reports whether the chore was marked done (tm.ChoreWriter):
// a row of bitext_chores, a table the first mark makes. A bitext_chores
// of another shape (made by hand, or by a later bitext: the table is no
// migration's, so no schema version guards its shape), or one this role
// may not read, holds no mark it can read: the chore is not done, as when
// there is no table. The read runs in a savepoint, since an error ends a
// PostgreSQL transaction.
func (w *writer) ChoreDone(ctx context.Context, chore string) (bool, error) {
	var done bool
	err := w.tx.QueryRow(ctx, `SELECT to_regclass('bitext_chores') IS NOT NULL`).Scan(&done)
	if err != nil || !done {
		return false, err
	}
	sp, err := w.tx.Begin(ctx)
	if err != nil {
		return false, err
	}
	err = sp.QueryRow(ctx, "SELECT EXISTS (SELECT FROM bitext_chores WHERE name::text = $1::text)", chore).Scan(&done)
	if choreShapeErr(err) {
		return false, sp.Rollback(ctx)
	}
	if err != nil {
		sp.Rollback(ctx)
		return false, err
	}
	return done, sp.Commit(ctx)
}

// MarkChoreDone marks the chore done (tm.ChoreWriter). The table is not a
// migration's: an older bitext, which would refuse a newer schema
// version, opens the TM as before and leaves the table alone. A role that
// may not create it, or not insert into it, leaves the chore unmarked (a
// savepoint keeps the write going): the next process's first write does
// it again (a DB does it once), and finds it done. A role granted INSERT
// on the table once its owner made it (any write of a role that may
// create it makes it) marks it. A bitext_chores of another shape (see
// ChoreDone) is left as it is and the chore unmarked, as for a role that
// may not create it: the mark only spares later processes the chore,
// which finds nothing to do once done, so a write is not refused for it.
func (w *writer) MarkChoreDone(ctx context.Context, chore string) error {
	sp, err := w.tx.Begin(ctx)
	if err != nil {
		return fmt.Errorf("mark %s done: %w", chore, err)
	}
	// CREATE TABLE IF NOT EXISTS needs CREATE on the schema even when
	// the table is there: a role granted INSERT on a table its owner made
	// (GRANT ... ON ALL TABLES) could not mark a chore, and every process
	// of it did the chore again. So it is made only where it is not.
	var there bool
	err = sp.QueryRow(ctx, `SELECT to_regclass('bitext_chores') IS NOT NULL`).Scan(&there)
	if err == nil && !there {
		_, err = sp.Exec(ctx, `CREATE TABLE IF NOT EXISTS bitext_chores (name text PRIMARY KEY, done timestamptz NOT NULL DEFAULT now())`)
	}
	if err == nil {
		_, err = sp.Exec(ctx, "INSERT INTO bitext_chores(name) VALUES ($1) ON CONFLICT DO NOTHING", chore)
	}
	if choreShapeErr(err) {
		return sp.Rollback(ctx)
	}
	if err != nil {
		sp.Rollback(ctx)
		return fmt.Errorf("mark %s done: %w", chore, err)
	}
	return sp.Commit(ctx)
}

// choreShapeErr reports whether err is PostgreSQL's answer to a statement
// on a bitext_chores this role cannot use: one of another shape (classes
// 42, a missing column or a wrong type, and 22, 23, a value or constraint
// it refuses), a view it cannot insert into (55000), or no privilege
// (42501, in class 42). Not a lost connection, a conflict or a full disk.
func choreShapeErr(err error) bool {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return false
	}
	switch pe.Code[:2] {
	case "42", "22", "23":
		return true
	}
	return pe.Code == "55000"
}

// ReviewedUnits lists the units whose meta holds the reviewer prop's
// type (tm.ChoreWriter): a read of every unit row, not of the variants.
func (w *writer) ReviewedUnits(ctx context.Context) ([]int64, error) {
	rows, err := w.tx.Query(ctx, "SELECT id FROM unit WHERE strpos(meta, $1) > 0 ORDER BY id", tm.PropReviewed)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[int64])
}
