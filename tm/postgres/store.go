package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	neturl "net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Store is a TM in a PostgreSQL database: it implements tm.Store. It is
// safe for concurrent use, and several processes may use one database at
// once: units are unique by hash (concurrent importers of one unit merge),
// and the word index is written in chunks that no writer updates.
type Store struct {
	pool    *pgxpool.Pool
	loc     string
	openURL string // as given to Open, for tests that open it again

	// created says that Open made the TM: it applied the first migration
	// to a schema without one. madeMigrations says it also created the
	// table bitext_migrations (not left there by an earlier attempt).
	// Discard drops what Open made.
	created, madeMigrations bool
	// hold is a connection of its own holding the TM's open lock
	// (openLock), shared, while the store is open: kept by the store that
	// created the TM, and by one that found it empty, so that the
	// creator's Discard sees that another process is about to use it.
	hold *pgx.Conn

	// pids are the server processes of the pool's connections, so that
	// Discard can wait for those of a cancelled write to end (and their
	// locks to go) before it drops a new TM.
	pidsMu sync.Mutex
	pids   []uint32

	// schema is the TM's schema (current_schema() at Open), for the error
	// of a TM whose tables were dropped since: the schema may be gone too.
	schema string
	// hasTM says that Open found the TM's tables in the schema (a new TM
	// is to be created when it did not), for accessError.
	hasTM bool
	// role is the user the URL logs in as, for writeGrant.
	role string

	// refresh refreshes the planner's statistics after bulk writes, in the
	// background (stats.go).
	refresh statsRefresh
}

var (
	_ tm.Store      = (*Store)(nil)
	_ tm.Discarder  = (*Store)(nil)
	_ tm.Identifier = (*Store)(nil)
)

// IsURL reports whether loc names a PostgreSQL database (a postgres:// or
// postgresql:// URL) rather than a file.
func IsURL(loc string) bool {
	l := strings.ToLower(loc)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}

// Open connects to the database of the URL (pgx's connection string:
// postgres://user:password@host:port/dbname?sslmode=...; a search_path
// parameter picks the schema) and brings its schema up to date. A schema
// holding other tables and no bitext TM is refused with an error wrapping
// tm.ErrNotTM; one written by a newer bitext with tm.ErrNewerSchema.
// Errors name the host and database, never the password.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, badURL(url, err)
	}
	s := &Store{loc: location(cfg.ConnConfig), openURL: url, role: cfg.ConnConfig.User}
	cfg.AfterConnect = func(_ context.Context, c *pgx.Conn) error {
		s.pidsMu.Lock()
		s.pids = append(s.pids, c.PgConn().PID())
		s.pidsMu.Unlock()
		return nil
	}
	if s.pool, err = pgxpool.NewWithConfig(ctx, cfg); err != nil {
		return nil, fmt.Errorf("open %s: %w", s.loc, err)
	}
	// The open lock is taken before the schema is looked at: a creator's
	// Discard (which takes it alone) cannot drop the TM between this
	// store finding it and holding the lock.
	if s.hold, err = pgx.ConnectConfig(ctx, cfg.ConnConfig.Copy()); err == nil {
		_, err = s.hold.Exec(ctx, "SELECT pg_advisory_lock_shared($1, hashtext(current_schema()))", openLock)
	}
	if err == nil {
		err = s.migrate(ctx)
	}
	if err == nil && !s.created {
		var empty bool
		if err = s.pool.QueryRow(ctx, emptyTM).Scan(&empty); err == nil && !empty {
			err = s.hold.Close(ctx) // no creator drops a TM that holds something
			s.hold = nil
		}
	}
	if err != nil {
		if ae := s.accessError(ctx, err); ae != nil {
			err = ae
		}
		s.Close()
		return nil, s.openErr(scrub(err, url))
	}
	return s, nil
}

