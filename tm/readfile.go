package tm

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm/po"
	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/bitext/bitext/tm/xliff"
)

// ErrBadInput is wrapped by the errors of OpenFile, and of the units it
// returns, that are about the input itself: a format or compression it
// cannot read, invalid UTF-8, a syntax error at a line, missing languages
// (ErrNeedLangs). A cancelled context is not one. The error text is the
// wrapped error's.
var ErrBadInput = textio.NewBadInput("bad input")

// badInputErr marks err as ErrBadInput, keeping its text and what it wraps.
type badInputErr struct{ error }

func (e badInputErr) Unwrap() []error { return []error{e.error, ErrBadInput} }

// OpenFile opens an import file in one call, as `bitext tm import` and a
// server receiving an upload both need: r is the file's content and name
// its name (a path or an upload's file name). It reads gzip data through
// (Decompress), picks the format when opt.Format is FormatAuto or "" by
// the name, then by the first bytes (DetectFormat), checks that TSV and JSON Lines input is UTF-8 without NUL
// bytes (a *textio.Error names name and the line), and returns the units
// and the ImportOptions to give Import, with File set to the base of name.
// TSV and JSON Lines need opt.Src and opt.Tgt (else ErrNeedLangs).
//
// Reading stops when ctx is done: the units then end with ctx.Err(), so
// that Import stores nothing. close releases the decompressor; call it
// after the units are read. Errors about the input wrap ErrBadInput.
func OpenFile(ctx context.Context, r io.Reader, name string, opt ReadOptions) (units iter.Seq2[Unit, error], iopt ImportOptions, close func() error, err error) {
	nop := func() error { return nil }
	br, inner, closeGz, err := Decompress(bufio.NewReaderSize(ctxReader{ctx, r}, bufSize), name)
	if err != nil {
		if ctx.Err() != nil {
			return nil, iopt, nop, ctx.Err()
		}
		return nil, iopt, nop, badInputErr{err}
	}
	head, perr := br.Peek(HeadSize)
	if perr != nil && perr != io.EOF && !errors.Is(perr, bufio.ErrBufferFull) {
		closeGz()
		if ctx.Err() != nil {
			return nil, iopt, nop, ctx.Err()
		}
		return nil, iopt, nop, badInputErr{perr} // "broken gzip data: ..."
	}
	if be := textio.Binary(head); be != nil {
		// Random bytes named .tmx were refused with the bytes quoted
		// ("not well-formed XML: invalid character entity &N\x90...").
		closeGz()
		return nil, iopt, nop, badInputErr{fmt.Errorf("%w, not %s", be, formatNamed(inner, opt.Format))}
	}
	if opt.Format == FormatAuto || opt.Format == "" {
		if err := notTMFormat(inner, head); err != nil {
			closeGz()
			return nil, iopt, nop, badInputErr{err}
		}
		opt.Format = DetectFormat(inner, head)
		if err := checkUnknown(inner, head, opt); errors.Is(err, errNothing) {
			closeGz() // no units, as TSV or JSON Lines of no lines would be
			return func(func(Unit, error) bool) {}, ImportOptions{File: filepath.Base(name)}, nop, nil
		} else if err != nil {
			closeGz()
			return nil, iopt, nop, badInputErr{err}
		}
	}
	var in io.Reader = br
	if opt.Format != FormatTMX && opt.Format != FormatXLIFF && opt.Format != FormatPO { // XML, PO: the reader decodes it (by its charset)
		in = textio.NewReader(br, name)
	}
	units, iopt, err = OpenImport(in, opt)
	if err != nil {
		closeGz()
		if ctx.Err() != nil {
			return nil, iopt, nop, ctx.Err()
		}
		return nil, iopt, nop, badInputErr{err}
	}
	iopt.File = filepath.Base(name)
	return inputErrors(ctx, units), iopt, closeGz, nil
}

// errNothing is checkUnknown's answer for an input that is empty or blank.
var errNothing = errors.New("nothing to import")

