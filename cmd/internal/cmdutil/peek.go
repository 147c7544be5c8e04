package cmdutil

import (
	"bufio"
	"io"
	"os"
)

// PeekInput returns up to n first bytes of the input name ("-" is standard
// input, *stdin) and leaves them to be read: a regular file is opened,
// read and closed (the command opens it again); standard input is wrapped
// once in a bufio.Reader left in *stdin, whose Peek keeps the bytes for
// the reads after. A name that is no regular file (a named pipe, whose
// bytes a first read would use up and whose open can wait for ever; a
// directory) or cannot be read gives nil: the command's own read says why.
func PeekInput(name string, stdin *io.Reader, n int) []byte {
	if name != "-" {
		if fi, err := os.Stat(name); err != nil || !fi.Mode().IsRegular() {
			return nil
		}
		f, err := os.Open(name)
		if err != nil {
			return nil
		}
		defer f.Close()
		b := make([]byte, n)
		k, _ := io.ReadFull(f, b)
		return b[:k]
	}
	br, ok := (*stdin).(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(*stdin, max(n, 4096))
		*stdin = br
	}
	b, _ := br.Peek(min(n, br.Size()))
	return b
}
