package align

import "testing"

func TestHanPerSentence(t *testing.T) {
	for _, tt := range []struct {
		sents []string
		want  float64
	}{
		{nil, 0},
		{[]string{"我和她不大熟。"}, 6},
		{[]string{"他说：“好。”", "Trump 说 2021 年"}, 2.5},
		{[]string{"One day she came.", "一天"}, 1},
	} {
		if got := hanPerSentence(tt.sents); got != tt.want {
			t.Errorf("hanPerSentence(%q) = %v; want %v", tt.sents, got, tt.want)
		}
	}
}

// TestHanLatinScaleNews: a Chinese side whose sentences average
// hanNewsSentence Han characters or more (a news article's) keeps the
// default shape priors; a novel's short sentences get hanLatinPrior; no
// other pair is scaled.
func TestHanLatinScaleNews(t *testing.T) {
	news := []string{
		"美国总统特朗普周二表示，他将在下周与中国国家主席举行会谈，讨论两国之间的贸易问题和关税争端。",
		"据报道，这次会谈将在日本大阪举行的二十国集团峰会期间进行，双方官员此前已经进行了多轮磋商。",
	}
	newsEn := []string{
		"US President Trump said on Tuesday that he would meet China's president next week to discuss trade and the tariff dispute.",
		"The talks will reportedly take place during the G20 summit in Osaka, Japan, after several rounds of talks between officials.",
	}
	novel := []string{"一天她下山来找我，和我讨论她不是破鞋的事。", "我和她不大熟，只能说有一点认识。"}
	novelEn := []string{"One day she came down the mountain to see me.", "I didn't know her too well at the time."}
	if n := hanPerSentence(news); n < hanNewsSentence {
		t.Fatalf("news sentences average %v Han characters; want >= %v", n, hanNewsSentence)
	}
	def := defaultParams().prior[1][2]
	for _, tc := range []struct {
		name     string
		src, tgt []string
		want     float64
	}{
		{"news zh-en", news, newsEn, def},
		{"news en-zh", newsEn, news, def},
		{"novel zh-en", novel, novelEn, def * hanLatinPrior},
		{"novel en-zh", novelEn, novel, def * hanLatinPrior},
		{"en-en", newsEn, novelEn, def},
	} {
		a := &aligner{src: Document{Sentences: tc.src}, tgt: Document{Sentences: tc.tgt}, words: newWordCache()}
		a.hanLatin = chineseLatin(tc.src, tc.tgt)
		p, _, _, _, _ := a.passUnits(&extractor{table: a.words.featureTable(), words: a.words}, nil)
		if p.prior[1][2] != tc.want {
			t.Errorf("%s: prior 1-2 %v; want %v", tc.name, p.prior[1][2], tc.want)
		}
	}
}