// ErrNoAccess is wrapped by Open's error when the database refuses this
// role the TM (insufficient_privilege): it may not read the TM's tables,
// or, where there is no TM yet, create them in the schema. Its error has a
// Hint with the GRANT that lets it. Before, a role not granted the tables
// was told "no translation memory there" (and that tm import creates it),
// and both were "the translation memory is read-only for this user", with
// the hint to use a TM file it may write.
var ErrNoAccess = textio.NewBadInput("the database does not let this user use the translation memory")

// grantError is ErrNoAccess with what this role may not do and the GRANT
// that lets it (Hint).
type grantError struct {
	what, hint string
}

func (e *grantError) Error() string { return ErrNoAccess.Error() + ": " + e.what }
func (e *grantError) Unwrap() error { return ErrNoAccess }

// Hint says which GRANT lets the role use the TM.
func (e *grantError) Hint() string { return e.hint }

// hintedError is an error with a hint of what to do (Hint).
type hintedError struct {
	error
	hint string
}

// Hint says what to do about the error.
func (e *hintedError) Hint() string { return e.hint }

func (e *hintedError) Unwrap() error { return e.error }

// writeGrant is the hint of a write the database refused this role
// (insufficient_privilege): the GRANTs that let it write, where it was
// told to use a TM file it may write.
func (s *Store) writeGrant() string {
	role := "ROLE"
	if s.role != "" {
		role = pgx.Identifier{s.role}.Sanitize()
	}
	schema := s.schemaIdent()
	return fmt.Sprintf("nothing was written; the TM's owner lets this user write: GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %[1]s TO %[2]s; GRANT USAGE ON ALL SEQUENCES IN SCHEMA %[1]s TO %[2]s; or --db another TM", schema, role)
}

// schemaIdent is the TM's schema as an SQL identifier, quoted where it
// must be (pgx.Identifier.Sanitize: always), so that a statement of a hint
// works as copied for a schema named with capitals, a dash or a space
// (unquoted, "Team-TM" is a syntax error and Team names schema team);
// "SCHEMA" where Open failed before it read the schema.
func (s *Store) schemaIdent() string {
	if s.schema == "" {
		return "SCHEMA"
	}
	return pgx.Identifier{s.schema}.Sanitize()
}

// accessError is Open's error err as a grantError when it is the
// server's insufficient_privilege (42501) of reading the TM or creating
// it, else nil.
func (s *Store) accessError(ctx context.Context, err error) error {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) || pe.Code != "42501" || s.pool == nil {
		return nil
	}
	role := "ROLE"
	qctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	var name string
	if s.pool.QueryRow(qctx, "SELECT current_user").Scan(&name) == nil {
		role = pgx.Identifier{name}.Sanitize()
	}
	schema := s.schemaIdent()
	if s.hasTM {
		return &grantError{
			what: fmt.Sprintf("user %s may not read the tables of the translation memory in schema %s (%s)", role, schema, pe.Message),
			hint: fmt.Sprintf("nothing was read or written; the TM's owner lets it read: GRANT SELECT ON ALL TABLES IN SCHEMA %[1]s TO %[2]s; and write: GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %[1]s TO %[2]s; GRANT USAGE ON ALL SEQUENCES IN SCHEMA %[1]s TO %[2]s", schema, role),
		}
	}
	return &grantError{
		what: fmt.Sprintf("user %s may not create a translation memory in schema %s (%s)", role, schema, pe.Message),
		hint: fmt.Sprintf("nothing was written; the schema's owner lets it: GRANT CREATE ON SCHEMA %s TO %s; or --db a TM that is there", schema, role),
	}
}

// openLock is the class of the advisory lock (keyed by the schema's name)
// that a store holds shared while the TM it opened is new or empty, and
// that Discard takes alone before it drops a new TM.
const openLock = 0x62697478 // "bitx"

// emptyTM says whether the TM holds nothing: no unit, glossary entry or
// import record.
const emptyTM = `SELECT NOT (EXISTS (SELECT FROM unit) OR EXISTS (SELECT FROM glossary) OR EXISTS (SELECT FROM import))`

