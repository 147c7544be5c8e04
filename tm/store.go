package tm

import (
	"context"
	"iter"
	"time"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm/tmx"
)

// Store is where a TM keeps its units, word index, glossary and import
// log. DB holds the TM's logic (tokens, hashing, index keys, scoring,
// ranking, formats) and reaches its data only through a Store; package
// tm/sqlite implements one in a SQLite file, package tm/postgres one in a
// PostgreSQL database, and package tm/storetest checks any implementation
// (tm/README.md says what a new store takes).
//
// A Store is safe for concurrent use: many readers, and writers that the
// store serializes (or fails with an error wrapping ErrBusy when another
// process holds the write lock too long). Every method takes a context
// first; a cancelled context fails the call and rolls back a write.
//
// Unit ids are positive and grow with insertion: a unit added later has a
// larger id than every unit added before it, and ids are never reused by
// other units. DB ranks candidates in a dense array indexed by unit id, so
// ids should stay close to the number of units stored (a sequence, not a
// hash).
//
// Errors of writes that the medium refuses wrap ErrReadOnly; a store that
// holds something other than a TM is refused by its constructor with an
// error wrapping ErrNotTM, one written by a newer bitext with ErrNewerSchema.
type Store interface {
	// Location says where the store lives, for messages: a file path, or a
	// URL without credentials.
	Location() string
	// SchemaVersion is the number of schema migrations applied. A store
	// brings its schema up to date when it is opened.
	SchemaVersion(ctx context.Context) (int, error)
	// Close releases the store. DB.Close calls it.
	Close() error

	// Write runs f in one write transaction, committed if f returns nil:
	// everything f wrote is stored, or (on an error from f or from the
	// commit, or a cancelled context) nothing. w is valid only during f
	// and is not safe for concurrent use.
	//
	// When f returns an error wrapping ErrRollback (a dry run), the store
	// does what it leaves to the end of a transaction as for a commit (a
	// word index kept in memory is written) and then rolls back instead of
	// committing: nothing is stored, and the error returned wraps
	// ErrRollback unless that end work failed. A store that knows nothing
	// of ErrRollback rolls back at once, which stores nothing too.
	Write(ctx context.Context, f func(w Writer) error) error

	// LastUnitID is the largest unit id stored, 0 when there is none.
	LastUnitID(ctx context.Context) (int64, error)
	// ExactUnits appends to ids the units that have a variant whose
	// UnitRecord.Keys entry is key, each once, in increasing order.
	ExactUnits(ctx context.Context, key int64, ids []int64) ([]int64, error)
	// PostingLens sets lens[i] to the number of entries of the posting list
	// of keys[i] (the units holding that index key; 0 when there is none),
	// without reading the lists: lookup reads the rare lists only.
	// len(lens) must be len(keys).
	PostingLens(ctx context.Context, keys []int64, lens []int64) error
	// Postings calls f with the ids of the units in the posting list of
	// key, in increasing order, a slice at a time; the slice is reused
	// after f returns. A key without a list calls f never.
	Postings(ctx context.Context, key int64, f func(ids []int64)) error
	// UnitsByID calls f once for each unit in ids that is stored, in the order
	// of ids (all in one round trip where the store can). The StoredUnit
	// holds what lookup needs: ID, Variants (Lang, Text and Markup),
	// Bases, Origin, PrevHash and NextHash, the Created and Changed
	// dates (lookup ranks equal matches by them), and SrcLang, CreatedBy
	// and ChangedBy (a listing of a document's units shows them as a
	// unit's own read does); the rest of the TMX metadata (props, notes,
	// attributes, tuid, the last use) is left out. f may keep it.
	UnitsByID(ctx context.Context, ids []int64, f func(*StoredUnit) error) error
	// VariantsByID is UnitsByID reading only what scoring and searching
	// text need: the StoredUnit has its ID, Variants (Lang, Text and
	// Markup) and Bases, and nothing else. A lookup scores its thirty
	// candidates with it, then reads the few it returns with UnitsByID:
	// the unit columns of the candidates it drops are never read.
	VariantsByID(ctx context.Context, ids []int64, f func(*StoredUnit) error) error
	// Scan iterates over every stored unit, complete (all fields of
	// StoredUnit), in increasing id order; breaking out of the loop stops
	// the reading. The units are the caller's to keep. They are read from
	// one snapshot of the store: a write during the scan is in it whole
	// or not at all (never a unit without its variants).
	Scan(ctx context.Context) iter.Seq2[*StoredUnit, error]

	// Glossary returns the glossary entries sorted by canonical form, each
	// with its variants sorted.
	Glossary(ctx context.Context) ([]normalize.Entry, error)
	// PutGlossary stores entries in one transaction. DB hands it entries
	// with a canonical form and variants trimmed, non-empty and other
	// than the canonical form, and languages sorted by their text, each
	// once. A store keeps the languages as BCP 47 text and parses them
	// back when it reads. An entry whose
	// canonical form is stored gains the new variants; a non-empty kind or
	// language list replaces the stored one. Unless check is nil, the
	// store calls it before it writes with the glossary as stored (as
	// Glossary returns it), read in the transaction while other glossary
	// writes wait for it to end; an error from check is returned, and
	// nothing is stored. (Two users adding the same spelling to two
	// entries at once could otherwise both pass a check made before.)
	PutGlossary(ctx context.Context, entries []normalize.Entry, check func(stored []normalize.Entry) error) error
	// DeleteGlossary removes the entries with the given canonical forms
	// (white space around them aside, as PutGlossary stores them) in one
	// transaction and returns how many there were.
	DeleteGlossary(ctx context.Context, canonical []string) (int, error)
	// DeleteGlossaryVariants removes the variant spellings given (trimmed
	// by DB) from their entries, which stay, in one transaction, and
	// returns how many there were. Unless check is nil, it is called as
	// PutGlossary calls it, and its error stops the removal.
	DeleteGlossaryVariants(ctx context.Context, variants []string, check func(stored []normalize.Entry) error) (int, error)
	// DeleteGlossaryVariant removes the spelling variant from the entry
	// of canonical form canonical (both trimmed by DB), which stays, in
	// one transaction that other glossary writes wait for (as PutGlossary
	// does its check). It returns the variants the entry had, sorted, and
	// found true (the spelling was removed if they hold it); or found
	// false, and nothing is removed, when there is no such entry.
	DeleteGlossaryVariant(ctx context.Context, canonical, variant string) (variants []string, found bool, err error)

	// Imports returns the import log, oldest first.
	Imports(ctx context.Context) ([]ImportRecord, error)
	// Stats counts what the store holds. The store fills every field:
	// Path is its Location, Bytes its size on disk (0 if unknown), Words
	// its number of posting lists.
	Stats(ctx context.Context) (Stats, error)
}

