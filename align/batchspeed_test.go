package align

import (
	"context"
	"os"
	"testing"

	"golang.org/x/text/language"
)

// seedBatch is the batch of testdata/bench/align_batch.sh: the seed
// article (one sentence a line, blank lines between paragraphs) against
// each of its five versions, n times over.
func seedBatch(tb testing.TB, n int) []BatchItem {
	tb.Helper()
	read := func(l string) string {
		b, err := os.ReadFile("../testdata/irgc-iraq." + l + ".seg.txt")
		if err != nil {
			tb.Fatal(err)
		}
		return string(b)
	}
	en := read("en")
	var items []BatchItem
	for range n {
		for _, l := range []string{"fr", "de", "fa", "ar", "en2"} {
			tl := language.MustParse(l[:2])
			items = append(items, BatchItem{
				Src: Input{File: textFile("seed.en", en, nil), Lang: language.English},
				Tgt: Input{File: textFile("seed."+l, read(l), nil), Lang: tl},
			})
		}
	}
	return items
}

// BenchmarkBatchSmall aligns 100 news-sized pairs in one Batch (issue 14:
// a pair's time against hunalign's); ns/op is the whole batch's.
func BenchmarkBatchSmall(b *testing.B) {
	items := seedBatch(b, 20)
	for _, noLearn := range []bool{false, true} {
		name := "learn"
		if noLearn {
			name = "no-learn"
		}
		b.Run(name, func(b *testing.B) {
			opt := PairOptions{Doc: DocumentOptions{Presegmented: true}, Align: Options{NoLearn: noLearn}}
			b.ReportAllocs()
			for b.Loop() {
				for r := range Batch(context.Background(), func(yield func(BatchItem) bool) {
					for _, it := range items {
						if !yield(it) {
							return
						}
					}
				}, opt) {
					if r.Err != nil {
						b.Fatal(r.Err)
					}
				}
			}
		})
	}
}
