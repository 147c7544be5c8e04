package tm

import "context"

// LangCount is the number of segments in a language.
type LangCount struct {
	Lang  string
	Count int
}

// Stats describe a TM.
type Stats struct {
	Path          string // where the TM lives (Store.Location)
	SchemaVersion int
	Units         int
	Variants      int
	Langs         []LangCount // by count, descending
	Imports       int
	Words         int   // distinct indexed words (per language)
	Bytes         int64 // the store's size (a SQLite file with its write-ahead log); 0 if unknown
}

// Stats counts units, variants per language, imports and the store's size.
func (d *DB) Stats(ctx context.Context) (Stats, error) {
	return d.s.Stats(ctx)
}
