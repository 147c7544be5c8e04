package textio_test

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/bitext/bitext/tm/textio"
)

func ExampleNewReader() {
	r := textio.NewReader(strings.NewReader("Tehran\nBagh\xffdad\n"), "cities.txt")
	data, err := io.ReadAll(r)
	fmt.Printf("%q\n", data)
	var e *textio.Error
	if errors.As(err, &e) {
		fmt.Println(e.Line, e.Msg)
		fmt.Println(err)
	}
	// Output:
	// "Tehran\nBagh"
	// 2 invalid UTF-8 (byte 0xff)
	// read cities.txt: line 2: invalid UTF-8 (byte 0xff)
}

func ExampleLines() {
	for line, err := range textio.Lines(strings.NewReader("one\r\ntwo\n\x00three\n"), "<stdin>", 1<<20) {
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q\n", line)
	}
	// Output:
	// "one"
	// "two"
	// read <stdin>: line 3: NUL byte (binary or UTF-16 input?)
}
