package normalize

import (
	"strings"
	"testing"
)

// Pairs of the development part's person-listed class (the UN list's
// aliases of one person: Revised Romanization against McCune-Reischauer)
// and Korean names the rule must leave apart.
func TestKoreanRomanizations(t *testing.T) {
	m := devMatcher()
	for _, p := range [][2]string{
		{"Jang Bom Su", "Jang Pom Su"},
		{"Kim Jong Sik", "Kim Cho’ng-sik"},
		{"Pak To Chun", "Pak Do Chun"},
		{"Chang Myong-Chin", "Jang Myong-Jin"},
		{"Jon Myong Guk", "Cho’n Myo’ng-kuk"},
		{"Ri Jae Il", "RI Chae-Il"},
	} {
		if s := m.Similarity(p[0], p[1]); s < SameThreshold {
			t.Errorf("%q, %q: %.3f, want at least %.2f", p[0], p[1], s, SameThreshold)
		}
	}
	for _, p := range [][2]string{
		{"Kim Jong Un", "Kim Jong Il"},
		{"Ri Won Ho", "Ri Won Hyok"}, // another syllable
		{"Pak Tong Chol", "Pak Tong Chun"},
	} {
		if s := m.Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("%q, %q: %.3f, want under %.2f", p[0], p[1], s, SameThreshold)
		}
	}
	for _, c := range []struct {
		name string
		ok   bool
	}{
		{"Kim Cho’ng-sik", true}, {"Jang Bom Su", true}, {"Kim", false},
		{"Abu Hamza", false}, {"Kim Jong Sik Pak Ho Chun", false}, {"Qasim Rimi", false},
	} {
		if _, ok := koreanReading(nil, c.name); ok != c.ok {
			t.Errorf("koreanReading(%q): %v, want %v", c.name, ok, c.ok)
		}
	}
}

// Korean names in their customary spellings (koreancustom.go): the surname
// table's spellings and the given names' letter groups (oo, ee, u for ㅓ,
// yu for ㅕ, wh, oi, a silent h, ck) against Revised Romanization and
// McCune-Reischauer, in both orders; and names the table must not join.
func TestKoreanCustomarySpellings(t *testing.T) {
	m := devMatcher()
	kept := [][2]string{
		{"Lee Soo-man", "Yi Su-man"},
		{"Rhee Soo-man", "I Su-man"},
		{"Park Joo-ho", "Bak Ju-ho"},
		{"Choi Kyung-ju", "Choe Gyeong-ju"},
		{"Chung Mong-joon", "Jeong Mong-jun"},
		{"Yoon Hee-sook", "Yun Hui-suk"},
		{"Whang Jae-hwan", "Hwang Jae-hwan"},
		{"Shin Dong-bin", "Sin Dong-bin"},
		{"Ahn Sang-soo", "An Sang-su"},
		{"Paik Kun-woo", "Baek Geon-u"},
		{"Roh Hoi-chan", "No Hoe-chan"},
		{"Hahn Duck-hwan", "Han Deok-hwan"},
		{"Lim Young-ho", "Rim Yong-ho"},
		{"Myung-hoon Sohn", "Son Myeong-hun"},
	}
	apart := [][2]string{
		{"Lee Soo-man", "Lee Soo-min"},        // the surname alone
		{"Lee Soo-man", "Yi Su-min"},          // the table's surname, another given name
		{"Li Peng", "Rhee Peng"},              // Li is not one of the table's (Li, Lee: one key on main)
		{"Lee Hsien Loong", "Yi Hsien Loong"}, // not the Korean shape
		{"Robert Lee", "Robert Rhee"},
		{"Park Soo-min", "Parker Soo-min"},
		{"Kang Min-su", "Kong Min-su"}, // 강, 공
		{"Kim Jong-un", "Kim Jong-il"},
		{"Wang Bi", "Wang Pi"},
	}
	checkApartBy(t, m.Similarity, bothOrders(apart), bothOrders(kept))
}

// TestKoreanSurnamesFit: korean_surnames.tsv has no more surname lines
// than koreanSurnameSet has bits; a line more would panic (an index out
// of range) at the first pair koreanCustomSame reads.
func TestKoreanSurnamesFit(t *testing.T) {
	n := 0
	for line := range strings.Lines(koreanSurnamesTSV) {
		if !strings.HasPrefix(line, "#") {
			n++
		}
	}
	if bits := len(koreanSurnameSet{}) * 64; n > bits {
		t.Errorf("korean_surnames.tsv has %d surname lines; koreanSurnameSet holds %d", n, bits)
	}
	if len(koreanSurnames()) == 0 {
		t.Error("koreanSurnames is empty")
	}
}
