package xliff_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/bitext/bitext/tm/xliff"
)

// BenchmarkRead reads a document of 1,000 units, each with a target, an
// alternative translation and inline markup in the source.
func BenchmarkRead(b *testing.B) {
	var buf bytes.Buffer
	w, err := xliff.NewWriter(&buf, xliff.Header{Original: "bench.txt", SourceLang: "en", TargetLang: "fr", ToolID: "t", ToolName: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	for i := range 1000 {
		err := w.Write(&xliff.Unit{
			ID:     fmt.Sprint(i + 1),
			Source: xliff.Segment{Text: "The minister arrived in Tehran on Monday for talks.", Markup: `The minister arrived in <g id="1">Tehran</g> on Monday for talks.`},
			Target: &xliff.Segment{Text: "Le ministre est arrivé lundi à Téhéran pour des entretiens."},
			AltTrans: []xliff.AltTrans{{MatchQuality: "87", Origin: "tm", ToolID: "t",
				Target: xliff.Segment{Text: "Le ministre est arrivé à Téhéran lundi."}}},
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		r, err := xliff.NewReader(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			if _, err := r.Next(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 1000 {
			b.Fatalf("read %d units; want 1000", n)
		}
	}
}
