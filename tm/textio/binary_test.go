package textio

import (
	"strings"
	"testing"
)

// TestBinary: the first bytes of a file are binary data at the first NUL
// byte, or at the first invalid UTF-8 of bytes that are no one-byte text;
// UTF-8, Latin-1 text and UTF-16 are text.
func TestBinary(t *testing.T) {
	for _, c := range []struct {
		head string
		want string // "" for text
	}{
		{"<?xml version=\"1.0\"?>\n<tmx>", ""},
		{"Café au lait.\tMilchkaffee.\n", ""},
		{"Caf\xe9 au lait.\tCaf\xe9 cr\xe8me.\n", ""}, // Latin-1: text, not UTF-8
		{"\xff\xfe<\x00?\x00x\x00", ""},               // UTF-16 with its byte order mark
		{"<\x00?\x00x\x00m\x00l\x00", ""},             // UTF-16 XML without one
		{"ab\ncd\x00\x01", "line 2: not text: binary data (a NUL byte at byte 6)"},
		{"\x97B\x9b \xe9\xdbG\x00", "line 1: not text: binary data (invalid UTF-8 (0x97) at byte 1)"}, // the first of the two
		{"\x97B\x9b \xe9\xdbG\x01", "line 1: not text: binary data (invalid UTF-8 (0x97) at byte 1)"},
		{"ok\n\x01\x02\x9b", "line 2: not text: binary data (invalid UTF-8 (0x9b) at byte 6)"},
		{"abc\xe2\x82", ""}, // a character the head cut
	} {
		got := ""
		if be := Binary([]byte(c.head)); be != nil {
			got = be.Error()
			if !IsBadInput(be) {
				t.Errorf("Binary(%+q): %v is not bad input", c.head, be)
			}
		}
		if got != c.want {
			t.Errorf("Binary(%+q) = %q; want %q", c.head, got, c.want)
		}
	}
	if be := Binary([]byte(strings.Repeat("x", 10) + "\x00")); be == nil || be.What() != "not text: binary data (a NUL byte at byte 11)" {
		t.Errorf("What() = %v", be)
	}
}
