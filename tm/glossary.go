package tm

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

	"github.com/bitext/bitext/normalize"
)

// Glossary returns the user's glossary entries, sorted by canonical form.
func (d *DB) Glossary(ctx context.Context) ([]normalize.Entry, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT g.canonical, g.kind, g.langs, v.variant
		FROM glossary g LEFT JOIN glossary_variant v ON v.entry_id = g.id
		ORDER BY g.canonical, v.variant`)
	if err != nil {
		return nil, fmt.Errorf("read glossary: %w", err)
	}
	defer rows.Close()
	var out []normalize.Entry
	for rows.Next() {
		var canon, kind, langs string
		var variant sql.NullString
		if err := rows.Scan(&canon, &kind, &langs, &variant); err != nil {
			return nil, fmt.Errorf("read glossary: %w", err)
		}
		if len(out) == 0 || out[len(out)-1].Canonical != canon {
			e := normalize.Entry{Canonical: canon, Kind: normalize.Kind(kind)}
			if langs != "" {
				e.Langs = strings.Fields(langs)
			}
			out = append(out, e)
		}
		if variant.Valid {
			e := &out[len(out)-1]
			e.Variants = append(e.Variants, variant.String)
		}
	}
	return out, rows.Err()
}

// PutGlossary stores entries in one transaction. An entry whose canonical form
// is already stored gains the new variants; a non-empty kind or language list
// replaces the stored one.
func (d *DB) PutGlossary(ctx context.Context, entries []normalize.Entry) error {
	return d.inTx(ctx, func(tx *sql.Tx) error {
		for _, e := range entries {
			canon := strings.TrimSpace(e.Canonical)
			if canon == "" {
				return fmt.Errorf("glossary entry with an empty canonical form")
			}
			langs := append([]string(nil), e.Langs...)
			sort.Strings(langs)
			var id int64
			err := tx.QueryRowContext(ctx, `INSERT INTO glossary(canonical, kind, langs) VALUES (?, ?, ?)
				ON CONFLICT(canonical) DO UPDATE SET
					kind = CASE WHEN excluded.kind <> '' THEN excluded.kind ELSE kind END,
					langs = CASE WHEN excluded.langs <> '' THEN excluded.langs ELSE langs END
				RETURNING id`, canon, string(e.Kind), strings.Join(langs, " ")).Scan(&id)
			if err != nil {
				return fmt.Errorf("store %q: %w", canon, err)
			}
			for _, v := range e.Variants {
				v = strings.TrimSpace(v)
				if v == "" || v == canon {
					continue
				}
				if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO glossary_variant(entry_id, variant) VALUES (?, ?)`, id, v); err != nil {
					return fmt.Errorf("store %q: %w", v, err)
				}
			}
		}
		return nil
	})
}

// DeleteGlossary removes the entries with the given canonical forms and
// reports how many there were.
func (d *DB) DeleteGlossary(ctx context.Context, canonical ...string) (int, error) {
	n := 0
	err := d.inTx(ctx, func(tx *sql.Tx) error {
		for _, c := range canonical {
			res, err := tx.ExecContext(ctx, "DELETE FROM glossary WHERE canonical = ?", c)
			if err != nil {
				return err
			}
			k, _ := res.RowsAffected()
			n += int(k)
		}
		return nil
	})
	return n, err
}
