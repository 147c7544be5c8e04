package tm

import (
	"fmt"
	"io"
	"time"

	"github.com/bitext/bitext/align"
)

// WritePair writes the beads of the aligned pair p to w in format, as
// `bitext align` does and a server returning an alignment would:
// FormatTSV (the zero Format too) SRC_TEXT<TAB>TGT_TEXT<TAB>SCORE, FormatJSONL
// the bead JSON Lines that Import reads back, with src_doc and tgt_doc
// naming the documents as a batch's do (align.Pair.WriteJSONLNamed: an
// import then stores the pairs with them, as align --into does), FormatTMX a TMX 1.4b
// document of PairUnits under NewHeader(p.SrcLang, version, now), each
// unit's score in the prop x-bitext-score.
func WritePair(w io.Writer, p *align.Pair, format Format, version string, now time.Time) error {
	switch format {
	case FormatTSV, "":
		return p.WriteTSV(w)
	case FormatJSONL:
		return p.WriteJSONLNamed(w)
	case FormatTMX:
		return WriteTMX(w, NewHeader(p.SrcLang, version, now), PairUnits(p))
	}
	return fmt.Errorf("write an alignment as %q: want tsv, jsonl or tmx", format)
}
