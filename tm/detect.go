package tm

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"iter"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf16"

	"github.com/bitext/bitext/tm/xmlenc"
	"golang.org/x/text/encoding/unicode"
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
	// FormatXLIFF is XLIFF 1.2 (read: 1.2, 1.1 or 2): its translated units.
	FormatXLIFF Format = "xliff"
	// FormatPO is a gettext PO file (or POT template): its translated
	// entries (see ReadPO).
	FormatPO Format = "po"
)

// Formats are the formats ParseFormat takes, FormatAuto first.
var Formats = []Format{FormatAuto, FormatTMX, FormatTSV, FormatJSONL, FormatXLIFF, FormatPO}

// ParseFormat returns the format named s: "auto", "tmx", "tsv", "jsonl",
// "xliff" or "po"; "" is FormatAuto.
func ParseFormat(s string) (Format, error) {
	if s == "" {
		return FormatAuto, nil
	}
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q: want auto, tmx, tsv, jsonl, xliff or po", s)
}

// DetectFormat guesses the format of an import file (FormatTMX, FormatTSV,
// FormatJSONL, FormatXLIFF or FormatPO) from its name and first bytes
// (head: HeadSize of them). An XML document (UTF-8 or UTF-16) whose root
// element after the prolog (XMLRoot) is <xliff> is XLIFF and one whose
// root is <tmx> TMX, whatever its name: a .tmx file holding an XLIFF
// document was read as TMX ("root element is <xliff>, want <tmx>").
// Otherwise a known extension decides (.tmx; .tsv, .tab; .jsonl, .json,
// .ndjson; .xlf, .xliff, .sdlxliff, .mqxliff; .po, .pot), then the first
// bytes, after blanks and a byte order mark: comments (#) and then
// msgctxt or msgid are PO; another XML document is TMX (a root past head,
// or another, which OpenFile refuses first, naming it); a leading '{' is
// JSON Lines, anything else is TSV.
func DetectFormat(name string, head []byte) Format {
	root, isXML := XMLRoot(head)
	if f := xmlFormat(root); f != "" {
		return f
	}
	if f := byExtension(name); f != "" {
		return f
	}
	s := strings.TrimLeft(string(head), " \t\r\n\ufeff")
	if isGettext(s) {
		return FormatPO
	}
	if isXML {
		return FormatTMX
	}
	switch {
	case len(head) >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF):
		return FormatTMX // UTF-16 that is not XML: notTMFormat refuses it first
	case strings.HasPrefix(s, "{"):
		return FormatJSONL
	}
	return FormatTSV
}

// XMLRoot reads the first bytes of a document (head) as XML: whether it
// is one (UTF-8, or UTF-16 by a byte order mark or by '<' as two bytes
// with a zero; a byte order mark and blanks first, then '<'), and the
// local name of its root element, the first start tag after the prolog
// (the XML declaration, processing instructions, comments, a DOCTYPE with
// its internal subset): "xliff" of <xliff> and of <x:xliff>. The name is
// "" when head ends before it does, or when what follows the prolog is no
// start tag. An article that quotes "<xliff>" in its first lines is no
// XML document, and a TMX file whose comment quotes it has the root tmx.
func XMLRoot(head []byte) (root string, isXML bool) {
	s := decodeHead(head)
	s = strings.TrimLeft(strings.TrimPrefix(s, "\ufeff"), " \t\r\n")
	if !strings.HasPrefix(s, "<") {
		return "", false
	}
	for {
		s = strings.TrimLeft(s, " \t\r\n")
		var end string
		switch {
		case strings.HasPrefix(s, "<?"):
			end = "?>"
		case strings.HasPrefix(s, "<!--"):
			end = "-->"
		case strings.HasPrefix(s, "<!"):
			end = ">"
			if open, gt := strings.IndexByte(s, '['), strings.IndexByte(s, '>'); open >= 0 && (gt < 0 || open < gt) {
				// A DOCTYPE's internal subset holds '>': the '>' after its ']' ends it.
				shut := strings.IndexByte(s[open:], ']')
				if shut < 0 {
					return "", true
				}
				s = s[open+shut:]
			}
		case strings.HasPrefix(s, "<"):
			name := s[1:]
			i := strings.IndexAny(name, " \t\r\n/>")
			if i < 0 {
				return "", true // the tag goes on past head
			}
			name = name[:i]
			if _, local, ok := strings.Cut(name, ":"); ok {
				name = local
			}
			return name, true
		default:
			return "", true
		}
		i := strings.Index(s, end)
		if i < 0 {
			return "", true
		}
		s = s[i+len(end):]
	}
}