// location is the database as a URL without the password, with its
// search_path (the TM's schema) when the URL gives one.
func location(c *pgx.ConnConfig) string {
	host := c.Host
	if strings.HasPrefix(host, "/") {
		host = "[" + host + "]" // a Unix socket folder
	}
	loc := "postgres://" + c.User + "@" + net.JoinHostPort(host, strconv.Itoa(int(c.Port))) + "/" + c.Database
	// Several TMs in one database are told apart by their schema.
	if sp := c.RuntimeParams["search_path"]; sp != "" {
		loc += "?search_path=" + sp
	}
	return loc
}

// Redact is url without its password, for messages.
func Redact(url string) string { return redact(url) }

// redact is url without a password: the userinfo's
// (postgres://u:PW@host) and the query's (?password=PW, which libpq and
// pgx take as well) are both xxxxx; the rest, query order included, is
// as given.
func redact(url string) string {
	base, query, hasQuery := strings.Cut(url, "?") // a userinfo holds no raw '?'
	if u, pw, ok := userinfoPassword(base); ok && pw != "" {
		base = u + ":xxxxx" + base[strings.LastIndex(base, "@"):]
	}
	if !hasQuery {
		return base
	}
	params := strings.Split(query, "&")
	for i, p := range params {
		if k, _, ok := strings.Cut(p, "="); ok && isPasswordKey(k) {
			params[i] = k + "=xxxxx"
		}
	}
	return base + "?" + strings.Join(params, "&")
}

// userinfoPassword splits base (a URL without its query) into everything
// before the userinfo's password (scheme://user) and the password as
// written; ok is false when base has no "user:password@".
func userinfoPassword(base string) (before, pw string, ok bool) {
	at := strings.LastIndex(base, "@")
	scheme := strings.Index(base, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return "", "", false
	}
	userinfo := base[scheme+3 : at]
	i := strings.IndexByte(userinfo, ':')
	if i < 0 {
		return "", "", false
	}
	return base[:scheme+3+i], userinfo[i+1:], true
}

// isPasswordKey says whether a query key, percent-encoded or not, is
// password.
func isPasswordKey(k string) bool {
	if u, err := neturl.QueryUnescape(k); err == nil {
		k = u
	}
	return k == "password"
}

// passwords are the passwords url gives, as written and decoded: the
// userinfo's and the query's.
func passwords(url string) []string {
	base, query, _ := strings.Cut(url, "?")
	var raw []string
	if _, pw, ok := userinfoPassword(base); ok {
		raw = append(raw, pw)
	}
	for _, p := range strings.Split(query, "&") {
		if k, v, ok := strings.Cut(p, "="); ok && isPasswordKey(k) {
			raw = append(raw, v)
		}
	}
	var pws []string
	for _, pw := range raw {
		pws = append(pws, pw)
		if d, err := neturl.QueryUnescape(pw); err == nil && d != pw {
			pws = append(pws, d)
		}
		if d, err := neturl.PathUnescape(pw); err == nil && d != pw {
			pws = append(pws, d)
		}
	}
	return pws
}

// scrub replaces the passwords of url (userinfo and query) in err's text,
// should the driver quote them.
func scrub(err error, url string) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	for _, pw := range passwords(url) {
		if pw != "" {
			msg = strings.ReplaceAll(msg, pw, "xxxxx")
		}
	}
	if msg == err.Error() {
		return err
	}
	return errors.New(msg)
}

// ErrBadURL is wrapped by the error of a postgres:// URL that pgx cannot
// take (a bad port, sslmode or percent escape): bad input, not a server
// that is down.
var ErrBadURL = textio.NewBadInput("not a usable PostgreSQL URL")

// badURL is the error of url, which pgx could not parse.
func badURL(url string, err error) error {
	return fmt.Errorf("open %s: %w: %w", redact(url), ErrBadURL, scrub(err, url))
}

