package tm

import (
	"context"

	"golang.org/x/text/language"
)

// LangCount is the number of segments in a language.
type LangCount struct {
	// Lang is a language of the TM's variants (as stored: en-GB and en
	// are counted apart); it is never language.Und.
	Lang  language.Tag
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
