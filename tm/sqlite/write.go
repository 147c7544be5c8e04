package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/internal/storekit"
	"github.com/bitext/bitext/tm/tmx"
)

// maxVariants is the number of variants a unit may have: a variant's rowid
// is unit id * maxVariants + its position, so a unit's variants are one
// rowid range.
const maxVariants = 256

// postingFlushBytes bounds the memory of the word index built during a
// write; past it, the lists so far are appended to the table.
const postingFlushBytes = 256 << 20

// unitCols is the number of columns the unit INSERT binds per unit,
// variantCols per variant. A statement binds at most maxParams values
// (SQLite's limit is 32766).
const (
	unitCols        = 17 // with langs (schema 5)
	leanUnitCols    = 9  // putUnits' lean batches
	variantCols     = 7
	leanVariantCols = 5
	maxParams       = 32000
	// postingRows is how many posting lists flush writes with one
	// statement (3 values each).
	postingRows = 1000
	// bulkUnits is the size of a first batch that makes a write into an
	// empty TM build its exact-text index at the end (dropKeyIndex): an
	// import's batches are of 256 units (tm.Import), a unit added alone
	// is no bulk import.
	bulkUnits = 256
)

// Write runs f in one transaction (see tm.Store): the units f puts, their
// word index and the import log entry are committed together.
func (s *Store) Write(ctx context.Context, f func(tm.Writer) error) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		w, err := newWriter(context.WithoutCancel(ctx), tx)
		if err != nil {
			return err
		}
		if w.langs, err = hasUnitLangs(ctx, tx); err != nil {
			return err
		}
		defer w.close()
		if err := w.holdIDs(); err != nil {
			return err
		}
		ferr := f(w)
		if ferr != nil && !errors.Is(ferr, tm.ErrRollback) {
			return ferr
		}
		if err := w.dropHold(); err != nil {
			return err
		}
		if err := w.flush(); err != nil {
			return err
		}
		if ferr != nil {
			return ferr // a dry run: inTx rolls back all the same (with the index it dropped)
		}
		return w.restoreKeyIndex()
	})
}

// writer holds the prepared statements and the word index of one write
// transaction.
type writer struct {
	ctx       context.Context
	tx        *sql.Tx
	mergeUnit *sql.Stmt
	stmts     map[string]*sql.Stmt
	args      []any
	ids       map[int64]int64
	// The word index of the units written so far: lists and listBytes
	// belong to the indexing goroutine (ix) while it runs, and to the
	// writer's goroutine after syncIndex. pend are the variants of the
	// batch being written, handed to ix with the batch.
	lists     map[int64]*plist
	listBytes int
	pend      []posted
	ix        *indexer
	// keyIndex is the SQL of the exact-text index (variant_key) when this
	// write dropped it to build it once at its end (see dropKeyIndex);
	// bulkChecked says that the first batch was looked at.
	keyIndex    string
	bulkChecked bool
	// The last date formatted, as a statement argument: an import gives
	// every unit without a creation date the same one, and formatting it
	// and boxing the text for each unit would cost an allocation each.
	lastDate    time.Time
	lastDateArg any
	// langs: the unit table has the langs column (schema 5), which the
	// writer fills. A TM opened before it was added (another process
	// held the write lock) gets units with an empty langs until it is.
	langs bool
}

