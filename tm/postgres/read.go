package postgres

import (
	"context"
	"encoding/binary"
	"fmt"
	"iter"
	"math"
	"slices"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/internal/storekit"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/jackc/pgx/v5"
)

// LastUnitID is the largest unit id, 0 in an empty TM.
func (s *Store) LastUnitID(ctx context.Context) (int64, error) {
	var n int64
	err := s.queryRow(ctx, "SELECT coalesce(max(id), 0) FROM unit").Scan(&n)
	return n, err
}

// ExactUnits appends the units with a variant of exact-text key.
func (s *Store) ExactUnits(ctx context.Context, key int64, ids []int64) ([]int64, error) {
	return s.exactUnits(ctx, s.pool, key, ids)
}

// ExactUnits is Store.ExactUnits in the write's transaction (tm.TxReader).
func (w *writer) ExactUnits(ctx context.Context, key int64, ids []int64) ([]int64, error) {
	return w.s.exactUnits(ctx, w.tx, key, ids)
}

func (s *Store) exactUnits(ctx context.Context, q querier, key int64, ids []int64) ([]int64, error) {
	rows, err := q.Query(ctx, "SELECT DISTINCT unit_id FROM variant WHERE key = $1 ORDER BY unit_id", key)
	if err != nil {
		return ids, s.mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return ids, err
		}
		ids = append(ids, id)
	}
	return ids, s.mapErr(rows.Err())
}

// PostingLens adds up the chunk sizes of every key in one query.
func (s *Store) PostingLens(ctx context.Context, keys []int64, lens []int64) error {
	if len(lens) != len(keys) {
		return fmt.Errorf("posting lengths: %d lengths for %d keys", len(lens), len(keys))
	}
	clear(lens)
	rows, err := s.query(ctx, "SELECT key, sum(n)::bigint FROM posting WHERE key = ANY($1) GROUP BY key", keys)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k, n int64
		if err := rows.Scan(&k, &n); err != nil {
			return err
		}
		for i, x := range keys {
			if x == k {
				lens[i] = n
			}
		}
	}
	return s.mapErr(rows.Err())
}

// postingBatch is how many ids Postings hands f at a time.
const postingBatch = 2048

// Postings reads the chunks of key in order of their first id.
func (s *Store) Postings(ctx context.Context, key int64, f func(ids []int64)) error {
	rows, err := s.query(ctx, "SELECT 1, ids FROM posting WHERE key = $1 ORDER BY first", key)
	if err != nil {
		return err
	}
	return s.readChunks(rows, []int64{key}, func(_ int, ids []int64) { f(ids) })
}

// PostingsOf reads the chunks of every key in one query (tm.ManyPostings):
// a lookup's rare lists in one round trip.
func (s *Store) PostingsOf(ctx context.Context, keys []int64, f func(i int, ids []int64)) error {
	if len(keys) == 0 {
		return nil
	}
	rows, err := s.query(ctx, `SELECT k.i, p.ids FROM unnest($1::bigint[]) WITH ORDINALITY AS k(key, i)
		JOIN posting p ON p.key = k.key ORDER BY k.i, p.first`, keys)
	if err != nil {
		return err
	}
	return s.readChunks(rows, keys, f)
}

// readChunks decodes rows of (list number from 1, chunk), each list's
// chunks in order of their first id, and hands f each list's ids in
// increasing order, postingBatch at a time. The chunks of one write are
// sorted and never overlap each other, but those of concurrent writers may
// interleave (one writer's ids 1-100 and 201-300 in one chunk, another's
// 101-200): ids below the next chunk's first id are final, so the rest
// waits in a buffer merged with the next chunk; in the common case, the
// buffer is one chunk.
func (s *Store) readChunks(rows pgx.Rows, keys []int64, f func(i int, ids []int64)) error {
	defer rows.Close()
	var (
		cur          int64 = -1
		pending, buf []int64
		blob         []byte
	)
	emit := func(upTo int64) { // hands f the pending ids below upTo
		n := 0
		for n < len(pending) && pending[n] < upTo {
			n++
		}
		for rest := pending[:n]; len(rest) > 0; {
			k := min(len(rest), postingBatch)
			f(int(cur-1), rest[:k])
			rest = rest[k:]
		}
		pending = append(pending[:0], pending[n:]...)
	}
	for rows.Next() {
		var i int64
		if err := rows.Scan(&i, &blob); err != nil {
			return s.mapErr(err)
		}
		var err error
		if buf, err = decodeChunk(blob, buf[:0]); err != nil {
			return fmt.Errorf("word index of %d: %w", keys[i-1], err)
		}
		if i != cur {
			emit(math.MaxInt64)
			cur = i
		}
		if len(buf) == 0 {
			continue
		}
		emit(buf[0])
		if len(pending) == 0 {
			pending = append(pending, buf...)
		} else { // an interleaved chunk
			pending = append(pending, buf...)
			slices.Sort(pending)
			pending = slices.Compact(pending)
		}
	}
	if err := rows.Err(); err != nil {
		return s.mapErr(err)
	}
	emit(math.MaxInt64)
	return nil
}

