package main

import (
	"errors"
	"io"
	"slices"

	"github.com/bitext/bitext/tm/textio"
)

// stdinName is how standard input is named in messages.
const stdinName = textio.StdinName

// inputNames returns the files named on the command line, or "-" (standard
// input) when there are none.
func inputNames(args []string) []string {
	if len(args) == 0 {
		return []string{"-"}
	}
	return args
}

// displayName is the name of an input as messages show it.
func displayName(name string) string { return textio.DisplayName(name) }

// openFile opens a named input ("-" is standard input) as it is
// (textio.OpenRaw); a missing file or a directory is bad input naming it.
func openFile(ios *IOStreams, name string) (io.ReadCloser, error) {
	return textio.OpenRaw(name, ios.In)
}

// openInput opens a named input ("-" is standard input), checked as it is
// read: it fails with a *textio.Error (bad input, see exitCodeOf), naming
// the file and line, at the first byte that is not UTF-8 or is NUL. The
// caller closes it.
func openInput(ios *IOStreams, name string) (io.ReadCloser, error) {
	return textio.OpenInput(name, ios.In)
}

// readInput reads a whole named input, checked to be UTF-8.
func readInput(ios *IOStreams, name string) ([]byte, error) { return textio.ReadInput(name, ios.In) }

// openError turns an os.Open or os.Stat error into a bad-input error
// naming the file.
func openError(name string, err error) error { return textio.OpenError(name, err) }

// stdinOnce is a usage error when files name standard input ("-") more
// than once: the second would read nothing, and what is made of that
// (an empty hypothesis, an empty import) would be wrong.
func stdinOnce(files []string) error {
	if n := slices.Index(files, "-"); n >= 0 && slices.Contains(files[n+1:], "-") {
		return usageErr(errors.New("- (standard input) is named more than once; it can be read only once"))
	}
	return nil
}

// count is textio.Count, for messages: "1 unit", "2 units".
var count = textio.Count
