package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/internal/storekit"
	"github.com/bitext/bitext/tm/tmx"
)

// stmts are the prepared statements of lookups, made on first use.
type stmts struct {
	exact, last, postingLen, posting, units, variants, changes *sql.Stmt
}

func (st *stmts) close() {
	for _, s := range []*sql.Stmt{st.exact, st.last, st.postingLen, st.posting, st.units, st.variants, st.changes} {
		if s != nil {
			s.Close()
		}
	}
}

// lookupStmts returns the context to run the lookup statements with
// (quick's: an error when ctx is done) and the statements, prepared at the
// first call: every read that runs them begins so.
func (s *Store) lookupStmts(ctx context.Context) (context.Context, *stmts, error) {
	ctx, err := quick(ctx)
	if err != nil {
		return nil, nil, err
	}
	s.stmtMu.Lock()
	defer s.stmtMu.Unlock()
	if s.stmts != nil {
		return ctx, s.stmts, nil
	}
	st := &stmts{}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&st.exact, exactSQL},
		{&st.last, "SELECT coalesce(max(id), 0) FROM unit"},
		{&st.postingLen, "SELECT n FROM posting WHERE id = ?"},
		{&st.posting, "SELECT ids FROM posting WHERE id = ?"},
		// The units of a JSON array of ids, in its order, with their
		// variants: one rowid range of variant per unit.
		{&st.units, `SELECT j.key, u.id, u.prev, u.next, u.file, u.src_doc, u.tgt_doc, coalesce(u.score, 0),
			u.srclang, u.created, u.created_by, u.changed, u.changed_by, v.lang, v.base, v.text, v.markup
			FROM json_each(?) j JOIN unit u ON u.id = j.value
			JOIN variant v ON v.id >= u.id * 256 AND v.id < u.id * 256 + 256
			ORDER BY j.key, v.id`},
		// Only the variants of a JSON array of unit ids, in its order:
		// six columns a row (every column is a cgo call or more); the
		// unit is the rowid / 256.
		{&st.variants, `SELECT j.key, v.id, v.lang, v.base, v.text, v.markup
			FROM json_each(?) j JOIN variant v ON v.id >= j.value * 256 AND v.id < j.value * 256 + 256
			ORDER BY j.key, v.id`},
		// The dates of a JSON array of unit ids.
		{&st.changes, `SELECT u.id, u.created, u.changed FROM json_each(?) j JOIN unit u ON u.id = j.value`},
	} {
		ps, err := s.db.PrepareContext(ctx, p.sql)
		if err != nil {
			st.close()
			return nil, nil, fmt.Errorf("prepare: %w", err)
		}
		*p.dst = ps
	}
	s.stmts = st
	return ctx, st, nil
}

// LastUnitID is the largest unit id, 0 in an empty TM.
func (s *Store) LastUnitID(ctx context.Context) (_ int64, err error) {
	defer s.corrupt(&err)
	ctx, st, err := s.lookupStmts(ctx)
	if err != nil {
		return 0, err
	}
	var n int64
	err = st.last.QueryRowContext(ctx).Scan(&n)
	return n, err
}

// ExactUnits appends the units with a variant of exact-text key to ids
// (the variant_key index; a variant's rowid divided by 256 is its unit).
func (s *Store) ExactUnits(ctx context.Context, key int64, ids []int64) (_ []int64, err error) {
	defer s.corrupt(&err)
	ctx, st, err := s.lookupStmts(ctx)
	if err != nil {
		return ids, err
	}
	return exactUnits(ctx, st.exact, key, ids)
}

// ExactUnits is Store.ExactUnits in the write's transaction (tm.TxReader).
func (w *writer) ExactUnits(ctx context.Context, key int64, ids []int64) ([]int64, error) {
	ctx, err := quick(ctx)
	if err != nil {
		return ids, err
	}
	if err := w.restoreKeyIndex(); err != nil { // a bulk write that reads
		return ids, err
	}
	st, err := w.stmt(exactSQL)
	if err != nil {
		return ids, err
	}
	return exactUnits(ctx, st, key, ids)
}

// exactSQL reads the variants of an exact-text key.
const exactSQL = "SELECT id FROM variant WHERE key = ?"

// exactUnits appends to ids the units of the variants that st (exactSQL)
// reads for key.
func exactUnits(ctx context.Context, st *sql.Stmt, key int64, ids []int64) ([]int64, error) {
	rows, err := st.QueryContext(ctx, key)
	if err != nil {
		return ids, err
	}
	defer rows.Close()
	n := len(ids)
	for rows.Next() {
		var vid int64
		if err := rows.Scan(&vid); err != nil {
			return ids, err
		}
		// Rows come in rowid order, so a unit's variants are adjacent.
		if u := vid / maxVariants; len(ids) == n || ids[len(ids)-1] != u {
			ids = append(ids, u)
		}
	}
	return ids, rows.Err()
}

