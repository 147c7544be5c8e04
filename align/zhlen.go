package align

// A Chinese-Latin pair's shape priors are hanLatinPrior times the others'
// (search.go), tuned on MAC's novels, where translators join and split
// sentences and the evidence is weak. The prior costs news articles,
// whose sentences are mostly translated one by one: WMT21 dev, strict F1
// with it on every pair zh-en edited 0.939, en-zh edited 0.966, en-zh
// plain 0.991; with it off 0.949, 0.964, 0.998. MAC cut into pieces of
// ~70 / 100 / 130 sentences loses 0.017-0.019 without it. A piece of a
// novel is as long as a news article (news pairs reach 202 sentences,
// MAC's pieces cut at 70 have 111-193, both sides counted); what tells
// them apart is the length of the Chinese sentences (dialogue and
// narration in short sentences): MAC dev's documents and pieces average
// 17-33 Han characters a sentence, the WMT21 dev documents whose beads
// the prior moves 33-56 (none under 32.5 moves). So the prior applies to
// a pair whose Chinese side averages under hanNewsSentence.

// hanNewsSentence is the average length of the Chinese side's sentences,
// in Han characters, from which a Chinese-Latin pair keeps the default
// shape priors: between MAC dev's longest piece whose beads the prior
// moves (30.9) and WMT21 dev's shortest (33.2).
const hanNewsSentence = 32.5

// hanLatinScale is the factor of a Chinese-Latin pair's shape priors:
// hanLatinPrior, or 1 when the Chinese side's sentences are as long as
// a news article's (see hanNewsSentence).
func (a *aligner) hanLatinScale() float64 {
	zh := a.src.Sentences
	if !hanScript(zh) {
		zh = a.tgt.Sentences
	}
	if hanPerSentence(zh) >= hanNewsSentence {
		return 1
	}
	return hanLatinPrior
}

// hanPerSentence is the average number of Han characters in sents'
// sentences (0 for none).
func hanPerSentence(sents []string) float64 {
	if len(sents) == 0 {
		return 0
	}
	t := runeProps()
	n := 0
	for _, s := range sents {
		for _, r := range s {
			if props(t, r)&propHan != 0 {
				n++
			}
		}
	}
	return float64(n) / float64(len(sents))
}