// ManyPostings is a Store that reads several posting lists in one call
// (one round trip to a database server): a lookup reads its five to ten
// rare lists with it when the store has it, else with Postings, one list a
// call.
type ManyPostings interface {
	// PostingsOf calls f(i, ids) with the ids of the posting list of
	// keys[i], for each key that has a list: a list's ids in increasing
	// order, a slice at a time (reused after f returns); the lists in any
	// order, but each list's slices one after another.
	PostingsOf(ctx context.Context, keys []int64, f func(i int, ids []int64)) error
}

// LastChanges is a Store that reads when units were last changed, and
// nothing else: a lookup with more units of equal word weight at its
// candidate cut than it scores keeps the most recently changed ones (equal
// matches rank by date). A store without it has all of them scored (up to
// a bound).
type LastChanges interface {
	// LastChanges calls f with the id and the change date and creation
	// date (TMX dates as stored, "" for none) of each stored unit of ids,
	// in any order.
	LastChanges(ctx context.Context, ids []int64, f func(id int64, created, changed string)) error
}

// UnitProps is a Store that reads the props of units by id, and nothing
// else: DB.DocumentUnits gives each listed unit its props (a TMX
// import's), as DB.Unit does, while UnitsByID, which lookups share, leaves
// them out. Both stores, tm/sqlite and tm/postgres, have it; a listing
// from a store without it has no props.
type UnitProps interface {
	// PropsByID calls f with the id and the props of each stored unit of
	// ids that has props, in any order; f may keep props.
	PropsByID(ctx context.Context, ids []int64, f func(id int64, props []Prop)) error
}

// LangSetLister is a Store that lists the sets of languages its units
// are in without reading the units: a lookup that found nothing says
// whether the TM holds any unit in the pair asked for, and which pairs it
// holds (DB.PairNote). Both stores, tm/sqlite and tm/postgres, do.
type LangSetLister interface {
	// LangSets returns the distinct language sets of the stored units,
	// each its variants' tags sorted and space-separated ("en fr"),
	// sorted, from an index (a seek a set and document, not a read of
	// every unit). complete is false when some units' sets are not
	// indexed (written by a process that opened the TM before the index
	// was added), or the store keeps no such index: sets may then miss
	// some.
	LangSets(ctx context.Context) (sets []string, complete bool, err error)
}