// PostingLens reads the n column of each key's posting row.
func (s *Store) PostingLens(ctx context.Context, keys []int64, lens []int64) (err error) {
	defer s.corrupt(&err)
	if len(lens) != len(keys) {
		return fmt.Errorf("posting lengths: %d lengths for %d keys", len(lens), len(keys))
	}
	ctx, st, err := s.lookupStmts(ctx)
	if err != nil {
		return err
	}
	for i, k := range keys {
		err := st.postingLen.QueryRowContext(ctx, k).Scan(&lens[i])
		if err == sql.ErrNoRows {
			lens[i] = 0
			continue
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// idBuf is the buffer Postings decodes ids into.
var idBuf = sync.Pool{New: func() any { b := make([]int64, 0, 2048); return &b }}

// Postings decodes the posting blob of key: chunks that each start with a
// 0 byte and an absolute id, followed by uvarint gaps.
func (s *Store) Postings(ctx context.Context, key int64, f func(ids []int64)) (err error) {
	defer s.corrupt(&err)
	ctx, st, err := s.lookupStmts(ctx)
	if err != nil {
		return err
	}
	rows, err := st.posting.QueryContext(ctx, key)
	if err != nil {
		return err
	}
	defer rows.Close()
	bp := idBuf.Get().(*[]int64)
	defer idBuf.Put(bp)
	for rows.Next() {
		var blob sql.RawBytes
		if err := rows.Scan(&blob); err != nil {
			return err
		}
		buf := (*bp)[:0]
		var last uint64
		for i := 0; i < len(blob); {
			var v uint64
			if b := blob[i]; b < 0x80 { // most gaps fit in a byte
				v = uint64(b)
				i++
			} else {
				var n int
				if v, n = binary.Uvarint(blob[i:]); n <= 0 {
					break
				}
				i += n
			}
			if v == 0 { // a chunk: the absolute id follows
				abs, n := binary.Uvarint(blob[i:])
				if n <= 0 {
					break
				}
				i += n
				last = abs
			} else {
				last += v
			}
			buf = append(buf, int64(last))
			if len(buf) == cap(buf) {
				f(buf)
				buf = buf[:0]
			}
		}
		if len(buf) > 0 {
			f(buf)
		}
	}
	return rows.Err()
}

// UnitsByID reads the units of ids and their variants in one query.
func (s *Store) UnitsByID(ctx context.Context, ids []int64, f func(*tm.StoredUnit) error) error {
	return s.readIDs(ctx, ids, func(st *stmts) *sql.Stmt { return st.units },
		func(rows storekit.Rows) error { return storekit.UnitsByID(rows, f) })
}

// PropsByID reads the props of the units of ids (tm.UnitProps). Its
// statement is not one of the lookups' (lookupStmts): a lookup never runs
// it.
func (s *Store) PropsByID(ctx context.Context, ids []int64, f func(id int64, props []tm.Prop)) (err error) {
	defer s.corrupt(&err)
	if len(ids) == 0 {
		return nil
	}
	ctx, err = quick(ctx)
	if err != nil {
		return err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT u.id, u.meta FROM json_each(?) j JOIN unit u ON u.id = j.value
		WHERE u.meta IS NOT NULL`, jsonIDs(ids))
	if err != nil {
		return err
	}
	defer rows.Close()
	return storekit.PropsByID(rows, f)
}

// LastChanges reads the dates of the units of ids (tm.LastChanges).
func (s *Store) LastChanges(ctx context.Context, ids []int64, f func(id int64, created, changed string)) error {
	return s.readIDs(ctx, ids, func(st *stmts) *sql.Stmt { return st.changes },
		func(rows storekit.Rows) error { return storekit.LastChanges(rows, f) })
}

// quick returns the context for the store's statements, or ctx's error if
// it is done already. The store checks a cancelled context between
// statements (and between the rows of a long scan) rather than have the
// driver watch it during one: for a cancellable context go-sqlite3 starts a
// goroutine per statement that calls sqlite3_interrupt when it is
// cancelled, which SQLite does not allow on a connection that may close
// meanwhile (a rare crash when Ctrl-C ends an import), and database/sql
// and the driver's watchers cost a fuzzy lookup on a 1M-unit TM more system
// time than its statements. Every statement runs in milliseconds but the
// scans of export, which check ctx per unit.
func quick(ctx context.Context) (context.Context, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return context.WithoutCancel(ctx), nil
}

// readIDs runs the by-id statement that pick chooses for ids and has read
// read its rows; for no ids it runs nothing. UnitsByID, LastChanges and
// VariantsByID differ only in their statement and in what reads its rows.
func (s *Store) readIDs(ctx context.Context, ids []int64, pick func(*stmts) *sql.Stmt, read func(storekit.Rows) error) (err error) {
	defer s.corrupt(&err)
	if len(ids) == 0 {
		return nil
	}
	ctx, st, err := s.lookupStmts(ctx)
	if err != nil {
		return err
	}
	rows, err := pick(st).QueryContext(ctx, jsonIDs(ids))
	if err != nil {
		return err
	}
	defer rows.Close()
	return read(rows)
}

// jsonIDs is ids as a JSON array, the parameter of the by-id queries.
func jsonIDs(ids []int64) string {
	b := make([]byte, 0, 1+len(ids)*8)
	b = append(b, '[')
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, id, 10)
	}
	return string(append(b, ']'))
}

// VariantsByID calls f for each stored unit of ids, in their order, with
// its variants and their bases only.
func (s *Store) VariantsByID(ctx context.Context, ids []int64, f func(*tm.StoredUnit) error) error {
	return s.readIDs(ctx, ids, func(st *stmts) *sql.Stmt { return st.variants },
		func(rows storekit.Rows) error {
			return storekit.VariantsByID(rows, func(vid int64) int64 { return vid / maxVariants }, f)
		})
}

// scanSlab is how many units Scan allocates at a time.
const scanSlab = 256

// testHookScanBetween, when a test sets it, runs in Scan between the
// query of the units and the query of the variants (the driver takes a
// query's first step, and so its snapshot, at once).
var testHookScanBetween func()

// Scan reads the units in id order with two sequential scans, of units and
// of variants, merged by unit id.
func (s *Store) Scan(ctx context.Context) iter.Seq2[*tm.StoredUnit, error] {
	return func(yield func(*tm.StoredUnit, error) bool) {
		if err := s.scan(ctx, yield); err != nil {
			yield(nil, err)
		}
	}
}

// scan is Scan: the units and their variants read from one snapshot
// (readSnapshot), by two queries in id order (scanRows), merged by unit
// id (variantScan.variantsOf).
func (s *Store) scan(cctx context.Context, yield func(*tm.StoredUnit, error) bool) (err error) {
	defer s.corrupt(&err)
	ctx, err := quick(cctx)
	if err != nil {
		return err
	}
	conn, err := s.readSnapshot(ctx)
	if err != nil {
		return err
	}
	defer endSnapshot(ctx, conn, &err) // after the rows are closed
	urows, vrows, err := scanRows(ctx, conn)
	if err != nil {
		return err
	}
	defer urows.Close()
	defer vrows.Close()

	var langs storekit.LangCache
	vs := variantScan{rows: vrows, uid: -1, more: true, langs: &langs}
	if err := vs.read(); err != nil {
		return err
	}
	// Units and their Bases are cut from slabs: two allocations per
	// scanSlab units rather than two per unit.
	var (
		units []tm.StoredUnit
		bases []string
		read  int64 // units yielded
	)
	for urows.Next() {
		if err := cctx.Err(); err != nil {
			return err
		}
		if len(units) == 0 {
			units = make([]tm.StoredUnit, scanSlab)
		}
		var (
			joined string
			umeta  sql.NullString
			su     = &units[0]
			u      = &su.Unit
		)
		units = units[1:]
		if err := urows.Scan(&su.ID, &joined, &u.Origin.Score, &umeta); err != nil {
			return err
		}
		if err := readUnitRow(ctx, conn, su, joined, umeta, &langs); err != nil {
			return err
		}
		if cap(bases)-len(bases) < 4 { // a larger unit reallocates it
			bases = make([]string, 0, scanSlab*2)
		}
		start := len(bases)
		if err := vs.variantsOf(su, &bases); err != nil {
			return err
		}
		if len(u.Variants) == 0 {
			// Every unit is stored with its variants in one transaction:
			// a unit without any is a damaged file (a copy taken while
			// the TM was written) that SQLite reads without an error.
			return fmt.Errorf("%s: %w (unit %d has no variant)", s.path, tm.ErrCorrupt, su.ID)
		}
		su.Bases = bases[start:len(bases):len(bases)]
		read++
		if !yield(su, nil) {
			return nil
		}
	}
	if err := urows.Err(); err != nil {
		return err
	}
	return checkUnitCount(ctx, conn, s.path, read)
}

// checkUnitCount compares the units a whole scan read with the number of
// rows of the unit table as its index counts them (count(*) reads the
// smallest index), in the scan's snapshot. In a sound file they are the
// same; a file copied while it was written may have lost rows of the
// table and not of the index, or the other way round, and SQLite reads it
// without an error: the scan (an export, a backup by tm copy) would leave
// those units out and succeed.
func checkUnitCount(ctx context.Context, conn *sql.Conn, path string, read int64) error {
	var n int64
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM unit").Scan(&n); err != nil {
		return err
	}
	if n != read {
		return fmt.Errorf("%s: %w (%d units read, where its index counts %d)", path, tm.ErrCorrupt, read, n)
	}
	return nil
}

// readSnapshot gives a connection in a read transaction, so that the
// units and their variants are read from one snapshot of the TM: read on
// two connections, a unit written between the two queries' first steps
// came without its variants. database/sql's BeginTx would take the write
// lock (the DSN's _txlock=immediate), so the transaction is begun here,
// deferred: in WAL mode it blocks no writer. endSnapshot ends it.
func (s *Store) readSnapshot(ctx context.Context) (*sql.Conn, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := conn.ExecContext(ctx, "BEGIN DEFERRED"); err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}

// endSnapshot rolls back readSnapshot's transaction and gives conn back,
// the rollback's error kept in *err unless it holds one.
func endSnapshot(ctx context.Context, conn *sql.Conn, err *error) {
	if _, rerr := conn.ExecContext(ctx, "ROLLBACK"); rerr != nil {
		// Not back to the pool inside a transaction.
		conn.Raw(func(any) error { return driver.ErrBadConn })
		*err = cmp.Or(*err, rerr)
	}
	conn.Close()
}

// scanRows runs Scan's two queries on conn: the units, and the variants,
// each in id order.
func scanRows(ctx context.Context, conn *sql.Conn) (urows, vrows *sql.Rows, err error) {
	// The integer and text columns come joined by a unit separator: each
	// column costs a cgo call and a conversion, and most are empty. (The
	// score stays apart: a real as text may not read back exactly.)
	urows, err = conn.QueryContext(ctx, `SELECT id, usage_count || x'1f' || prev || x'1f' || next || x'1f' ||
		tuid || x'1f' || srclang || x'1f' || created || x'1f' || created_by || x'1f' || changed || x'1f' ||
		changed_by || x'1f' || last_used || x'1f' || file || x'1f' || src_doc || x'1f' || tgt_doc,
		coalesce(score, 0), meta FROM unit ORDER BY id`)
	if err != nil {
		return nil, nil, err
	}
	if testHookScanBetween != nil {
		testHookScanBetween()
	}
	vrows, err = conn.QueryContext(ctx, `SELECT id, lang, base, text, markup, meta FROM variant ORDER BY id`)
	if err != nil {
		urows.Close()
		return nil, nil, err
	}
	return urows, vrows, nil
}

// variantScan reads Scan's variant rows one ahead: next, of the unit uid,
// belongs to the unit being read or a later one.
type variantScan struct {
	rows  *sql.Rows
	next  tm.Variant
	uid   int64
	base  string // next's
	more  bool   // false when the rows are read
	langs *storekit.LangCache
	lang  string
	meta  sql.NullString
}

// read reads the next variant row.
func (vs *variantScan) read() error {
	if !vs.rows.Next() {
		vs.more = false
		return vs.rows.Err()
	}
	var vid int64
	vs.next = tm.Variant{}
	if err := vs.rows.Scan(&vid, &vs.lang, &vs.base, &vs.next.Text, &vs.next.Markup, &vs.meta); err != nil {
		return err
	}
	vs.uid = vid / maxVariants
	var err error
	if vs.next.Lang, err = vs.langs.Parse(vs.lang); err != nil {
		return fmt.Errorf("unit %d: %w", vs.uid, err)
	}
	if vs.meta.Valid {
		m := decodeMeta(vs.meta)
		vs.next.Props, vs.next.Notes, vs.next.Attrs = m.Props, m.Notes, m.Attrs
	}
	return nil
}

// variantsOf gives su its variants, and their bases to *bases, skipping
// any of an earlier id that has no unit row.
func (vs *variantScan) variantsOf(su *tm.StoredUnit, bases *[]string) error {
	for vs.more && vs.uid <= su.ID {
		if vs.uid == su.ID {
			su.Variants = append(su.Variants, vs.next)
			*bases = append(*bases, vs.base)
		}
		if err := vs.read(); err != nil {
			return err
		}
	}
	return nil
}

// readUnitRow fills su's unit from a row of scan's unit query: the columns
// joined by unit separators (read one by one on conn, in scan's
// transaction, when a value holds the separator) and the meta column.
func readUnitRow(ctx context.Context, conn *sql.Conn, su *tm.StoredUnit, joined string, umeta sql.NullString, langs *storekit.LangCache) error {
	u := &su.Unit
	cols := strings.Split(joined, "\x1f")
	if len(cols) != 13 { // a separator inside a value: read the columns one by one
		cols = make([]string, 13)
		err := conn.QueryRowContext(ctx, `SELECT usage_count, prev, next, tuid, srclang, created, created_by,
			changed, changed_by, last_used, file, src_doc, tgt_doc FROM unit WHERE id = ?`, su.ID).Scan(
			&cols[0], &cols[1], &cols[2], &cols[3], &cols[4], &cols[5], &cols[6], &cols[7], &cols[8],
			&cols[9], &cols[10], &cols[11], &cols[12])
		if err != nil {
			return err
		}
	}
	var err1, err2, err3 error
	u.UsageCount, err1 = strconv.Atoi(cols[0])
	su.PrevHash, err2 = strconv.ParseInt(cols[1], 10, 64)
	su.NextHash, err3 = strconv.ParseInt(cols[2], 10, 64)
	if err := errors.Join(err1, err2, err3); err != nil {
		return fmt.Errorf("unit %d: %w", su.ID, err)
	}
	cols = cols[3:]
	var err error
	if u.SrcLang, err = langs.Parse(cols[1]); err != nil {
		return fmt.Errorf("unit %d: %w", su.ID, err)
	}
	u.ID, u.CreatedBy, u.ChangedBy = cols[0], cols[3], cols[5]
	u.Origin.File, u.Origin.SrcDoc, u.Origin.TgtDoc = cols[7], cols[8], cols[9]
	u.Created, u.Changed, u.LastUsed = tmx.ParseDate(cols[2]), tmx.ParseDate(cols[4]), tmx.ParseDate(cols[6])
	if umeta.Valid {
		m := decodeMeta(umeta)
		u.Props, u.Notes, u.Attrs = m.Props, m.Notes, m.Attrs
	}
	return nil
}

// Imports reads the import log.
func (s *Store) Imports(ctx context.Context) (_ []tm.ImportRecord, err error) {
	defer s.corrupt(&err)
	ctx, err = quick(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, "SELECT file, header, added, merged, imported FROM import ORDER BY id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []tm.ImportRecord
	for rows.Next() {
		var (
			r        tm.ImportRecord
			header   sql.NullString
			imported string
		)
		if err := rows.Scan(&r.File, &header, &r.Added, &r.Merged, &imported); err != nil {
			return nil, err
		}
		if header.Valid {
			var h tmx.Header
			if json.Unmarshal([]byte(header.String), &h) == nil {
				r.Header = &h
			}
		}
		r.Time, _ = time.Parse(time.RFC3339, imported)
		out = append(out, r)
	}
	return out, rows.Err()
}

// Stats counts rows and adds up the file and its write-ahead log.
func (s *Store) Stats(ctx context.Context) (_ tm.Stats, err error) {
	defer s.corrupt(&err)
	ctx, err = quick(ctx)
	if err != nil {
		return tm.Stats{}, err
	}
	st := tm.Stats{Path: s.path}
	if st.SchemaVersion, err = s.SchemaVersion(ctx); err != nil {
		return st, err
	}
	for _, c := range []struct {
		q   string
		dst *int
	}{
		{"SELECT count(*) FROM unit", &st.Units},
		{"SELECT count(*) FROM variant", &st.Variants},
		{"SELECT count(*) FROM import", &st.Imports},
		{"SELECT count(*) FROM posting", &st.Words},
	} {
		if err := s.db.QueryRowContext(ctx, c.q).Scan(c.dst); err != nil {
			return st, err
		}
	}
	rows, err := s.db.QueryContext(ctx, "SELECT lang, count(*) FROM variant GROUP BY lang ORDER BY count(*) DESC, lang")
	if err != nil {
		return st, err
	}
	defer rows.Close()
	st.Langs, err = storekit.LangCounts(rows)
	if err != nil {
		return st, err
	}
	st.Bytes = s.fileBytes()
	return st, nil
}

// fileBytes is the size of the TM's file and its -wal file.
func (s *Store) fileBytes() (n int64) {
	for _, f := range []string{s.path, s.path + "-wal"} {
		if fi, err := os.Stat(f); err == nil {
			n += fi.Size()
		}
	}
	return n
}
