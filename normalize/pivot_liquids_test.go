package normalize

import "testing"

// TestLiquidSim: names one liquid apart, l in one where the other has r,
// read as one name (katakana, hangul and Chinese write both liquids with
// one sign), in both orders and any case; a final l against r, a name of
// the list of Indian given names, a word under four letters, a liquid
// beside a consonant (the cap of lookalike_where.go) and another
// difference beside the liquid keep two names apart.
func TestLiquidSim(t *testing.T) {
	kept := [][2]string{
		{"Bellamy", "Berramy"}, // ベラミー
		{"Hollis", "Horris"},   // ホリス
		{"Lowell", "Rowell"},   // ローウェル: the initial liquid
		{"Ellery", "Errery"},   // エラリー: two liquids
		{"Melody", "Merody"},   // メロディ
		{"Milo", "Miro"},       // ミロ: four letters
		{"Polly", "Porry"},     // ポリー
		{"HOLLIS", "horris"},   // any case
	}
	apart := [][2]string{
		{"Haskell", "Hasker"},        // a final l against r: ハスケル, ハスカー
		{"Leela", "Reela"},           // Leela on the Indian list: ल and र apart
		{"Lalit", "Ralit"},           // the same
		{"Lia", "Ria"},               // three letters
		{"Clark", "Crark"},           // beside a consonant: capped as before
		{"Hollis", "Harris"},         // o against a besides the liquid
		{"Bellamy", "Berrama"},       // the same at the end
		{"Hollis Day", "Horris Day"}, // two words: not read
		{"Cannes", "Kani"},           // spot checks that stay two names
		{"David", "Davidi"},
		{"Veles", "Velesa"},
	}
	checkApart(t, bothOrders(apart), bothOrders(kept))
}

// TestLiquidKeys: the keys liquidKeys takes as one once the liquids are
// read, and those it leaves.
func TestLiquidKeys(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"hulis", "huris", true},
		{"lauel", "raurel", false},  // not as long
		{"haskel", "hasker", false}, // the last letter
		{"hulis", "hulis", true},    // the same key (liquidSim leaves it first)
		{"hulis", "hutis", false},   // t is no liquid
		{"hulis", "harus", false},
	} {
		if got := liquidKeys(tc.a, tc.b); got != tc.want {
			t.Errorf("liquidKeys(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestSameLiquidsNasals: the quick test that leaves most pairs before
// their keys are made, and the pairs it lets through to them.
func TestSameLiquidsNasals(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Hollis", "Horris", true},       // a doubled letter once, l as r
		{"Pollitt", "Porritt", true},     // the same with p and t
		{"Iceland", "Ireland", false},    // an r more
		{"Philo", "Firo", true},          // ph read with the h
		{"Mariupol", "Melitopol", false}, // a t more
		{"Austria", "Australia", false},  // a liquid more
		{"Milan", "Miran", true},
		{"Milan", "Mirat", false},
	} {
		if got := sameLiquidsNasals(tc.a, tc.b); got != tc.want {
			t.Errorf("sameLiquidsNasals(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
