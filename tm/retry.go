package tm

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"time"

	"golang.org/x/text/language"
)

// ConflictStore is a Store whose write transactions can fail with an
// error wrapping ErrConflict when another writer holds what they need and
// waits on what they hold (PostgreSQL detects the deadlock and fails one
// of the two). Such a failure says nothing of the data: the same
// transaction run again after the other has committed succeeds. Import
// and the other writes run their transaction again when WritesConflict is
// true (see writeAgain).
type ConflictStore interface {
	Store
	WritesConflict() bool
}

// The retries of a write transaction that failed on a conflict (see
// writeAgain): at most writeAttempts runs in all, the n-th retry after
// about retryBase*2^(n-1) (from half to one and a half times it, so that
// two writers that failed together do not run again together).
var (
	writeAttempts = 5
	retryBase     = 100 * time.Millisecond
)

// writesConflict reports whether d's store can fail a write transaction
// on a conflict with another writer's (see ConflictStore).
func (d *DB) writesConflict() bool {
	cs, ok := d.s.(ConflictStore)
	return ok && cs.WritesConflict()
}

// writeAgain runs write, a whole write transaction of d's store (or a
// store method that is one). On a store whose writes conflict, a run that
// fails with an error wrapping ErrConflict is run again, after rewind (when
// not nil) has readied what it reads, up to writeAttempts times in all,
// waiting a little longer each time. The failed run was rolled back, so
// running it again stores what one run without the conflict stores.
// Import, Copy, the unit and document maintenance and the glossary's
// writes all go through it.
func (d *DB) writeAgain(ctx context.Context, write func() error, rewind func() error) error {
	again := d.writesConflict()
	for attempt := 1; ; attempt++ {
		err := write()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err() // whatever the store said of it
		}
		if !again || !errors.Is(err, ErrConflict) || attempt == writeAttempts {
			return err
		}
		if rewind != nil {
			if rerr := rewind(); rerr != nil {
				return fmt.Errorf("%w (and it could not be run again: %v)", err, rerr)
			}
		}
		if err := retryWait(ctx, attempt); err != nil {
			return err
		}
	}
}

