package tm

import (
	"iter"
	"path/filepath"
	"strings"

	"golang.org/x/text/language"
)

// The import formats DetectFormat tells apart.
const (
	FormatTMX   = "tmx"
	FormatTSV   = "tsv"
	FormatJSONL = "jsonl"
)

// DetectFormat guesses the format of an import file (FormatTMX, FormatTSV
// or FormatJSONL) from its name and first bytes. A known extension wins
// (.tmx; .tsv, .tab; .jsonl, .json, .ndjson). Otherwise the first bytes
// decide, after blanks and a byte order mark: UTF-16 text (a byte order
// mark, or a NUL beside '<') and a leading '<' are TMX, a leading '{' is
// JSON Lines, anything else is TSV. head needs only a few hundred bytes.
func DetectFormat(name string, head []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".tmx":
		return FormatTMX
	case ".tsv", ".tab":
		return FormatTSV
	case ".jsonl", ".json", ".ndjson":
		return FormatJSONL
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

// KeepLangs keeps the units with variants in both src and tgt, and only
// those variants; a variant with an unparsable language is dropped. The
// languages are compared by language subtag ("en" takes en-US and en-GB)
// unless src and tgt share it (en-US to en-GB), when whole tags are
// compared. An error ends the sequence.
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
				t, err := language.Parse(v.Lang)
				if err != nil {
					continue
				}
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