// decodeChunk appends the ids of a chunk (or of chunks one after another)
// to ids.
func decodeChunk(blob []byte, ids []int64) ([]int64, error) {
	var last uint64
	for i := 0; i < len(blob); {
		v, n := binary.Uvarint(blob[i:])
		if n <= 0 {
			return ids, fmt.Errorf("bad chunk at byte %d", i)
		}
		i += n
		if v == 0 {
			abs, n := binary.Uvarint(blob[i:])
			if n <= 0 {
				return ids, fmt.Errorf("bad chunk at byte %d", i)
			}
			i += n
			last = abs
		} else {
			last += v
		}
		ids = append(ids, int64(last))
	}
	return ids, nil
}

// UnitsByID reads the units of ids with their variants in one query.
func (s *Store) UnitsByID(ctx context.Context, ids []int64, f func(*tm.StoredUnit) error) error {
	if len(ids) == 0 {
		return nil
	}
	rows, err := s.query(ctx, `SELECT o.ord, u.id, u.prev, u.next, u.file, u.src_doc, u.tgt_doc,
		coalesce(u.score, 0), u.srclang, u.created, u.created_by, u.changed, u.changed_by, v.lang, v.base, v.text, v.markup
		FROM unnest($1::bigint[]) WITH ORDINALITY AS o(id, ord)
		JOIN unit u ON u.id = o.id JOIN variant v ON v.unit_id = u.id
		ORDER BY o.ord, v.pos`, ids)
	if err != nil {
		return err
	}
	defer rows.Close()
	return s.mapErr(storekit.UnitsByID(rows, f))
}

// PropsByID reads the props of the units of ids (tm.UnitProps).
func (s *Store) PropsByID(ctx context.Context, ids []int64, f func(id int64, props []tm.Prop)) error {
	if len(ids) == 0 {
		return nil
	}
	rows, err := s.query(ctx, `SELECT id, meta FROM unit WHERE id = ANY($1::bigint[]) AND meta IS NOT NULL`, ids)
	if err != nil {
		return err
	}
	defer rows.Close()
	return s.mapErr(storekit.PropsByID(rows, f))
}

// LastChanges reads the dates of the units of ids (tm.LastChanges).
func (s *Store) LastChanges(ctx context.Context, ids []int64, f func(id int64, created, changed string)) error {
	if len(ids) == 0 {
		return nil
	}
	rows, err := s.query(ctx, `SELECT id, created, changed FROM unit WHERE id = ANY($1::bigint[])`, ids)
	if err != nil {
		return err
	}
	defer rows.Close()
	return s.mapErr(storekit.LastChanges(rows, f))
}

// VariantsByID reads only the variants of the units of ids.
func (s *Store) VariantsByID(ctx context.Context, ids []int64, f func(*tm.StoredUnit) error) error {
	if len(ids) == 0 {
		return nil
	}
	rows, err := s.query(ctx, `SELECT o.ord, v.unit_id, v.lang, v.base, v.text, v.markup
		FROM unnest($1::bigint[]) WITH ORDINALITY AS o(id, ord)
		JOIN variant v ON v.unit_id = o.id
		ORDER BY o.ord, v.pos`, ids)
	if err != nil {
		return err
	}
	defer rows.Close()
	return s.mapErr(storekit.VariantsByID(rows, nil, f))
}

// Scan reads every unit with its variants in id order, in one query (one
// snapshot), streamed.
func (s *Store) Scan(ctx context.Context) iter.Seq2[*tm.StoredUnit, error] {
	return func(yield func(*tm.StoredUnit, error) bool) {
		if err := s.scan(ctx, yield); err != nil {
			yield(nil, err)
		}
	}
}

func (s *Store) scan(ctx context.Context, yield func(*tm.StoredUnit, error) bool) error {
	rows, err := s.query(ctx, `SELECT u.id, u.usage_count, u.prev, u.next, u.tuid, u.srclang, u.created,
		u.created_by, u.changed, u.changed_by, u.last_used, u.file, u.src_doc, u.tgt_doc, coalesce(u.score, 0),
		u.meta, v.lang, v.base, v.text, v.markup, v.meta
		FROM unit u JOIN variant v ON v.unit_id = u.id ORDER BY u.id, v.pos`)
	if err != nil {
		return err
	}
	return s.scanUnits(ctx, rows, yield)
}

