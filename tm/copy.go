package tm

import (
	"context"
	"fmt"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm/textio"
)

// CopyOptions are the options of Copy.
type CopyOptions struct {
	// Progress, when set, is called with the number of units copied so
	// far, every few thousand units.
	Progress func(units int)
}

// CopyStats counts what Copy did.
type CopyStats struct {
	Units    int // units read from the source
	Added    int // units new to the destination
	Merged   int // units the destination held already (merged)
	Glossary int // glossary entries copied
	Imports  int // import log entries copied
	Logged   int // import log entries the destination held already (not copied again)
}

// ErrSameTM is Copy's error when the source and the destination are one
// TM under two names (a file and a link to it, one PostgreSQL database
// under two host names): copying a TM into itself would store its units
// again beside themselves.
var ErrSameTM = textio.NewBadInput("the two are one translation memory")

// Identifier is what a Store implements when it can name the TM it holds
// the same way whatever name it was opened by: tm/sqlite the file's
// device and inode (or its path with links resolved), tm/postgres the
// server's system identifier,
// the database and the schema. "" is a TM it cannot name.
type Identifier interface {
	Identity(ctx context.Context) (string, error)
}

// sameTM says whether a and b are one TM, as far as both can name theirs.
func sameTM(ctx context.Context, a, b Store) (bool, error) {
	ia, okA := a.(Identifier)
	ib, okB := b.(Identifier)
	if !okA || !okB {
		return false, nil
	}
	idA, err := ia.Identity(ctx)
	if err != nil {
		return false, fmt.Errorf("%s: %w", a.Location(), err)
	}
	idB, err := ib.Identity(ctx)
	if err != nil {
		return false, fmt.Errorf("%s: %w", b.Location(), err)
	}
	return idA != "" && idA == idB, nil
}

// String says what was copied as `tm copy` reports it: "3 units (0 added,
// 3 merged), 1 glossary entry, 0 imports (1 logged there already)".
func (st CopyStats) String() string {
	s := fmt.Sprintf("%s (%d added, %d merged), %s, %s", textio.Count(st.Units, "unit", "units"), st.Added, st.Merged,
		textio.Count(st.Glossary, "glossary entry", "glossary entries"), textio.Count(st.Imports, "import", "imports"))
	if st.Logged > 0 {
		s += fmt.Sprintf(" (%d logged there already)", st.Logged)
	}
	return s
}

// Copy copies every unit, the glossary and the import log of the TM from
// into the TM d (another store: SQLite to PostgreSQL, or back). Units keep
// everything stored of them (ids as tuids, dates, usage, origin, context,
// props and notes); they get the destination's own unit ids. The units and
// the import log are written in one transaction of the destination, all or
// nothing; the glossary, written first, is merged entry by entry, and a
// glossary whose spellings conflict with the destination's (see
// normalize.CheckConflicts) is a *normalize.ConflictError: nothing is
// copied. Units the destination holds already merge as they would on
// import, and an import log entry it holds already (the same file, time,
// added and merged counts) is not logged again, so copying again after a
// failure, or into a TM in use, is safe. The source is read
// in one pass (Store.Scan) and is not changed; a transaction that fails on
// a conflict with another writer (PostgreSQL) reads it again (see
// writeAgain), and Progress then counts from 0 again.
func (d *DB) Copy(ctx context.Context, from *DB, opt CopyOptions) (CopyStats, error) {
	var st CopyStats
	src := from.s
	if same, err := sameTM(ctx, src, d.s); err != nil {
		return st, err
	} else if same {
		return st, fmt.Errorf("copy %s into %s: %w", src.Location(), d.s.Location(), ErrSameTM)
	}
	gl, err := src.Glossary(ctx)
	if err != nil {
		return st, fmt.Errorf("copy from %s: glossary: %w", src.Location(), err)
	}
	if len(gl) > 0 {
		// Checked as names import checks a file: an entry whose spelling
		// another entry of the destination claims is a conflict
		// (normalize.ConflictError), and nothing is copied.
		check := func(stored []normalize.Entry) error { return normalize.CheckConflicts(stored, gl) }
		if err := d.writeAgain(ctx, func() error { return d.s.PutGlossary(ctx, gl, check) }, nil); err != nil {
			return st, fmt.Errorf("copy to %s: glossary: %w", d.s.Location(), err)
		}
	}
	st.Glossary = len(gl)
	imports, err := src.Imports(ctx)
	if err != nil {
		return st, fmt.Errorf("copy from %s: import log: %w", src.Location(), err)
	}
	err = d.writeAgain(ctx, func() error {
		logged, err := d.s.Imports(ctx)
		if err != nil {
			return fmt.Errorf("copy to %s: import log: %w", d.s.Location(), err)
		}
		fresh := importsNotLogged(imports, logged)
		err = d.write(ctx, func(w Writer) error { return copyUnits(ctx, w, src, d.s, fresh, opt, &st) })
		st.Logged = len(imports) - len(fresh)
		return err
	}, nil)
	if err != nil {
		return CopyStats{Units: st.Units, Glossary: st.Glossary}, err
	}
	return st, nil
}

