// Package tm is bitext's translation memory: a SQLite database of translation
// units, with import, exact, fuzzy and context lookup, concordance and
// export. It also stores the glossary of canonical names that package
// normalize uses.
//
// # Storage
//
// One SQLite file (github.com/mattn/go-sqlite3), opened in WAL mode with a
// busy timeout and foreign keys on, so that one writer and many readers
// work at once without "database is locked" errors; temporary storage is in
// memory. The schema is versioned: migrations are embedded SQL files applied
// in order, each in its own transaction, and recorded in the table
// bitext_migrations. A database written by a newer bitext, or a SQLite file
// that is not a bitext TM, is refused.
//
// A unit row holds what TMX puts on a <tu> (tuid, dates, ids, usage count),
// its origin (file, aligned document pair, aligner score), the hashes of the
// source segments around it in its document, and its props, notes and other
// attributes as JSON. Its variants (one per language, any number) are rows
// whose rowid is unit id * 256 + position, so a unit's variants are one
// rowid range and need no index; each keeps its plain text (what lookups
// match) and its TMX inline markup (what export writes).
//
// Only this package imports database/sql and the driver; callers see methods.
//
// # Import
//
// Import runs in one transaction: a failed import (bad input, a cancelled
// context, a killed process) leaves the TM as it was. The iterator runs in
// a goroutine of its own that also normalizes languages and computes hashes
// and index keys, so reading and storing overlap on two cores; units are
// stored 256 to a multi-row INSERT (per-statement costs dominate bulk work
// through database/sql). A unit whose variants (language, text, markup) hash
// like a stored one is merged into it, keeping the larger usage count, the
// later dates and any context it lacked. The 64-bit hash makes a false merge
// unlikely below billions of units (about 3e-8 at a million).
//
// DetectFormat picks the reader for a file of unknown format: a known
// extension wins, else the first bytes (a leading '<' or UTF-16 is TMX, a
// '{' is JSON Lines, anything else TSV); it reads no more than its caller
// peeked, so detection costs nothing on a stream. KeepLangs narrows a
// multilingual TMX to one language pair as it streams by, in O(variants).
// Decompress reads gzip input through (and refuses zip archives, which hold
// files rather than one stream); OpenImport picks the reader for a format
// and says what Import should know of it (the TMX header, whether units
// come in document order).
//
// # Export
//
// Export streams the TM as TMX (Units, read by a goroutine while the
// writer encodes the previous batch) or as TSV pairs; memory stays at a few
// batches whatever the TM's size.
//
// # Word index
//
// Candidate retrieval does not scan. For each language subtag and folded
// word (lower case, no diacritics: see fold) the table posting holds the
// ids of the units containing it, as uvarint gaps. An import appends one
// chunk per word, starting with a 0 byte and an absolute id, with
// SQL's blob concatenation, so lists are never rewritten. Numbers are
// indexed like words. SQLite FTS is not used: FTS5 needs a build tag, and
// FTS4 would store positions and text we do not need.
//
// # Lookup
//
// A query is first looked up exactly (an index on the hash of its language
// and white-space-collapsed text). If exact matches fill the requested
// number, that is all: an exact lookup costs one index probe. Otherwise the
// posting lists of the query's words are read rarest first, their lengths
// before their contents: each unit gains log(1 + N/n) for each query word
// it holds (N units, n holding the word), in a dense array indexed by unit
// id. Once two lists are read, a list that would pass postingBudget entries
// is skipped with all commoner ones; queries of at most shortQuery words
// read their common words too (shortBudget), or every unit sharing their one
// rare word would tie. The best candidates (30, enough to hold the
// near-duplicates of a segment) are then scored exactly; the cost is
// O(posting entries read + candidates * query words * segment words).
//
// # Match score
//
// The score is the word-level edit distance as OmegaT and Trados report it:
// 100 * (1 - D/L), floored, where D is the edit distance between the words
// and numbers of the query and of the stored segment and L the larger
// count. Words match when their folded forms are equal; two capitalized
// words with the same normalize.Key are one name spelt two ways and match
// too, as do "Saeed Reza" and "Saeedreza" (two words joined into one costs
// nothing). A number that differs costs nothing when it occurs once in the
// translation, which then gets the query's number. Small penalties follow:
// one point per word differing only in case or (for ordinary words) in
// diacritics, per substituted number, for inline tags in the stored
// segment, and per punctuation mark changed (at most three). Only a segment
// whose text is the query's (white space aside) scores 100; with the same
// neighbouring segments in its document as the query's, 101. The word diff
// shows "[-stored-]{+query+}" over all tokens, punctuation included.
//
// # Concordance
//
// Concordance intersects the posting lists of a term's words, then checks
// each candidate for the words in sequence and reports their byte spans.
package tm
