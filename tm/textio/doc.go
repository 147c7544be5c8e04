// Package textio reads text input that must be UTF-8: a Reader passes the
// bytes of another reader through unchanged and fails, naming the input and
// the line, at the first byte that is not UTF-8 or is NUL (text with NUL
// bytes is binary, or UTF-16). bitext reads every text file and standard
// input through it, so that bad input is refused with a message saying
// where, and never half processed.
//
// # Reading checked text
//
//	r := textio.NewReader(f, "story.txt")
//	data, err := io.ReadAll(r)
//	var e *textio.Error
//	if errors.As(err, &e) {
//		// e.Name, e.Line and e.Msg say where and what: "read story.txt:
//		// line 2: invalid UTF-8 (byte 0xff)"; e.Hint, if set, how to fix it.
//	}
//
// # Reading lines
//
//	for line, err := range textio.Lines(os.Stdin, "<stdin>", 1<<20) {
//		if err != nil {
//			return err // the lines before the bad byte came whole
//		}
//		...
//	}
//
// A bufio.Scanner over a Reader instead hands out the bytes before an
// invalid one as a last, partial line: a caller checks Reader.Err before
// using a line, so that it reports the invalid byte rather than half a line.
//
// The package imports nothing of bitext.
package textio
