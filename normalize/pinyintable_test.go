package normalize

import (
	"testing"

	"github.com/mozillazg/go-pinyin"
)

// TestPinyinTableIsGoPinyins: the embedded table holds go-pinyin's data,
// every character and reading (regenerate it with go generate ./normalize
// after a go-pinyin update).
func TestPinyinTableIsGoPinyins(t *testing.T) {
	table := pinyinTable()
	if len(table) != len(pinyin.PinyinDict) {
		t.Errorf("the table has %d characters, go-pinyin %d: run go generate ./normalize", len(table), len(pinyin.PinyinDict))
	}
	for c, want := range pinyin.PinyinDict {
		if got, ok := PinyinReadings(rune(c)); !ok || got != want {
			t.Fatalf("PinyinReadings(%c) = %q, %v; go-pinyin has %q: run go generate ./normalize", rune(c), got, ok, want)
		}
	}
	if _, ok := PinyinReadings('a'); ok {
		t.Error("a Latin letter has a Pinyin reading")
	}
	if got, _ := PinyinReadings('习'); got != "xí" {
		t.Errorf("PinyinReadings(习) = %q; want xí", got)
	}
	for r, want := range map[rune]string{'习': "xi", '绿': "lu", '行': "xing", '嗯': "n", 'a': ""} {
		if got := PinyinSyllable(r); got != want {
			t.Errorf("PinyinSyllable(%c) = %q; want %q", r, got, want)
		}
	}
}

func BenchmarkPinyinTableLoad(b *testing.B) {
	for b.Loop() {
		pinyinTableFromText()
	}
}
