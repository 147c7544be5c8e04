package align

import (
	"path/filepath"
	"testing"
)

// BenchmarkPassUnitsBible extracts and weighs the features of the Bible
// en-zh development pair (5,000 x 6,301 sentences) with the built-in
// dictionary (read before the timing), as each pass of its alignment
// does, and reports the bytes the weighed lists hold for the search
// (kept-MB).
func BenchmarkPassUnitsBible(b *testing.B) {
	dir := filepath.Join(sharedAlign, "bible_en-zh")
	src, tgt := readLines(b, filepath.Join(dir, "src.txt")), readLines(b, filepath.Join(dir, "tgt.txt"))
	var opt Options
	a := &aligner{src: Document{Sentences: src}, tgt: Document{Sentences: tgt}, dict: opt.dictFor(src, tgt), words: newWordCache()}
	a.hanLatin = chineseLatin(src, tgt)
	a.segSetup()
	b.ReportAllocs()
	var kept int
	for b.Loop() {
		x, _ := a.extractor(nil)
		_, us, ut, _, _ := a.passUnits(x, nil)
		kept = 0
		for _, u := range append(us, ut...) {
			kept += 4 * cap(u.feats)
		}
	}
	b.ReportMetric(float64(kept)/1e6, "kept-MB")
}
