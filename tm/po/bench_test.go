package po

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// BenchmarkRead reads the file BITEXT_PO_BENCH names (Pootle's pootle.po in
// BENCHMARKS.md), else the sample entries 1,000 times over.
func BenchmarkRead(b *testing.B) {
	data := []byte(strings.Repeat(sample[strings.Index(sample, "# A translator"):], 1000))
	if f := os.Getenv("BITEXT_PO_BENCH"); f != "" {
		var err error
		if data, err = os.ReadFile(f); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		r, err := NewReader(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for _, err := range r.All() {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n == 0 {
			b.Fatal("no entries")
		}
	}
}
