package align

import (
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkLearnLexicon is the learning step of an alignment on its own:
// IBM Model 1 in both directions (learnLexicon) on the stems of the
// Text+Berg development set's gold beads (German-French, 420 pairs), as
// a pass learns from the beads it found.
func BenchmarkLearnLexicon(b *testing.B) {
	dir := filepath.Join(sharedAlign, "textberg_dev_de-fr")
	src, tgt := readLines(b, filepath.Join(dir, "src.txt")), readLines(b, filepath.Join(dir, "tgt.txt"))
	benchLearn(b, goldStemPairs(b, src, tgt, filepath.Join(dir, "gold.txt")))
}

// BenchmarkLearnNews is one news article's learning, as a small
// document's second pass learns from its own beads (issue 14): Model 1
// both ways (indexPairs, model1, countPairs) on the stems of the seed
// article's gold beads against its French version (testdata, no shared
// data needed).
func BenchmarkLearnNews(b *testing.B) {
	src, tgt := seedSents(b, "en"), seedSents(b, "fr")
	benchLearn(b, goldStemPairs(b, src, tgt, "../testdata/irgc-iraq.en-fr.gold.txt"))
}

// goldStemPairs is each gold bead of the file gold over src and tgt with
// both sides non-empty, as the stems of its sentences joined: the pairs a
// pass learns from.
func goldStemPairs(tb testing.TB, src, tgt []string, gold string) [][2][]string {
	var pairs [][2][]string
	for _, l := range readGold(tb, gold) {
		var s, t []string
		for _, i := range l.Src {
			s = append(s, src[i])
		}
		for _, j := range l.Tgt {
			t = append(t, tgt[j])
		}
		if len(s) > 0 && len(t) > 0 {
			pairs = append(pairs, [2][]string{wordStems(strings.Join(s, " "), nil), wordStems(strings.Join(t, " "), nil)})
		}
	}
	return pairs
}

// benchLearn times learnLexicon on pairs.
func benchLearn(b *testing.B, pairs [][2][]string) {
	b.ReportAllocs()
	for b.Loop() {
		if learnLexicon(pairs).Len() == 0 {
			b.Fatal("nothing learned")
		}
	}
}
