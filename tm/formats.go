package tm

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"

	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

// LineError is a problem on one line of a TSV or JSON Lines input.
type LineError struct {
	Line int
	Msg  string
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// maxLine is the longest line the TSV and JSON Lines readers take.
const maxLine = 16 << 20

// ReadTMX iterates over the units of a TMX document.
func ReadTMX(r *tmx.Reader) iter.Seq2[Unit, error] {
	return func(yield func(Unit, error) bool) {
		for tu, err := range r.All() {
			if err != nil {
				yield(Unit{}, err)
				return
			}
			if !yield(FromTMX(tu), nil) {
				return
			}
		}
	}
}

// ReadTSV iterates over tab-separated pairs: SOURCE<TAB>TARGET, optionally
// followed by <TAB>SCORE (as `bitext align --format tsv` writes). Empty lines
// are skipped; a line without a tab is an error.
func ReadTSV(r io.Reader, src, tgt language.Tag) iter.Seq2[Unit, error] {
	return func(yield func(Unit, error) bool) {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), maxLine)
		n := 0
		for sc.Scan() {
			n++
			line := strings.TrimSuffix(sc.Text(), "\r")
			if strings.TrimSpace(line) == "" {
				continue
			}
			f := strings.Split(line, "\t")
			if len(f) < 2 || len(f) > 3 {
				yield(Unit{}, &LineError{n, fmt.Sprintf("want SOURCE<TAB>TARGET[<TAB>SCORE], found %d fields", len(f))})
				return
			}
			u := Unit{SrcLang: src.String(), Variants: []Variant{{Lang: src.String(), Text: f[0]}, {Lang: tgt.String(), Text: f[1]}}}
			if len(f) == 3 && strings.TrimSpace(f[2]) != "" {
				s, err := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
				if err != nil {
					yield(Unit{}, &LineError{n, fmt.Sprintf("score %q is not a number", f[2])})
					return
				}
				u.Origin.Score = s
			}
			if !yield(u, nil) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield(Unit{}, &LineError{n + 1, err.Error()})
		}
	}
}

// alignBead is a line of `bitext align --format jsonl`.
type alignBead struct {
	Src     *[]int   `json:"src"`
	Tgt     *[]int   `json:"tgt"`
	Score   *float64 `json:"score"`
	SrcText *string  `json:"src_text"`
	TgtText *string  `json:"tgt_text"`
	SrcDoc  string   `json:"src_doc"`
	TgtDoc  string   `json:"tgt_doc"`
}

// ReadAlignJSONL iterates over the beads of `bitext align --format jsonl`
// ({"src":[..],"tgt":[..],"score":..,"src_text":..,"tgt_text":..}) as
// units in document order. Beads with an empty side (a sentence left
// unaligned) are skipped.
func ReadAlignJSONL(r io.Reader, src, tgt language.Tag) iter.Seq2[Unit, error] {
	return func(yield func(Unit, error) bool) {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), maxLine)
		n := 0
		for sc.Scan() {
			n++
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				continue
			}
			var b alignBead
			if err := json.Unmarshal([]byte(line), &b); err != nil {
				yield(Unit{}, &LineError{n, "not a JSON object: " + err.Error()})
				return
			}
			if b.SrcText == nil || b.TgtText == nil {
				yield(Unit{}, &LineError{n, `want the fields "src_text" and "tgt_text" (bitext align --format jsonl)`})
				return
			}
			if strings.TrimSpace(*b.SrcText) == "" || strings.TrimSpace(*b.TgtText) == "" ||
				(b.Src != nil && len(*b.Src) == 0) || (b.Tgt != nil && len(*b.Tgt) == 0) {
				continue
			}
			u := Unit{SrcLang: src.String(), Variants: []Variant{{Lang: src.String(), Text: *b.SrcText}, {Lang: tgt.String(), Text: *b.TgtText}},
				Origin: Origin{SrcDoc: b.SrcDoc, TgtDoc: b.TgtDoc}}
			if b.Score != nil {
				u.Origin.Score = *b.Score
			}
			if !yield(u, nil) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield(Unit{}, &LineError{n + 1, err.Error()})
		}
	}
}
