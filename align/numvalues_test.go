package align

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestNumberValues(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"64,847 people", []string{"64847"}},
		{"比利时累计64847人感染", nil}, // a plain digit run: its own key
		{"peak viewership exceeded 35 million.", []string{"35000000"}},
		{"直播人气峰值超过3500万。", []string{"35000000"}},
		{"1,500 万游客", []string{"15000000"}},
		{"15 million people visit the lake", []string{"15000000"}},
		{"£101million release clause", []string{"101000000"}},
		{"1.01 亿英镑的解约费用", []string{"101000000"}},
		{"£10m fund", []string{"10000000"}},
		{"the 100m sprint", nil}, // m without a currency sign: metres as often
		{"$1.9 billion in penalties", []string{"1900000000"}},
		{"19 亿美元罚金", []string{"1900000000"}},
		{"超过了 6 万。", []string{"60000"}},
		{"more than 60,000 cases", []string{"60000"}},
		{"1100多万人口", []string{"11000000"}},
		{"2万余名党员", []string{"20000"}},
		{"１２万吨", []string{"120000"}}, // full-width digits
		{"万亿 3万亿元", []string{"3000000000000"}},
		{"17.5亿立方米", []string{"1750000000"}},
		{"2.5 hours", nil}, // a decimal without a scale
		{"1.234 million", []string{"1234000"}},
		{"0.5 million", []string{"500000"}},
		{"1.2345 thousand", nil}, // not a whole number
		{"3千人 5百元", nil},         // 千 and 百 alone: counts
		{"1,2,3 and 12,34", nil}, // no groups of three
		{"1,000,000 and 2,000", []string{"1000000", "2000"}},
		{"000,000 million", nil}, // zero
		{"999999 billion", nil},  // past maxValueDigits
		{"COVID-19 and 2 million", []string{"2000000"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		numberValues(tt.in, func(v string) { got = append(got, v) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("numberValues(%+q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzNumberValues: whatever the text, a value is a run of ASCII digits
// without a leading zero, shorter than maxValueDigits.
func FuzzNumberValues(f *testing.F) {
	for _, s := range []string{"64,847", "3500万", "£10m", "1.01 亿", "1100多万", "１２万", "9,99", "1.", ",000", "5 bn", "$5bn"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		numberValues(s, func(v string) {
			if v == "" || v[0] == '0' || len(v) >= maxValueDigits || strings.Trim(v, "0123456789") != "" {
				t.Errorf("numberValues(%+q) gave %q", s, v)
			}
		})
	})
}

// TestNumberValuesOrphans: an English story and its Chinese version that
// writes the numbers in its own notation ("64847", "1,000 万"), with a
// sentence of another story inserted. Read digit run by digit run (a
// thousands group with its number), the kept sentences whose numbers are
// written with scale words are orphans; with the values only the inserted
// one is.
func TestNumberValuesOrphans(t *testing.T) {
	en := []string{
		"A total of 64,847 people in Belgium have been infected, 9,770 of them this week.",
		"The government set up a £10m fund for events.",
		"In Belgium, the population is more than 11 million.",
		"On 23 July the prime minister said 8 rules would be tightened.",
		"The 2 ministers met 5 mayors in 3 cities.",
		"In 2019 the country had 4 million visitors and 60,000 hotel rooms.",
	}
	zh := []string{
		"比利时累计64847人感染新冠病毒，其中本周9770人。",
		"政府设立 1,000 万英镑资金资助赛事活动。",
		"比利时有1100多万人口。",
		"首相23日表示，8 项规定将更加严格。",
		"2 名部长在 3 个城市会见了 5 名市长。",
		"2019年，该国接待游客400万人次，拥有6万间酒店客房。",
		"Jurupa Valley 超 200 名消防员于 7 日加入救援。",
	}
	x := &extractor{table: newWordCache().featureTable(), words: newWordCache()}
	feats := func(src bool, ss []string) [][]uint32 {
		var out [][]uint32
		for _, s := range ss {
			out = append(out, x.sentFeatures(-1, s, src))
		}
		return out
	}
	for _, tt := range []struct {
		values          bool
		numbers, anchor string
	}{
		// "64,847" meets "64847" without values too (its group read
		// with the number, numberGroup; left49): the scale words do not.
		{false, "[false true true false false false] [false true true false false false true]",
			"[false false true false false false] [false true false false false false true]"},
		{true, "[false false false false false false] [false false false false false false true]",
			"[false false false false false false] [false false false false false false true]"},
	} {
		x.numValues = tt.values
		os, ot := orphanNumbers(feats(true, en), feats(false, zh), x.table.kinds)
		if got := fmt.Sprint(os, ot); got != tt.numbers {
			t.Errorf("numValues %v: orphanNumbers = %s; want %s", tt.values, got, tt.numbers)
		}
		as, at := anchorOrphans(en, zh, nil, [2]*tokMemo{}, [2]bool{}, tt.values)
		if got := fmt.Sprint(as, at); got != tt.anchor {
			t.Errorf("values %v: anchorOrphans = %s; want %s", tt.values, got, tt.anchor)
		}
	}
}

// TestNumValuesChineseOnly: the aligner reads numbers by value between
// Chinese and English, not between Japanese and English (numvalues.go:
// there they moved only the one-batch figures, through the shared pool).
func TestNumValuesChineseOnly(t *testing.T) {
	en := []string{"Israel coronavirus cases top 60,000 as infections jump."}
	zh := []string{"以色列新冠病毒感染人数超过6万。"}
	ja := []string{"感染急増でイスラエルのコロナウイルス感染者6万人超え。"}
	for _, tt := range []struct {
		name     string
		src, tgt []string
		want     bool
	}{{"en-zh", en, zh, true}, {"zh-en", zh, en, true}, {"ja-en", ja, en, false}, {"en-ja", en, ja, false}} {
		var opt Options
		a := &aligner{src: Document{Sentences: tt.src}, tgt: Document{Sentences: tt.tgt}, dict: opt.dictFor(tt.src, tt.tgt), words: newWordCache()}
		a.hanLatin = chineseLatin(tt.src, tt.tgt)
		a.segSetup()
		x, _ := a.extractor(nil)
		fs, ft := x.sentFeatures(0, tt.src[0], true), x.sentFeatures(0, tt.tgt[0], false)
		shared := false
		for _, f := range fs {
			if x.table.kinds[f] == kindNumber && slices.Contains(ft, f) {
				shared = true
			}
		}
		if x.numValues != tt.want || shared != tt.want {
			t.Errorf("%s: numValues %v, a number shared %v; want %v", tt.name, x.numValues, shared, tt.want)
		}
	}
}
