package tm

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/bitext/bitext/tm/tmx"
)

// ImportOptions tune Import.
type ImportOptions struct {
	// File names where the units come from; it is recorded in the import log
	// and as the Origin.File of units that have none.
	File string
	// Header is the TMX header of the file, kept so that its user-defined
	// encodings (ude) are exported again.
	Header *tmx.Header
	// Sequential says the units come in document order, as an aligner emits
	// them: consecutive units of the same document (Origin.File and SrcDoc)
	// become each other's context (Prev and Next) unless they have one.
	Sequential bool
	// Progress, if set, is called every progressEvery units with the number
	// of units read so far.
	Progress func(read int)
}

// ImportStats count what Import did.
type ImportStats struct {
	// Read is the number of units read, Added the number stored as new
	// units, Merged the number that were already in the TM.
	Read, Added, Merged int
}

// progressEvery is how often Import reports progress (units).
const progressEvery = 10000

// batchSize is how many units the reading goroutine hands over at a time:
// large enough to make channel costs negligible, small enough to keep
// memory flat.
const batchSize = 256

// maxVariants is the number of language variants a unit may have: variant
// ids are unit id * 256 + position.
const maxVariants = 256

// postingFlushBytes bounds the memory of the word index built during an
// import; past it, the lists so far are written out.
const postingFlushBytes = 256 << 20

// MaxSegment is the longest segment, in bytes, the TM stores. Storing a
// segment costs some forty times its size in token and index arrays while
// it is prepared; a real segment, even a long paragraph, is a few KiB, so
// 1 MiB only stops a file that is not segmented.
const MaxSegment = 1 << 20

// ErrBadUnit is wrapped by Import errors about a unit that cannot be stored.
var ErrBadUnit = fmt.Errorf("bad unit")

// Import stores units in one transaction: either all of them are stored or,
// on any error (from the iterator, a bad unit, a cancelled context), none.
// A unit equal to one already stored (the same variants: language, text and
// markup) is merged into it: its usage count, dates and context are kept
// when newer or missing. The iterator runs in a goroutine of its own so that
// reading and storing overlap.
func (d *DB) Import(ctx context.Context, units iter.Seq2[Unit, error], opt ImportOptions) (ImportStats, error) {
	var st ImportStats
	err := d.inTx(ctx, func(tx *sql.Tx) error {
		im, err := newImporter(ctx, tx, opt)
		if err != nil {
			return err
		}
		defer im.close()

		type batch struct {
			units []prepared
			err   error
		}
		ch := make(chan batch, 4)
		done := make(chan struct{})
		go func() {
			defer close(ch)
			var p preparer
			b := make([]prepared, 0, batchSize)
			send := func(bt batch) bool {
				select {
				case ch <- bt:
					return true
				case <-done:
					return false
				}
			}
			for u, err := range units {
				if err == nil {
					var pu prepared
					if pu, err = p.prepare(u); err == nil {
						b = append(b, pu)
					}
				}
				if err != nil {
					send(batch{b, err})
					return
				}
				if len(b) == batchSize {
					if !send(batch{units: b}) {
						return
					}
					b = make([]prepared, 0, batchSize)
				}
			}
			if len(b) > 0 {
				send(batch{units: b})
			}
		}()
		defer func() {
			close(done)
			for range ch { // let the reader finish
			}
		}()

		var pending *prepared // held back until the next unit gives its context
		for b := range ch {
			for i := range b.units {
				if err := ctx.Err(); err != nil {
					return err
				}
				pu := &b.units[i]
				u := &pu.Unit
				st.Read++
				if opt.Progress != nil && st.Read%progressEvery == 0 {
					opt.Progress(st.Read)
				}
				if u.Origin.File == "" {
					u.Origin.File = opt.File
				}
				if !opt.Sequential {
					if err := im.add(pu, &st); err != nil {
						return err
					}
					continue
				}
				if pending != nil {
					if sameDoc(&pending.Unit, u) {
						if pending.Next == "" {
							pending.Next = sourceText(u)
						}
						if u.Prev == "" {
							u.Prev = sourceText(&pending.Unit)
						}
					}
					if err := im.add(pending, &st); err != nil {
						return err
					}
				}
				cp := *pu
				pending = &cp
			}
			if b.err != nil {
				return b.err
			}
		}
		if pending != nil {
			if err := im.add(pending, &st); err != nil {
				return err
			}
		}
		if err := im.store(&st); err != nil {
			return err
		}
		if err := im.flush(); err != nil {
			return err
		}
		var header any
		if opt.Header != nil {
			j, _ := json.Marshal(opt.Header)
			header = string(j)
		}
		_, err = tx.ExecContext(ctx, "INSERT INTO import(file, header, added, merged) VALUES (?, ?, ?, ?)",
			opt.File, header, st.Added, st.Merged)
		return err
	})
	if err != nil {
		return ImportStats{}, err
	}
	return st, nil
}

