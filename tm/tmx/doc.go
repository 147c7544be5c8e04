// Package tmx reads and writes TMX (Translation Memory eXchange) documents,
// the format CAT tools use to exchange translation memories, one translation
// unit at a time and in constant memory.
//
// # Reading
//
// NewReader takes TMX 1.4b and 1.1 in UTF-8 (with or without a byte order
// mark), UTF-16 LE or BE (with a byte order mark, or detected from the first
// bytes), or any encoding the XML declaration names. The document is walked
// token by token with encoding/xml's RawToken; the Reader checks that end
// tags match start tags itself, so memory stays proportional to one unit.
//
// Entities that the DOCTYPE's internal subset declares (some tools write
// <!ENTITY nbsp "&#160;">) are honoured; an undeclared one is an error.
// A value may use entities declared before it, expanded once at the
// declaration; one that expands past maxEntityLen (64 KiB: a real &nbsp; is
// a few bytes, the "billion laughs" gigabytes) is an error, as are external
// (SYSTEM) entities, which are never fetched. More than 1 MiB
// of text between two tags is an error too, its entity references counted
// as the text they expand to (thousands of references to an entity of
// 60 KiB are gigabytes): the XML decoder would hold it whole, and no
// segment is that long.
//
// Languages are read from xml:lang (TMX 1.4) or lang (TMX 1.1) and written
// as BCP 47 tags: "EN-US", "en_us" and "en-US" all become "en-US". A header
// or tu srclang of "*all*" is kept as is.
//
// A segment keeps two forms: Text, the plain text used for matching (the
// character data of <seg> and of its <hi> elements, without the native codes
// held in bpt, ept, it, ph, ut and sub), and Markup, the content of <seg>
// re-serialized with every inline element, for export. Attributes that the
// TMX 1.4 DTD does not allow on an inline element are dropped.
//
// An element TMX 1.4 does not define inside a segment (t5memory, translate5's
// TM server, writes XLIFF's <x id="1"/>, <bx/>, <g> and its own <t5:n/> in
// its TMX) is kept as native code holding the element as written: <ph> for
// an empty one (<it> for <bx/> and <ex/>), a <bpt>/<ept> pair around one
// with content, whose text stays text of the segment. Reader.Warn is told
// once per element name.
//
// # Errors and repair
//
// Anything that is not well-formed XML, a tu without tuv, a tuv without seg
// or language, an <ept> without its <bpt>,
// a <bpt> without its <ept> and a repeated <bpt i> are errors of type *Error
// with the line. With Reader.Repair set, the last three are repaired instead:
// the stray tag becomes an isolated tag <it pos="begin|end">, as the TMX
// specification prescribes for a tag whose partner is outside the segment,
// and Reader.Warn is told.
//
// # Writing
//
// Writer writes TMX 1.4b valid against the TMX 1.4 DTD: required header
// attributes get defaults, attributes the DTD does not know are dropped,
// text is escaped and Markup is written as is.
package tmx
