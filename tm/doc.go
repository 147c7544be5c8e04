// Package tm is bitext's translation memory: translation units with
// import, exact, fuzzy and context lookup, concordance and export, and the
// glossary of canonical names that package normalize uses.
//
// A DB is the TM; it keeps its data in a Store. Open a store (here the
// SQLite one of package tm/sqlite, which creates the file and its folder
// when they do not exist), make a DB of it, import a TMX file and look up
// a sentence:
//
//	store, err := sqlite.Open(ctx, "tm.db")
//	if err != nil {
//		return err
//	}
//	db := tm.New(store)
//	defer db.Close() // closes the store too
//
//	f, err := os.Open("memory.tmx")
//	if err != nil {
//		return err
//	}
//	defer f.Close()
//	units, opt, err := tm.OpenImport(f, tm.ReadOptions{Format: tm.FormatTMX})
//	if err != nil {
//		return err
//	}
//	opt.File = "memory.tmx"
//	if _, err := db.Import(ctx, units, opt); err != nil {
//		return err // nothing of the file was stored
//	}
//
//	matches, err := db.Lookup(ctx, "The minister arrived in Baghdad on Monday.",
//		tm.LookupOptions{Src: language.English, Tgt: language.French})
//	for _, m := range matches {
//		fmt.Println(m.Score, m.Target, m.Diff) // 85, a translation, [-Tehran-]{+Baghdad+}
//	}
//
// Concordance finds the segments holding a term, Units and Export stream
// the TM out (TMX or TSV), Glossary and PutGlossary keep the names. Every
// long operation takes a context: cancelling it stops the work, and a
// cancelled Import stores nothing.
//
// # Storage
//
// DB holds the TM's logic: tokens and folding, the hashes that identify
// units and key the index, scoring and matching, candidate ranking,
// import preparation and the formats. Everything it keeps goes through the
// Store interface: a write transaction that puts prepared units
// (UnitRecord) and logs imports, candidates by exact-text key and by
// posting list (unit ids), units by id in one batch, an id-ordered scan,
// the glossary, stats and the schema version. Package tm/sqlite is the
// SQLite store (one file, WAL mode; see its documentation for the schema
// and the index format), package tm/postgres the PostgreSQL store of a
// team's TM, and package tm/storetest is the conformance suite that every
// store passes. No package but the stores hold SQL. README.md, beside
// this file, maps the package for whoever changes it: the file of each
// stage of import, lookup, pretranslation and export, how a score is
// made, and what a new store or a schema migration takes.
//
// Unit ids are positive and grow with insertion: lookup ranks candidates
// in a dense array indexed by unit id, and matches of equal score go to
// the unit changed last (its change date, else its creation date: an edit
// puts the edited unit first), then to the newer unit. Candidates of equal
// weight at the cut go the same way: for a query of more than ten words
// a store with LastChanges reads the dates of all of them (up to 1,000)
// and the most recently changed are scored; a store without it, or a
// query of ten words or fewer, has them all scored. Equal weight is not an
// equal match: a unit of a short query's words and one holding them and
// twenty more weigh the same, and the short one is seldom the newest.
//
// # Import
//
// Import runs in one transaction (Store.Write): a failed import (bad
// input, a cancelled context, a killed process) leaves the TM as it was.
// The iterator runs in a goroutine of its own, and a second one formats
// languages and computes hashes and index keys, so reading, preparing and
// storing overlap on two cores or more; units go to the store 256 at a
// time, in the order they were read. A unit whose
// identity (below) hashes like a stored one's is merged into it, keeping
// the larger usage count, the later last-used date and any context it
// lacked. The 64-bit hash makes a false merge unlikely below billions of
// units (about 3e-8 at a million).
//
// # Identity
//
// A unit is its content and what says which unit it is: two units with
// the same variants (language, text, markup) but their own tuid, their own
// context (Prev and Next as they came: OmegaT's prev/next props, bitext's
// x-bitext-prev/next), their own props, notes or attributes (Okapi's and
// Swordfish's file and group names, an x-context), their own change date
// or id, or variants with their own props, notes or attributes, are kept
// as two units, and export gives back each as it came. Only units equal
// in all of that merge. Not identity: the usage count and last-used date
// (a merge keeps the larger and the later), Origin (which bitext sets),
// the context Import derives for Sequential input (the same aligned pair
// in two documents is one unit), and the creation date and id, which
// Import fills in with the import's time and ImportOptions.By for a unit
// that comes without them (export writes them as creationdate and
// creationid), so that a TM's own export imported again merges with it.
// A unit with no identity fields hashes as its variants alone, as TMs made
// before identity did, so that they keep merging. Who confirmed a pair is
// not identity either: the PropReviewed props (the review page's) count
// only as "confirmed", and such a unit's change date and id not at all,
// so that a pair stored again under another reviewer's name merges, the
// stored unit taking the new name (see PropReviewed); a pair nobody
// confirmed stays apart from a confirmed one, which a lookup trusts more.
//
// DetectFormat picks the reader for a file of unknown format: a known
// extension wins, else the first bytes (an XML document by its root
// element after the prolog, XMLRoot: <xliff> is XLIFF, <tmx> TMX, and
// OpenFile refuses another root, naming it; a first line past comments
// that opens with msgid or msgctxt is PO, a '{' is JSON Lines, anything
// else TSV); it reads no more than its caller
// peeked, so detection costs nothing on a stream. KeepLangs narrows a
// multilingual TMX to one language pair as it streams by, in O(variants).
// Decompress reads gzip input through (and refuses zip archives, which hold
// files rather than one stream); OpenImport picks the reader for a format
// and says what Import should know of it (the TMX header, whether units
// come in document order).
//
// # Export
//
// Export streams the TM as TMX (Units, read from Store.Scan by a goroutine
// while the writer encodes the previous batch), as TSV pairs or as an
// XLIFF 1.2 file of one language pair; memory stays at a few batches
// whatever the TM's size.
//
// # Languages
//
// Languages are language.Tag values in the API (Variant.Lang,
// Unit.SrcLang, the options), language.Und meaning "not known" or "all",
// as each field says. Files and stores hold BCP 47 text: FromTMX and
// the readers parse it (as tmx.ParseLang does: "EN_us" is en-US, and
// DGT-TM's "DA-01" is da, its country number dropped with a warning), a
// store keeps the text that Import gives it (UnitRecord.Langs) and parses
// it back when it reads. A TM holds few distinct languages, so both
// directions remember the tags they met rather than parse each variant.
//
// # Word index
//
// Candidate retrieval does not scan. For each language subtag and folded
// word (lower case, no diacritics: see fold) the store keeps a posting
// list: the ids of the units containing it, in increasing order. Numbers
// are indexed like words. How a list is kept is the store's business
// (tm/sqlite appends uvarint-gap chunks to a blob).
//
// # Lookup
//
// A query is first looked up exactly (the hash of its language and
// white-space-collapsed text in Unicode NFC is a key the store indexes:
// a segment stored decomposed is the same text as the query typed
// composed; the text itself is stored and shown as given). If exact matches
// fill the requested number and give that many matches (they may lack the
// target language), that is all: an exact lookup costs one index probe
// and one batch read. Otherwise the
// posting lists of the query's words are read rarest first, their lengths
// before their contents: each unit gains log(1 + N/n) for each query word
// it holds (N units, n holding the word), in a dense array indexed by unit
// id. Once two lists are read, a list that would pass postingBudget entries
// is skipped with all commoner ones; queries of at most shortQuery words
// read their common words too (shortBudget), or every unit sharing their one
// rare word would tie. The best candidates (30, enough to hold the
// near-duplicates of a segment; ties at the cut chosen by date, as above)
// are then read in one Store.UnitsByID call and
// scored exactly; the cost is O(posting entries read + candidates * query
// words * segment words), and a lookup is a handful of store calls
// however many candidates it scores.
//
// # Match score
//
// The score is the word-level edit distance as OmegaT and Trados report it:
// 100 * (1 - D/L), floored, where D is the edit distance between the words
// and numbers of the query and of the stored segment and L the larger
// count. Words match when their folded forms are equal; two capitalized
// words with the same normalize.Key are one name spelt two ways and match
// too, as do "Saeed Reza" and "Saeedreza" (two words joined into one costs
// nothing). Numbers compare by value, each read as its language writes it
// ("12,000" in English is "12 000" in French, "۱۲٬۰۰۰" in Persian; CLDR
// conventions from golang.org/x/text); a number with no single value
// ("2.6.5", a date) compares by its text. Numbers that differ cost nothing
// when they are of one kind (two values of different digits, or two
// numbers without a value of one shape: not "265" against "2.6.5" or "61"
// against "6.1") and each has one number of its value in the translation,
// which then gets
// the query's, written with the digits and separators of the number it
// replaces; when one has not, none is replaced and each costs a word (all
// or none, with Match.Note saying why). Small penalties follow:
// one point per word differing only in case or (for ordinary words) in
// diacritics, per substituted number, for inline tags in the stored
// segment, and per punctuation mark changed (at most three). Only a segment
// whose text is the query's (white space aside) scores 100; with the same
// neighbouring segments in its document as the query's, 101. A match whose
// unit is an aligned pair scored under TrustedAlignScore loses
// AlignPenalty's points from that score (Match.AlignPenalty): it is never
// exact, and under 0.5 never reaches DefaultMin. The word diff shows
// "[-stored-]{+query+}" over all tokens, punctuation included.
//
// Matches proposing the same translation are one, with Match.Count. After
// the exact and fuzzy matches come fragments (KindFragment), up to Max: a
// stored segment holding the query's words in sequence (a sentence stored
// inside a unit that merged two), or a stored segment that is a sentence of
// the query (found by its exact text).
//
// # Concordance
//
// Concordance expands a term into the forms of its words (a light stemmer
// per language; Arabic and Persian clitics; "word*" a prefix) and, through
// the glossary, into the spellings and aliases of the names in it. For each
// word it unites the posting lists of its forms, intersects those of the
// words, then checks each candidate for the words in sequence and reports
// their byte spans and the kind of hit (exact, form, variant), exact hits
// first. A hit from an aligned pair whose lookup matches lose points
// (AlignPenalty) carries the aligner's score (Hit.AlignScore).
//
// # Maintenance
//
// Lookup and concordance results carry the unit's id (Match.UnitID,
// Hit.UnitID), which DB.Unit, DB.EditUnit and DB.DeleteUnits take;
// DB.Documents lists the files units came from and DB.DeleteDocument
// removes one's units. Each change is one Store.Write transaction: a
// delete naming an id that is not stored deletes nothing. An edit keeps the
// unit's id (the store rewrites it in place and adds its new words to the
// posting lists in order; words it lost stay listed, which costs a
// candidate, never a wrong match, since candidates are scored on their
// text) and records Changed and ChangedBy. A deleted id stays in posting
// lists too (UnitsByID skips it) and is never given to another unit.
// UnitFilter picks units by document, origin (OriginKind: aligned,
// imported, added) and date: Export filters its scan, and Lookup runs on a
// view of the store whose candidate reads see only the kept ids (a bit set
// built from Maintainer.FilterUnits, remembered for the next query of a
// document). Penalties rank matches by origin without changing their
// score.
//
// # Output
//
// ResultWriter writes lookup matches, concordance hits and stats as text
// for people or as JSON Lines for programs (MatchRecord, HitRecord,
// StatsRecord), so that the bitext command and a server answer alike.
// ImportFile reads and imports one file (any format, gzip or not) in one
// call, as the command does with each file and a server with an upload.
//
// # Pretranslation
//
// DB.Pretranslate takes a document (plain text, or an HTML article: package
// extract takes its segments and skeleton), looks up each segment with its
// neighbours as context, and writes an XLIFF 1.2 file (package xliff) whose
// targets hold the best matches, with every match as an alt-trans (score,
// kind from MatchKind, origin); it returns the Analysis by band
// (WriteAnalysis prints it). TranslateBack rebuilds the document from the
// XLIFF after the translator's work. ReadXLIFF (FormatXLIFF in OpenImport
// and ImportFile) imports the translated units of any XLIFF 1.2 file, and
// ReadPO (FormatPO) the translated entries of a gettext PO file.
//
// With PretranslateOptions.TMX, Pretranslate writes instead a TMX 1.4 file
// for an OmegaT project's tm/auto folder, the article being the project's
// source file: one unit for each segment whose best match reaches Min,
// with bitext's score, kind and origin as props. An exact or context
// match's source is the segment as OmegaT 3.6 shows it (its spaces, and
// the inline codes as OmegaT's numbered tag shortcuts, <s0>...</s0>) and
// its target carries the same tags, so that OmegaT inserts it; a fuzzy
// match's source is the stored segment, which OmegaT rates and offers.
package tm
