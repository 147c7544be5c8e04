package tm

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/tm/po"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/bitext/bitext/tm/xliff"
	"golang.org/x/text/language"
)

// ErrZip is what Decompress says of a zip archive: it holds files, not one
// stream, and is not read through.
var ErrZip = errors.New("a zip archive, not a TMX, TSV or JSONL file: unzip it first")

// ErrSQLite is what Decompress says of a SQLite database, such as another
// bitext TM given to tm import to merge it: tm copy does that.
var ErrSQLite = errors.New("a SQLite database (another translation memory?), not a TMX, XLIFF, TSV or JSON Lines file: merge a bitext TM into this one with bitext tm copy --from FILE --to TM")

// ErrNeedLangs is what OpenImport says of TSV or JSON Lines input without
// the source and target languages, which those formats do not name.
var ErrNeedLangs = errors.New("input needs the source and target languages")

// bufSize is the read buffer of Decompress: large enough that reading a
// TMX costs few system calls, small enough not to matter beside SQLite's
// cache.
const bufSize = 64 << 10

// Decompress looks at the first bytes of br (a file named name) and
// returns a reader over its content: br itself, or for gzip data (as TM
// exchanges often are) a buffered reader of the uncompressed stream, whose
// read errors say "broken gzip data". inner is name without a .gz suffix,
// to give DetectFormat. A zip archive is refused with ErrZip, a broken
// gzip header with an error saying so, a SQLite database with ErrSQLite,
// data that is not gzip under a name ending in .gz with an error saying so.
// close releases the gzip reader.
func Decompress(br *bufio.Reader, name string) (r *bufio.Reader, inner string, close func() error, err error) {
	nop := func() error { return nil }
	switch magic, _ := br.Peek(16); {
	case bytes.HasPrefix(magic, []byte{0x1f, 0x8b}):
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, name, nop, fmt.Errorf("a broken gzip header: %v", err)
		}
		inner = strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".GZ")
		return bufio.NewReaderSize(&gzipErr{r: gz}, bufSize), inner, gz.Close, nil
	case bytes.HasPrefix(magic, []byte("PK\x03\x04")):
		return nil, name, nop, ErrZip
	case bytes.Equal(magic, []byte("SQLite format 3\x00")):
		return nil, name, nop, ErrSQLite
	case strings.HasSuffix(strings.ToLower(name), ".gz"):
		// Not the format its name says (bad.tmx.gz of 4 bytes of text
		// was read as TSV wanting languages).
		return nil, name, nop, fmt.Errorf("not gzip data, though the name ends in .gz (it starts %q): if it is not compressed, name it without .gz", magic)
	}
	return br, name, nop, nil
}

// gzipErr says that a read error is the gzip stream's; the format's
// reader adds the file and line.
type gzipErr struct{ r io.Reader }

func (g *gzipErr) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("broken gzip data: %w", err)
	}
	return n, err
}

// ReadOptions say how OpenImport and OpenFile read a file. The zero value
// reads a TMX file whole, or a TSV or JSON Lines one not at all (they need
// languages).
type ReadOptions struct {
	// Format is FormatTMX, FormatTSV, FormatJSONL, FormatXLIFF or
	// FormatPO. The zero value ("") and FormatAuto detect it (see
	// DetectFormat): OpenFile by the file's name, then by its first bytes;
	// OpenImport by the first bytes.
	Format Format
	// Src and Tgt are the languages of TSV and JSON Lines columns
	// (required there: language.Und, the zero value, is ErrNeedLangs). For
	// TMX, when both are set, only units in both languages, and only
	// those variants, are read (KeepLangs); with Src or Tgt language.Und,
	// every unit is read whole.
	Src, Tgt language.Tag
	// NameTgt is the language the file's name gives (messages.fr.xlf:
	// textio.LangFromName; de.po, fr_CA.po: poNameLang); ImportFiles sets
	// it when Tgt is not set. An XLIFF unit whose target language neither
	// its file nor Tgt gives takes it, unless it is the unit's source
	// language (Symfony and Angular write files without target-language,
	// and name them so); so does a PO file whose header has no Language
	// (see ReadPO).
	NameTgt language.Tag
	// Repair and Warn are given to the TMX and XLIFF readers (see
	// tmx.Reader, xliff.Reader; an XLIFF warning comes as a *tmx.Error
	// with its line and message).
	Repair bool
	Warn   func(*tmx.Error)
}