// importsNotLogged returns the entries of imports that logged (the
// destination's import log) does not hold: an entry is the same when its
// file, its time to the second and its added and merged counts are (the
// header is the file's, so it adds nothing to tell two entries apart), and
// each entry of logged holds one of imports (two such imports and one
// logged leave one). A TM copied twice into the same destination keeps one
// entry per import.
func importsNotLogged(imports, logged []ImportRecord) []ImportRecord {
	type key struct {
		file          string
		time          int64
		added, merged int
	}
	keyOf := func(r ImportRecord) key { return key{r.File, r.Time.Unix(), r.Added, r.Merged} }
	held := make(map[key]int, len(logged))
	for _, r := range logged {
		held[keyOf(r)]++
	}
	var fresh []ImportRecord
	for _, r := range imports {
		k := keyOf(r)
		if held[k] > 0 {
			held[k]--
			continue
		}
		fresh = append(fresh, r)
	}
	return fresh
}

// copyUnits is the transaction of Copy: it reads every unit of src in one
// pass and stores it, then logs imports (the entries of src's import log
// the destination does not hold, importsNotLogged), with w (dst names the
// destination in errors), counting in st. The counts start from 0, so
// that a run again after a conflict counts as one run.
func copyUnits(ctx context.Context, w Writer, src, dst Store, imports []ImportRecord, opt CopyOptions, st *CopyStats) error {
	st.Units, st.Added, st.Merged, st.Imports = 0, 0, 0, 0
	var (
		p     preparer
		queue = make([]UnitRecord, 0, batchSize)
		ids   = make([]int64, batchSize)
	)
	flush := func() error {
		if len(queue) == 0 {
			return nil
		}
		ids = ids[:len(queue)]
		if err := w.PutUnits(ctx, queue, ids); err != nil {
			return fmt.Errorf("copy to %s: %w", dst.Location(), err)
		}
		for i, id := range ids {
			if id == 0 {
				st.Merged++
				// A pair the destination holds confirmed by others (or
				// the source holds twice, once a reviewer, as a TM made
				// before reviewers were no identity): it takes the
				// reviewers it lacks.
				if hasReviewer(queue[i].Props) {
					if _, err := mergeReviewed(ctx, dst, w, &queue[i]); err != nil {
						return fmt.Errorf("copy to %s: %w", dst.Location(), err)
					}
				}
			} else {
				st.Added++
			}
		}
		queue = queue[:0]
		return nil
	}
	for su, err := range src.Scan(ctx) {
		if err != nil {
			return fmt.Errorf("copy from %s: %w", src.Location(), err)
		}
		pu, err := p.prepare(su.Unit)
		if err != nil {
			return fmt.Errorf("copy from %s: unit %d: %w", src.Location(), su.ID, err)
		}
		// The context is stored as hashes only: keep them as they are.
		pu.PrevHash, pu.NextHash = su.PrevHash, su.NextHash
		st.Units++
		if hasReviewer(pu.Props) {
			// Merged as Import merges it: into the unit of the
			// destination it is, under whichever hash that is stored.
			merged, err := mergeReviewed(ctx, dst, w, &pu)
			if err != nil {
				return fmt.Errorf("copy to %s: %w", dst.Location(), err)
			}
			if merged {
				st.Merged++
				if opt.Progress != nil && st.Units%progressEvery == 0 {
					opt.Progress(st.Units)
				}
				continue
			}
		}
		queue = append(queue, pu)
		if opt.Progress != nil && st.Units%progressEvery == 0 {
			opt.Progress(st.Units)
		}
		if len(queue) == batchSize {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	for _, rec := range imports {
		if err := w.LogImport(ctx, rec); err != nil {
			return fmt.Errorf("copy to %s: %w", dst.Location(), err)
		}
	}
	st.Imports = len(imports)
	return nil
}
