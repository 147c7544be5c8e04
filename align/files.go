package align

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/bitext/bitext/tm/textio"
)

// A File is a named input that a function of this package opens, reads
// and closes: a file, standard input, an uploaded text. Errors about its
// content name it.
type File struct {
	// Name is what messages call the input (and, for a document, the name
	// a translation memory stores its pairs with); "" for unnamed.
	Name string
	// Open opens the input for reading. Its errors, and the read errors of
	// the reader it returns, are returned as they are, so that a reader
	// that names its file and line in its errors keeps them.
	Open func() (io.ReadCloser, error)
	// Size, if positive, is the size of the input in bytes (a file's
	// size): a document is then read into one allocation. 0 means unknown.
	Size int64
}

// NamedFile is the input name ("-" is stdin) as a File, as a command line
// names its inputs: called as messages show it (textio.DisplayName), opened
// as text checked to be UTF-8 as it is read (textio.OpenInput: errors name
// the file and line), with its size when it is a regular file.
func NamedFile(name string, stdin io.Reader) File {
	f := File{Name: textio.DisplayName(name), Open: func() (io.ReadCloser, error) { return textio.OpenInput(name, stdin) }}
	if fi, err := os.Stat(name); name != "-" && err == nil && fi.Mode().IsRegular() {
		f.Size = fi.Size()
	}
	return f
}

// readFile opens f, reads it with parse and closes it. An error of Open
// or of the reader is returned as it is; an error of parse is wrapped as
// "read NAME: ...".
func readFile[T any](f File, parse func(io.Reader) (T, error)) (T, error) {
	var zero T
	rc, err := f.Open()
	if err != nil {
		return zero, err
	}
	defer rc.Close()
	r := textio.NewSticky(rc)
	v, err := parse(r)
	switch {
	case r.Err() != nil:
		return zero, r.Err()
	case err != nil:
		return zero, fmt.Errorf("read %s: %w", f.Name, err)
	}
	return v, nil
}

// boundLines makes f's reader fail, with the file and the line, on a line
// longer than MaxLinkLine (textio.LineBounded), before a parser reads it
// whole: the files ScoreFiles reads, one bead or label a line. The error
// returns as it is (readFile).
func boundLines(f File) File {
	open := f.Open
	f.Open = func() (io.ReadCloser, error) {
		rc, err := open()
		if err != nil {
			return nil, err
		}
		return struct {
			io.Reader
			io.Closer
		}{textio.LineBounded(rc, f.Name, MaxLinkLine, "an alignment's line holds one bead, a label file's one label"), rc}, nil
	}
	return f
}

// ScoreFilesOptions tune ScoreFiles. The zero value scores the beads as
// they are.
type ScoreFilesOptions struct {
	// SrcGroups and TgtGroups, when their Open is set (both or neither),
	// are files of group labels (ReadGroups) for the source and target
	// sentences of a single document pair (see ScoreOptions).
	SrcGroups, TgtGroups File
}

// ScoreFiles scores the alignments of several documents and sums their
// scores (Scores.Add): files are GOLD HYP pairs, each an alignment
// ReadLinks reads, and each HYP is scored against its GOLD (Score). An
// error names the file: a malformed alignment ("read NAME: line 2: ..."),
// a hypothesis of another document, or labels too few for the hypothesis
// (a *GroupsError with its Name and Hyp set). Gold files without a bead
// between them are an error: there is nothing to score (a wrong or empty
// file), where scores of 0 would read as an alignment all wrong.
func ScoreFiles(files []File, opt ScoreFilesOptions) (Scores, error) {
	var total Scores
	goldBeads := 0
	var sopt ScoreOptions
	switch groups := opt.SrcGroups.Open != nil || opt.TgtGroups.Open != nil; {
	case len(files)%2 != 0:
		return total, errors.New("score files: want gold and hypothesis pairs")
	case groups && (len(files) != 2 || opt.SrcGroups.Open == nil || opt.TgtGroups.Open == nil):
		return total, errors.New("score files: source and target group labels go together, with one gold and hypothesis pair")
	case groups:
		var err error
		if sopt.SrcGroups, err = readFile(boundLines(opt.SrcGroups), ReadGroups); err != nil {
			return total, err
		}
		if sopt.TgtGroups, err = readFile(boundLines(opt.TgtGroups), ReadGroups); err != nil {
			return total, err
		}
	}
	for k := 0; k < len(files); k += 2 {
		gold, err := readFile(boundLines(files[k]), ReadLinks)
		if err != nil {
			return total, err
		}
		hyp, err := readFile(boundLines(files[k+1]), ReadLinks)
		if err != nil {
			return total, err
		}
		s, err := Score(gold, hyp, sopt)
		if ge := (*GroupsError)(nil); errors.As(err, &ge) {
			ge.Name, ge.Hyp = opt.SrcGroups.Name, files[k+1].Name
			if ge.Target {
				ge.Name = opt.TgtGroups.Name
			}
			return total, ge
		} else if err != nil {
			return total, fmt.Errorf("score %s against %s: %w", files[k+1].Name, files[k].Name, err)
		}
		total = total.Add(s)
		goldBeads += len(gold)
	}
	if goldBeads == 0 && len(files) > 0 {
		what := files[0].Name + " has"
		if len(files) > 2 {
			what = "the gold files have"
		}
		return total, fmt.Errorf("score files: %s no beads: nothing to score against", what)
	}
	return total, nil
}