// openErr is the error of opening the store: "open LOCATION: ...".
func (s *Store) openErr(err error) error {
	if unavailable(err) {
		return fmt.Errorf("open %s: %w: %s", s.loc, tm.ErrUnavailable, oneLine(err))
	}
	return fmt.Errorf("open %s: %w", s.loc, s.mapErr(err))
}

// oneLine is err's text on one line, each line once: pgx lists every
// connection attempt (with and without TLS, each address) on a line of its
// own, mostly the same.
func oneLine(err error) string {
	var parts []string
	seen := map[string]bool{}
	lines := strings.Split(err.Error(), "\n")
	for i, l := range lines {
		// sslmode=prefer (the default) tries TLS first; a server without
		// it refuses, and the attempt without TLS that follows says what
		// went wrong. Its refusal read as the cause ("tls error: server
		// refused TLS connection: ... password authentication failed").
		if strings.HasSuffix(l, "tls error: server refused TLS connection") && i < len(lines)-1 {
			continue
		}
		if l = strings.TrimSpace(l); l != "" && !seen[l] {
			seen[l] = true
			parts = append(parts, strings.TrimSuffix(l, ":"))
		}
	}
	return dropRepeatedTail(strings.Join(parts, ": "))
}

// dropRepeatedTail returns l without a cause said twice at its end: pgx
// wraps a host that does not resolve as "hostname resolving error: lookup
// h: no such host: lookup h: no such host"; that reads "... no such host"
// once. The longest such repeat, of whole ": "-separated parts, goes.
func dropRepeatedTail(l string) string {
	for i := 0; i+2 < len(l); i++ {
		if l[i] != ':' || l[i+1] != ' ' {
			continue
		}
		head, tail := l[:i], l[i+2:]
		if head == tail || strings.HasSuffix(head, ": "+tail) {
			return head
		}
	}
	return l
}

// unavailable reports whether err says the server cannot serve now: no
// connection (refused, unreachable, login refused), a connection lost, or
// the server shutting down or starting.
func unavailable(err error) bool {
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) {
		return true
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return strings.HasPrefix(pe.Code, "08") || pe.Code == "57P01" || pe.Code == "57P02" || pe.Code == "57P03" ||
			pe.Code == "28P01" || pe.Code == "28000" || pe.Code == "3D000"
	}
	var ne net.Error
	if errors.As(err, &ne) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EPIPE) {
		return true
	}
	return pgconn.SafeToRetry(err) || strings.Contains(err.Error(), "conn closed")
}

// MaxConns is the size of the connection pool every read and write takes
// a connection from (pool_max_conns in the URL; pgxpool's default, the
// larger of 4 and the number of cores, without). The connection that
// holds the open lock is apart from it.
func (s *Store) MaxConns() int { return int(s.pool.Config().MaxConns) }

// Location is the database's URL without the password.
func (s *Store) Location() string { return s.loc }

// Identity names the TM by the server's system identifier, the database
// and the schema, so that one TM reached under two host names (localhost
// and 127.0.0.1, a DNS alias) is one TM (tm.Identifier). A server that
// does not let this role read its control data (pg_control_system) gives
// "": the TM cannot be named.
func (s *Store) Identity(ctx context.Context) (string, error) {
	var sys, db, schema string
	err := s.pool.QueryRow(ctx, "SELECT system_identifier::text, current_database(), coalesce(current_schema(), '') FROM pg_control_system()").Scan(&sys, &db, &schema)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "42501" { // insufficient_privilege
		return "", nil
	}
	if err != nil {
		return "", scrub(err, s.openURL)
	}
	return "postgres:" + sys + "/" + db + "/" + schema, nil
}

// Close closes the connections, once a refresh of the planner's
// statistics under way has ended (stats.go). The open lock is released
// before its connection closes: the server ends a closed session's locks
// only when it notices, so a creator's Discard right after this Close
// could still find the TM open elsewhere and keep it.
func (s *Store) Close() error {
	s.stopStats()
	if s.hold != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		s.hold.Exec(ctx, "SELECT pg_advisory_unlock_all()") // on error, closing releases it
		s.hold.Close(ctx)
		cancel()
		s.hold = nil
	}
	s.pool.Close()
	return nil
}

