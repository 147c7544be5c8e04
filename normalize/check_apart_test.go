package normalize

import "testing"

// TestInconsistentHeadNoun: the head of a place's name, which the text
// writes after the name ("Tibet Autonomous Region") and after others, is
// no spelling of the name; a slip of the name is still reported.
func TestInconsistentHeadNoun(t *testing.T) {
	base := "Tibet Autonomous Region is high.\nTibet is far.\nTibet is cold.\n" +
		"The Inner Mongolia Autonomous Region said so.\nThe Autonomous Region agreed.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), base, true); len(got) != 0 {
		t.Errorf("check of %q reported %q; want nothing", base, got)
	}
	in := base + "Tibbet is windy.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 1 {
		t.Errorf("check of %q reported %q; want Tibbet", in, got)
	}
}

func TestHeadNounApart(t *testing.T) {
	text := "Tibet Autonomous Region and Penny's Bay Quarantine Centre"
	for _, c := range []struct {
		v, c string
		want bool
	}{
		{"Autonomous Region", "Tibet", true},
		{"Autonomous Region", "Tibbet", false},                    // not written together
		{"Bay Quarantine Center", "Bay Quarantine Centre", false}, // shares words: a spelling
		{"Autonomous", "Tibet", false},                            // no head word
	} {
		if got := headNounApart(text, c.v, c.c); got != c.want {
			t.Errorf("headNounApart(%q, %q) = %v; want %v", c.v, c.c, got, c.want)
		}
	}
}

// TestInconsistentPinyinNames: two provinces or two persons whose Pinyin
// syllables differ are two names in a check; a name's syllables written
// together and apart, and a slip outside Pinyin, are still reported.
func TestInconsistentPinyinNames(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"Nanjing is east.\nThe Nanjing museum.\nIn Nanjing, rain.\nThe Hohhot-Nanning corridor.\n", 0},
		{"Shaanxi Province is west.\nThe Shaanxi museum.\nIn Shaanxi, rain.\nShanxi Province, too.\n", 1}, // one syllable, two tones
		{"(Reporter Li Aiping) said.\n(Reporter Li Aiping) wrote.\n(Reporter Li Ping) wrote too.\n", 0},
		{"Jingjing sang.\nJingjing danced.\nJingping spoke.\n", 0},
		{"Zheng Wan railway.\nThe Zheng Wan line.\nThe Zhengwan line.\n", 1},
		{"Bossonaro said.\nBossonaro spoke.\nBosonaro left.\n", 1},
	} {
		if _, got := collectRewrite(t, DefaultGlossary(), c.in, true); len(got) != c.want {
			t.Errorf("check of %q reported %q; want %d", c.in, got, c.want)
		}
	}
}

func TestPinyinNamesApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Shanxi", "Shaanxi", false}, // shan in two tones: left reported
		{"Reporter Li Ping", "Reporter Li Aiping", true},
		{"Jingping", "Jingjing", true},
		{"Zhengwan", "Zheng Wan", false},
		{"Fu Kun Bao", "Fu Kunbao", false},
		{"Toyozawa", "Toyosawa", false}, // Japanese: left to the other rules
		{"Bosonaro", "Bossonaro", false},
		{"Nanning", "Nanjing", true},
		{"Professor Douglas Kasa", "Professor Douglas Casa", false}, // a mark on one side only
		{"Sanque Sports", "Sankei Sports", false},                   // Japanese read as Pinyin
	} {
		if got := pinyinNamesApart(c.a, c.b); got != c.want {
			t.Errorf("pinyinNamesApart(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}
