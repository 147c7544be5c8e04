// Package xliff reads and writes XLIFF 1.2 documents one translation unit at
// a time, in constant memory, as package tmx does for TMX. It knows no
// database: package tm converts its units to translation-memory units.
//
// # Reading
//
//	r, err := xliff.NewReader(f)
//	if err != nil {
//		return err // a *xliff.Error names the line
//	}
//	for u, err := range r.All() {
//		if err != nil {
//			return err
//		}
//		fmt.Println(u.ID, u.Source.Text, u.Target) // Target is nil when absent
//	}
//
// The reader takes the <file> elements of one document in turn (Unit.File
// says which), walks <group>s, and skips <bin-unit>s, extension elements
// (those of other namespaces), context and count groups. It reads XLIFF 1.2
// and, as Okapi and older tools still write it, 1.1 (the same elements in
// the namespace urn:oasis:names:tc:xliff:document:1.1), and XLIFF 2 (2.0 to
// 2.2, as Swordfish and other tools write it), whose segments it gives as
// 1.2 units with 1.2 inline markup (see xliff2.go); another root or
// namespace is an *Error. Encodings: UTF-8 and UTF-16 by byte order mark,
// others named in the XML declaration (windows-1252, ISO-8859-1, ...).
//
// # Inline codes
//
// A segment (Segment) is kept twice: Text, its plain text (the character
// data of the segment and of <g>, <mrk> and <sub>-less content, without the
// native code inside <bpt>, <ept>, <ph> and <it>), and Markup, its content
// as XML with the inline elements g, x, bx, ex, bpt, ept, ph, it, mrk and
// sub as they stood (attributes in document order, "" when it has none).
// Parse splits Markup into its text and tokens; a <bpt> without its
// <ept> (paired by rid, else id) in the same segment, or an unknown
// element, is an *Error.
// With Reader.Repair set, an unpaired <bpt> or <ept> becomes an isolated
// <it pos="open|close"> instead, and Reader.Warn is told.
//
// # Writing
//
// Writer writes one <file> whose units carry a source, an optional target
// with its state, alt-trans proposals with match-quality and origin, and
// notes; the output validates against the strict XLIFF 1.2 schema when the
// units' attributes do (the Writer writes only the ones the schema knows).
package xliff
