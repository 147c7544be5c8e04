package normalize

import "testing"

// TestRegnalDistinct: two rulers of one realm and title whose temple or
// posthumous names differ in a syllable are two rulers (Joseon's 正祖
// Jeongjo and 英祖 Yeongjo, 顯宗 Hyeonjong and 憲宗 Heonjong; Goryeo's 光宗
// Gwangjong and 康宗 Gangjong; Qi's 襄公 Duke Xiang and 獻公 Duke Xian);
// the romanizations of one name (Wade-Giles, McCune-Reischauer) and
// European names that read as such syllables with no mark of Korean stay
// one.
func TestRegnalDistinct(t *testing.T) {
	checkSameBoth(t, Similarity, []sameCase{
		{"Jeongjo of Joseon", "Yeongjo of Joseon", false},
		{"Hyeonjong of Joseon", "Heonjong of Joseon", false},
		{"Gwangjong of Goryeo", "Gangjong of Goryeo", false},
		{"Duke Xiang of Qi", "Duke Xian of Qi", false},
		{"JEONGJO OF JOSEON", "YEONGJO OF JOSEON", false},
		{"Gwangjong of Goryeo", "Kwangjong of Goryeo", true}, // McCune-Reischauer
		{"Hyeonjong of Joseon", "Hyŏnjong of Joseon", true},
		{"Emperor Xianzong of Tang", "Emperor Xuānzong of Tang", false}, // 憲宗, 玄宗: tone marks dropped
		{"Duke Xiang of Qi", "Duke Hsiang of Qi", true},                 // Wade-Giles
		{"Emperor Xuānzong of Tang", "Emperor Xuanzong of Tang", true},
		{"Leo of Armenia", "Leon of Armenia", true},  // an initial l: no Korean
		{"Maria of Aragon", "Marie of Aragon", true}, // no mark of Korean
		{"Maria Leopoldine of Austria", "Maria Leopoldina of Austria", true},
	})
	for _, c := range []struct {
		x, y string
		want bool
	}{
		{"Jeongjo", "Yeongjo", true},
		{"Gyeongsun", "Gyeongmun", true},
		{"Gwangjong", "Kwangjong", false},
		{"Maria", "Marie", false}, // no mark
		{"Leon", "Leo", false},    // l
		{"Leopoldine", "Leopoldina", false},
		{"Jeongjo", "Christopher", false}, // no Korean
	} {
		if got := koreanWordDistinct(c.x, c.y); got != c.want {
			t.Errorf("koreanWordDistinct(%q, %q) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}
