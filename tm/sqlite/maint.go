package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/internal/storekit"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/mattn/go-sqlite3"
)

// unitCols are the unit columns that Unit reads, in scanUnitRow's order.
const unitColsSQL = `id, usage_count, prev, next, tuid, srclang, created, created_by, changed, changed_by,
	last_used, file, src_doc, tgt_doc, coalesce(score, 0), meta`

// Unit reads one unit and its variants.
func (s *Store) Unit(cctx context.Context, id int64) (_ *tm.StoredUnit, err error) {
	defer s.corrupt(&err)
	ctx, err := quick(cctx)
	if err != nil {
		return nil, err
	}
	return readUnit(ctx, s.db, id)
}

// Unit is Store.Unit in the write's transaction (tm.TxReader).
func (w *writer) Unit(ctx context.Context, id int64) (*tm.StoredUnit, error) {
	ctx, err := quick(ctx)
	if err != nil {
		return nil, err
	}
	return readUnit(ctx, txQueryer{w}, id)
}

// txQueryer runs a query through the write's cached statements: an
// import's reviewed units read one unit each.
type txQueryer struct{ w *writer }

func (q txQueryer) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := q.w.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// LockUnit is Unit (tm.TxReader): the write holds the TM's write lock from
// its start (BEGIN IMMEDIATE), so the unit read is the latest committed,
// and no other write changes it before this one ends.
func (w *writer) LockUnit(ctx context.Context, id int64) (*tm.StoredUnit, error) {
	return w.Unit(ctx, id)
}

