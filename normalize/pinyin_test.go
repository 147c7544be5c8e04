package normalize

import (
	"slices"
	"testing"
)

func TestPinyinDistinct(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Henan", "Hunan", true},          // final e/u: two provinces
		{"Dazhou", "Dezhou", true},        // a/e
		{"Xincheng", "Xingcheng", true},   // in/ing
		{"Dongling", "Songling", true},    // d/s: no romanization writes one for the other
		{"Zhang Wei", "Chang Wei", false}, // zh and ch: Pinyin and Wade-Giles
		{"Tianjin", "Tientsin", false},    // not Pinyin throughout
		{"Xi'an", "Xian", false},          // one spelling
		{"Maria", "Mariya", false},        // a vowel cannot start a syllable inside a word
		{"Beijing", "Beijing", false},
		{"Hunan", "Hunan Province", false}, // not as many syllables
		{"Qassem", "Qasem", false},
		{"Osama bin Laden", "Osama ben Laden", false}, // three words: no Pinyin name
		{"Li Keqiang", "Li Keqing", true},
	} {
		if got := pinyinDistinct(tc.a, tc.b); got != tc.want {
			t.Errorf("pinyinDistinct(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
	if m := NewMatcher(nil); m.Same("Henan", "Hunan") || !m.Same("Teng Hsiao-p'ing", "Deng Xiaoping") {
		t.Errorf("Same(Henan, Hunan) = %v, Same(Teng Hsiao-p'ing, Deng Xiaoping) = %v; want false, true",
			m.Same("Henan", "Hunan"), m.Same("Teng Hsiao-p'ing", "Deng Xiaoping"))
	}
}

func TestSegmentPinyin(t *testing.T) {
	syll := pinyinSyllables()
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"xingcheng", []string{"xing", "cheng"}},
		{"zhongguo", []string{"zhong", "guo"}},
		{"xian", []string{"xian"}},
		{"maria", nil},
		{"smith", nil},
	} {
		if got := segmentPinyin(tc.in, syll); !slices.Equal(got, tc.want) {
			t.Errorf("segmentPinyin(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func BenchmarkPinyinDistinct(b *testing.B) {
	pinyinSyllables()
	for b.Loop() {
		pinyinDistinct("Xincheng", "Xingcheng")
		pinyinDistinct("Qassem Soleimani", "Qasem Suleimani")
	}
}