// OpenImport picks the reader for opt.Format (detected from the first bytes
// of r when it is FormatAuto or "") and returns the units of r with the
// ImportOptions the format implies (the TMX header; Sequential for
// aligned pairs, which come in document order so that neighbours are
// context). Text formats read r as it is: a caller wanting UTF-8 errors
// that name its file wraps r first. Nothing is read past the TMX header
// until the units are iterated.
func OpenImport(r io.Reader, opt ReadOptions) (iter.Seq2[Unit, error], ImportOptions, error) {
	var iopt ImportOptions
	if opt.Format == FormatAuto || opt.Format == "" {
		br := bufio.NewReaderSize(r, bufSize)
		head, _ := br.Peek(HeadSize)
		opt.Format, r = DetectFormat("", head), br
	}
	switch opt.Format {
	case FormatTMX:
		tr, err := tmx.NewReader(r)
		if err != nil {
			return nil, iopt, err
		}
		tr.Repair = opt.Repair
		tr.Warn = opt.Warn
		h := tr.Header()
		iopt.Header = &h
		units := ReadTMX(tr)
		if opt.Src != language.Und && opt.Tgt != language.Und {
			iopt.Skipped = new(Skipped)
			seen := map[string]bool{}
			units = onlyOtherLangs(keepLangs(units, opt.Src, opt.Tgt, iopt.Skipped, seen), opt.Src, opt.Tgt, iopt.Skipped, seen)
		}
		return units, iopt, nil
	case FormatXLIFF:
		xr, err := xliff.NewReader(r)
		if err != nil {
			return nil, iopt, err
		}
		xr.Repair = opt.Repair
		if opt.Warn != nil {
			xr.Warn = func(e *xliff.Error) { opt.Warn(&tmx.Error{Line: e.Line, Col: e.Col, Msg: e.Msg}) }
		}
		iopt.Skipped = new(Skipped)
		units := readXLIFF(xr, opt.Src, opt.Tgt, opt.NameTgt, iopt.Skipped)
		if opt.Src != language.Und && opt.Tgt != language.Und {
			seen := map[string]bool{}
			units = onlyOtherLangs(keepLangs(units, opt.Src, opt.Tgt, iopt.Skipped, seen), opt.Src, opt.Tgt, iopt.Skipped, seen)
		}
		return units, iopt, nil
	case FormatPO:
		pr, err := po.NewReader(r)
		if err != nil {
			return nil, iopt, err
		}
		iopt.Skipped = new(Skipped)
		units := ReadPO(pr, opt.Src, opt.Tgt, opt.NameTgt, iopt.Skipped)
		if opt.Src != language.Und && opt.Tgt != language.Und {
			seen := map[string]bool{}
			units = onlyOtherLangs(keepLangs(units, opt.Src, opt.Tgt, iopt.Skipped, seen), opt.Src, opt.Tgt, iopt.Skipped, seen)
		}
		return units, iopt, nil
	case FormatTSV, FormatJSONL:
		if opt.Src == language.Und || opt.Tgt == language.Und {
			return nil, iopt, fmt.Errorf("%s %w", opt.Format, ErrNeedLangs)
		}
		iopt.Sequential = true
		iopt.Skipped = new(Skipped)
		if opt.Format == FormatTSV {
			return checkLangs(readTSV(r, opt.Src, opt.Tgt, iopt.Skipped), opt.Src, opt.Tgt), iopt, nil
		}
		return checkLangs(readAlignJSONL(r, opt.Src, opt.Tgt, iopt.Skipped), opt.Src, opt.Tgt), iopt, nil
	}
	return nil, iopt, fmt.Errorf("format %q: want tmx, tsv, jsonl, xliff or po", opt.Format)
}

// langCheckUnits is how many units of a TSV or JSON Lines file are held
// back until their languages are checked: enough words for the check
// (align's needs about 150 a side) in a file of short segments, few
// enough that the wait goes unseen.
const langCheckUnits = 200

// checkLangs passes units on, holding back the first langCheckUnits (all,
// in a smaller file) until their source and target texts read as src and
// tgt, as align checks a document and its translation
// (align.Pair.CheckLanguages): a file whose languages the command line
// gives may have them wrong (--tgt ja for French, the columns swapped),
// and its units would be stored under languages they are not in. The
// error, bad input wrapping align.ErrScript or align.ErrLanguage, names
// the column. A reader's error passes on once the units before it are
// checked.
func checkLangs(units iter.Seq2[Unit, error], src, tgt language.Tag) iter.Seq2[Unit, error] {
	return func(yield func(Unit, error) bool) {
		p := align.Pair{SrcLang: src, TgtLang: tgt, SrcName: "the source column", TgtName: "the target column"}
		var held []Unit
		checked := false
		check := func() bool {
			checked = true
			if err := p.CheckLanguages(); err != nil {
				yield(Unit{}, err)
				return false
			}
			for _, u := range held {
				if !yield(u, nil) {
					return false
				}
			}
			held = nil
			return true
		}
		for u, err := range units {
			switch {
			case checked:
				if !yield(u, err) {
					return
				}
			case err != nil:
				if !check() || !yield(u, err) {
					return
				}
			default:
				held = append(held, u)
				if len(u.Variants) == 2 {
					p.Src.Sentences = append(p.Src.Sentences, u.Variants[0].Text)
					p.Tgt.Sentences = append(p.Tgt.Sentences, u.Variants[1].Text)
				}
				if len(held) == langCheckUnits && !check() {
					return
				}
			}
		}
		if !checked {
			check()
		}
	}
}