func sameDoc(a, b *Unit) bool {
	return a.Origin.File == b.Origin.File && a.Origin.SrcDoc == b.Origin.SrcDoc
}

// sourceText is the text of the unit's source variant: the first in its
// source language, else the first.
func sourceText(u *Unit) string {
	if len(u.Variants) == 0 {
		return ""
	}
	return u.Variants[sourceIndex(u)].Text
}

func sourceIndex(u *Unit) int {
	if u.SrcLang != "" {
		for i, v := range u.Variants {
			if strings.EqualFold(v.Lang, u.SrcLang) {
				return i
			}
		}
	}
	return 0
}

// importer holds the prepared statements and the word index of one import.
type importer struct {
	ctx       context.Context
	tx        *sql.Tx
	mergeUnit *sql.Stmt
	stmts     map[string]*sql.Stmt
	queue     []prepared
	args      []any
	ids       map[int64]int64
	lists     map[int64]*plist
	listBytes int
}

// plist is the part of a posting list built by one import.
type plist struct {
	last uint32
	n    int32
	buf  []byte
}

func (p *plist) add(id uint32) int {
	if p.n > 0 && p.last == id {
		return 0
	}
	before := len(p.buf)
	if p.n == 0 {
		p.buf = append(p.buf, 0)
		p.buf = binary.AppendUvarint(p.buf, uint64(id))
	} else {
		p.buf = binary.AppendUvarint(p.buf, uint64(id-p.last))
	}
	p.last = id
	p.n++
	return len(p.buf) - before
}

func newImporter(ctx context.Context, tx *sql.Tx, opt ImportOptions) (*importer, error) {
	im := &importer{ctx: ctx, tx: tx, lists: map[int64]*plist{}, stmts: map[string]*sql.Stmt{}, ids: map[int64]int64{}}
	// A large page cache for the bulk work (KiB, negative), per connection.
	if _, err := tx.ExecContext(ctx, "PRAGMA cache_size = -262144"); err != nil {
		return nil, err
	}

	var err error
	if im.mergeUnit, err = tx.PrepareContext(ctx, `UPDATE unit SET
		usage_count = max(usage_count, ?2),
		changed = max(changed, ?3), changed_by = CASE WHEN ?3 > changed THEN ?4 ELSE changed_by END,
		last_used = max(last_used, ?5),
		prev = CASE WHEN prev = 0 THEN ?6 ELSE prev END,
		next = CASE WHEN next = 0 THEN ?7 ELSE next END
		WHERE hash = ?1`); err != nil {
		return nil, err
	}
	return im, nil
}

func (im *importer) close() {
	if im.mergeUnit != nil {
		im.mergeUnit.Close()
	}
	for _, s := range im.stmts {
		s.Close()
	}
}

type meta struct {
	Props []Prop `json:"props,omitempty"`
	Notes []Note `json:"notes,omitempty"`
	Attrs []Attr `json:"attrs,omitempty"`
}

// metaJSON encodes props, notes and attributes, nil when there are none.
func metaJSON(props []Prop, notes []Note, attrs []Attr) any {
	if len(props) == 0 && len(notes) == 0 && len(attrs) == 0 {
		return nil
	}
	j, _ := json.Marshal(meta{props, notes, attrs})
	return string(j)
}

func decodeMeta(s sql.NullString) meta {
	var m meta
	if s.Valid {
		json.Unmarshal([]byte(s.String), &m)
	}
	return m
}

// prepared is a unit checked and ready to store: languages normalized, its
// hash and, per variant, the language subtag, exact-text key and index keys.
type prepared struct {
	Unit
	hash  int64
	bases []string
	keys  []int64
	words [][]int64
}

// preparer prepares units; it caches language tags, which repeat.
type preparer struct {
	langs map[string][2]string // as written -> normalized, subtag
	toks  []token
	parts []string
	idx   []int
}

func (p *preparer) lang(s string) (string, string, error) {
	if l, ok := p.langs[s]; ok {
		return l[0], l[1], nil
	}
	l, err := tmx.NormalizeLang(s)
	if err != nil {
		return "", "", err
	}
	b, err := baseOf(l)
	if err != nil {
		return "", "", err
	}
	if p.langs == nil {
		p.langs = map[string][2]string{}
	}
	p.langs[s] = [2]string{l, b}
	return l, b, nil
}

