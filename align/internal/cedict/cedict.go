// Package cedict holds a compact form of CC-CEDICT, the Chinese-English
// dictionary of MDBG (https://cc-cedict.org/), for package align's
// default Chinese-English dictionary. Only what the aligner reads of
// CC-CEDICT is kept: each entry's headwords and the content words of its
// short senses. See README.md in this folder for the format, the origin
// and the licence (CC BY-SA 4.0).
package cedict

import _ "embed"

// Gzip is cedict.txt.gz: the compact dictionary, gzip-compressed. Each
// line (after '#' comment lines) is
//
//	SIMPLIFIED[ TRADITIONAL][<TAB>WORD WORD ...]
//
// the traditional headword only when it differs, and the words (English,
// as in the senses, in order, each once) left out when no short sense has
// any.
//
//go:embed cedict.txt.gz
var Gzip []byte