// scanUnits reads rows of unit and variant columns (as scan selects them,
// a unit's variants together) into units and yields each.
func (s *Store) scanUnits(ctx context.Context, rows pgx.Rows, yield func(*tm.StoredUnit, error) bool) error {
	defer rows.Close()
	var (
		cur   *tm.StoredUnit
		langs storekit.LangCache
		err   error
	)
	for rows.Next() {
		var (
			id, prev, next                             int64
			usage                                      int32
			tuid, srclang, created, createdBy, changed string
			changedBy, lastUsed, file, srcDoc, tgtDoc  string
			score                                      float64
			umeta, vmeta                               *string
			lang, base                                 string
			v                                          tm.Variant
		)
		if err := rows.Scan(&id, &usage, &prev, &next, &tuid, &srclang, &created, &createdBy, &changed,
			&changedBy, &lastUsed, &file, &srcDoc, &tgtDoc, &score, &umeta, &lang, &base, &v.Text, &v.Markup,
			&vmeta); err != nil {
			return err
		}
		if cur == nil || cur.ID != id {
			if cur != nil && !yield(cur, nil) {
				return nil
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			cur = &tm.StoredUnit{ID: id, PrevHash: prev, NextHash: next}
			u := &cur.Unit
			u.UsageCount, u.ID, u.CreatedBy, u.ChangedBy = int(usage), tuid, createdBy, changedBy
			if u.SrcLang, err = langs.Parse(srclang); err != nil {
				return fmt.Errorf("unit %d: %w", id, err)
			}
			u.Created, u.Changed, u.LastUsed = tmx.ParseDate(created), tmx.ParseDate(changed), tmx.ParseDate(lastUsed)
			u.Origin = tm.Origin{File: file, SrcDoc: srcDoc, TgtDoc: tgtDoc, Score: score}
			m := decodeMeta(umeta)
			u.Props, u.Notes, u.Attrs = m.Props, m.Notes, m.Attrs
		}
		if v.Lang, err = langs.Parse(lang); err != nil {
			return fmt.Errorf("unit %d: %w", id, err)
		}
		if vmeta != nil {
			m := decodeMeta(vmeta)
			v.Props, v.Notes, v.Attrs = m.Props, m.Notes, m.Attrs
		}
		cur.Variants = append(cur.Variants, v)
		cur.Bases = append(cur.Bases, base)
	}
	if err := rows.Err(); err != nil {
		return s.mapErr(err)
	}
	if cur != nil {
		yield(cur, nil)
	}
	return nil
}

// Imports reads the import log.
func (s *Store) Imports(ctx context.Context) ([]tm.ImportRecord, error) {
	rows, err := s.query(ctx, "SELECT file, header, added, merged, imported FROM import ORDER BY id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []tm.ImportRecord
	for rows.Next() {
		var (
			r      tm.ImportRecord
			header *string
			at     time.Time
		)
		if err := rows.Scan(&r.File, &header, &r.Added, &r.Merged, &at); err != nil {
			return nil, err
		}
		if header != nil {
			var h tmx.Header
			if jsonUnmarshal(*header, &h) == nil {
				r.Header = &h
			}
		}
		r.Time = at.UTC()
		out = append(out, r)
	}
	return out, s.mapErr(rows.Err())
}

// Stats counts rows; Bytes is the size of the tables and their indexes.
func (s *Store) Stats(ctx context.Context) (tm.Stats, error) {
	st := tm.Stats{Path: s.loc}
	var err error
	if st.SchemaVersion, err = s.SchemaVersion(ctx); err != nil {
		return st, err
	}
	err = s.queryRow(ctx, `SELECT (SELECT count(*) FROM unit), (SELECT count(*) FROM variant),
		(SELECT count(*) FROM import), (SELECT count(DISTINCT key) FROM posting),
		(SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
			JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = current_schema() AND c.relkind = 'r')`).Scan(
		&st.Units, &st.Variants, &st.Imports, &st.Words, &st.Bytes)
	if err != nil {
		return st, err
	}
	rows, err := s.query(ctx, "SELECT lang, count(*) FROM variant GROUP BY lang ORDER BY count(*) DESC, lang COLLATE \"C\"")
	if err != nil {
		return st, err
	}
	defer rows.Close()
	st.Langs, err = storekit.LangCounts(rows)
	return st, s.mapErr(err)
}