// tmTables are the tables of the TM's schema (migrations/0001_tm.sql),
// dropped in this order by Discard; unit's sequence goes with it.
const tmTables = "glossary_variant, glossary, variant, posting, unit, import"

// errKeep ends Discard's transaction when the new TM is not to be dropped.
var errKeep = errors.New("keep the TM")

// Discard closes the store (tm.Discarder). When Open created the TM (the
// schema had none) and it still holds nothing — no unit, glossary entry or
// import record, as after a first write that failed — it first drops the
// tables Open created, so that the failed command leaves the database as
// it was. A TM that was there, that holds something, that another store
// has open (its Open holds the open lock shared) or whose tables another
// session is using (it cannot lock them at once) is only closed. It
// reports whether it dropped the TM.
func (s *Store) Discard() (removed bool, err error) {
	defer s.Close()
	s.stopStats()
	if !s.created || s.hold == nil {
		return false, nil
	}
	// The command's context may be cancelled (an interrupt): dropping
	// the new TM is part of leaving things as they were.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var alone bool
	if err := s.hold.QueryRow(ctx, "SELECT pg_try_advisory_lock($1, hashtext(current_schema()))", openLock).Scan(&alone); err != nil {
		return false, s.mapErr(err)
	}
	if !alone {
		return false, nil // another store has the new TM open
	}
	// A write cancelled by an interrupt leaves its session on the server
	// for a moment, in a transaction that still holds its tables' locks:
	// the LOCK below would find the TM in use and keep it. Close the pool
	// and wait (a few seconds at most) for its sessions to end.
	s.pool.Close()
	s.pidsMu.Lock()
	pids := s.pids
	s.pidsMu.Unlock()
	for wait := time.Now().Add(5 * time.Second); len(pids) > 0 && time.Now().Before(wait); time.Sleep(20 * time.Millisecond) {
		var n int
		if err := s.hold.QueryRow(ctx, "SELECT count(*) FROM pg_stat_activity WHERE pid = ANY($1)", pids).Scan(&n); err != nil {
			return false, s.mapErr(err)
		}
		if n == 0 {
			break
		}
	}
	err = pgx.BeginFunc(ctx, s.hold, func(tx pgx.Tx) error {
		// No other process is migrating (creating) the TM meanwhile.
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(migrationLock)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "LOCK TABLE bitext_migrations, "+tmTables+" IN ACCESS EXCLUSIVE MODE NOWAIT"); err != nil {
			var pe *pgconn.PgError
			if errors.As(err, &pe) && pe.Code == "55P03" { // lock_not_available
				return errKeep // another session is using the TM
			}
			return err
		}
		var empty bool
		if err := tx.QueryRow(ctx, emptyTM).Scan(&empty); err != nil {
			return err
		}
		if !empty {
			return errKeep
		}
		drop := tmTables
		if s.madeMigrations {
			drop += ", bitext_migrations"
		} else {
			drop = tmTables + "; DELETE FROM bitext_migrations"
		}
		_, err := tx.Exec(ctx, "DROP TABLE IF EXISTS bitext_chores; DROP TABLE "+drop) // chores: a write's mark (tm.ChoreWriter)
		return err
	})
	switch {
	case errors.Is(err, errKeep):
		return false, nil
	case err != nil:
		return false, s.mapErr(err)
	}
	return true, nil
}

// readableFrom is the oldest schema version this package reads as it is,
// without its later migrations: they add an index (2, unit_file) and a
// column with its index (3, unit.langs, which the store checks for:
// hasUnitLangs), so a role that may only read a TM an older bitext made
// reads it without them (the owner's next open adds them).
const readableFrom = 1

// migrationLock is the advisory lock key under which migrations run, so
// that two processes opening a new database apply each migration once.
const migrationLock = 0x62697465787431 // "bitext1"

