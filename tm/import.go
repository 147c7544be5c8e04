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
			units []Unit
			err   error
		}
		ch := make(chan batch, 4)
		done := make(chan struct{})
		go func() {
			defer close(ch)
			var b []Unit
			for u, err := range units {
				if err != nil {
					select {
					case ch <- batch{b, err}:
					case <-done:
					}
					return
				}
				b = append(b, u)
				if len(b) == batchSize {
					select {
					case ch <- batch{units: b}:
					case <-done:
						return
					}
					b = make([]Unit, 0, batchSize)
				}
			}
			if len(b) > 0 {
				select {
				case ch <- batch{units: b}:
				case <-done:
				}
			}
		}()
		defer func() {
			close(done)
			for range ch { // let the reader finish
			}
		}()

		var pending *Unit // held back until the next unit gives its context
		for b := range ch {
			for i := range b.units {
				if err := ctx.Err(); err != nil {
					return err
				}
				u := &b.units[i]
				st.Read++
				if opt.Progress != nil && st.Read%progressEvery == 0 {
					opt.Progress(st.Read)
				}
				if u.Origin.File == "" {
					u.Origin.File = opt.File
				}
				if !opt.Sequential {
					if err := im.add(u, &st); err != nil {
						return err
					}
					continue
				}
				if pending != nil {
					if sameDoc(pending, u) {
						if pending.Next == "" {
							pending.Next = sourceText(u)
						}
						if u.Prev == "" {
							u.Prev = sourceText(pending)
						}
					}
					if err := im.add(pending, &st); err != nil {
						return err
					}
				}
				cp := *u
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
	ctx                       context.Context
	tx                        *sql.Tx
	insUnit, mergeUnit, insVr *sql.Stmt
	lists                     map[int64]*plist
	listBytes                 int
	toks                      []token
	keys                      []int64
	parts                     []string
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
	im := &importer{ctx: ctx, tx: tx, lists: map[int64]*plist{}}
	// A large page cache for the bulk work (KiB, negative), per connection.
	if _, err := tx.ExecContext(ctx, "PRAGMA cache_size = -262144"); err != nil {
		return nil, err
	}
	var err error
	if im.insUnit, err = tx.PrepareContext(ctx, `INSERT INTO unit(hash, tuid, srclang, created, created_by,
		changed, changed_by, last_used, usage_count, file, src_doc, tgt_doc, score, prev, next, meta)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(hash) DO NOTHING`); err != nil {
		return nil, err
	}
	if im.mergeUnit, err = tx.PrepareContext(ctx, `UPDATE unit SET
		usage_count = max(usage_count, ?2),
		changed = max(changed, ?3), changed_by = CASE WHEN ?3 > changed THEN ?4 ELSE changed_by END,
		last_used = max(last_used, ?5),
		prev = CASE WHEN prev = 0 THEN ?6 ELSE prev END,
		next = CASE WHEN next = 0 THEN ?7 ELSE next END
		WHERE hash = ?1`); err != nil {
		return nil, err
	}
	if im.insVr, err = tx.PrepareContext(ctx, `INSERT INTO variant(id, lang, base, text, markup, key, meta)
		VALUES (?,?,?,?,?,?,?)`); err != nil {
		return nil, err
	}
	return im, nil
}

func (im *importer) close() {
	for _, s := range []*sql.Stmt{im.insUnit, im.mergeUnit, im.insVr} {
		if s != nil {
			s.Close()
		}
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

// prepare checks and normalizes a unit: languages to BCP 47, Text from
// Markup when only that is given.
func prepare(u *Unit) error {
	if len(u.Variants) == 0 {
		return fmt.Errorf("%w: no language variants", ErrBadUnit)
	}
	if len(u.Variants) > maxVariants {
		return fmt.Errorf("%w: %d language variants, at most %d", ErrBadUnit, len(u.Variants), maxVariants)
	}
	if u.SrcLang != "" {
		l, err := tmx.NormalizeLang(u.SrcLang)
		if err != nil {
			return fmt.Errorf("%w: source language: %v", ErrBadUnit, err)
		}
		u.SrcLang = l
	}
	for i := range u.Variants {
		v := &u.Variants[i]
		l, err := tmx.NormalizeLang(v.Lang)
		if err != nil {
			return fmt.Errorf("%w: %v", ErrBadUnit, err)
		}
		v.Lang = l
		if v.Text == "" && v.Markup != "" {
			if v.Text, err = tmx.PlainText(v.Markup); err != nil {
				return fmt.Errorf("%w: markup of the %s variant: %v", ErrBadUnit, l, err)
			}
		}
	}
	return nil
}

// unitHash identifies a unit by its variants, in any order.
func (im *importer) unitHash(u *Unit) int64 {
	parts := im.parts[:0]
	idx := make([]int, len(u.Variants))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		va, vb := &u.Variants[a], &u.Variants[b]
		if c := strings.Compare(va.Lang, vb.Lang); c != 0 {
			return c
		}
		if c := strings.Compare(va.Text, vb.Text); c != 0 {
			return c
		}
		return strings.Compare(va.Markup, vb.Markup)
	})
	for _, i := range idx {
		v := &u.Variants[i]
		parts = append(parts, v.Lang, v.Text, v.Markup)
	}
	im.parts = parts
	return hash64(parts...)
}

func (im *importer) add(u *Unit, st *ImportStats) error {
	if err := prepare(u); err != nil {
		return err
	}
	h := im.unitHash(u)
	var score any
	if u.Origin.Score != 0 {
		score = u.Origin.Score
	}
	prev, next := ctxHash(u.Prev), ctxHash(u.Next)
	res, err := im.insUnit.ExecContext(im.ctx, h, u.ID, u.SrcLang, formatDate(u.Created), u.CreatedBy,
		formatDate(u.Changed), u.ChangedBy, formatDate(u.LastUsed), u.UsageCount,
		u.Origin.File, u.Origin.SrcDoc, u.Origin.TgtDoc, score, prev, next,
		metaJSON(u.Props, u.Notes, u.Attrs))
	if err != nil {
		return fmt.Errorf("store unit: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		st.Merged++
		_, err := im.mergeUnit.ExecContext(im.ctx, h, u.UsageCount, formatDate(u.Changed), u.ChangedBy,
			formatDate(u.LastUsed), prev, next)
		if err != nil {
			return fmt.Errorf("merge unit: %w", err)
		}
		return nil
	}
	st.Added++
	id, err := res.LastInsertId()
	if err != nil {
		return err
	}
	for i := range u.Variants {
		v := &u.Variants[i]
		base, err := baseOf(v.Lang)
		if err != nil {
			return fmt.Errorf("%w: %v", ErrBadUnit, err)
		}
		if _, err := im.insVr.ExecContext(im.ctx, id*maxVariants+int64(i), v.Lang, base, v.Text, v.Markup,
			textKey(base, v.Text), metaJSON(v.Props, v.Notes, v.Attrs)); err != nil {
			return fmt.Errorf("store variant: %w", err)
		}
		im.toks, im.keys = indexKeys(base, v.Text, im.toks, im.keys)
		for _, k := range im.keys {
			p := im.lists[k]
			if p == nil {
				p = &plist{}
				im.lists[k] = p
				im.listBytes += 48
			}
			im.listBytes += p.add(uint32(id))
		}
	}
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
