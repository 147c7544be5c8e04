package normalize

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestPinyinSyllableList derives the syllable set from the Pinyin table, as
// pinyinSyllableList says it was, and compares: a regenerated table with new
// readings fails here until the list is written out again.
func TestPinyinSyllableList(t *testing.T) {
	want := map[string]bool{}
	for _, readings := range pinyinTable() {
		for r := range strings.SplitSeq(readings, ",") {
			s := strings.Map(toneless, r)
			if len(s) <= 6 && strings.ContainsAny(s, "aeiou") {
				want[s] = true
			}
		}
	}
	got := pinyinSyllables()
	if !maps.Equal(got, want) {
		missing, extra := setDifference(got, want)
		t.Errorf("pinyinSyllableList: missing %q, not in the table %q", missing, extra)
	}
	if list := strings.Fields(pinyinSyllableList); !slices.IsSorted(list) || len(list) != len(got) {
		t.Errorf("pinyinSyllableList is not sorted or has a syllable twice (%d words, %d syllables)", len(list), len(got))
	}
}