// prepare checks and normalizes a unit: languages to BCP 47, Text from
// Markup when only that is given; it computes what storing needs.
func (p *preparer) prepare(u Unit) (prepared, error) {
	pu := prepared{Unit: u}
	if len(u.Variants) == 0 {
		return pu, fmt.Errorf("%w: no language variants", ErrBadUnit)
	}
	if len(u.Variants) > maxVariants {
		return pu, fmt.Errorf("%w: %d language variants, at most %d", ErrBadUnit, len(u.Variants), maxVariants)
	}
	if u.SrcLang != "" {
		l, _, err := p.lang(u.SrcLang)
		if err != nil {
			return pu, fmt.Errorf("%w: source language: %v", ErrBadUnit, err)
		}
		pu.SrcLang = l
	}
	pu.Variants = append([]Variant(nil), u.Variants...)
	pu.bases = make([]string, len(u.Variants))
	pu.keys = make([]int64, len(u.Variants))
	pu.words = make([][]int64, len(u.Variants))
	for i := range pu.Variants {
		v := &pu.Variants[i]
		l, b, err := p.lang(v.Lang)
		if err != nil {
			return pu, fmt.Errorf("%w: %v", ErrBadUnit, err)
		}
		v.Lang = l
		if len(v.Text) > MaxSegment || len(v.Markup) > MaxSegment {
			return pu, fmt.Errorf("%w: the %s segment is %d bytes, at most %d MiB", ErrBadUnit, l, max(len(v.Text), len(v.Markup)), MaxSegment>>20)
		}
		if !utf8.ValidString(v.Text) || !utf8.ValidString(v.Markup) {
			return pu, fmt.Errorf("%w: the %s variant is not valid UTF-8", ErrBadUnit, l)
		}
		if v.Text == "" && v.Markup != "" {
			if v.Text, err = tmx.PlainText(v.Markup); err != nil {
				return pu, fmt.Errorf("%w: markup of the %s variant: %v", ErrBadUnit, l, err)
			}
		}
		pu.bases[i] = b
		pu.keys[i] = textKey(b, v.Text)
		p.toks, pu.words[i] = indexKeys(b, v.Text, p.toks, nil)
	}
	pu.hash = p.unitHash(pu.Variants)
	return pu, nil
}

// unitHash identifies a unit by its variants, in any order.
func (p *preparer) unitHash(vs []Variant) int64 {
	idx := p.idx[:0]
	for i := range vs {
		idx = append(idx, i)
	}
	slices.SortFunc(idx, func(a, b int) int {
		va, vb := &vs[a], &vs[b]
		if c := strings.Compare(va.Lang, vb.Lang); c != 0 {
			return c
		}
		if c := strings.Compare(va.Text, vb.Text); c != 0 {
			return c
		}
		return strings.Compare(va.Markup, vb.Markup)
	})
	parts := p.parts[:0]
	for _, i := range idx {
		v := &vs[i]
		parts = append(parts, v.Lang, v.Text, v.Markup)
	}
	p.idx, p.parts = idx, parts
	return hash64(parts...)
}

// add queues a unit; every batchSize units the queue is stored.
func (im *importer) add(pu *prepared, st *ImportStats) error {
	im.queue = append(im.queue, *pu)
	if len(im.queue) >= batchSize {
		return im.store(st)
	}
	return nil
}

// unitCols is the number of columns insUnitSQL binds per unit, variantCols
// per variant. A statement binds at most maxParams values (SQLite's limit is
// 32766).
const (
	unitCols    = 16
	variantCols = 7
	maxParams   = 32000
)

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

// stmt returns a cached statement for sql.
func (im *importer) stmt(q string) (*sql.Stmt, error) {
	if st, ok := im.stmts[q]; ok {
		return st, nil
	}
	st, err := im.tx.PrepareContext(im.ctx, q)
	if err != nil {
		return nil, err
	}
	im.stmts[q] = st
	return st, nil
}