// queryer is the database or a write's statements.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// readUnit reads one unit and its variants through q. A write's
// placeholder row (hash 0, holdIDs) is no unit.
func readUnit(ctx context.Context, q queryer, id int64) (*tm.StoredUnit, error) {
	su := &tm.StoredUnit{}
	u := &su.Unit
	var srclang, created, changed, lastUsed string
	var umeta sql.NullString
	head, err := q.QueryContext(ctx, "SELECT "+unitColsSQL+" FROM unit WHERE id = ? AND hash <> 0", id)
	if err != nil {
		return nil, err
	}
	if !head.Next() {
		head.Close()
		if err := head.Err(); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("unit %d: %w", id, tm.ErrNoUnit)
	}
	err = head.Scan(&su.ID, &u.UsageCount,
		&su.PrevHash, &su.NextHash, &u.ID, &srclang, &created, &u.CreatedBy, &changed, &u.ChangedBy, &lastUsed,
		&u.Origin.File, &u.Origin.SrcDoc, &u.Origin.TgtDoc, &u.Origin.Score, &umeta)
	head.Close()
	if err != nil {
		return nil, err
	}
	var langs storekit.LangCache
	if u.SrcLang, err = langs.Parse(srclang); err != nil {
		return nil, fmt.Errorf("unit %d: %w", id, err)
	}
	u.Created, u.Changed, u.LastUsed = tmx.ParseDate(created), tmx.ParseDate(changed), tmx.ParseDate(lastUsed)
	m := decodeMeta(umeta)
	u.Props, u.Notes, u.Attrs = m.Props, m.Notes, m.Attrs
	rows, err := q.QueryContext(ctx, `SELECT lang, base, text, markup, meta FROM variant
		WHERE id >= ?1 * 256 AND id < ?1 * 256 + 256 ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var v tm.Variant
		var lang, base string
		var vmeta sql.NullString
		if err := rows.Scan(&lang, &base, &v.Text, &v.Markup, &vmeta); err != nil {
			return nil, err
		}
		if v.Lang, err = langs.Parse(lang); err != nil {
			return nil, fmt.Errorf("unit %d: %w", id, err)
		}
		m := decodeMeta(vmeta)
		v.Props, v.Notes, v.Attrs = m.Props, m.Notes, m.Attrs
		u.Variants = append(u.Variants, v)
		su.Bases = append(su.Bases, base)
	}
	return su, rows.Err()
}

// filterSQL is the WHERE clause of f and its arguments. tm/postgres's is the
// same clause in its own SQL: SQL stays in the store that runs it.
func filterSQL(f tm.UnitFilter) (string, []any) {
	var where []string
	var args []any
	if f.Doc != "" {
		where, args = append(where, "file = ?"), append(args, f.Doc)
	}
	switch f.Origin {
	case "":
	case tm.OriginAligned:
		where = append(where, "score > 0")
	case tm.OriginImported:
		where = append(where, "coalesce(score, 0) <= 0 AND file != ''")
	case tm.OriginAdded:
		where = append(where, "coalesce(score, 0) <= 0 AND file = ''")
	default:
		where = append(where, "0") // no such origin: none
	}
	if !f.Since.IsZero() {
		d := tmx.FormatDate(f.Since)
		where, args = append(where, "(created >= ? OR changed >= ?)"), append(args, d, d)
	}
	if len(where) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(where, " AND "), args
}

// FilterUnits reads the ids of the units f keeps (a scan of the unit
// table: no index serves these columns, and import does not pay for one).
func (s *Store) FilterUnits(cctx context.Context, f tm.UnitFilter, fn func(ids []int64)) (err error) {
	defer s.corrupt(&err)
	ctx, err := quick(cctx)
	if err != nil {
		return err
	}
	where, args := filterSQL(f)
	rows, err := s.db.QueryContext(ctx, "SELECT id FROM unit"+where+" ORDER BY id", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	return storekit.IDBatches(cctx, rows, fn)
}

// Documents counts the units of each file (a scan of the index
// unit_file, not of the units), reads the times of the import log's
// entries under their names, and the languages of the page's documents
// (docLangsByIndex; before schema 5 docLangsByVariants): queries not in one transaction (the store's
// transactions begin IMMEDIATE, taking the write lock), so a write
// between them can leave a document's languages or times a write behind
// its count.
func (s *Store) Documents(cctx context.Context, q tm.DocumentQuery) (_ []tm.DocumentInfo, _ int, err error) {
	defer s.corrupt(&err)
	ctx, err := quick(cctx)
	if err != nil {
		return nil, 0, err
	}
	var docs []tm.DocumentInfo
	for _, r := range []struct {
		sql  string
		read func(storekit.Rows) error
	}{
		{"SELECT file, count(*) FROM unit WHERE file != '' GROUP BY file ORDER BY file",
			func(r storekit.Rows) (err error) { docs, err = storekit.Documents(r); return err }},
		{"SELECT file, min(imported), max(imported) FROM import WHERE file != '' GROUP BY file",
			func(r storekit.Rows) error { return storekit.DocumentTimes(docs, r, scanImportTimes) }},
	} {
		if err := queryRows(ctx, s.db, r.sql, r.read); err != nil {
			return nil, 0, err
		}
		if len(docs) == 0 {
			return docs, 0, nil
		}
	}
	page, total := q.Page(docs)
	langs, err := hasUnitLangs(ctx, s.db)
	if err != nil {
		return nil, 0, err
	}
	query := docLangsByVariants
	if langs {
		query = docLangsByIndex
	}
	stmt, err := s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, 0, err
	}
	defer stmt.Close()
	for i := range page {
		rows, err := stmt.QueryContext(ctx, page[i].Name)
		if err != nil {
			return nil, 0, err
		}
		page[i].Langs, err = storekit.Langs(rows)
		rows.Close()
		if err != nil {
			return nil, 0, err
		}
	}
	return page, total, nil
}

// docLangsByVariants reads the languages of the document ?1 from the
// variants of its units: every unit's, read through unit_file, a second a
// million units.
const docLangsByVariants = `SELECT DISTINCT v.lang FROM unit u
	JOIN variant v ON v.id >= u.id * 256 AND v.id < u.id * 256 + 256 WHERE u.file = ?1`

// docLangsByIndex reads them from the distinct values of the units' langs
// under the document in the index unit_file_langs (schema 5), one seek
// each (a loose index scan: the next value above the last), and from the
// variants of the units whose langs are empty only (written by a process
// that opened the TM before the column was added).
const docLangsByIndex = `WITH RECURSIVE l(langs) AS (
		SELECT (SELECT min(langs) FROM unit WHERE file = ?1)
		UNION ALL
		SELECT (SELECT min(langs) FROM unit WHERE file = ?1 AND langs > l.langs) FROM l WHERE l.langs IS NOT NULL)
	SELECT langs FROM l WHERE langs IS NOT NULL AND langs != ''
	UNION ALL
	SELECT DISTINCT v.lang FROM unit u
		JOIN variant v ON v.id >= u.id * 256 AND v.id < u.id * 256 + 256 WHERE u.file = ?1 AND u.langs = ''`

// queryRows runs a query and has read read its rows.
func queryRows(ctx context.Context, db *sql.DB, query string, read func(storekit.Rows) error) error {
	rows, err := db.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	return read(rows)
}

// scanImportTimes reads a file name and two times of the import log (text,
// as its imported column keeps them).
func scanImportTimes(rows storekit.Rows) (file string, first, last time.Time, err error) {
	var a, b string
	if err = rows.Scan(&file, &a, &b); err != nil {
		return
	}
	if first, err = time.Parse(time.RFC3339, a); err == nil {
		last, err = time.Parse(time.RFC3339, b)
	}
	if err != nil {
		err = fmt.Errorf("import log of %q: %w", file, err)
	}
	return
}

// DeleteUnits deletes the units and their variants, and records the
// largest id deleted in unit_seq.
func (w *writer) DeleteUnits(ctx context.Context, ids []int64) ([]int64, error) {
	cctx := ctx
	ctx = w.ctx
	var missing []int64
	var top int64
	seen := map[int64]bool{}
	for _, id := range ids {
		// The statements run under w.ctx, which no cancel reaches (see
		// Write): a cancel is seen here, between units, so that an
		// interrupted delete of a large document stops at once and
		// commits nothing (it went on to its end, 150,000 units in more
		// than 6 s, and was stopped by the CLI's StopGrace instead).
		if err := cctx.Err(); err != nil {
			return nil, err
		}
		if seen[id] {
			continue
		}
		seen[id] = true
		res, err := w.tx.ExecContext(ctx, "DELETE FROM unit WHERE id = ?", id)
		if err != nil {
			return nil, fmt.Errorf("delete unit %d: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			missing = append(missing, id)
			continue
		}
		if _, err := w.tx.ExecContext(ctx, "DELETE FROM variant WHERE id >= ?1 * 256 AND id < ?1 * 256 + 256", id); err != nil {
			return nil, fmt.Errorf("delete unit %d: %w", id, err)
		}
		top = max(top, id)
	}
	if top > 0 {
		if _, err := w.tx.ExecContext(ctx, `INSERT INTO unit_seq(id, max_id) VALUES (1, ?)
			ON CONFLICT(id) DO UPDATE SET max_id = max(max_id, excluded.max_id)`, top); err != nil {
			return nil, fmt.Errorf("delete units: %w", err)
		}
	}
	return missing, nil
}

// holdIDs makes the next unit id larger than every id deleted: when the
// largest deleted id is above the largest stored one, a placeholder row
// (hash 0, which no unit has: see tm's hash64) holds it until the write
// ends (dropHold).
func (w *writer) holdIDs() error {
	_, err := w.tx.ExecContext(w.ctx, `INSERT INTO unit(id, hash) SELECT max_id, 0 FROM unit_seq
		WHERE max_id > (SELECT coalesce(max(id), 0) FROM unit)`)
	return err
}

func (w *writer) dropHold() error {
	_, err := w.tx.ExecContext(w.ctx, "DELETE FROM unit WHERE hash = 0")
	return err
}

// ReplaceUnit rewrites the unit's row and variants, and adds its words to
// the posting lists.
func (w *writer) ReplaceUnit(ctx context.Context, id int64, r tm.UnitRecord) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ctx = w.ctx
	u := &r.Unit
	if len(u.Variants) > maxVariants {
		return fmt.Errorf("replace unit %d: %w: %d language variants, at most %d", id, tm.ErrBadUnit, len(u.Variants), maxVariants)
	}
	var score any
	if u.Origin.Score != 0 {
		score = u.Origin.Score
	}
	// The statements are prepared once a write (w.stmt): a review stored
	// again rewrites every unit it merges into, one call each.
	upd, err := w.stmt(`UPDATE unit SET hash = ?, tuid = ?, srclang = ?, created = ?, created_by = ?,
		changed = ?, changed_by = ?, last_used = ?, usage_count = ?, file = ?, src_doc = ?, tgt_doc = ?, score = ?,
		prev = ?, next = ?, meta = ? WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("replace unit %d: %w", id, err)
	}
	res, err := upd.ExecContext(ctx,
		r.Hash, u.ID, r.SrcLangText, tmx.FormatDate(u.Created), u.CreatedBy, tmx.FormatDate(u.Changed), u.ChangedBy,
		tmx.FormatDate(u.LastUsed), u.UsageCount, u.Origin.File, u.Origin.SrcDoc, u.Origin.TgtDoc, score,
		r.PrevHash, r.NextHash, metaJSON(u.Props, u.Notes, u.Attrs), id)
	var se sqlite3.Error
	if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique {
		var other int64
		w.tx.QueryRowContext(ctx, "SELECT id FROM unit WHERE hash = ?", r.Hash).Scan(&other)
		return fmt.Errorf("unit %d: %w: unit %d", id, tm.ErrDuplicate, other)
	}
	if err != nil {
		return fmt.Errorf("replace unit %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("unit %d: %w", id, tm.ErrNoUnit)
	}
	if w.langs {
		if err := w.exec("UPDATE unit SET langs = ? WHERE id = ?", storekit.UnitLangs(r.Langs), id); err != nil {
			return fmt.Errorf("replace unit %d: %w", id, err)
		}
	}
	if err := w.exec("DELETE FROM variant WHERE id >= ?1 * 256 AND id < ?1 * 256 + 256", id); err != nil {
		return fmt.Errorf("replace unit %d: %w", id, err)
	}
	var keys []int64
	for j := range u.Variants {
		v := &u.Variants[j]
		if err := w.exec("INSERT INTO variant(id, lang, base, text, markup, key, meta) VALUES (?, ?, ?, ?, ?, ?, ?)",
			id*maxVariants+int64(j), r.Langs[j], r.Bases[j], v.Text, v.Markup, r.Keys[j], metaJSON(v.Props, v.Notes, v.Attrs)); err != nil {
			return fmt.Errorf("replace unit %d: %w", id, err)
		}
		keys = append(keys, r.Words[j]...)
	}
	slices.Sort(keys)
	for _, k := range slices.Compact(keys) {
		if err := w.addPosting(k, id); err != nil {
			return fmt.Errorf("replace unit %d: index: %w", id, err)
		}
	}
	return nil
}

// RestoreUnit inserts the unit's row under id, then writes it as
// ReplaceUnit does. An id above every id stored or deleted (unit_seq) was
// never given.
func (w *writer) RestoreUnit(ctx context.Context, id int64, r tm.UnitRecord) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var top int64
	if err := w.tx.QueryRowContext(w.ctx, `SELECT max(coalesce((SELECT max(id) FROM unit), 0),
		coalesce((SELECT max_id FROM unit_seq), 0))`).Scan(&top); err != nil {
		return fmt.Errorf("restore unit %d: %w", id, err)
	}
	if id <= 0 || id > top {
		return fmt.Errorf("unit %d: %w: the TM never gave that id", id, tm.ErrNoUnit)
	}
	var n int
	if err := w.tx.QueryRowContext(w.ctx, "SELECT count(*) FROM unit WHERE id = ? AND hash <> 0", id).Scan(&n); err != nil {
		return fmt.Errorf("restore unit %d: %w", id, err)
	}
	if n > 0 {
		return fmt.Errorf("unit %d: %w: a unit of that id is stored", id, tm.ErrDuplicate)
	}
	// The largest id deleted is held by the write's placeholder row
	// (holdIDs): the unit takes that row.
	_, err := w.tx.ExecContext(w.ctx, `INSERT INTO unit(id, hash) VALUES (?1, ?2)
		ON CONFLICT(id) DO UPDATE SET hash = ?2 WHERE hash = 0`, id, r.Hash)
	var se sqlite3.Error
	if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique {
		var other int64
		w.tx.QueryRowContext(w.ctx, "SELECT id FROM unit WHERE hash = ?", r.Hash).Scan(&other)
		return fmt.Errorf("unit %d: %w: unit %d holds the same", id, tm.ErrDuplicate, other)
	}
	if err != nil {
		return fmt.Errorf("restore unit %d: %w", id, err)
	}
	return w.ReplaceUnit(ctx, id, r)
}

