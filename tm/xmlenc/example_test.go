package xmlenc_test

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"log"
	"unicode/utf16"

	"github.com/bitext/bitext/tm/xmlenc"
)

// Two documents encoding/xml cannot read alone, a UTF-16 file without a
// byte order mark and one its declaration says is ISO-8859-1, read through
// NewReader and CharsetReader as UTF-8.
func Example() {
	var utf16LE []byte
	for _, u := range utf16.Encode([]rune(`<?xml version="1.0" encoding="UTF-16"?><seg>Téhéran</seg>`)) {
		utf16LE = append(utf16LE, byte(u), byte(u>>8))
	}
	latin1 := []byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><seg>T\xe9h\xe9ran</seg>")

	for _, doc := range [][]byte{utf16LE, latin1} {
		src, err := xmlenc.NewReader(bufio.NewReader(bytes.NewReader(doc)))
		if err != nil {
			log.Fatal(err)
		}
		dec := xml.NewDecoder(src)
		dec.CharsetReader = xmlenc.CharsetReader
		var seg string
		if err := dec.Decode(&seg); err != nil {
			log.Fatal(err)
		}
		fmt.Println(seg)
	}
	// Output:
	// Téhéran
	// Téhéran
}
