package textio

import (
	"encoding/xml"
	"testing"
)

func TestWhere(t *testing.T) {
	for _, tc := range []struct {
		line, col int
		want      string
	}{
		{3, 0, "line 3"},
		{1, 5901234, "line 1, column 5901234"},
	} {
		if got := Where(tc.line, tc.col); got != tc.want {
			t.Errorf("Where(%d, %d) = %q; want %q", tc.line, tc.col, got, tc.want)
		}
	}
	// InputPos's column is one past the token's last byte.
	for col, want := range map[int]int{1: 0, LongLine + 1: 0, LongLine + 2: LongLine + 1, 5901235: 5901234} {
		if got := LongLineColumn(col); got != want {
			t.Errorf("LongLineColumn(%d) = %d; want %d", col, got, want)
		}
	}
}

// TestXMLSyntaxMsg: encoding/xml's syntax errors in the words of every XML
// reader (TBX said "bad XML" where TMX and XLIFF said "not well-formed
// XML").
func TestXMLSyntaxMsg(t *testing.T) {
	for msg, want := range map[string]string{
		"element <term> closed by </termSec>":       "not well-formed XML: </termSec> closes <term>",
		"unexpected EOF":                            "unexpected end of file: the document is cut short",
		"invalid character entity & (no semicolon)": "not well-formed XML: invalid character entity & (no semicolon)",
		"invalid character entity &\xff;":           `not well-formed XML: invalid character entity &\xff;`,
	} {
		if got := XMLSyntaxMsg(&xml.SyntaxError{Msg: msg, Line: 1}); got != want {
			t.Errorf("XMLSyntaxMsg(%q) = %q; want %q", msg, got, want)
		}
	}
}