// Writer stores units within a Store.Write transaction.
type Writer interface {
	// PutUnits stores a batch of units. A unit whose Hash is not stored
	// (nor earlier in the batch) is added: it gets the next id, which is
	// written to ids[i], and its variants' Words are indexed under that id.
	// A unit whose Hash is stored is merged into the stored unit, and
	// ids[i] is 0: the larger usage count and the later changed and
	// last-used dates (with their changer) win, and a stored context hash
	// that is 0 takes the unit's. len(ids) must be len(units).
	PutUnits(ctx context.Context, units []UnitRecord, ids []int64) error
	// LogImport adds rec to the import log: its Time, to the second, or
	// when that is zero the store's clock now (Copy logs the source's
	// entries with their times, so that a copied TM's documents keep when
	// they were stored).
	LogImport(ctx context.Context, rec ImportRecord) error
}

// Maintainer is what a Store implements to support maintenance
// (DB.Unit, DeleteUnits, EditUnit, Documents, DeleteDocument, and lookups
// filtered by UnitFilter), its Writer implementing MaintWriter. Both
// stores, tm/sqlite and tm/postgres, do; DB's maintenance methods fail
// with an error wrapping errors.ErrUnsupported on a store that does not
// (it is optional so that a Store written without it still is one).
type Maintainer interface {
	// Unit returns the unit id complete, as Scan gives it; a unit that is
	// not stored is an error wrapping ErrNoUnit.
	Unit(ctx context.Context, id int64) (*StoredUnit, error)
	// FilterUnits calls f with the ids of the stored units that filter
	// keeps (see UnitFilter), in increasing order, a slice at a time; the
	// slice is reused after f returns. The zero UnitFilter keeps every
	// unit.
	FilterUnits(ctx context.Context, filter UnitFilter, f func(ids []int64)) error
	// Documents lists the files the units came from (their Origin.File,
	// "" left out) with the number of units of each and the times of the
	// import log's first and last entries of their name (see
	// DocumentInfo), sorted by name, and returns the page of them that q
	// keeps (q.Page does the paging) with the languages of their variants,
	// and how many q.Keep keeps. Reading the languages costs a read of
	// every variant of the documents returned, so a page of a large TM's
	// documents reads those of the page only.
	Documents(ctx context.Context, q DocumentQuery) ([]DocumentInfo, int, error)
}

// MaintWriter is the Writer of a Maintainer store.
type MaintWriter interface {
	// DeleteUnits removes the units of ids that are stored, with their
	// variants, and returns the ids that were not stored (each once, in
	// the order of ids). Their ids are never given to another unit, even
	// the largest; they may stay in posting lists and exact keys (lookups
	// skip ids that UnitsByID does not find).
	DeleteUnits(ctx context.Context, ids []int64) (missing []int64, err error)
	// ReplaceUnit replaces the stored unit id with rec, keeping the id:
	// its Hash, metadata, variants and their Keys; rec's Words are added
	// to the posting lists under id (in order), and words the unit no
	// longer has may stay in them. rec.PrevHash and NextHash are stored
	// as they are. A unit that is not stored is an error wrapping
	// ErrNoUnit; one whose new Hash is another stored unit's, an error
	// wrapping ErrDuplicate.
	ReplaceUnit(ctx context.Context, id int64, rec UnitRecord) error
	// RestoreUnit stores rec again under id, the id of a unit that
	// DeleteUnits removed (an undo of the delete): its Hash, metadata,
	// variants and their Keys as ReplaceUnit stores them, and rec's Words
	// added to the posting lists under id. An id that is stored is an
	// error wrapping ErrDuplicate, as is a Hash that another stored unit
	// has; an id the store never gave, an error wrapping ErrNoUnit.
	RestoreUnit(ctx context.Context, id int64, rec UnitRecord) error
}

