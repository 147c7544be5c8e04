package align

import "testing"

// TestChineseLatinPriors: a Chinese-English pair's many-to-one shapes cost
// hanLatinPrior times the others' (MAC zh-en joins and splits sentences
// more, BENCHMARKS "bead-shape priors by script pair"); a Japanese,
// German or Hungarian side keeps the default priors.
func TestChineseLatinPriors(t *testing.T) {
	if hanLatinPrior >= 1 {
		t.Errorf("hanLatinPrior %v; want < 1", hanLatinPrior)
	}
	zh := []string{"一天她下山来找我，和我讨论她不是破鞋的事。", "我和她不大熟，只能说有一点认识。"}
	ja := []string{"ある日、彼女は山を下りて私に会いに来た。", "私は彼女をあまりよく知らなかった。"}
	en := []string{"One day she came down the mountain to see me.", "I didn't know her too well at the time."}
	de := []string{"Eines Tages kam sie den Berg herunter, um mich zu sehen.", "Ich kannte sie damals kaum."}
	for _, tc := range []struct {
		name     string
		src, tgt []string
		want     bool
	}{
		{"zh-en", zh, en, true},
		{"en-zh", en, zh, true},
		{"ja-en", ja, en, false},
		{"de-en", de, en, false},
		{"zh-ja", zh, ja, false},
	} {
		if got := chineseLatin(tc.src, tc.tgt); got != tc.want {
			t.Errorf("%s: chineseLatin %v; want %v", tc.name, got, tc.want)
		}
		a := &aligner{src: Document{Sentences: tc.src}, tgt: Document{Sentences: tc.tgt}, words: newWordCache()}
		a.hanLatin = chineseLatin(tc.src, tc.tgt)
		p, _, _, _, _ := a.passUnits(&extractor{table: a.words.featureTable(), words: a.words}, nil)
		def := defaultParams()
		want := def.prior[1][2]
		if tc.want {
			want *= hanLatinPrior
		}
		if p.prior[1][2] != want || p.prior[1][1] != 0 {
			t.Errorf("%s: prior 1-2 %v, 1-1 %v; want %v, 0", tc.name, p.prior[1][2], p.prior[1][1], want)
		}
	}
}
