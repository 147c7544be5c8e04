// Package po reads GNU gettext PO files (and POT templates) one entry at a
// time, in constant memory, as packages tmx and xliff read theirs. It knows
// no database: package tm converts the entries to translation units.
//
// # Reading
//
//	r, err := po.NewReader(f)
//	if err != nil {
//		return err // a *po.Error names the line
//	}
//	fmt.Println(r.Header().Language)
//	for e, err := range r.All() {
//		if err != nil {
//			return err
//		}
//		fmt.Println(e.Context, e.ID, e.Str)
//	}
//
// An entry (Entry) has its msgctxt, msgid, msgid_plural and msgstr (or
// msgstr[n]), its comments (translator "# ", extracted "#.", references
// "#:"), its flags ("#, fuzzy, c-format") and the previous msgctxt, msgid
// and msgid_plural a fuzzy entry was made from ("#|"). Strings are written
// as C strings, over as many lines as they take: the reader joins them and
// reads the escapes \n \t \r \" \\ \a \b \f \v \' \?, octal (\0 to \377)
// and hexadecimal (\x41). Obsolete entries ("#~") are not returned; the
// reader counts them (Reader.Obsolete).
//
// The header entry (msgid "" without msgctxt, the first one) is not
// returned either: NewReader reads it and Reader.Header gives its fields,
// the Language, the Content-Type's charset and the Plural-Forms. The text
// of a file whose charset is not UTF-8 (ISO-8859-1, KOI8-R, windows-1252,
// ...) is converted to UTF-8; a charset golang.org/x/text does not know is
// an *Error. A byte order mark and CRLF line ends are read.
//
// Malformed input (a string without its closing quote, an unknown
// keyword, a msgstr without its msgid, invalid UTF-8, ...) is an *Error
// with the line and what is wrong.
package po
