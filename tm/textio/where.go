package textio

import (
	"encoding/xml"
	"fmt"
	"strings"
)

// LongLine is the length of a line, in bytes, past which an error on it
// also gives its column: an XML file written without line breaks (TMX,
// XLIFF, TBX, as some tools write them) is one line of megabytes, where
// "line 1" finds nothing among thousands of units.
const LongLine = 1000

// LongLineColumn is the column for an error at an XML decoder's position,
// col being the 1-based position just after the last token read (the
// column of encoding/xml's InputPos): the byte that ends that token, when
// it is past LongLine; 0 otherwise (the line's number finds the problem).
func LongLineColumn(col int) int {
	if col--; col <= LongLine {
		return 0
	}
	return col
}

// Where is how an error names its place: "line 3", or on a long line
// "line 1, column 5901234" (col 0: none).
func Where(line, col int) string {
	if col > 0 {
		return fmt.Sprintf("line %d, column %d", line, col)
	}
	return fmt.Sprintf("line %d", line)
}

// XMLSyntaxMsg is what an encoding/xml syntax error says, in the words
// every XML reader of bitext uses for it (TMX, XLIFF, TBX): "not
// well-formed XML: </b> closes <a>" for Go's "element <a> closed by
// </b>", "unexpected end of file: the document is cut short" for its
// "unexpected EOF", else "not well-formed XML: " and Go's message.
func XMLSyntaxMsg(se *xml.SyntaxError) string {
	if rest, ok := strings.CutPrefix(se.Msg, "element <"); ok {
		if open, end, ok := strings.Cut(rest, "> closed by </"); ok {
			return "not well-formed XML: </" + Shown(strings.TrimSuffix(end, ">")) + "> closes <" + Shown(open) + ">"
		}
	}
	if se.Msg == "unexpected EOF" {
		return "unexpected end of file: the document is cut short"
	}
	return "not well-formed XML: " + Shown(se.Msg)
}
