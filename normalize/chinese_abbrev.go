package normalize

import (
	"slices"
	"strings"
)

// Chinese abbreviations of a company's name. Chinese shortens a name of
// several words to the first character of each (简称): a state company
// named by its city and its trade is known by the city's first character
// and the trade's, one word of two syllables in Pinyin: Anshan Iron and
// Steel (鞍山钢铁) is Angang (鞍钢), Wuhan Iron and Steel Wugang,
// Guangzhou Automobile Group Guangqi Group, Harbin Pharmaceutical Hayao,
// Shanghai Port Shanggang. The English name keeps the city's Pinyin and
// translates the trade. So one word of two Pinyin syllables, perhaps
// followed by the English name's last words (Group), matches a name
// whose first word is a place written in Pinyin (two syllables or more)
// and whose next words are one trade of chineseTrades, then only words
// of a company's form (Group, Company, Corporation, Holdings, Co., Ltd.),
// when its first syllable is the place's first and its second the
// trade's character.

// chineseTrades are the trades of state companies' names in English and
// the Pinyin of the character an abbreviation takes for each (钢 gang for
// 钢铁 iron and steel, 汽 qi for 汽车 automobile, 药 yao for 制药).
var chineseTrades = map[string]string{
	"steel": "gang", "iron and steel": "gang", "iron & steel": "gang",
	"coal": "mei", "mining": "kuang", "coal mining": "kuang",
	"electric power": "dian", "power": "dian", "electricity": "dian",
	"chemical": "hua", "chemicals": "hua", "chemical industry": "hua",
	"automobile": "qi", "automotive": "qi", "motor": "qi",
	"pharmaceutical": "yao", "pharmaceuticals": "yao",
	"port": "gang", "railway": "tie", "heavy industry": "zhong", "airlines": "hang",
	"shipbuilding": "chuan",
}

// chineseTradeFirst has bit b&31 of element a&31 set for each trade's
// first two letters a, b; chineseTradeWords are the trades' first words.
var chineseTradeFirst, chineseTradeWords = func() (m [32]uint32, words map[string]bool) {
	words = map[string]bool{}
	for t := range chineseTrades {
		m[t[0]&31] |= 1 << (t[1] & 31)
		w, _, _ := strings.Cut(t, " ")
		words[w] = true
	}
	return m, words
}()

// companyFormWords are the words that may follow the trade.
var companyFormWords = map[string]bool{"group": true, "company": true, "corporation": true, "holdings": true, "co": true, "ltd": true, "limited": true}

// chineseAbbreviation reports whether short is the Chinese abbreviation of
// the company full.
func chineseAbbreviation(short, full string) bool {
	sw, fw := strings.Fields(short), strings.Fields(full)
	if len(sw) == 0 || len(sw) >= len(fw) || len(fw) < 2 || len(fw) > 7 {
		return false
	}
	// The trade: one word after the place or two, or three with "and".
	trade, end := "", 0
	for n := 3; n >= 1; n-- {
		if 1+n > len(fw) {
			continue
		}
		t := strings.ToLower(strings.Join(fw[1:1+n], " "))
		if _, ok := chineseTrades[t]; ok {
			trade, end = t, 1+n
			break
		}
	}
	if trade == "" {
		return false
	}
	for _, w := range fw[end:] {
		if !companyFormWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return false
		}
	}
	// The short name's words after its first are the full name's last.
	tail := sw[1:]
	if len(tail) > len(fw)-end || !slices.EqualFunc(tail, fw[len(fw)-len(tail):], strings.EqualFold) {
		return false
	}
	syll := pinyinSyllables()
	place := segmentPinyin(strings.ToLower(fw[0]), syll)
	abbr := segmentPinyin(strings.ToLower(sw[0]), syll)
	if len(place) < 2 || len(abbr) != 2 || !isASCIIUpper(sw[0][0]) || !isASCIIUpper(fw[0][0]) {
		return false
	}
	return abbr[0] == place[0] && abbr[1] == chineseTrades[trade]
}

// mayBeChineseAbbreviation is chineseAbbreviation's quick test: the two
// names begin with the same two letters (the place's first syllable has
// two letters at least but in a and e), a capital and a small letter, and
// the longer name's second word is a trade's first word.
func mayBeChineseAbbreviation(short, long string) bool {
	if len(short) < 4 || len(long) < len(short)+4 || short[0] != long[0] || short[1] != long[1] || !isASCIIUpper(short[0]) || short[1] < 'a' || short[1] > 'z' {
		return false
	}
	i := strings.IndexByte(long, ' ')
	if i < 0 || i+3 >= len(long) || chineseTradeFirst[long[i+1]&31]&(1<<(long[i+2]&31)) == 0 {
		return false
	}
	var buf [16]byte
	n := 0
	for j := i + 1; j < len(long) && long[j] != ' '; j++ {
		if n == len(buf) {
			return false
		}
		buf[n] = long[j] | 0x20
		n++
	}
	return chineseTradeWords[string(buf[:n])]
}