// hasUnitLangs reports whether the unit table has the langs column of
// migration 5: a TM opened read-only, or whose migration another
// process's write held up, may lack it.
func hasUnitLangs(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (bool, error) {
	var n int
	err := q.QueryRowContext(ctx, "SELECT count(*) FROM pragma_table_info('unit') WHERE name = 'langs'").Scan(&n)
	return n > 0, err
}

// date is tmx.FormatDate(t) as a statement argument, remembering the last.
func (w *writer) date(t time.Time) any {
	if t.IsZero() {
		return ""
	}
	if !t.Equal(w.lastDate) || w.lastDateArg == nil {
		w.lastDate, w.lastDateArg = t, tmx.FormatDate(t)
	}
	return w.lastDateArg
}

// plist is the part of a posting list built by one write: a chunk that
// starts with a 0 byte and the absolute first id, then uvarint gaps.
type plist struct {
	last uint64
	n    int32
	buf  []byte
}

func (p *plist) add(id uint64) int {
	if p.n > 0 && p.last == id {
		return 0
	}
	before := len(p.buf)
	if p.n == 0 {
		p.buf = append(p.buf, 0)
		p.buf = binary.AppendUvarint(p.buf, id)
	} else {
		p.buf = binary.AppendUvarint(p.buf, id-p.last)
	}
	p.last = id
	p.n++
	return len(p.buf) - before
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{ctx: ctx, tx: tx, lists: map[int64]*plist{}, stmts: map[string]*sql.Stmt{}, ids: map[int64]int64{}}
	// A large page cache for the bulk work (KiB, negative), per connection.
	if _, err := tx.ExecContext(ctx, "PRAGMA cache_size = -262144"); err != nil {
		return nil, err
	}
	var err error
	if w.mergeUnit, err = tx.PrepareContext(ctx, `UPDATE unit SET
		usage_count = max(usage_count, ?2),
		changed = max(changed, ?3), changed_by = CASE WHEN ?3 > changed THEN ?4 ELSE changed_by END,
		last_used = max(last_used, ?5),
		prev = CASE WHEN prev = 0 THEN ?6 ELSE prev END,
		next = CASE WHEN next = 0 THEN ?7 ELSE next END
		WHERE hash = ?1`); err != nil {
		return nil, err
	}
	return w, nil
}

func (w *writer) close() {
	w.stopIndex()
	if w.mergeUnit != nil {
		w.mergeUnit.Close()
	}
	for _, s := range w.stmts {
		s.Close()
	}
}

// stmt returns a cached statement for q.
func (w *writer) stmt(q string) (*sql.Stmt, error) {
	if st, ok := w.stmts[q]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(w.ctx, q)
	if err != nil {
		return nil, err
	}
	w.stmts[q] = st
	return st, nil
}

func rowsSQL(head string, cols, rows int, tail string) string {
	var b strings.Builder
	b.WriteString(head)
	row := "(" + strings.Repeat("?,", cols-1) + "?)"
	for i := range rows {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(row)
	}
	b.WriteString(tail)
	return b.String()
}

// PutUnits writes the units with one multi-row statement (at most
// maxParams values; callers hand batches of a few hundred) and their
// variants with as few as possible: per-statement costs dominate bulk
// inserts through database/sql. Merges are one UPDATE each.
func (w *writer) PutUnits(ctx context.Context, q []tm.UnitRecord, out []int64) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ctx = w.ctx // checked between statements, not watched during one (see quick)
	if len(out) != len(q) {
		return fmt.Errorf("store units: %d ids for %d units", len(out), len(q))
	}
	for start := 0; start < len(q); {
		n := min(len(q)-start, maxParams/unitCols)
		if err := w.putUnits(ctx, q[start:start+n], out[start:start+n]); err != nil {
			return err
		}
		start += n
	}
	return nil
}

func (w *writer) putUnits(ctx context.Context, q []tm.UnitRecord, out []int64) error {
	if len(q) == 0 {
		return nil
	}
	w.pend = w.pend[:0] // of a batch that failed, if any: its write is rolled back
	if !w.bulkChecked {
		w.bulkChecked = true
		if len(q) >= bulkUnits {
			if err := w.dropKeyIndex(ctx); err != nil {
				return err
			}
		}
	}
	ids, err := w.insertUnits(ctx, q)
	if err != nil {
		return err
	}
	if err := w.putVariants(ctx, q, ids, out); err != nil {
		return err
	}
	w.sendIndex()
	if w.ix.bytes.Load() > postingFlushBytes {
		return w.flush()
	}
	return nil
}