// addPosting puts id into the posting list of key, in order: the list is
// decoded and written again as one chunk (an edit is rare; appending a
// chunk would break the order Postings promises).
func (w *writer) addPosting(key, id int64) error {
	if err := w.flush(); err != nil { // lists built by this write go first
		return err
	}
	sel, err := w.stmt("SELECT ids FROM posting WHERE id = ?")
	if err != nil {
		return err
	}
	var blob []byte
	err = sel.QueryRowContext(w.ctx, key).Scan(&blob)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	var ids []int64
	decodePostings(blob, func(x int64) { ids = append(ids, x) })
	i, found := slices.BinarySearch(ids, id)
	if found {
		return nil
	}
	ids = slices.Insert(ids, i, id)
	var p plist
	for _, x := range ids {
		p.add(uint64(x))
	}
	return w.exec(`INSERT INTO posting(id, n, ids) VALUES (?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET n = excluded.n, ids = excluded.ids`, key, p.n, p.buf)
}

// exec runs q, prepared once a write (stmt), with args.
func (w *writer) exec(q string, args ...any) error {
	st, err := w.stmt(q)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(w.ctx, args...)
	return err
}

// decodePostings calls f with each id of a posting blob: chunks that each
// start with a 0 byte and an absolute id, followed by uvarint gaps.
func decodePostings(blob []byte, f func(int64)) {
	var last uint64
	for i := 0; i < len(blob); {
		v, n := binary.Uvarint(blob[i:])
		if n <= 0 {
			return
		}
		i += n
		if v == 0 {
			abs, n := binary.Uvarint(blob[i:])
			if n <= 0 {
				return
			}
			i += n
			last = abs
		} else {
			last += v
		}
		f(int64(last))
	}
}

