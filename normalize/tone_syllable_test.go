package normalize

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestPinyinSyllableShape: the syllables the table of initials and finals
// spells are the Pinyin table's readings (pinyinSyllables) but its rare
// ones, named here; a change to a row shows as a syllable more or less.
func TestPinyinSyllableShape(t *testing.T) {
	rare := []string{"biang", "bong", "cei", "dia", "din", "fiao", "len", "lo", "rua", "wong", "yo"}
	want := maps.Clone(pinyinSyllables())
	for _, s := range rare {
		delete(want, s)
	}
	got := pinyinShapeSet()
	if missing, extra := setDifference(got, want); len(missing) > 0 || len(extra) > 0 {
		t.Errorf("Pinyin syllables by initials and finals: missing %q, not in the table %q", missing, extra)
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"shen", true}, {"yi", true}, {"you", true}, {"yuan", true}, {"wei", true}, {"lue", true}, {"zhi", true},
		{"ju", true}, {"er", true}, {"o", true},
		{"w", false}, {"yn", false}, {"ji", true}, {"jo", false}, {"zhia", false}, {"be", false}, {"mi", true},
		{"", false}, {"michele", false},
	} {
		if got := pinyinSyllableShape(tc.s); got != tc.want {
			t.Errorf("pinyinSyllableShape(%q) = %v; want %v", tc.s, got, tc.want)
		}
	}
}

// FuzzPinyinSyllableShape: the parser and the set built from it agree, and
// a syllable is a few lower-case letters.
func FuzzPinyinSyllableShape(f *testing.F) {
	for _, s := range []string{"shen", "yuan", "wu", "w", "zhuang", "er", "lüe", "Xi"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := pinyinSyllableShape(s)
		if got != pinyinShapeSet()[s] {
			t.Fatalf("pinyinSyllableShape(%q) = %v, but the set says %v", s, got, !got)
		}
		if got && (len(s) > 6 || strings.Trim(s, "abcdefghijklmnopqrstuvwxyz") != "") {
			t.Fatalf("pinyinSyllableShape(%q) = true for no lower-case syllable", s)
		}
	})
}

// setDifference returns, sorted, the members of want that got lacks and the
// members of got that want lacks.
func setDifference(got, want map[string]bool) (missing, extra []string) {
	for s := range want {
		if !got[s] {
			missing = append(missing, s)
		}
	}
	for s := range got {
		if !want[s] {
			extra = append(extra, s)
		}
	}
	slices.Sort(missing)
	slices.Sort(extra)
	return missing, extra
}