// insertUnits inserts the units of q that are new, with one statement,
// and returns the ids of those inserted by hash (w.ids, reused). A batch
// whose units have none of the columns most imports leave empty (a TMX
// from a tool: no change dates, usage, documents, score, props) binds only
// the others: each bound value is a cgo call, and this halves them (16 to
// 8 a unit).
func (w *writer) insertUnits(ctx context.Context, q []tm.UnitRecord) (map[int64]int64, error) {
	lean := true
	for i := range q {
		u := &q[i].Unit
		if len(u.Variants) > maxVariants {
			return nil, fmt.Errorf("store units: %w: %d language variants, at most %d", tm.ErrBadUnit, len(u.Variants), maxVariants)
		}
		lean = lean && u.Changed.IsZero() && u.ChangedBy == "" && u.LastUsed.IsZero() && u.UsageCount == 0 &&
			u.Origin.SrcDoc == "" && u.Origin.TgtDoc == "" && u.Origin.Score == 0 &&
			len(u.Props) == 0 && len(u.Notes) == 0 && len(u.Attrs) == 0
	}
	args := w.args[:0]
	for i := range q {
		u := &q[i].Unit
		if lean {
			args = append(args, q[i].Hash, u.ID, q[i].SrcLangText, w.date(u.Created), u.CreatedBy,
				u.Origin.File, q[i].PrevHash, q[i].NextHash)
			if w.langs {
				args = append(args, storekit.UnitLangs(q[i].Langs))
			}
			continue
		}
		var score any
		if u.Origin.Score != 0 {
			score = u.Origin.Score
		}
		args = append(args, q[i].Hash, u.ID, q[i].SrcLangText, w.date(u.Created), u.CreatedBy,
			tmx.FormatDate(u.Changed), u.ChangedBy, tmx.FormatDate(u.LastUsed), u.UsageCount,
			u.Origin.File, u.Origin.SrcDoc, u.Origin.TgtDoc, score, q[i].PrevHash, q[i].NextHash,
			metaJSON(u.Props, u.Notes, u.Attrs))
		if w.langs {
			args = append(args, storekit.UnitLangs(q[i].Langs))
		}
	}
	w.args = args
	var ins *sql.Stmt
	var err error
	// Without the langs column, one column less.
	less, langsCol := 1, ""
	if w.langs {
		less, langsCol = 0, ", langs"
	}
	if lean {
		ins, err = w.stmt(rowsSQL(`INSERT INTO unit(hash, tuid, srclang, created, created_by, file, prev, next`+langsCol+`) VALUES `,
			leanUnitCols-less, len(q), ` ON CONFLICT(hash) DO NOTHING RETURNING id, hash`))
	} else {
		ins, err = w.stmt(rowsSQL(`INSERT INTO unit(hash, tuid, srclang, created, created_by, changed, changed_by,
		last_used, usage_count, file, src_doc, tgt_doc, score, prev, next, meta`+langsCol+`) VALUES `, unitCols-less, len(q),
			` ON CONFLICT(hash) DO NOTHING RETURNING id, hash`))
	}
	if err != nil {
		return nil, err
	}
	rows, err := ins.QueryContext(ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("store units: %w", err)
	}
	ids := w.ids
	clear(ids)
	err = storekit.HashIDs(rows, ids)
	rows.Close()
	if err != nil {
		return nil, fmt.Errorf("store units: %w", err)
	}
	return ids, nil
}

// putVariants writes the variants of the units insertUnits inserted (ids
// by hash), as few statements as maxParams allows, and indexes their
// words; a unit that was already stored is merged into it (one UPDATE). It
// sets out[i] to unit i's new id, 0 for a merge. The variants bind markup
// and meta only when a variant of the batch has them (7 values a variant,
// else 5).
func (w *writer) putVariants(ctx context.Context, q []tm.UnitRecord, ids map[int64]int64, out []int64) error {
	leanV := true
	for i := range q {
		for j := range q[i].Variants {
			v := &q[i].Variants[j]
			leanV = leanV && v.Markup == "" && len(v.Props) == 0 && len(v.Notes) == 0 && len(v.Attrs) == 0
		}
	}
	args := w.args[:0]
	defer func() { w.args = args }()
	nrows := 0
	flushVariants := func() error {
		if nrows == 0 {
			return nil
		}
		var query string
		if leanV {
			query = rowsSQL("INSERT INTO variant(id, lang, base, text, key) VALUES ", leanVariantCols, nrows, "")
		} else {
			query = rowsSQL("INSERT INTO variant(id, lang, base, text, markup, key, meta) VALUES ", variantCols, nrows, "")
		}
		s, err := w.stmt(query)
		if err != nil {
			return err
		}
		if err := execFused(ctx, s, args); err != nil {
			return fmt.Errorf("store variants: %w", err)
		}
		args, nrows = args[:0], 0
		return nil
	}
	for i := range q {
		pu := &q[i]
		u := &pu.Unit
		id, ok := ids[pu.Hash]
		if !ok {
			out[i] = 0
			// Exec, not execFused: for one row of 7 values, the Rows of a
			// query cost more than the binds they save.
			if _, err := w.mergeUnit.ExecContext(ctx, pu.Hash, u.UsageCount, tmx.FormatDate(u.Changed), u.ChangedBy,
				tmx.FormatDate(u.LastUsed), pu.PrevHash, pu.NextHash); err != nil {
				return fmt.Errorf("merge unit: %w", err)
			}
			continue
		}
		delete(ids, pu.Hash) // a second equal unit in the batch merges
		out[i] = id
		for j := range u.Variants {
			v := &u.Variants[j]
			if (nrows+1)*variantCols > maxParams {
				if err := flushVariants(); err != nil {
					return err
				}
			}
			if leanV {
				args = append(args, id*maxVariants+int64(j), pu.Langs[j], pu.Bases[j], v.Text, pu.Keys[j])
			} else {
				args = append(args, id*maxVariants+int64(j), pu.Langs[j], pu.Bases[j], v.Text, v.Markup,
					pu.Keys[j], metaJSON(v.Props, v.Notes, v.Attrs))
			}
			nrows++
			w.pend = append(w.pend, posted{id, pu.Words[j]})
		}
	}
	return flushVariants()
}