// decodeHead is head as text: UTF-16 (by its byte order mark, or a '<' as
// two bytes with a zero) decoded, a cut last character dropped; other
// bytes as they are.
func decodeHead(head []byte) string {
	e, _, ok := xmlenc.UTF16Order(head)
	if !ok {
		return string(head)
	}
	var order binary.ByteOrder = binary.LittleEndian
	if e == unicode.BigEndian {
		order = binary.BigEndian
	}
	units := make([]uint16, 0, len(head)/2)
	for i := 0; i+1 < len(head); i += 2 {
		units = append(units, order.Uint16(head[i:]))
	}
	if n := len(units); n > 0 && units[n-1] >= 0xD800 && units[n-1] < 0xDC00 {
		units = units[:n-1] // a high surrogate whose pair head cut
	}
	return string(utf16.Decode(units))
}

// xmlFormat is the format of an XML document whose root element is root:
// FormatXLIFF, FormatTMX, or "" for another root or none.
func xmlFormat(root string) Format {
	switch root {
	case "xliff":
		return FormatXLIFF
	case "tmx":
		return FormatTMX
	}
	return ""
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
	case ".po", ".pot":
		return FormatPO
	}
	return ""
}

// KeepLangs keeps the units with variants in both src and tgt, and only
// those variants. The languages are compared as lookups compare them
// (SameLanguage: en takes en-US and en-GB, zh-TW not zh-CN) unless
// SameLanguage takes src and tgt for one (en-US to en-GB), when whole tags
// are compared (zh-CN to zh-TW: as SameLanguage, the variants whose tags
// tell the script); both are needed (with language.Und nothing is kept). An error
// ends the sequence.
func KeepLangs(units iter.Seq2[Unit, error], src, tgt language.Tag) iter.Seq2[Unit, error] {
	return keepLangs(units, src, tgt, new(Skipped), nil)
}

// keepLangs is KeepLangs counting the units it leaves out in
// skipped.OtherLangs and, when seen is not nil, noting in it the
// languages of those units (their tags, at most maxLangsSaid).
func keepLangs(units iter.Seq2[Unit, error], src, tgt language.Tag, skipped *Skipped, seen map[string]bool) iter.Seq2[Unit, error] {
	pair := newPairLangs(src, tgt)
	return func(yield func(Unit, error) bool) {
		for u, err := range units {
			if err != nil {
				yield(u, err)
				return
			}
			var keep []Variant
			hasS, hasT := false, false
			for _, v := range u.Variants {
				switch pair.side(baseTag(v.Lang), v.Lang) {
				case 0:
					hasS = true
				case 1:
					hasT = true
				default:
					continue
				}
				keep = append(keep, v)
			}
			if !hasS || !hasT {
				skipped.OtherLangs++
				for _, v := range u.Variants {
					if seen != nil && len(seen) < maxLangsSaid {
						seen[v.Lang.String()] = true
					}
				}
				continue
			}
			u.Variants = keep
			if !yield(u, nil) {
				return
			}
		}
	}
}

// maxLangsSaid is how many of a file's languages an error names.
const maxLangsSaid = 8