// langSetsByIndex lists the distinct values of unit.langs from the index
// unit_file_langs(file, langs): a loose index scan of the files (the next
// name above the last), and under each file of its sets, a seek each,
// instead of a read of every unit (a TM of a million units holds a few
// sets in each of its documents).
const langSetsByIndex = `WITH RECURSIVE f(file) AS (
		SELECT (SELECT min(file) FROM unit)
		UNION ALL
		SELECT (SELECT min(file) FROM unit WHERE file > f.file) FROM f WHERE f.file IS NOT NULL),
	l(file, langs) AS (
		SELECT file, (SELECT min(langs) FROM unit WHERE unit.file = f.file) FROM f WHERE f.file IS NOT NULL
		UNION ALL
		SELECT l.file, (SELECT min(langs) FROM unit WHERE unit.file = l.file AND langs > l.langs) FROM l WHERE l.langs IS NOT NULL)
	SELECT DISTINCT langs FROM l WHERE langs IS NOT NULL`

// LangSets reads the language sets of the units from the index
// unit_file_langs (langSetsByIndex); a TM of schema 4 or older, which
// has no such index, gives none and complete false.
func (s *Store) LangSets(ctx context.Context) (_ []string, _ bool, err error) {
	defer s.corrupt(&err)
	langs, err := hasUnitLangs(ctx, s.db)
	if err != nil || !langs {
		return nil, false, err
	}
	rows, err := s.db.QueryContext(ctx, langSetsByIndex)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	return storekit.LangSets(rows)
}

