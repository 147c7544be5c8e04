package normalize

import "testing"

// TestCantoneseSurnames: Chinese names written in the Hong Kong
// government's Cantonese spelling or a Hokkien one against their Pinyin
// are one name; the examples are the schemes' own (the Hong Kong spelling
// of 張 zoeng1 is Cheung, 陳 can4 Chan, 謝 ze6 Tse, 周 zau1 Chow; the
// Hokkien 陳 Tan, 林 Lim, 吳 Goh), both orders.
func TestCantoneseSurnames(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"Cheung Kwok-wing", "Zhang Guorong"}, // 張國榮: Cheung, gwok3 Kwok, wing4 Wing
		{"Chan Tai-man", "Chen Dawen"},        // 陳大文
		{"Tse Wing-kin", "Xie Rongjian"},      // 謝榮健
		{"Chow Wai-ming", "Zhou Weiming"},     // 周偉明
		{"Kwok Chi-keung", "Guo Zhiqiang"},    // 郭志強
		{"Yeung Siu-fung", "Yang Shaofeng"},   // 楊少峰
		{"Lam Ka-yan", "Lin Jiaxin"},          // 林嘉欣: jan1 Yan, xin
		{"Lau Tak-wah", "Liu Dehua"},          // 劉德華
		{"Tsang Chi-wai", "Zeng Zhiwei"},      // 曾志偉
		{"Wong Yee-ching", "Huang Yijing"},    // 黃 wong4 Wong (王 too), ji5 Yee, ging6 Ching
		{"Goh Wai Man", "Wu Weimin"},          // Hokkien surname, Cantonese given names
		{"Kong Wai-man", "Jiang Weiwen"},      // 江偉文: a Pinyin surname's spelling, a hyphen and syllables read
		{"Chow", "Zhou"},                      // a Cantonese surname alone
		{"Tse", "Xie"},
		{"Chan", "Chen"}, // a Pinyin minimal pair, and one name in Cantonese
		{"Wong", "Huang"},
	} {
		for _, p := range [][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := Similarity(p[0], p[1]); got < SameThreshold {
				t.Errorf("Similarity(%q, %q) = %.3f; want >= %.2f", p[0], p[1], got, SameThreshold)
			}
		}
	}
}

// TestCantoneseApart: names the Cantonese and Hokkien reading must leave
// apart: another surname whose spelling is close (Chan is 陳, not 張
// Zhang; Cheung is 張 or 蔣, not 鄭 Zheng), Western given names and words
// (John Law is no 劉 Liu: the reading wants every word Chinese), a Pinyin
// name whose surname is also a Hokkien spelling (Tan is 譚 in Pinyin and
// 陳 in Hokkien: Tan Wei and Chen Wei are two names as often as one), and
// a given name the reading does not reach.
func TestCantoneseApart(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"Chan Tai-man", "Zhang Dawen"},
		{"Chow Yun-fat", "Zhuo Runfa"},
		{"John Law", "John Liu"},
		{"Tan Wei", "Chen Wei"},
		{"Kong Wei", "Jiang Wei"},
		{"Chan Tai-man", "Chen Xiaoming"},
		{"Lamb", "Lam"},
		{"Leo", "Lee"},
		// A Pinyin surname and a hyphenated given name of Pinyin
		// syllables, as Taiwan's Wade-Giles writes them (王偉明 Wang
		// Wei-ming), against another surname whose Hokkien or Cantonese
		// spelling the first is, with the same given name: a minimal pair
		// (袁 Hokkien Wang, 鄧 Cantonese Tang, 廉 Hokkien Lin, 鄭 Hokkien
		// Chang), the hyphen no evidence of Cantonese.
		{"Wang Wei-ming", "Yuan Weiming"},
		{"Tang Wei-ming", "Deng Weiming"},
		{"Lin Wei-ming", "Lian Weiming"},
		{"Chang Wei-ming", "Zheng Weiming"},
		// The same with a surname spelling that is no Pinyin one: Taiwan's
		// Wade-Giles 曾 Tseng, 蔣 Chiang, 崔 Tsui are Cantonese 鄭 Tseng,
		// Hokkien 鄭 Chiang, Cantonese 徐 Tsui.
		{"Tseng Wei-ming", "Zheng Weiming"},
		{"Chiang Ming-hui", "Zheng Minghui"},
		{"Tsui Wei-ming", "Xu Weiming"},
		// A one-letter given name is an initial, not one of the table's
		// one-letter syllables (o: 14 Pinyin syllables, m: fu, m, wu).
		{"Chan O", "Chen Tuo"},
		{"Lau M", "Liu Fu"},
		{"Cheung A", "Zhang Ke"},
		// A reading that leaves a Pinyin minimal pair (Au Nan read Ou Nan,
		// against Ou Nen; See Kun read Chi Kun, against Chi Cun).
		{"Au Nan", "Ou Nen"},
		{"See Kun", "Chi Cun"},
	} {
		for _, p := range [][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := Similarity(p[0], p[1]); got >= SameThreshold {
				t.Errorf("Similarity(%q, %q) = %.3f; want < %.2f", p[0], p[1], got, SameThreshold)
			}
		}
	}
}

// TestCantoneseSyllablesOfNames: a Cantonese syllable stands for the
// Pinyin of the characters that given names use, not of every character
// read so (canto_syllables.tsv, canto_table.py). Tai is 泰 大 太 in names
// (tai, da), not the rare 胝 厎 疐 (zhi); lai is not 舐 shi, shan not 桭
// zhen. So two persons of one surname whose given names meet
// only through such characters stay apart, both orders, and the readings
// through name characters stay one name.
func TestCantoneseSyllablesOfNames(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Chan Tai-man", "Chen Zhimin", false}, // 陳大文 / 陳志敏
		{"Lee Lai-shan", "Li Shizhen", false},  // 李麗珊 / 李時珍
		{"Chan Tai-man", "Chen Dawen", true},   // 陳大文
		{"Lee Lai-shan", "Li Lishan", true},    // 李麗珊
		{"Chan Tai-man", "Chen Taiwen", true},  // 陳泰文
	} {
		for _, p := range [][2]string{{c.a, c.b}, {c.b, c.a}} {
			got := Similarity(p[0], p[1])
			if c.same && got < SameThreshold {
				t.Errorf("Similarity(%q, %q) = %.3f; want >= %.2f", p[0], p[1], got, SameThreshold)
			}
			if !c.same && got >= SameThreshold {
				t.Errorf("Similarity(%q, %q) = %.3f; want < %.2f", p[0], p[1], got, SameThreshold)
			}
		}
	}
}
