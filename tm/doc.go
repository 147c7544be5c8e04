// Package tm is bitext's translation memory: a SQLite database of translation
// units, with import, exact and fuzzy lookup, concordance and export. It also
// stores the glossary of canonical names that package normalize uses.
//
// # Storage
//
// One SQLite file (github.com/mattn/go-sqlite3), opened in WAL mode with a
// busy timeout and foreign keys on. The schema is versioned: migrations are
// embedded SQL files applied in order, each in its own transaction, and
// recorded in the table bitext_migrations. A database written by a newer
// bitext, or a SQLite file that is not a bitext TM, is refused.
//
// Only this package imports database/sql and the driver; callers see methods.
package tm
