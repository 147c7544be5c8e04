package align

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
)

// More dictionary formats, for files: ReadDictFile knows these besides
// FormatHunalign and FormatTSV.
const (
	// FormatAuto sniffs the format: a name ending in .index, .dict or
	// .dict.dz is a dictd database; otherwise the first entry line tells
	// hunalign (it has " @ ") and CC-CEDICT ("trad simp [pinyin] /sense/")
	// from TSV. For files, the zero DictFormat
	// ("") means FormatAuto too.
	FormatAuto DictFormat = "auto"
	// FormatDictd is a dictd database (NAME.index with NAME.dict or
	// NAME.dict.dz beside it), as FreeDict ships them; see ReadDictd.
	FormatDictd DictFormat = "dictd"
)

// ErrDictStdin is the error of a dictionary named "-": a dictionary is
// read from a file, whose name may give its languages and format (and
// a dictd index its .dict), not from standard input.
var ErrDictStdin = errors.New("a dictionary is read by its name, not from standard input")

// A DictFileError is a dictionary file that could be opened but not read:
// Path names the file (for dictd, the one at fault) and Err says what is
// wrong, a *DictError naming the line for a malformed entry.
type DictFileError struct {
	Path string
	Err  error
}

// BadInput is true: the dictionary file is malformed (see textio.IsBadInput).
func (e *DictFileError) BadInput() bool { return true }

func (e *DictFileError) Error() string { return e.Path + ": " + e.Err.Error() }

func (e *DictFileError) Unwrap() error { return e.Err }

// ReadDictFile adds the entries of the dictionary file name, in the given
// format (FormatAuto to sniff it), to l. A file that cannot be opened is
// an *fs.PathError; a file that cannot be read or parsed is a
// *DictFileError. For FormatDictd name may be any of the database's files
// (NAME.index, NAME.dict, NAME.dict.dz).
func (l *Lexicon) ReadDictFile(name string, format DictFormat) error {
	if _, err := ParseDictFormat(string(format)); err != nil {
		return err
	}
	if format == "" {
		format = FormatAuto
	}
	if format == FormatAuto {
		format = sniffDictName(name)
	}
	if format == FormatDictd {
		return l.readDictdFiles(name)
	}
	// Read as a stream, the format sniffed from the first bytes: the file
	// was read whole first (os.ReadFile), and /dev/zero or /dev/urandom
	// given as a dictionary filled memory until the runtime died, before
	// ReadDict's line checks (a NUL byte, a line over its bound) ran.
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return &fs.PathError{Op: "read", Path: name, Err: syscall.EISDIR}
	}
	br := bufio.NewReaderSize(f, dictSniffSize)
	if format == FormatAuto {
		head, err := br.Peek(dictSniffSize)
		if err == nil {
			// A full window may end inside a line: sniff whole lines.
			if i := bytes.LastIndexByte(head, '\n'); i >= 0 {
				head = head[:i+1]
			}
		}
		format = sniffDictText(head)
	}
	if err := l.ReadDict(br, format); err != nil {
		return &DictFileError{name, err}
	}
	return nil
}

// dictSniffSize is how much of a dictionary file FormatAuto looks at to
// find its first entry (past the comments: CC-CEDICT's header is some
// 2 KiB).
const dictSniffSize = 1 << 20

// DictFormats are the names of the dictionary file formats, as
// ParseDictFormat takes them.
var DictFormats = []DictFormat{FormatAuto, FormatHunalign, FormatTSV, FormatDictd, FormatCedict}

// ParseDictFormat returns the dictionary file format named s: "auto",
// "hunalign", "tsv", "dictd" or "cedict"; "" is FormatAuto.
func ParseDictFormat(s string) (DictFormat, error) {
	if s == "" {
		return FormatAuto, nil
	}
	for _, f := range DictFormats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown dictionary format %q: want auto, hunalign, tsv, dictd or cedict", s)
}

// LoadDicts reads the dictionary files names, all in format (FormatAuto or
// "" to sniff each), into one Lexicon. It returns nil, nil when names is
// empty (no dictionary; see Options.Lexicon). The first error is returned
// as ReadDictFile returns it: an *fs.PathError for a file that cannot be
// opened, a *DictFileError for one that cannot be read or parsed.
func LoadDicts(names []string, format DictFormat) (*Lexicon, error) {
	if len(names) == 0 {
		return nil, nil
	}
	if _, err := ParseDictFormat(string(format)); err != nil {
		return nil, err
	}
	lex := NewLexicon()
	for _, name := range names {
		if err := lex.ReadDictFile(name, format); err != nil {
			return nil, err
		}
	}
	return lex, nil
}