// execFused runs a statement that returns no rows as a query: go-sqlite3
// binds a query's arguments and takes its first step in one cgo call,
// where Exec makes a call for each argument (a multi-row INSERT binds
// thousands). The statement's error is the query's, or its rows'.
func execFused(ctx context.Context, s *sql.Stmt, args []any) error {
	rows, err := s.QueryContext(ctx, args...)
	if err != nil {
		return err
	}
	for rows.Next() {
	}
	err = rows.Err()
	if cerr := rows.Close(); err == nil {
		err = cerr
	}
	return err
}

// dropKeyIndex drops the exact-text index (variant_key) of an empty TM,
// for restoreKeyIndex to build it once the units are written: sorting
// the keys of a million units once costs a sixth of inserting them one
// by one into the index, whose pages, all over the file, the page cache
// cannot hold (they are written to the WAL again and again). The drop
// is part of the write's transaction: a write that fails or is rolled
// back leaves the index as it was. Reads of the write that need the
// index (ExactUnits) build it first.
func (w *writer) dropKeyIndex(ctx context.Context) error {
	var def string
	err := w.tx.QueryRowContext(ctx, `SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'variant_key'
		AND NOT EXISTS (SELECT 1 FROM variant)`).Scan(&def)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // a TM that holds units, or has no such index
	}
	if err != nil {
		return fmt.Errorf("store units: %w", err)
	}
	if _, err := w.tx.ExecContext(ctx, "DROP INDEX variant_key"); err != nil {
		return fmt.Errorf("store units: %w", err)
	}
	w.keyIndex = def
	return nil
}

// restoreKeyIndex builds the exact-text index that dropKeyIndex dropped,
// if it did.
func (w *writer) restoreKeyIndex() error {
	if w.keyIndex == "" {
		return nil
	}
	// The sort takes memory (some 80 MB for a million units) when the
	// process holds the most: the Go heap of the import, whose units and
	// word index are written by now, goes back to the system first, so
	// that the import's peak memory stays what it was with the index
	// built as it went (a collection, a few milliseconds).
	debug.FreeOSMemory()
	if _, err := w.tx.ExecContext(w.ctx, w.keyIndex); err != nil {
		return fmt.Errorf("store index: %w", err)
	}
	w.keyIndex = ""
	return nil
}

// posted is a variant to index: its unit's id and its word keys.
type posted struct {
	id    int64
	words []int64
}

// indexer is the goroutine that builds a write's word index (the
// writer's lists) while the writer's goroutine goes on with SQLite: a
// fifth of the writer's work in a large import, which would otherwise
// wait for it. The lists hold the same ids in the same order as if the
// writer built them; only a flush (at the end, or past
// postingFlushBytes) waits for the batches sent before it.
type indexer struct {
	batches chan []posted
	pending sync.WaitGroup // batches sent and not yet indexed
	bytes   atomic.Int64   // the lists' size after the last batch indexed
	done    chan struct{}  // closed when the goroutine ends
}

