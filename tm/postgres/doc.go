// Package postgres keeps a bitext translation memory in a PostgreSQL
// database, for a team: several translators and bitext serve instances
// on one TM, backed up and replicated by the database's own tools. It
// implements tm.Store and holds all of that store's SQL; the TM's logic
// stays in package tm.
//
// Open a TM with a pgx connection URL; tm.New makes it the TM:
//
//	s, err := postgres.Open(ctx, "postgres://bitext@db.example:5432/tm?sslmode=require")
//	if err != nil { ... }
//	db := tm.New(s)
//	defer db.Close()
//
// A search_path parameter in the URL puts the TM in a schema of its own,
// so that one database can hold several TMs.
//
// The schema is versioned like SQLite's (table bitext_migrations; each
// migration in one transaction, under an advisory lock so that two
// processes opening a new database apply it once; a newer schema is
// refused). Units are unique by hash, so that concurrent importers of the
// same unit merge rather than repeat it; their variants and the word index
// are written with COPY. The word index is a table of chunks, one per key
// and write, each a run of uvarint-coded unit ids: writers only insert
// chunks, so concurrent imports never wait on each other's index rows,
// and a lookup reads the few rare keys' chunks it needs.
package postgres