// checkUnknown says what the content of a file is when neither its name
// nor its first bytes (head) name a format and the languages that TSV
// would need are missing: nothing (errNothing: the input is empty or
// blank, which is no units, as it is given --src and --tgt), or binary
// data. Else it returns nil, and the format's reader says what is wrong.
func checkUnknown(inner string, head []byte, opt ReadOptions) error {
	if opt.Format != FormatTSV || byExtension(inner) != "" || (opt.Src != language.Und && opt.Tgt != language.Und) {
		return nil
	}
	if len(head) < HeadSize && len(bytes.TrimSpace(head)) == 0 {
		return errNothing
	}
	for rest := head; len(rest) > 0; { // binary data was refused before (textio.Binary)
		r, size := utf8.DecodeRune(rest)
		if r == utf8.RuneError && size == 1 && utf8.FullRune(rest) {
			// "Caf\xe9": it said binary data.
			return fmt.Errorf("line %d: invalid UTF-8 (byte %#x): text in another encoding (Latin-1 or Windows-1252?), not UTF-8: convert it first (iconv -f WINDOWS-1252 -t UTF-8)", lineAt(head, rest), rest[0])
		}
		rest = rest[size:]
	}
	return nil
}

// formatNamed is how an error names the format a file was to be in: by
// the format given, else by the file's extension ("a TMX file", "a TBX
// termbase"), else every format an import reads.
func formatNamed(name string, f Format) string {
	if f == FormatAuto || f == "" {
		if strings.EqualFold(filepath.Ext(name), ".tbx") {
			return "a TBX termbase"
		}
		f = byExtension(name)
	}
	switch f {
	case FormatTMX:
		return "a TMX file"
	case FormatXLIFF:
		return "an XLIFF file"
	case FormatPO:
		return "a PO file"
	case FormatTSV:
		return "a TSV file"
	case FormatJSONL:
		return "a JSON Lines file"
	}
	return "a TMX, XLIFF, TSV or JSON Lines file"
}

// lineAt is the line of head on which its tail rest starts.
func lineAt(head, rest []byte) int {
	return 1 + bytes.Count(head[:len(head)-len(rest)], []byte("\n"))
}

// inputErrors marks the errors of units about the input as ErrBadInput,
// and turns any error after ctx is done into ctx.Err().
func inputErrors(ctx context.Context, units iter.Seq2[Unit, error]) iter.Seq2[Unit, error] {
	return func(yield func(Unit, error) bool) {
		for u, err := range units {
			if err != nil {
				var te *tmx.Error
				var le *LineError
				var xe *textio.Error
				var fe *xliff.Error
				var pe *po.Error
				switch {
				case ctx.Err() != nil:
					err = ctx.Err()
				case errors.As(err, &te), errors.As(err, &le), errors.As(err, &xe), errors.As(err, &fe), errors.As(err, &pe):
					err = badInputErr{err}
				}
			}
			if !yield(u, err) || err != nil {
				return
			}
		}
	}
}

// ctxReader fails its reads once ctx is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// ImportFileOptions say how ImportFile reads and imports a file.
type ImportFileOptions struct {
	ReadOptions
	// Progress, if set, is called now and then with the number of units
	// read so far (ImportOptions.Progress).
	Progress func(read int)
	// By names who imports (ImportOptions.By).
	By string
	// Conflict, if set, is told of each reviewed unit stored beside the
	// unit it came from (ImportOptions.Conflict).
	Conflict func(ImportConflict)
	// DryRun rolls the import back at its end (ImportOptions.DryRun).
	DryRun bool
}

// ImportFile imports one file, as `bitext tm import` does with each file
// it is given and a server would with an upload: OpenFile(ctx, r, name,
// opt.ReadOptions), then Import of its units, in one transaction: on any
// error nothing of the file is stored. The errors are those of OpenFile and
// Import: errors about the input wrap ErrBadInput or ErrBadUnit, and once
// ctx is done the error is ctx.Err().
func (d *DB) ImportFile(ctx context.Context, r io.Reader, name string, opt ImportFileOptions) (ImportStats, error) {
	units, iopt, closeF, err := OpenFile(ctx, r, name, opt.ReadOptions)
	if err != nil {
		return ImportStats{}, err
	}
	defer closeF()
	iopt.Progress, iopt.By, iopt.Conflict, iopt.DryRun = opt.Progress, opt.By, opt.Conflict, opt.DryRun
	return d.Import(ctx, units, iopt)
}
