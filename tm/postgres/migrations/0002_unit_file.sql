-- The units of each document (unit.file): the documents listing counts
-- them from this index instead of reading every unit, and a document's
-- units (its page of units, its languages, tm export --doc, tm delete
-- --doc) are found without a scan.
CREATE INDEX unit_file ON unit(file);