// migrate applies the embedded migrations the schema lacks, each in its
// own transaction (applyMigration); an existing TM brought up to date
// says so to the context's tm.UpgradeFunc.
func (s *Store) migrate(ctx context.Context) (err error) {
	has, err := s.schemaState(ctx)
	if err != nil {
		return err
	}
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	// An up-to-date TM needs no write: a role that may only read it (no
	// CREATE in the schema) opens it too.
	var now int // the schema's version, as read before migrating
	if has {
		if now, err = schemaVersion(ctx, s.pool, len(names)); err != nil || now == len(names) {
			return err
		}
	}
	up := tm.Upgrade{Path: s.Location(), From: now, To: now}
	if f := tm.UpgradeFunc(ctx); f != nil && now > 0 {
		// An existing TM brought up to date says so, once it is.
		defer func() {
			if err == nil && up.To > up.From {
				f(up)
			}
		}()
	}
	for i, name := range names {
		version := i + 1
		if version <= now {
			continue // applied (checked again under the lock in applyMigration)
		}
		err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			return s.applyMigration(ctx, tx, version, name, len(names))
		})
		if err != nil {
			s.created, s.madeMigrations = false, false // rolled back
			if errors.Is(err, tm.ErrNewerSchema) {
				return err
			}
			var pe *pgconn.PgError
			if version > readableFrom && errors.As(err, &pe) && (pe.Code == "42501" || pe.Code == "55P03") {
				return nil // a role that may only read, or another process writing: the TM is used without the index
			}
			return fmt.Errorf("migration %s: %w", path.Base(name), err)
		}
		up.To = version
	}
	return nil
}

// schemaState sets s.schema to the connection's current schema and
// reports whether it holds bitext_migrations; with no current schema
// (none on the search_path) it returns noSchema's error. A schema holding other tables and no
// bitext_migrations is another application's: tm.ErrNotTM.
func (s *Store) schemaState(ctx context.Context) (has bool, err error) {
	var (
		others, migrations int
		schema             *string
	)
	err = s.pool.QueryRow(ctx, `SELECT current_schema(), count(*) FILTER (WHERE c.relname <> 'bitext_migrations'),
		count(*) FILTER (WHERE c.relname = 'bitext_migrations')
		FROM `+catalogTables).Scan(&schema, &others, &migrations)
	if err != nil {
		return false, err
	}
	if schema == nil {
		return false, s.noSchema(ctx)
	}
	s.schema = *schema
	if others > 0 && migrations == 0 {
		return false, fmt.Errorf("%w: schema holds other tables", tm.ErrNotTM)
	}
	s.hasTM = migrations > 0
	return s.hasTM, nil
}

// catalogTables is the FROM and WHERE of a query of the tables (and views,
// as information_schema.tables lists them) of the current schema, read
// from the catalog: information_schema.tables lists only those this role
// has a privilege on, so a role not granted the TM's tables would find no
// TM there (and try to create one), and one not granted another
// application's tables would take their schema for an empty one.
const catalogTables = `pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')`

// rowQuerier reads one row: a pool, a connection or a transaction.
type rowQuerier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// schemaVersion returns the schema's version (the last migration
// bitext_migrations records, 0 for none), or tm.ErrNewerSchema when it
// is past known, the migrations this bitext has.
func schemaVersion(ctx context.Context, q rowQuerier, known int) (int, error) {
	var now int
	if err := q.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM bitext_migrations").Scan(&now); err != nil {
		return 0, err
	}
	if now > known {
		return 0, fmt.Errorf("%w: schema version %d, this bitext knows %d", tm.ErrNewerSchema, now, known)
	}
	return now, nil
}