// ChoreDone reports whether the chore was marked done (tm.ChoreWriter):
// a row of bitext_chores, a table the first mark makes. A bitext_chores
// of another shape (made by hand, or by a later bitext: the table is no
// migration's, so no schema version guards its shape) holds no mark this
// bitext can read: the chore is not done, as when there is no table.
func (w *writer) ChoreDone(ctx context.Context, chore string) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	var n int
	err := w.tx.QueryRowContext(w.ctx, "SELECT count(*) FROM sqlite_schema WHERE name = 'bitext_chores'").Scan(&n)
	if err != nil || n == 0 {
		return false, err
	}
	err = w.tx.QueryRowContext(w.ctx, "SELECT count(*) FROM bitext_chores WHERE name = ?", chore).Scan(&n)
	if choreShapeErr(err) {
		return false, nil
	}
	return n > 0, err
}

// MarkChoreDone marks the chore done (tm.ChoreWriter). The table is not a
// migration's: an older bitext, which would refuse a newer schema
// version, opens the TM as before and leaves the table alone. A
// bitext_chores of another shape (see ChoreDone) is left as it is and
// the chore unmarked: the mark only spares later processes the chore,
// which finds nothing to do once done, so a write is not refused for it.
func (w *writer) MarkChoreDone(ctx context.Context, chore string) error {
	_, err := w.tx.ExecContext(w.ctx, `CREATE TABLE IF NOT EXISTS bitext_chores (name TEXT PRIMARY KEY,
		done TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))`)
	if err == nil {
		_, err = w.tx.ExecContext(w.ctx, "INSERT OR IGNORE INTO bitext_chores(name) VALUES (?)", chore)
	}
	if err != nil && !choreShapeErr(err) {
		return fmt.Errorf("mark %s done: %w", chore, err)
	}
	return nil
}

// choreShapeErr reports whether err is SQLite's answer to a statement on
// a bitext_chores it cannot use (another shape, a view): SQLITE_ERROR
// ("no such column", "cannot modify ... because it is a view") or a
// constraint. Neither ends the transaction (the statement alone fails).
func choreShapeErr(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrError || se.Code == sqlite3.ErrConstraint)
}

// ReviewedUnits lists the units whose meta holds the reviewer prop's
// type (tm.ChoreWriter): a read of every unit row, not of the variants.
func (w *writer) ReviewedUnits(ctx context.Context) ([]int64, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rows, err := w.tx.QueryContext(w.ctx, "SELECT id FROM unit WHERE hash <> 0 AND instr(meta, ?) > 0 ORDER BY id", tm.PropReviewed)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
