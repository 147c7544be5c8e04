-- The largest unit id ever deleted, so that no later unit gets it (SQLite
-- gives a new row the largest rowid + 1): posting lists may still hold a
-- deleted unit's id. One row, or none before the first deletion.
CREATE TABLE unit_seq (
	id     INTEGER PRIMARY KEY CHECK (id = 1),
	max_id INTEGER NOT NULL
);