// retryWait waits before the attempt after attempt, or until ctx ends.
func retryWait(ctx context.Context, attempt int) error {
	d := retryBase << (attempt - 1)
	d = d/2 + rand.N(d+1)
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// tapeMemUnits is how many units a tape keeps in memory; past them, it
// writes the batches to a temporary file.
var tapeMemUnits = 2048

// tape keeps batches of units, the first in memory, the others encoded in
// a temporary file, and plays them back after a rewind.
type tape struct {
	mem   [][]UnitRecord
	nmem  int
	f     *os.File
	w     *bufio.Writer
	buf   []byte // a batch encoded (tapefile.go)
	nfile int    // batches in the file
	err   error

	// The play position after a rewind: the next batch in memory, then
	// the next one in the file, read by dec.
	playing bool
	pos     int
	dec     *tapeReader
	prep    preparer // makes the index keys again
}

// record keeps a batch. When it cannot (the temporary file), the tape
// keeps nothing more, and rewind fails.
func (t *tape) record(units []UnitRecord) {
	if t.err != nil {
		return
	}
	if t.f == nil && t.nmem+len(units) <= tapeMemUnits {
		t.mem = append(t.mem, units)
		t.nmem += len(units)
		return
	}
	if t.f == nil {
		f, err := os.CreateTemp("", "bitext-import-*")
		if err != nil {
			t.fail(fmt.Errorf("keep the units read: %w", err))
			return
		}
		// Removed at once where an open file can be (Unix), so that a
		// killed import leaves no file behind; else by close.
		os.Remove(f.Name())
		t.f, t.w = f, bufio.NewWriterSize(f, 1<<16)
		t.buf = appendTapeHeader(t.buf[:0])
	}
	t.buf = appendTapeBatch(t.buf, toTape(units))
	_, err := t.w.Write(t.buf)
	t.buf = t.buf[:0]
	if err != nil {
		t.fail(fmt.Errorf("keep the units read in %s: %w", t.f.Name(), err))
		return
	}
	t.nfile++
}

// fail records why the tape stopped and lets its batches go.
func (t *tape) fail(err error) {
	t.err, t.mem = err, nil
}

// rewind makes play start again from the first batch kept.
func (t *tape) rewind() error {
	if t.err != nil {
		return t.err
	}
	t.playing, t.pos, t.dec = true, 0, nil
	if t.f != nil {
		if err := t.w.Flush(); err != nil {
			t.err = fmt.Errorf("keep the units read in %s: %w", t.f.Name(), err)
			return t.err
		}
		size, err := t.f.Seek(0, io.SeekCurrent)
		if err != nil {
			t.err = fmt.Errorf("read the units kept in %s: %w", t.f.Name(), err)
			return t.err
		}
		t.dec, err = newTapeReader(io.NewSectionReader(t.f, 0, size), size)
		if err != nil {
			t.err = fmt.Errorf("read the units kept in %s: %w", t.f.Name(), err)
			return t.err
		}
	}
	return nil
}

// play returns the next batch kept, ok false when every one was played
// (or none is to be: before a rewind).
func (t *tape) play() (unitBatch, bool, error) {
	if !t.playing {
		return unitBatch{}, false, nil
	}
	if t.pos < len(t.mem) {
		t.pos++
		return unitBatch{units: t.mem[t.pos-1]}, true, nil
	}
	if i := t.pos - len(t.mem); i < t.nfile {
		tu, err := t.dec.next()
		if err != nil {
			t.err = fmt.Errorf("read the units kept in %s: %w", t.f.Name(), err)
			return unitBatch{}, false, t.err
		}
		t.pos++
		return unitBatch{units: fromTape(&t.prep, tu)}, true, nil
	}
	t.playing = false
	return unitBatch{}, false, nil
}

// close removes the tape's file.
func (t *tape) close() {
	if t.f != nil {
		t.f.Close()
		os.Remove(t.f.Name())
	}
}

// tapeUnit is a UnitRecord as a tape's file keeps it (tapefile.go): the
// unit, the languages as text, and the hashes; the index keys (Keys and
// Words), the largest part, are made again from the text when the file is
// read. TestTapeUnitFields checks that it has a
// field for each of UnitRecord's but those two.
type tapeUnit struct {
	ID                         string
	SrcLang                    string
	Variants                   []tapeVariant
	Props                      []Prop
	Notes                      []Note
	Attrs                      []Attr
	Created, Changed, LastUsed time.Time
	CreatedBy, ChangedBy       string
	UsageCount                 int
	Origin                     Origin
	Prev, Next                 string
	Review                     *reviewRecord
	NoDoc                      bool
	CtxPrev, CtxNext           int64

	Langs              []string
	SrcLangText        string
	Hash               int64
	PrevHash, NextHash int64
	Bases              []string
}

type tapeVariant struct {
	Lang         string
	Text, Markup string
	Props        []Prop
	Notes        []Note
	Attrs        []Attr
}

func toTape(units []UnitRecord) []tapeUnit {
	tu := make([]tapeUnit, len(units))
	for i := range units {
		r, u := &units[i], &units[i].Unit
		vs := make([]tapeVariant, len(u.Variants))
		for j, v := range u.Variants {
			vs[j] = tapeVariant{v.Lang.String(), v.Text, v.Markup, v.Props, v.Notes, v.Attrs}
		}
		tu[i] = tapeUnit{u.ID, u.SrcLang.String(), vs, u.Props, u.Notes, u.Attrs, u.Created, u.Changed, u.LastUsed,
			u.CreatedBy, u.ChangedBy, u.UsageCount, u.Origin, u.Prev, u.Next, u.review, u.noDoc, u.ctxPrev, u.ctxNext,
			r.Langs, r.SrcLangText, r.Hash, r.PrevHash, r.NextHash, r.Bases}
	}
	return tu
}

func fromTape(p *preparer, tu []tapeUnit) []UnitRecord {
	units := make([]UnitRecord, len(tu))
	for i := range tu {
		t := &tu[i]
		vs := make([]Variant, len(t.Variants))
		for j, v := range t.Variants {
			vs[j] = Variant{language.Make(v.Lang), v.Text, v.Markup, v.Props, v.Notes, v.Attrs}
		}
		pu := &units[i]
		*pu = UnitRecord{Unit: Unit{t.ID, language.Make(t.SrcLang), vs, t.Props, t.Notes, t.Attrs, t.Created, t.Changed, t.LastUsed,
			t.CreatedBy, t.ChangedBy, t.UsageCount, t.Origin, t.Prev, t.Next, t.Review, t.NoDoc, t.CtxPrev, t.CtxNext},
			Langs: t.Langs, SrcLangText: t.SrcLangText, Hash: t.Hash, PrevHash: t.PrevHash, NextHash: t.NextHash, Bases: t.Bases,
			Keys: make([]int64, len(vs)), Words: make([][]int64, len(vs))}
		for j := range vs {
			p.keys(pu, j)
		}
	}
	return units
}
