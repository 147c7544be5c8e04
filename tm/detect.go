package tm

import (
	"bytes"
	"fmt"
	"iter"
	"path/filepath"
	"strings"

	"golang.org/x/text/language"
)

// Format is the format of a file of translation units, as its name on the
// command line reads ("tmx", "tsv", "jsonl"). What the zero value ("")
// means is said where a Format is taken: for ReadOptions it is
// FormatAuto, for ExportOptions FormatTMX.
type Format string

// The formats of files of units.
const (
	// FormatAuto asks the reader to detect the format (see DetectFormat).
	FormatAuto Format = "auto"
	// FormatTMX is TMX 1.4b (read: 1.4b or 1.1, UTF-8 or UTF-16).
	FormatTMX Format = "tmx"
	// FormatTSV is one SOURCE<TAB>TARGET[<TAB>SCORE] pair a line.
	FormatTSV Format = "tsv"
	// FormatJSONL is the beads of an alignment, one JSON record a line
	// (align.BeadRecord).
	FormatJSONL Format = "jsonl"
	// FormatXLIFF is XLIFF 1.2 (read: 1.2 or 1.1): its translated units.
	FormatXLIFF Format = "xliff"
)

// Formats are the formats ParseFormat takes, FormatAuto first.
var Formats = []Format{FormatAuto, FormatTMX, FormatTSV, FormatJSONL, FormatXLIFF}

// ParseFormat returns the format named s: "auto", "tmx", "tsv", "jsonl"
// or "xliff"; "" is FormatAuto.
func ParseFormat(s string) (Format, error) {
	if s == "" {
		return FormatAuto, nil
	}
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q: want auto, tmx, tsv, jsonl or xliff", s)
}

// DetectFormat guesses the format of an import file (FormatTMX, FormatTSV,
// FormatJSONL or FormatXLIFF) from its name and first bytes. A known
// extension wins (.tmx; .tsv, .tab; .jsonl, .json, .ndjson; .xlf, .xliff,
// .sdlxliff, .mqxliff). Otherwise the first bytes decide, after blanks and
// a byte order mark: an <xliff element is XLIFF; UTF-16 text (a byte order
// mark, or a NUL beside '<') and a leading '<' are TMX, a leading '{' is
// JSON Lines, anything else is TSV. head needs only a few hundred bytes.
func DetectFormat(name string, head []byte) Format {
	if f := byExtension(name); f != "" {
		return f
	}
	if bytes.Contains(bytes.ReplaceAll(head, []byte{0}, nil), []byte("<xliff")) {
		return FormatXLIFF
	}
	s := strings.TrimLeft(string(head), " \t\r\n\ufeff")
	switch {
	case len(head) >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF ||
		head[0] == 0 && head[1] == '<' || head[0] == '<' && head[1] == 0):
		return FormatTMX // UTF-16, with or without a byte order mark
	case strings.HasPrefix(s, "<"):
		return FormatTMX
	case strings.HasPrefix(s, "{"):
		return FormatJSONL
	}
	return FormatTSV
}

// byExtension is the format that the extension of name says, or "".
func byExtension(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".tmx":
		return FormatTMX
	case ".tsv", ".tab":
		return FormatTSV
	case ".jsonl", ".json", ".ndjson":
		return FormatJSONL
	case ".xlf", ".xliff", ".sdlxliff", ".mqxliff":
		return FormatXLIFF
	}
	return ""
}

// KeepLangs keeps the units with variants in both src and tgt, and only
// those variants. The languages are compared by language subtag ("en"
// takes en-US and en-GB) unless src and tgt share it (en-US to en-GB),
// when whole tags are compared; both are needed (with language.Und
// nothing is kept). An error ends the sequence.
func KeepLangs(units iter.Seq2[Unit, error], src, tgt language.Tag) iter.Seq2[Unit, error] {
	sb, _ := src.Base()
	tb, _ := tgt.Base()
	exact := sb == tb
	return func(yield func(Unit, error) bool) {
		for u, err := range units {
			if err != nil {
				yield(u, err)
				return
			}
			var keep []Variant
			hasS, hasT := false, false
			for _, v := range u.Variants {
				t := v.Lang
				b, _ := t.Base()
				switch {
				case exact && t == src, !exact && b == sb:
					hasS = true
				case exact && t == tgt, !exact && b == tb:
					hasT = true
				default:
					continue
				}
				keep = append(keep, v)
			}
			if !hasS || !hasT {
				continue
			}
			u.Variants = keep
			if !yield(u, nil) {
				return
			}
		}
	}
}