// TxReader is what a Writer implements whose store reads the units a
// write needs through the write's own transaction: DB.EditUnit reads the
// unit it checks (UnitEdit.Was) and replaces, and Import's reviewed units
// (see DB.Import) the stored units they came from, through it when the
// Writer has it, through the Store (Maintainer) otherwise. Both stores'
// writers have it. A store whose reads take a connection of a pool that
// its write holds one of needs it, so that a write never waits for a
// connection it holds itself (a pool of one connection, or as many
// imports at once as the pool has).
type TxReader interface {
	// ExactUnits and Unit are Store.ExactUnits and Maintainer.Unit, read in
	// the write's transaction.
	ExactUnits(ctx context.Context, key int64, ids []int64) ([]int64, error)
	Unit(ctx context.Context, id int64) (*StoredUnit, error)
	// LockUnit is Unit for a write that checks the unit before it
	// replaces it: the unit read is the latest committed, and no other
	// write changes it before this one ends, so that the check and the
	// write are one (two edits from the same text at once: the second
	// reads the first's). tm/postgres locks the unit's row; tm/sqlite's
	// write holds the TM's write lock from its start, and its LockUnit is
	// Unit.
	LockUnit(ctx context.Context, id int64) (*StoredUnit, error)
}

// TurnTaker is a Writer whose store makes the writes of many units take
// turns (tm/postgres: a lock held to the transaction's end, taken before
// a write stores more than one unit). An import that merges a unit
// naming a reviewer into a stored one (see PropReviewed) locks the
// stored unit (TxReader.LockUnit) and may store others after it: it
// takes its turn first, so that it never holds a unit while it waits for
// the turn of an import that waits for that unit.
type TurnTaker interface {
	// TakeTurn takes the turn now, if the transaction does not hold it.
	TakeTurn(ctx context.Context) error
}

// ChoreWriter is a MaintWriter that keeps, in the TM, which one-time
// chores were done on it, and lists the units that name a reviewer: DB's
// first write to a TM folds the copies of a reviewed pair that a TM made
// before reviewers left identity holds (see PropReviewed), once, in that
// write's transaction. Both stores' writers are ChoreWriters. The record
// is data an older bitext leaves alone (not a schema migration, which it
// would refuse as newer).
type ChoreWriter interface {
	// ChoreDone reports whether the chore named was marked done.
	ChoreDone(ctx context.Context, chore string) (bool, error)
	// MarkChoreDone marks the chore named done, in the write.
	MarkChoreDone(ctx context.Context, chore string) error
	// ReviewedUnits returns, in increasing order, the ids of the stored
	// units whose props may name a reviewer (PropReviewed): every one that
	// does, and perhaps others.
	ReviewedUnits(ctx context.Context) ([]int64, error)
}

// UnitRecord is a unit prepared for a Store: Text set from Markup where it
// was missing, its languages as text, and the keys the store indexes,
// computed by DB. A store keeps the languages as text (Langs and
// SrcLangText) and parses them back into the language.Tag values of
// StoredUnit when it reads them.
type UnitRecord struct {
	Unit
	// Langs are the variants' languages as BCP 47 text
	// (Variants[i].Lang.String()), one each.
	Langs []string
	// SrcLangText is Unit.SrcLang as BCP 47 text, "" for language.Und.
	SrcLangText string
	// Hash identifies the unit by its variants (language text, text,
	// markup, in any order): a unit with a stored Hash is merged, not
	// added.
	Hash int64
	// PrevHash and NextHash hash the source segments around the unit in
	// its document; 0 when unknown.
	PrevHash, NextHash int64
	// Bases are the language subtags of the variants, one each.
	Bases []string
	// Keys are the exact-text keys of the variants, one each
	// (ExactUnits finds them).
	Keys []int64
	// Words are the distinct index keys of each variant's words and
	// numbers, one slice per variant (Postings finds them).
	Words [][]int64
}

// StoredUnit is a unit as a Store returns it: the languages it kept as
// text (UnitRecord.Langs and SrcLangText) parsed back into tags, ""
// being language.Und.
type StoredUnit struct {
	// ID is the unit's id in the store.
	ID int64
	Unit
	// Bases are the language subtags of Unit.Variants, one each.
	Bases []string
	// PrevHash and NextHash are those of the UnitRecord stored (Unit.Prev
	// and Unit.Next are not stored).
	PrevHash, NextHash int64
}

// ImportRecord is an entry of the import log.
type ImportRecord struct {
	// File is ImportOptions.File.
	File string
	// Header is the TMX header of the file, nil for other formats.
	Header *tmx.Header
	// Added and Merged are those of the ImportStats.
	Added, Merged int
	// Time is when the import was committed (set by the store unless
	// LogImport is given one).
	Time time.Time
}
