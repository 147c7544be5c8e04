-- Translation units. hash identifies a unit by its variants (sorted language
-- and markup-or-text pairs), so that a re-imported unit merges instead of
-- repeating. Dates are TMX dates (20060102T150405Z), '' when unknown.
-- prev and next hash the source segments around the unit in its document
-- (0 when unknown), for context (101%) matches.
CREATE TABLE unit (
	id          INTEGER PRIMARY KEY,
	hash        INTEGER NOT NULL,
	tuid        TEXT NOT NULL DEFAULT '',
	srclang     TEXT NOT NULL DEFAULT '',
	created     TEXT NOT NULL DEFAULT '',
	created_by  TEXT NOT NULL DEFAULT '',
	changed     TEXT NOT NULL DEFAULT '',
	changed_by  TEXT NOT NULL DEFAULT '',
	last_used   TEXT NOT NULL DEFAULT '',
	usage_count INTEGER NOT NULL DEFAULT 0,
	file        TEXT NOT NULL DEFAULT '',
	src_doc     TEXT NOT NULL DEFAULT '',
	tgt_doc     TEXT NOT NULL DEFAULT '',
	score       REAL,
	prev        INTEGER NOT NULL DEFAULT 0,
	next        INTEGER NOT NULL DEFAULT 0,
	meta        TEXT -- JSON: props, notes and other TMX attributes; NULL if none
);
CREATE UNIQUE INDEX unit_hash ON unit(hash);

-- Language variants. id is unit id * 256 + the variant's position, so a
-- unit's variants are one rowid range and need no index of their own.
-- key hashes the text with white space collapsed, for exact lookup.
CREATE TABLE variant (
	id     INTEGER PRIMARY KEY,
	lang   TEXT NOT NULL,
	base   TEXT NOT NULL,
	text   TEXT NOT NULL,
	markup TEXT NOT NULL DEFAULT '',
	key    INTEGER NOT NULL,
	meta   TEXT
);
CREATE INDEX variant_key ON variant(key);

-- The word index: for each (base language, folded word), hashed into id,
-- the units holding it, as a list of uvarint gaps. Each import appends a
-- chunk that starts with a 0 byte and the absolute first unit id.
CREATE TABLE posting (
	id  INTEGER PRIMARY KEY,
	n   INTEGER NOT NULL,
	ids BLOB NOT NULL
);

-- One row per import, with the TMX header (JSON) so that its user-defined
-- encodings are exported again.
CREATE TABLE import (
	id       INTEGER PRIMARY KEY,
	file     TEXT NOT NULL,
	header   TEXT,
	added    INTEGER NOT NULL,
	merged   INTEGER NOT NULL,
	imported TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
