package normalize

import (
	"io"
	"os"
	"strings"
	"testing"
)

func BenchmarkZZCat(b *testing.B) {
	for _, c := range []string{"c1", "c2", "c3"} {
		data, _ := os.ReadFile("/tmp/sp2/" + c + ".tsv")
		text := string(data)
		n := strings.Count(text, "\n")
		m := NewMatcher(DefaultGlossary())
		b.Run(c, func(b *testing.B) {
			for b.Loop() {
				WriteMatchesWith(io.Discard, m, strings.NewReader(text), "pairs")
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/pair")
		})
	}
}