// applyMigration applies the migration file name, the version-th of
// known, in tx, under the advisory lock migrations run under, unless
// another process applied it first, and records it in
// bitext_migrations (made here for a new TM, which sets s.created and
// s.madeMigrations). A migration past readableFrom (an index) waits at
// most 2 s for a lock.
func (s *Store) applyMigration(ctx context.Context, tx pgx.Tx, version int, name string, known int) error {
	if version > readableFrom {
		// An index: not worth waiting for another process's long
		// write (CREATE INDEX waits for it, and holds up writers
		// meanwhile); the next open tries again.
		if _, err := tx.Exec(ctx, "SET LOCAL lock_timeout = '2s'"); err != nil {
			return err
		}
	}
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(migrationLock)); err != nil {
		return err
	}
	var noTable bool
	if err := tx.QueryRow(ctx, "SELECT to_regclass('bitext_migrations') IS NULL").Scan(&noTable); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS bitext_migrations (
				version integer PRIMARY KEY, name text NOT NULL, applied timestamptz NOT NULL DEFAULT now())`); err != nil {
		return err
	}
	now, err := schemaVersion(ctx, tx, known)
	if err != nil || now >= version {
		return err
	}
	body, err := migrationFS.ReadFile(name)
	if err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, string(body)); err != nil {
		return err
	}
	if now == 0 {
		s.created, s.madeMigrations = true, noTable
	}
	_, err = tx.Exec(ctx, "INSERT INTO bitext_migrations(version, name) VALUES ($1, $2)", version, path.Base(name))
	return err
}

// ErrNoSchema is wrapped by Open's error when no schema of the search_path
// (the URL's search_path parameter, else the role's or database's
// setting) exists: there is nowhere to create the TM's tables.
var ErrNoSchema = textio.NewBadInput("no schema of the search_path exists")

// noSchema is the error for a search_path that names no schema that
// exists, with the statement that creates its first one.
func (s *Store) noSchema(ctx context.Context) error {
	var sp string
	if err := s.pool.QueryRow(ctx, "SHOW search_path").Scan(&sp); err != nil {
		return err
	}
	name := ""
	for _, part := range strings.Split(sp, ",") {
		part = strings.TrimSpace(part)
		if part != "" && part != `"$user"` && part != "$user" {
			name = part
			break
		}
	}
	if name == "" {
		return fmt.Errorf("%w (search_path %s): name one with search_path=SCHEMA in the URL", ErrNoSchema, sp)
	}
	return fmt.Errorf("%w (search_path %s): create it (CREATE SCHEMA %s) or name another with search_path=SCHEMA in the URL", ErrNoSchema, sp, name)
}

// SchemaVersion is the number of migrations applied.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.queryRow(ctx, "SELECT coalesce(max(version), 0) FROM bitext_migrations").Scan(&v)
	return v, err
}

// query, queryRow and exec run a statement on the pool and map its
// errors (mapErr).
func (s *Store) query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	rows, err := s.pool.Query(ctx, sql, args...)
	return rows, s.mapErr(err)
}

func (s *Store) queryRow(ctx context.Context, sql string, args ...any) row {
	return row{s.pool.QueryRow(ctx, sql, args...), s}
}

func (s *Store) exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	tag, err := s.pool.Exec(ctx, sql, args...)
	return tag, s.mapErr(err)
}

// row is a pgx.Row whose Scan maps errors.
type row struct {
	pgx.Row
	s *Store
}

func (r row) Scan(dst ...any) error { return r.s.mapErr(r.Row.Scan(dst...)) }

// mapErr says what a server error means for a TM: a server that cannot be
// reached, is shutting down or refuses the login wraps tm.ErrUnavailable
// (naming the server, never the password); a write refused by a read-only
// server or transaction tm.ErrReadOnly; a statement cut at the
// statement_timeout of the user or database tm.ErrStatementTimeout (which
// is tm.ErrBusy too); a lock timeout tm.ErrBusy; a deadlock or a serialization failure tm.ErrBusy and
// tm.ErrConflict (the transaction may succeed when run again); a disk
// full on the server (disk_full) tm.ErrDiskFull.
func (s *Store) mapErr(err error) error {
	if err == nil || errors.Is(err, tm.ErrUnavailable) || errors.Is(err, tm.ErrReadOnly) || errors.Is(err, tm.ErrBusy) {
		return err
	}
	if unavailable(err) {
		return fmt.Errorf("%s: %w: %s", s.loc, tm.ErrUnavailable, oneLine(err))
	}
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err
	}
	switch pe.Code {
	case "25006": // read_only_sql_transaction
		return fmt.Errorf("write %s: %w (%v)", s.loc, tm.ErrReadOnly, pe.Message)
	case "42501": // insufficient_privilege: a role that may only read
		return &hintedError{fmt.Errorf("%s: %w for this user (%v)", s.loc, tm.ErrReadOnly, pe.Message), s.writeGrant()}
	case "57014": // query_canceled: a timeout of the server's
		if strings.Contains(pe.Message, "statement timeout") {
			return fmt.Errorf("%s: %w (set for this user or database: SHOW statement_timeout)", s.loc, tm.ErrStatementTimeout)
		}
		return fmt.Errorf("write %s: %w (%v)", s.loc, tm.ErrBusy, pe.Message)
	case "55P03": // lock_not_available
		return fmt.Errorf("write %s: %w (%v)", s.loc, tm.ErrBusy, pe.Message)
	case "53100": // disk_full: the server could not extend a table or index file
		return fmt.Errorf("write %s: %w on the database server; nothing of this write was stored (%v)", s.loc, tm.ErrDiskFull, pe.Message)
	case "40P01", "40001": // deadlock_detected, serialization_failure
		return fmt.Errorf("write %s: %w: %w (%v)", s.loc, tm.ErrBusy, tm.ErrConflict, pe.Message)
	case "42P01", "3F000": // undefined_table, invalid_schema_name: dropped under the store
		return s.tablesGone(pe)
	}
	return err
}

// tablesGone is the error of a statement that found no table of the TM
// (42P01 undefined_table) or no schema (3F000 invalid_schema_name): its
// schema or tables were dropped since Open. It names the schema and what
// to do: Open creates a new TM in an empty schema, refuses a schema that
// is gone (ErrNoSchema, with its CREATE SCHEMA) and one that keeps part of
// a TM (this error again).
func (s *Store) tablesGone(pe *pgconn.PgError) error {
	where, schema := "the search_path's schema", "SCHEMA"
	if s.schema != "" { // else Open failed before migrate read it
		where, schema = "schema "+s.schema, s.schemaIdent()
	}
	return fmt.Errorf("%w from %s (%s, SQLSTATE %s): nothing was read or written; "+
		"restore them from a backup, or, for a new empty TM, empty the schema (DROP SCHEMA IF EXISTS %s CASCADE; CREATE SCHEMA %s) and restart bitext, which creates one there",
		tm.ErrTablesGone, where, pe.Message, pe.Code, schema, schema)
}

// Created reports whether Open made the TM: it applied the first
// migration to a schema without one. Of several processes opening one new
// TM at once, only one did (each found no TM before opening).
func (s *Store) Created() bool { return s.created }

// HasTM reports whether the database of url holds a bitext TM (in the
// schema its search_path picks), without creating one: a command that only
// reads refuses a database where nothing was imported.
func HasTM(ctx context.Context, url string) (bool, error) {
	// Parsed as Open parses it: pgx.ParseConfig would send the pool's
	// parameters (pool_max_conns...) to the server, which refuses the
	// login ("unrecognized configuration parameter").
	pcfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return false, badURL(url, err)
	}
	cfg := pcfg.ConnConfig
	s := &Store{loc: location(cfg)}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return false, s.openErr(scrub(err, url))
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var has bool
	err = conn.QueryRow(ctx, `SELECT EXISTS (SELECT FROM `+catalogTables+` AND c.relname = 'bitext_migrations')`).Scan(&has)
	if err != nil {
		return false, s.openErr(err)
	}
	return has, nil
}
