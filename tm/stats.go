package tm

import (
	"context"
	"os"
)

// LangCount is the number of segments in a language.
type LangCount struct {
	Lang  string
	Count int
}

// Stats describe a TM.
type Stats struct {
	Path          string
	SchemaVersion int
	Units         int
	Variants      int
	Langs         []LangCount // by count, descending
	Imports       int
	Words         int   // distinct indexed words (per language)
	Bytes         int64 // database file size, with its write-ahead log
}

// Stats counts units, variants per language, imports and the file size.
func (d *DB) Stats(ctx context.Context) (Stats, error) {
	s := Stats{Path: d.path}
	var err error
	if s.SchemaVersion, err = d.SchemaVersion(ctx); err != nil {
		return s, err
	}
	for q, dst := range map[string]*int{
		"SELECT count(*) FROM unit":    &s.Units,
		"SELECT count(*) FROM variant": &s.Variants,
		"SELECT count(*) FROM import":  &s.Imports,
		"SELECT count(*) FROM posting": &s.Words,
	} {
		if err := d.db.QueryRowContext(ctx, q).Scan(dst); err != nil {
			return s, err
		}
	}
	rows, err := d.db.QueryContext(ctx, "SELECT lang, count(*) FROM variant GROUP BY lang ORDER BY count(*) DESC, lang")
	if err != nil {
		return s, err
	}
	defer rows.Close()
	for rows.Next() {
		var lc LangCount
		if err := rows.Scan(&lc.Lang, &lc.Count); err != nil {
			return s, err
		}
		s.Langs = append(s.Langs, lc)
	}
	for _, f := range []string{d.path, d.path + "-wal"} {
		if fi, err := os.Stat(f); err == nil {
			s.Bytes += fi.Size()
		}
	}
	return s, rows.Err()
}
