package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm/internal/storekit"
	"github.com/jackc/pgx/v5"
)

// glossaryQuery reads the glossary for storekit.Glossary. COLLATE "C"
// orders by bytes whatever the database's collation, as SQLite's does.
const glossaryQuery = `SELECT g.canonical, g.kind, g.langs, v.variant
	FROM glossary g LEFT JOIN glossary_variant v ON v.entry_id = g.id
	ORDER BY g.canonical COLLATE "C", v.variant COLLATE "C"`

// Glossary reads the glossary and its variants.
func (s *Store) Glossary(ctx context.Context) ([]normalize.Entry, error) {
	rows, err := s.query(ctx, glossaryQuery)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out, err := storekit.Glossary(rows)
	return out, s.mapErr(err)
}

// PutGlossary upserts the entries and their variants in one transaction.
// With a check, the transaction first locks the glossary against other
// writers (SHARE ROW EXCLUSIVE conflicts with itself and with writes, not
// with reads), then reads it for check.
func (s *Store) PutGlossary(ctx context.Context, entries []normalize.Entry, check func([]normalize.Entry) error) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if check != nil {
			if err := checkGlossary(ctx, tx, check); err != nil {
				return err
			}
		}
		for _, e := range entries {
			var id int64
			err := tx.QueryRow(ctx, `INSERT INTO glossary(canonical, kind, langs) VALUES ($1, $2, $3)
				ON CONFLICT (canonical) DO UPDATE SET
					kind = CASE WHEN excluded.kind <> '' THEN excluded.kind ELSE glossary.kind END,
					langs = CASE WHEN excluded.langs <> '' THEN excluded.langs ELSE glossary.langs END
				RETURNING id`, e.Canonical, string(e.Kind), storekit.LangsText(e.Langs)).Scan(&id)
			if err != nil {
				return fmt.Errorf("store %q: %w", e.Canonical, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO glossary_variant(entry_id, variant)
				SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`, id, e.Variants); err != nil {
				return fmt.Errorf("store %q: %w", e.Canonical, err)
			}
		}
		return nil
	})
	return s.mapErr(err)
}

// DeleteGlossary deletes the entries (their variants go with them).
func (s *Store) DeleteGlossary(ctx context.Context, canonical []string) (int, error) {
	trimmed := make([]string, len(canonical))
	for i, c := range canonical {
		trimmed[i] = strings.TrimSpace(c)
	}
	tag, err := s.exec(ctx, "DELETE FROM glossary WHERE canonical = ANY($1)", trimmed)
	if err != nil {
		return 0, s.mapErr(err)
	}
	return int(tag.RowsAffected()), nil
}

// checkGlossary locks the glossary against other writers in tx (SHARE ROW
// EXCLUSIVE conflicts with itself and with writes, not with reads) and calls
// check with it as stored.
func checkGlossary(ctx context.Context, tx pgx.Tx, check func([]normalize.Entry) error) error {
	if _, err := tx.Exec(ctx, "LOCK TABLE glossary IN SHARE ROW EXCLUSIVE MODE"); err != nil {
		return err
	}
	rows, err := tx.Query(ctx, glossaryQuery)
	if err != nil {
		return err
	}
	defer rows.Close()
	return storekit.CheckGlossary(rows, check)
}

// DeleteGlossaryVariants deletes the variants in one transaction, after
// check under the lock PutGlossary takes.
func (s *Store) DeleteGlossaryVariants(ctx context.Context, variants []string, check func([]normalize.Entry) error) (int, error) {
	n := 0
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if check != nil {
			if err := checkGlossary(ctx, tx, check); err != nil {
				return err
			}
		}
		tag, err := tx.Exec(ctx, "DELETE FROM glossary_variant WHERE variant = ANY($1)", variants)
		n = int(tag.RowsAffected())
		return err
	})
	return n, s.mapErr(err)
}

// DeleteGlossaryVariant reads the entry's variants and deletes the one in
// a transaction, under the lock PutGlossary takes for its check.
func (s *Store) DeleteGlossaryVariant(ctx context.Context, canonical, variant string) (variants []string, found bool, err error) {
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "LOCK TABLE glossary IN SHARE ROW EXCLUSIVE MODE"); err != nil {
			return err
		}
		var id int64
		switch err := tx.QueryRow(ctx, "SELECT id FROM glossary WHERE canonical = $1", canonical).Scan(&id); {
		case errors.Is(err, pgx.ErrNoRows):
			return nil
		case err != nil:
			return err
		}
		found = true
		rows, err := tx.Query(ctx, "SELECT variant FROM glossary_variant WHERE entry_id = $1", id)
		if err != nil {
			return err
		}
		variants, err = storekit.SortedStrings(rows)
		rows.Close()
		if err != nil || !slices.Contains(variants, variant) {
			return err
		}
		_, err = tx.Exec(ctx, "DELETE FROM glossary_variant WHERE entry_id = $1 AND variant = $2", id, variant)
		return err
	})
	if err != nil {
		return nil, false, s.mapErr(err)
	}
	return variants, found, nil
}
