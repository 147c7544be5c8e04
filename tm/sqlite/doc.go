// Package sqlite keeps a bitext translation memory in one SQLite file: it
// implements tm.Store. Open a TM file (created with its folder when
// missing) and give it to tm.New:
//
//	store, err := sqlite.Open(ctx, "tm.db")
//	if err != nil {
//		return err // errors.Is(err, tm.ErrNotTM) for a file that is not a TM
//	}
//	db := tm.New(store)
//	defer db.Close()
//
// This is the only package of bitext that imports database/sql and the
// driver (github.com/mattn/go-sqlite3), and with tm/postgres the only one
// that holds SQL; a test checks it (TestNoSQLOutsideStore).
//
// # The file
//
// The database is opened in WAL mode with a busy timeout of 30 s and
// foreign keys on, so that one writer and many readers work at once
// without "database is locked" errors; temporary storage (statement
// journals, sort spills) is in memory. The -wal file is cut back to 64 MB
// when a write starts it again after a checkpoint (journal_size_limit),
// not left as large as the largest import made it. A write transaction takes the write
// lock when it begins (BEGIN IMMEDIATE). Writes refused because the file
// or its folder is read-only fail with errors wrapping tm.ErrReadOnly,
// writes that waited out the busy timeout with tm.ErrBusy. A write whose
// context ends while it waits for another process's lock stops waiting
// then, with the context's error and nothing written (SQLite's own wait
// heeds no cancel: the lock is tried in turns of 50 ms). A TM in a
// folder this user may not write (where SQLite cannot make the -shm file
// that a WAL reader needs) is opened read-only and immutable, as the file
// stands: it can be read, changes other processes make meanwhile are not
// seen, and every write fails with tm.ErrReadOnly.
//
// Before anything is written, Open checks what the file is: a file that is
// not a SQLite database, or a SQLite database of another application (one
// with tables but no bitext_migrations), is refused with tm.ErrNotTM and
// left byte for byte as it was (no switch to WAL, no -wal file).
//
// The schema is versioned: migrations are embedded SQL files
// (migrations/*.sql) applied in order, each in its own transaction, and
// recorded in the table bitext_migrations; a file with more migrations
// than this package knows was written by a newer bitext and is refused
// with tm.ErrNewerSchema. Migrations are never edited or renumbered once
// released: a change is a new file.
//
// # Units
//
// A unit row holds what TMX puts on a <tu> (tuid, dates as TMX dates,
// ids, usage count), its origin (file, aligned document pair, aligner
// score), the hashes of the source segments around it in its document, and
// its props, notes and other attributes as JSON. Its hash (its identity:
// the variants, and the tuid, context, props, notes, attributes, change
// date and id that tell two units apart; see package tm) has a unique
// index: an insert of a stored unit does nothing and the unit is merged
// by an UPDATE instead. A batch of units (256 from
// an import) is one multi-row INSERT ... RETURNING id, and their variants
// as few multi-row INSERTs as SQLite's parameter limit allows:
// per-statement costs dominate bulk work through database/sql.
//
// Variants (one per language, up to 256 a unit) are rows whose rowid is
// unit id * 256 + position, so a unit's variants are one rowid range and
// need no index of their own; each keeps its language subtag, its plain
// text (what lookups match), its TMX inline markup (what export writes)
// and its exact-text key, which has an index (variant_key). A write whose
// first batch is a full one (256 units) into a TM with no variant drops
// that index and builds it once at its end, in its transaction: the
// random inserts of a million units' keys cost six times the sort.
//
// # Word index
//
// The table posting holds, for each index key, the number of units in
// its list and the list itself as a blob of uvarint gaps. A write builds
// the lists of its new units in memory, in a goroutine of its own beside
// the writer's, and appends them when it commits
// (or when they pass 256 MB) as one chunk per list, starting with a 0 byte
// and the absolute first id, with SQL's blob concatenation: lists are
// never rewritten. Store.Postings decodes a blob into a reused buffer, a
// few thousand ids at a time. SQLite FTS is not used: FTS5 needs a build
// tag, and FTS4 would store positions and text that bitext does not need.
//
// # Reading
//
// The statements of lookups are prepared once per Store. Store.UnitsByID reads
// every unit of a lookup in one query: the ids go in as a JSON array
// (json_each), and each unit's variants are its rowid range. Store.Scan,
// for export, reads units and variants in two sequential scans merged by
// unit id, in one read transaction on one connection (begun DEFERRED: in
// WAL mode it keeps no writer waiting), so from one snapshot, with a
// unit's text columns joined by a separator into one value (each column
// costs a cgo call).
package sqlite
