package align

import (
	"slices"
	"testing"
)

// TestPinyinNameAnchors: a name in Pinyin shares a feature with the Han
// characters that read so, a one-character name too; a capitalized word
// that is not a name elsewhere does not.
func TestPinyinNameAnchors(t *testing.T) {
	zh := []string{
		"陈清扬把我拽住，以伟大友谊的名义叫我留下来。",
		"王二说，他设了一个局。",
		"我看见了海。",
	}
	en := []string{
		"That night Chen Qingyang caught me and asked me to stay.",
		"Wang Er said he had set a trap.",
		"She saw the sea; Hai was there.",
	}
	for _, tc := range []struct {
		i    int
		want []string
	}{
		{0, []string{"chen", "chenqingyang", "qingyang"}},
		// "Wang" opens its only sentence: a name only with "Er".
		{1, []string{"er", "wanger"}},
		{2, []string{"hai"}},
	} {
		for _, srcHan := range []bool{true, false} {
			x := &extractor{table: newFeatureTable()}
			var fz, fe []uint32
			if srcHan {
				x.pinyinSetup(zh, en)
				fz, fe = x.features(zh[tc.i], true), x.features(en[tc.i], false)
			} else {
				x.pinyinSetup(en, zh)
				fe, fz = x.features(en[tc.i], true), x.features(zh[tc.i], false)
			}
			var got []string
			for f, v := range x.table.strs {
				f := uint32(f)
				if x.table.kinds[f] == kindPinyin && slices.Contains(fz, f) && slices.Contains(fe, f) {
					got = append(got, v[1:])
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Han source %v: %q and %q share names %q; want %q", srcHan, zh[tc.i], en[tc.i], got, tc.want)
			}
		}
	}
	// "She" opens a sentence and is never a name inside one: not read
	// as 设 ("she").
	if names := pinyinNames(en); names["she"] || !names["hai"] || !names["wanger"] {
		t.Errorf("pinyinNames = %v; want hai and wanger, not she", names)
	}
	// Neither side Han: no names.
	x := &extractor{table: newFeatureTable()}
	x.pinyinSetup(en, en)
	if x.pinyin != nil {
		t.Errorf("pinyinSetup(en, en) collected names %v", x.pinyin)
	}
}

func BenchmarkPinyinFeatures(b *testing.B) {
	zh := []string{"陈清扬把我拽住，以伟大友谊的名义叫我留下来。", "王二说，他设了一个局。"}
	en := []string{"That night Chen Qingyang caught me and asked me to stay.", "Wang Er said he had set a trap."}
	x := &extractor{table: newFeatureTable()}
	x.pinyinSetup(zh, en)
	for b.Loop() {
		for i := range zh {
			x.features(zh[i], true)
			x.features(en[i], false)
		}
	}
}
