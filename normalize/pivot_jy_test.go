package normalize

import "testing"

// TestInitialJYReading: one name with an initial j and y (pivot_jy.go),
// which the Japanese mora cap parted, is one; the pairs the shape leaves
// out stay apart.
func TestInitialJYReading(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Johan", "Yohan", true},
		{"Jona", "Yona", true},
		{"Janina", "Yanina", true},
		{"Joji", "Yoji", false},         // two Japanese names: ji
		{"Jochanan", "Yochanan", false}, // left to the cap: cha reads as Hepburn
		{"JOHAN", "YOHAN", true},
		{"Jun", "Yun", false},   // one syllable: Pinyin, Korean
		{"Jung", "Yung", false}, // one syllable
		{"Juan", "Yuan", false}, // Spanish j; Pinyin
		{"Jatin", "Yatin", false},
		{"Juri", "Yuri", false}, // Pinyin ju-ri: the Pinyin cap's
		{"Yeongjo of Joseon", "Jeongjo of Joseon", false},
		{"Katsue", "Katsuji", false},
	})
}

func TestJYOnly(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Johan", "Yohan", true},
		{"Yohan", "Johan", true},
		{"JONA", "yona", true},
		{"Johan", "Johan", false},
		{"Jan", "Yan", false},       // under jyMinLen
		{"Jost", "Yost", false},     // one syllable
		{"Jiro", "Yiro", false},     // i after: Pinyin ji, yi
		{"Johan", "Yohann", false},  // another letter too
		{"Johan", "Yoham", false},   // another letter too
		{"Julian", "Yulian", false}, // Pinyin ju-lian
		{"Jo Han", "Yo Han", false}, // one word each
		{"Joji", "Yoji", false},     // yJapanese
		{"Jérôme", "Yérôme", false}, // ASCII letters only
	} {
		if got := jyOnly(c.a, c.b); got != c.want {
			t.Errorf("jyOnly(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}
