package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm/internal/storekit"
)

// glossaryQuery reads the glossary for storekit.Glossary.
const glossaryQuery = `SELECT g.canonical, g.kind, g.langs, v.variant
	FROM glossary g LEFT JOIN glossary_variant v ON v.entry_id = g.id
	ORDER BY g.canonical, v.variant`

// Glossary reads the glossary and glossary_variant tables.
func (s *Store) Glossary(ctx context.Context) (_ []normalize.Entry, err error) {
	defer s.corrupt(&err)
	ctx, err = quick(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, glossaryQuery)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return storekit.Glossary(rows)
}

// PutGlossary upserts the entries and inserts their variants in one
// transaction, which begins with the write lock (BEGIN IMMEDIATE): check
// reads the glossary no other writer can change before it ends.
func (s *Store) PutGlossary(ctx context.Context, entries []normalize.Entry, check func([]normalize.Entry) error) (err error) {
	defer s.corrupt(&err)
	qctx, err := quick(ctx)
	if err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if check != nil {
			if err := s.checkGlossary(qctx, tx, check); err != nil {
				return err
			}
		}
		for _, e := range entries {
			var id int64
			err := tx.QueryRowContext(qctx, `INSERT INTO glossary(canonical, kind, langs) VALUES (?, ?, ?)
				ON CONFLICT(canonical) DO UPDATE SET
					kind = CASE WHEN excluded.kind <> '' THEN excluded.kind ELSE kind END,
					langs = CASE WHEN excluded.langs <> '' THEN excluded.langs ELSE langs END
				RETURNING id`, e.Canonical, string(e.Kind), storekit.LangsText(e.Langs)).Scan(&id)
			if err != nil {
				return fmt.Errorf("store %q: %w", e.Canonical, err)
			}
			for _, v := range e.Variants {
				if _, err := tx.ExecContext(qctx, `INSERT OR IGNORE INTO glossary_variant(entry_id, variant) VALUES (?, ?)`, id, v); err != nil {
					return fmt.Errorf("store %q: %w", v, err)
				}
			}
		}
		return nil
	})
}

// DeleteGlossary deletes the entries (their variants go with them: ON
// DELETE CASCADE).
func (s *Store) DeleteGlossary(ctx context.Context, canonical []string) (_ int, err error) {
	defer s.corrupt(&err)
	qctx, err := quick(ctx)
	if err != nil {
		return 0, err
	}
	keys := make([]string, len(canonical))
	for i, c := range canonical {
		keys[i] = strings.TrimSpace(c)
	}
	n := 0
	err = s.inTx(ctx, func(tx *sql.Tx) (err error) {
		n, err = deleteEach(qctx, tx, "DELETE FROM glossary WHERE canonical = ?", keys)
		return err
	})
	return n, err
}

// deleteEach runs the DELETE statement query once for each key and
// returns the rows it deleted in all.
func deleteEach(ctx context.Context, tx *sql.Tx, query string, keys []string) (int, error) {
	n := 0
	for _, k := range keys {
		res, err := tx.ExecContext(ctx, query, k)
		if err != nil {
			return n, err
		}
		d, _ := res.RowsAffected()
		n += int(d)
	}
	return n, nil
}

// DeleteGlossaryVariants deletes the variants in a transaction that begins
// with the write lock, as PutGlossary does.
func (s *Store) DeleteGlossaryVariants(ctx context.Context, variants []string, check func([]normalize.Entry) error) (_ int, err error) {
	defer s.corrupt(&err)
	qctx, err := quick(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	err = s.inTx(ctx, func(tx *sql.Tx) (err error) {
		if check != nil {
			if err := s.checkGlossary(qctx, tx, check); err != nil {
				return err
			}
		}
		n, err = deleteEach(qctx, tx, "DELETE FROM glossary_variant WHERE variant = ?", variants)
		return err
	})
	return n, err
}

// DeleteGlossaryVariant reads the entry's variants and deletes the one
// in a transaction that begins with the write lock, as PutGlossary does.
func (s *Store) DeleteGlossaryVariant(ctx context.Context, canonical, variant string) (variants []string, found bool, err error) {
	defer s.corrupt(&err)
	qctx, err := quick(ctx)
	if err != nil {
		return nil, false, err
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		var id int64
		switch err := tx.QueryRowContext(qctx, "SELECT id FROM glossary WHERE canonical = ?", canonical).Scan(&id); {
		case errors.Is(err, sql.ErrNoRows):
			return nil
		case err != nil:
			return err
		}
		found = true
		rows, err := tx.QueryContext(qctx, "SELECT variant FROM glossary_variant WHERE entry_id = ?", id)
		if err != nil {
			return err
		}
		variants, err = storekit.SortedStrings(rows)
		rows.Close()
		if err != nil || !slices.Contains(variants, variant) {
			return err
		}
		_, err = tx.ExecContext(qctx, "DELETE FROM glossary_variant WHERE entry_id = ? AND variant = ?", id, variant)
		return err
	})
	if err != nil {
		return nil, false, err
	}
	return variants, found, nil
}

// checkGlossary calls check with the glossary as tx reads it.
func (s *Store) checkGlossary(ctx context.Context, tx *sql.Tx, check func([]normalize.Entry) error) error {
	rows, err := tx.QueryContext(ctx, glossaryQuery)
	if err != nil {
		return err
	}
	defer rows.Close()
	return storekit.CheckGlossary(rows, check)
}
