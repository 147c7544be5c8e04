-- The glossary of canonical names (package normalize): one row per entry,
-- one row per variant spelling.
CREATE TABLE glossary (
	id        INTEGER PRIMARY KEY,
	canonical TEXT NOT NULL UNIQUE,
	kind      TEXT NOT NULL DEFAULT '',
	langs     TEXT NOT NULL DEFAULT '' -- space-separated BCP 47 tags; '' = all
);
CREATE TABLE glossary_variant (
	entry_id INTEGER NOT NULL REFERENCES glossary(id) ON DELETE CASCADE,
	variant  TEXT NOT NULL,
	PRIMARY KEY (entry_id, variant)
) WITHOUT ROWID;