// sendIndex hands the variants of the batch just written (w.pend) to the
// indexing goroutine, starting it at the first.
func (w *writer) sendIndex() {
	if w.ix == nil {
		ix := &indexer{batches: make(chan []posted, 4), done: make(chan struct{})}
		w.ix = ix
		go func() {
			defer close(ix.done)
			for b := range ix.batches {
				for _, p := range b {
					w.index(p.id, p.words)
				}
				ix.bytes.Store(int64(w.listBytes))
				ix.pending.Done()
			}
		}()
	}
	if len(w.pend) == 0 {
		return
	}
	w.ix.pending.Add(1)
	w.ix.batches <- w.pend
	w.pend = make([]posted, 0, cap(w.pend))
}

// syncIndex waits until every batch sent is indexed: the lists are then
// the writer goroutine's until it sends the next.
func (w *writer) syncIndex() {
	if w.ix != nil {
		w.ix.pending.Wait()
	}
}

// stopIndex ends the indexing goroutine, if it was started, and waits
// for it.
func (w *writer) stopIndex() {
	if w.ix != nil {
		close(w.ix.batches)
		<-w.ix.done
		w.ix = nil
	}
}

// index adds unit id to the posting list of each word key.
func (w *writer) index(id int64, words []int64) {
	for _, k := range words {
		p := w.lists[k]
		if p == nil {
			p = &plist{}
			w.lists[k] = p
			w.listBytes += 48
		}
		w.listBytes += p.add(uint64(id))
	}
}

// flush appends the posting lists built so far to the index, one chunk
// per list, with SQL's blob concatenation: lists are never rewritten.
// The lists go in key order, postingRows to a statement.
func (w *writer) flush() error {
	w.syncIndex()
	if len(w.lists) == 0 {
		return nil
	}
	keys := make([]int64, 0, len(w.lists))
	for k := range w.lists {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	args := w.args[:0]
	defer func() { w.args = args[:0] }()
	for start := 0; start < len(keys); start += postingRows {
		part := keys[start:min(start+postingRows, len(keys))]
		stmt, err := w.stmt(rowsSQL("INSERT INTO posting(id, n, ids) VALUES ", 3, len(part),
			" ON CONFLICT(id) DO UPDATE SET n = n + excluded.n, ids = ids || excluded.ids"))
		if err != nil {
			return err
		}
		args = args[:0]
		for _, k := range part {
			p := w.lists[k]
			args = append(args, k, int64(p.n), p.buf)
		}
		if err := execFused(w.ctx, stmt, args); err != nil {
			return fmt.Errorf("store index: %w", err)
		}
	}
	w.lists = map[int64]*plist{}
	w.listBytes = 0
	if w.ix != nil {
		w.ix.bytes.Store(0)
	}
	return nil
}

// LogImport adds an entry to the import log, with the TMX header as JSON
// and rec.Time (now when zero).
func (w *writer) LogImport(ctx context.Context, rec tm.ImportRecord) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ctx = w.ctx
	var header any
	if rec.Header != nil {
		j, err := json.Marshal(rec.Header)
		if err != nil {
			return fmt.Errorf("import log: %w", err)
		}
		header = string(j)
	}
	var at any // NULL: now
	if !rec.Time.IsZero() {
		at = rec.Time.UTC().Format(time.RFC3339)
	}
	_, err := w.tx.ExecContext(ctx, `INSERT INTO import(file, header, added, merged, imported)
		VALUES (?, ?, ?, ?, coalesce(?, strftime('%Y-%m-%dT%H:%M:%SZ','now')))`,
		rec.File, header, rec.Added, rec.Merged, at)
	if err != nil {
		return fmt.Errorf("import log: %w", err)
	}
	return nil
}

// metaJSON encodes props, notes and attributes (storekit.MetaJSON), nil
// when there are none.
func metaJSON(props []tm.Prop, notes []tm.Note, attrs []tm.Attr) any {
	if j, ok := storekit.MetaJSON(props, notes, attrs); ok {
		return j
	}
	return nil
}

// decodeMeta decodes a meta column (storekit.DecodeMeta).
func decodeMeta(s sql.NullString) storekit.Meta {
	if !s.Valid {
		return storekit.Meta{}
	}
	return storekit.DecodeMeta(s.String)
}