// sniffDictName is FormatDictd for the names of a dictd database's files,
// else FormatAuto (the text decides).
func sniffDictName(name string) DictFormat {
	for _, ext := range []string{".index", ".dict", ".dict.dz"} {
		if strings.HasSuffix(name, ext) {
			return FormatDictd
		}
	}
	return FormatAuto
}

// sniffDictText tells hunalign, CC-CEDICT and TSV apart by the first
// entry (comments and empty lines skipped); TSV when there is none.
func sniffDictText(data []byte) DictFormat {
	for line := range strings.Lines(string(data)) {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.Contains(line, " @ ") {
			return FormatHunalign
		}
		if cedictLine(line) {
			return FormatCedict
		}
		return FormatTSV
	}
	return FormatTSV
}

// readDictdFiles reads a dictd database given either of its files:
// NAME.index with NAME.dict.dz (preferred) or NAME.dict beside it.
func (l *Lexicon) readDictdFiles(name string) error {
	return l.readDictdFilesKeep(name, nil)
}

// readDictdFilesKeep is readDictdFiles reading only the entries of the
// headwords keep accepts (readDictdKeep; readDictdJa for a Japanese
// dictionary), all when keep is nil.
func (l *Lexicon) readDictdFilesKeep(name string, keep func(head []byte) bool) error {
	base := name
	for _, ext := range []string{".index", ".dict.dz", ".dict"} {
		if b, ok := strings.CutSuffix(name, ext); ok {
			base = b
			break
		}
	}
	index, err := os.Open(base + ".index")
	if err != nil {
		return err
	}
	defer index.Close()
	if ja, err := l.readDictdJaFiles(base, index, keep); ja || err != nil { // jpdict.go
		return err
	}
	if keep != nil {
		if done, err := l.readDictzipKeep(base, index, keep); done || err != nil {
			return err
		}
	}
	var dict []byte
	if f, err := os.Open(base + ".dict.dz"); err == nil {
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			return &DictFileError{base + ".dict.dz", gzipCut(err)}
		}
		if dict, err = readGzipSized(f, zr); err != nil {
			return &DictFileError{base + ".dict.dz", gzipCut(err)}
		}
	} else if dict, err = os.ReadFile(base + ".dict"); err != nil {
		return err
	}
	if err := l.readDictdKeep(index, int64(len(dict)), func(off, n int64) ([]byte, error) { return dict[off : off+n], nil }, keep); err != nil {
		return &DictFileError{base + ".index", err}
	}
	return nil
}

// gzipCut says what a gzip reader's io.ErrUnexpectedEOF or io.EOF means
// (a .dict.dz cut short: a copy interrupted, a download not finished),
// which the reader's own words do not ("unexpected EOF"); other errors are
// returned as they are.
func gzipCut(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return fmt.Errorf("the compressed data ends too soon: the file is cut short (a copy or download not finished?): %w", err)
	}
	return err
}

// readDictzipKeep reads the entries keep accepts (readDictdKeep) of the
// database base whose .dict.dz is a dictzip file, inflating only the
// chunks that hold them (dictzip.go), and reports whether it did: not
// when there is no .dict.dz or it is a gzip file without dictzip's
// chunks (readDictdFilesKeep then reads the stream).
func (l *Lexicon) readDictzipKeep(base string, index io.Reader, keep func(head []byte) bool) (bool, error) {
	name := base + ".dict.dz"
	f, err := os.Open(name)
	if err != nil {
		return false, nil
	}
	defer f.Close()
	z, err := openDictzipFile(f, name)
	if z == nil {
		return err != nil, err
	}
	err = l.readDictdKeep(index, z.size, func(off, n int64) ([]byte, error) {
		b, err := z.entry(off, n)
		if err != nil {
			return nil, &DictFileError{name, err}
		}
		return b, nil
	}, keep)
	var fe *DictFileError
	if err != nil && !errors.As(err, &fe) {
		err = &DictFileError{base + ".index", err}
	}
	return true, err
}

// openDictzipFile is openDictzip of the open file f, named name: nil, nil
// when f cannot be sized or is a gzip file without dictzip's chunks (it
// is then read as a stream), a DictFileError when its dictzip header
// cannot be right. readDictzipKeep and readDictdJaFiles read a part of a
// database through it.
func openDictzipFile(f *os.File, name string) (*dictzip, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, nil
	}
	z, err := openDictzip(f, st.Size())
	if errors.Is(err, errNotDictzip) {
		return nil, nil
	} else if err != nil {
		return nil, &DictFileError{name, err}
	}
	return z, nil
}