// store writes the queued units with one multi-row statement for the units
// and as few as possible for their variants: per-statement costs dominate
// bulk inserts through database/sql.
func (im *importer) store(st *ImportStats) error {
	q := im.queue
	if len(q) == 0 {
		return nil
	}
	im.queue = im.queue[:0]
	args := im.args[:0]
	for i := range q {
		u := &q[i].Unit
		var score any
		if u.Origin.Score != 0 {
			score = u.Origin.Score
		}
		args = append(args, q[i].hash, u.ID, u.SrcLang, formatDate(u.Created), u.CreatedBy,
			formatDate(u.Changed), u.ChangedBy, formatDate(u.LastUsed), u.UsageCount,
			u.Origin.File, u.Origin.SrcDoc, u.Origin.TgtDoc, score, ctxHash(u.Prev), ctxHash(u.Next),
			metaJSON(u.Props, u.Notes, u.Attrs))
	}
	ins, err := im.stmt(rowsSQL(`INSERT INTO unit(hash, tuid, srclang, created, created_by, changed, changed_by,
		last_used, usage_count, file, src_doc, tgt_doc, score, prev, next, meta) VALUES `, unitCols, len(q),
		` ON CONFLICT(hash) DO NOTHING RETURNING id, hash`))
	if err != nil {
		return err
	}
	rows, err := ins.QueryContext(im.ctx, args...)
	if err != nil {
		return fmt.Errorf("store units: %w", err)
	}
	ids := im.ids
	clear(ids)
	for rows.Next() {
		var id, h int64
		if err := rows.Scan(&id, &h); err != nil {
			rows.Close()
			return fmt.Errorf("store units: %w", err)
		}
		ids[h] = id
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store units: %w", err)
	}
	// Variants of the new units; merges for the others.
	args = args[:0]
	nrows := 0
	flushVariants := func() error {
		if nrows == 0 {
			return nil
		}
		s, err := im.stmt(rowsSQL("INSERT INTO variant(id, lang, base, text, markup, key, meta) VALUES ", variantCols, nrows, ""))
		if err != nil {
			return err
		}
		if _, err := s.ExecContext(im.ctx, args...); err != nil {
			return fmt.Errorf("store variants: %w", err)
		}
		args, nrows = args[:0], 0
		return nil
	}
	for i := range q {
		pu := &q[i]
		u := &pu.Unit
		id, ok := ids[pu.hash]
		if !ok {
			st.Merged++
			if _, err := im.mergeUnit.ExecContext(im.ctx, pu.hash, u.UsageCount, formatDate(u.Changed), u.ChangedBy,
				formatDate(u.LastUsed), ctxHash(u.Prev), ctxHash(u.Next)); err != nil {
				return fmt.Errorf("merge unit: %w", err)
			}
			continue
		}
		delete(ids, pu.hash) // a second equal unit in the batch merges
		st.Added++
		for j := range u.Variants {
			v := &u.Variants[j]
			if (nrows+1)*variantCols > maxParams {
				if err := flushVariants(); err != nil {
					return err
				}
			}
			args = append(args, id*maxVariants+int64(j), v.Lang, pu.bases[j], v.Text, v.Markup,
				pu.keys[j], metaJSON(v.Props, v.Notes, v.Attrs))
			nrows++
			for _, k := range pu.words[j] {
				p := im.lists[k]
				if p == nil {
					p = &plist{}
					im.lists[k] = p
					im.listBytes += 48
				}
				im.listBytes += p.add(uint32(id))
			}
		}
	}
	if err := flushVariants(); err != nil {
		return err
	}
	im.args = args
	if im.listBytes > postingFlushBytes {
		return im.flush()
	}
	return nil
}

// flush appends the posting lists built so far to the index.
func (im *importer) flush() error {
	if len(im.lists) == 0 {
		return nil
	}
	stmt, err := im.tx.PrepareContext(im.ctx, `INSERT INTO posting(id, n, ids) VALUES (?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET n = n + excluded.n, ids = ids || excluded.ids`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	keys := make([]int64, 0, len(im.lists))
	for k := range im.lists {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		p := im.lists[k]
		if _, err := stmt.ExecContext(im.ctx, k, p.n, p.buf); err != nil {
			return fmt.Errorf("store index: %w", err)
		}
	}
	im.lists = map[int64]*plist{}
	im.listBytes = 0
	return nil
}

// decodePostings appends the unit ids of a posting list blob to ids.
func decodePostings(blob []byte, ids []uint32) []uint32 {
	var last uint64
	for i := 0; i < len(blob); {
		v, n := binary.Uvarint(blob[i:])
		if n <= 0 {
			break
		}
		i += n
		if v == 0 { // a chunk: the absolute id follows
			v, n = binary.Uvarint(blob[i:])
			if n <= 0 {
				break
			}
			i += n
			last = v
		} else {
			last += v
		}
		ids = append(ids, uint32(last))
	}
	return ids
}

// Add stores one unit (see Import).
func (d *DB) Add(ctx context.Context, u Unit) (ImportStats, error) {
	return d.Import(ctx, func(yield func(Unit, error) bool) { yield(u, nil) }, ImportOptions{File: u.Origin.File})
}
