package tm_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/tm"
)

// TestWritePair writes one alignment in each format: TSV lines, bead JSON
// Lines, a TMX whose units carry the score prop; another format is an
// error.
func TestWritePair(t *testing.T) {
	p := readPair(t, "He arrived.\nHe left.\n", "Il est venu.\nIl est parti.\n")
	p.Beads = []align.Bead{
		{Src: align.Span{Start: 0, End: 1}, Tgt: align.Span{Start: 0, End: 1}, Score: 0.9},
		{Src: align.Span{Start: 1, End: 2}, Tgt: align.Span{Start: 1, End: 2}, Score: 0.8},
	}
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for format, want := range map[tm.Format]string{
		tm.FormatTSV:   "He arrived.\tIl est venu.\t0.9",
		"":             "He left.\tIl est parti.\t0.8",
		tm.FormatJSONL: `"src_text":"He left."`,
		tm.FormatTMX:   `<prop type="x-bitext-score">0.8`,
	} {
		var b bytes.Buffer
		if err := tm.WritePair(&b, p, format, "test", now); err != nil || !strings.Contains(b.String(), want) {
			t.Errorf("WritePair(%q) = %v:\n%s\nwant it to contain %s", format, err, b.String(), want)
		}
	}
	if err := tm.WritePair(&bytes.Buffer{}, p, "xml", "test", now); err == nil {
		t.Error("WritePair(xml) = nil; want an error")
	}
}
