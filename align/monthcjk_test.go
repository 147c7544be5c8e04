package align

import (
	"slices"
	"testing"
)

// A month written with a number and the character for month (Chinese and
// Japanese 7月, Korean 7월) is the month an English, French or Russian
// name writes: the two share a month feature, and the number is not an
// orphan of the other side (a number there none of the other side's
// numbers matches).
func TestMonthCJK(t *testing.T) {
	for _, tc := range []struct {
		cjk, other string
		month      string // the month they share, "" none
	}{
		{"政府は7月25日に発表した。", "The government announced it on July 25.", "7"},
		{"今月１２日から症状を訴えました。", "He had symptoms since December 12.", ""}, // 今月 is "this month", no number
		{"会議は１２月に開かれる。", "The meeting is held in December.", "12"},     // full-width digits
		{"2020年 7 月，洪水来袭。", "In July 2020 the floods came.", "7"},      // spaced, as Chinese typesetting may
		{"回答は3月ではなく13月だ。", "Le 13 mars.", "3"},                         // 13 is no month: a number
		{"서울에서 7월 3일 발표했다.", "Объявлено 3 июля в Сеуле.", "7"},
		{"7월에 발표했다.", "Announced in July.", "7"},
		{"2월 7일, 3:月", "On 7 February, 3.", "2"}, // a mark between: 3 stays a number
	} {
		x := &extractor{table: newFeatureTable()}
		fa, fb := x.features(tc.cjk, true), x.features(tc.other, false)
		var months []string
		for _, f := range fa {
			if x.table.kinds[f] == kindMonth && slices.Contains(fb, f) {
				months = append(months, featName(x.table, f))
			}
		}
		if (tc.month == "") != (len(months) == 0) || tc.month != "" && !slices.Contains(months, tc.month) {
			t.Errorf("%q and %q share months %v, want %q", tc.cjk, tc.other, months, tc.month)
		}
		if tc.month == "" {
			continue
		}
		for _, f := range fa {
			if x.table.kinds[f] == kindNumber && featName(x.table, f) == tc.month && !slices.Contains(fb, f) {
				t.Errorf("%q: the month's number %s is still a number feature", tc.cjk, tc.month)
			}
		}
	}
}

// featName is the value of feature id f of table ("7" for the month M:7).
func featName(table *featureTable, f uint32) string {
	for k, id := range table.ids {
		if id == f {
			return k[1:]
		}
	}
	return ""
}
