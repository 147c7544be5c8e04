package normalize

import "strings"

// openerMarks open a quotation, a bracket or Markdown emphasis or code
// right before a word: "a ‘Daesh’ cell", "a (Daesh) cell", "a **Daesh**
// cell", "a `Daesh` cell".
const openerMarks = "‘“\"'«([*_~`"

// trimArticleOpeners returns before without the marks and HTML start tags that
// end it, so that fixArticle reads the article before them: "a " of "a
// <b>“". A tag is a start tag of letters and attributes ("<b>", "<a
// href=\"...\">"); a closing tag ("</b>") or a lone ">" ends the trim.
func trimArticleOpeners(before string) string {
	for {
		b := strings.TrimRight(before, openerMarks)
		if strings.HasSuffix(b, ">") {
			if i := strings.LastIndexByte(b, '<'); i >= 0 && isStartTag(b[i:]) {
				b = b[:i]
			}
		}
		if len(b) == len(before) {
			return b
		}
		before = b
	}
}

// isStartTag reports whether s, which ends in ">", is one HTML start tag:
// "<" and a letter, no other "<" or ">" before its end.
func isStartTag(s string) bool {
	if len(s) < 3 || !('a' <= s[1]|0x20 && s[1]|0x20 <= 'z') {
		return false
	}
	return !strings.ContainsAny(s[1:len(s)-1], "<>")
}