// onlyOtherLangs passes units (keepLangs's, from a file whose units name
// their languages: TMX, XLIFF, PO) on, and when it ends without one and
// without an error although keepLangs left some out (skipped.OtherLangs),
// ends with bad input naming the languages it saw (seen): --src and --tgt
// are not the file's pair (de and ja for an en-fr XLIFF read 0 units and
// stored nothing, exit 0, trial48).
func onlyOtherLangs(units iter.Seq2[Unit, error], src, tgt language.Tag, skipped *Skipped, seen map[string]bool) iter.Seq2[Unit, error] {
	return func(yield func(Unit, error) bool) {
		n := 0
		for u, err := range units {
			if !yield(u, err) || err != nil {
				return
			}
			n++
		}
		if n > 0 || skipped.OtherLangs == 0 {
			return
		}
		langs := slices.Sorted(maps.Keys(seen))
		say := "its languages: " + strings.Join(langs, ", ")
		if len(langs) == 0 {
			say = "each holds one language or none"
		}
		none := fmt.Sprintf("none of its %d units is", skipped.OtherLangs)
		if skipped.OtherLangs == 1 {
			none = "its one unit is not"
		}
		yield(Unit{}, badInputErr{fmt.Errorf("%s in both %s and %s (%s): give --src and --tgt of the file's pair", none, src, tgt, say)})
	}
}

// ErrNotTMFormat is a file that bitext tm import does not read, of a kind
// translators often hold beside their TMs: a TBX termbase, a CSV file.
// The error (from OpenFile, when the format is detected) says which and
// what to do; it wraps ErrNotTMFormat.
var ErrNotTMFormat = errors.New("not a translation memory format bitext reads (TMX, XLIFF, PO, TSV, JSON Lines)")

// notTMFormat says what the file is when its name or first bytes (head)
// show a format of translation data that import does not read, else nil.
// Before, a CSV file was read as TSV (its first line "found 1 fields")
// and a TBX termbase as TMX ("root element is <martif>"). A PO file was
// refused here until ReadPO read it.
func notTMFormat(name string, head []byte) error {
	ext := strings.ToLower(filepath.Ext(name))
	known := byExtension(name) != ""
	s := strings.TrimLeft(string(bytes.ReplaceAll(head, []byte{0}, nil)), " \t\r\n\ufeff\ufffe")
	root, _ := XMLRoot(head)
	switch {
	case ext == ".tbx" || !known && (root == "martif" || strings.EqualFold(root, "tbx")):
		return fmt.Errorf("a TBX termbase (terminology): %w; its terms go into the glossary with bitext names import", ErrNotTMFormat)
	case !known && root != "" && root != "tmx" && root != "xliff":
		return fmt.Errorf("an XML document whose root element is <%s>, not <tmx> or <xliff>: %w", root, ErrNotTMFormat)
	case !known && len(head) >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF) &&
		!strings.HasPrefix(strings.TrimLeft(string(bytes.ReplaceAll(head[2:], []byte{0}, nil)), " \t\r\n"), "<"):
		// UTF-16 text (Excel's "Unicode Text") that is not XML: before,
		// it was read as a TMX ("text before the root element").
		return fmt.Errorf("UTF-16 text, not TMX or XLIFF: %w; TSV and JSON Lines must be UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)", ErrNotTMFormat)
	case ext == ".csv":
		line, _, _ := strings.Cut(s, "\n")
		if strings.Contains(line, "\t") {
			return nil // tab-separated under another name: the TSV reader takes it
		}
		return fmt.Errorf("a CSV file (comma-separated): %w; save it as TSV (SOURCE<TAB>TARGET, one pair a line)", ErrNotTMFormat)
	}
	return nil
}

// isGettext reports whether s starts as a PO file does: comments (#) and
// blank lines, then msgctxt or msgid.
func isGettext(s string) bool {
	for line := range strings.Lines(s) {
		line = strings.TrimSpace(line)
		switch {
		case line == "", strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "msgid ") || strings.HasPrefix(line, "msgctxt ") || strings.HasPrefix(line, `msgid"`):
			return true
		}
		return false
	}
	return false
}
