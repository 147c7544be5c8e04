// Package normalize makes name keys, folds transliteration variants, keeps the
// glossary of canonical names, rewrites text to house spellings with a report,
// and discovers variant clusters in a corpus.
//
// # Keys
//
// [Key] maps a name to a matching key: two spellings of one name that differ
// only in case, diacritics, spaces, hyphens or apostrophes get the same key
// ("Saeed Reza" and "Saeedreza"). [Skeleton] reduces a key further to its
// consonant skeleton, which is what vowel-less scripts can be compared by.
//
// The package knows no storage: callers load glossary entries (for example
// from the translation memory) and hand them over.
package normalize
