package align

import (
	"slices"
	"testing"
)

// The Hepburn readings of the published table: plain letters, the
// digraphs with small ャュョ and ァィゥェォ, ッ doubling, ー lengthening, ン
// before b/m/p.
func TestHepburn(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"カタカナ", "katakana"},
		{"シチツフジ", "shichitsufuji"},
		{"キャシュチョ", "kyashucho"},
		{"ジャズ", "jazu"},
		{"コンピュータ", "kompyuuta"},
		{"ウィキペディア", "wikipedia"},
		{"ロンドン", "rondon"},
		{"サッカー", "sakkaa"},
		{"マッチ", "matchi"},
		{"ファイル", "fairu"},
		{"ティーム", "tiimu"},
		{"ヴァイオリン", "vaiorin"},
		{"シェイクスピア", "sheikusupia"},
		{"テンプレート", "tempureeto"},
		{"ーア", "a"},   // a leading ー has no vowel to lengthen
		{"ッ", ""},     // a ッ with nothing after it
		{"ア・イ", "ai"}, // outside the table: left out
	} {
		if got := hepburn(c.in); got != c.want {
			t.Errorf("hepburn(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A katakana run and the English word it borrows share a loan skeleton;
// unrelated words do not.
func TestLoanSkeleton(t *testing.T) {
	feats := func(key string) []string {
		var out []string
		latinLoans(key, nil, func(sk []byte) { out = append(out, string(sk)) })
		return out
	}
	for _, c := range []struct {
		kana, en string
		match    bool
	}{
		{"コンピュータ", "computer", true},
		{"ウィキペディア", "wikipedia", true},
		{"ロンドン", "london", true},
		{"サーバー", "server", false}, // two consonants: too short to count
		{"ホテル", "hotel", true},
		{"シェイクスピア", "shakespeare", true},
		{"テンプレート", "template", true},
		{"ファイル", "file", false}, // f-r: too short
		{"ヴァイオリン", "violin", true},
		{"テーマ", "theme", false},
		{"イノベーション", "innovation", true},
		{"イノベーション", "innovate", false},
		{"ニュース", "news", false},
		{"パリ", "paris", false},
		{"コンピュータ", "campaign", false},
		{"ロンドン", "random", false},
	} {
		sk := loanSkeleton(hepburn(c.kana), false)
		if len(sk) < minLoanSkeleton {
			sk = ""
		}
		got := sk != "" && slices.Contains(feats(c.en), sk)
		if got != c.match {
			t.Errorf("%s (%q) against %s (%v): match %v, want %v", c.kana, sk, c.en, feats(c.en), got, c.match)
		}
	}
}

// The features are on only between Japanese and Latin script: not for
// Chinese, not between two Latin sides.
func TestKanaSetup(t *testing.T) {
	ja := []string{"コンピュータはロンドンで作られた。"}
	zh := []string{"计算机是在伦敦制造的。"}
	en := []string{"The computer was made in London."}
	for _, c := range []struct {
		src, tgt []string
		on       bool
		side     int
	}{
		{en, ja, true, 1},
		{ja, en, true, 0},
		{en, zh, false, 0},
		{en, en, false, 0},
	} {
		var x extractor
		x.kanaSetup(c.src, c.tgt)
		if (x.kana != nil) != c.on || x.kanaSide != c.side {
			t.Errorf("kanaSetup(%q, %q) = %v %d, want on %v side %d", c.src, c.tgt, x.kana, x.kanaSide, c.on, c.side)
		}
		if c.on && !x.kana["kmpt"] {
			t.Errorf("kanaSetup(%q, %q) = %v, want コンピュータ's kmpt among them", c.src, c.tgt, x.kana)
		}
	}
}
