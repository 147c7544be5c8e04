package normalize

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// toneCases are pairs toneMarksApart must part (true) or leave (false),
// asked in both orders.
var toneCases = []struct {
	a, b string
	want bool
}{
	// Pinyin: the same syllable, two tones, two characters.
	{"Duke Shēn of Chen", "Duke Shèn of Chen", true}, // 申, 慎: two rulers of Chen
	{"Duke Yì of Qi", "Duke Yǐ of Qi", true},
	{"DUKE YÌ OF QI", "DUKE YǏ OF QI", true},              // in capitals
	{"Xuánzōng", "Xuānzōng", true},                        // every syllable marked
	{"Máo Zédōng", "Máo Zèdōng", true},                    // one syllable of two words
	{"Xī'ān", "Xí'ān", true},                              // the apostrophe parts syllables
	{"Lǚ Bù", "Lù Bù", true},                              // ü written u: the tones still differ
	{"Lǚ Bù", "Lv̀ Bù", true},                             // v for ü
	{"Lĭ Nà", "Lì Nà", true},                              // a breve for the caron
	{"Liú Bāng", "Liù Bāng", true},                        // iu: the mark on u
	{"Lĭ Nà", "Lǐ Nà", false},                             // breve and caron: one tone
	{"Xuanzong", "Xuānzong", false},                       // one side unmarked: a spelling
	{"Duke Wu of Qi", "Duke Yǐ of Qi", false},             // unmarked against marked
	{"Xuānzong", "Xuánzong", false},                       // zong unmarked: not written in marked Pinyin
	{"Líu Bāng", "Lìu Bāng", false},                       // the mark on i of iu: not Pinyin's placement
	{"Máo Zédōng", "Máo Zédōng", false},                   // the same name
	{"Shēn", "Shèng", false},                              // other letters: pinyinDistinct's question
	{"Duke Shēn of Chen", "Duke Shèn of Chen Guo", false}, // not word for word
	// European accents are spelling.
	{"Michèle", "Michéle", false}, // mi-che-le, but mi and le carry no tone
	{"René", "Renè", false},
	{"Hélène", "Hèlène", false},
	{"António", "Antônio", false},
	{"José Pérez", "José Pèrez", false},
	{"Parès", "Parés", false},
	{"Kovač", "Kováč", false},
	// Hepburn's macron and circumflex are one long vowel, no tones.
	{"Hōteki", "Hôteki", false},
	{"Bō", "Bô", false}, // bo is a Pinyin syllable, but the circumflex no tone of it
	// Vietnamese: one syllable, two tones, two words.
	{"Lễ Văn Hùng", "Lệ Văn Hùng", true},
	{"Trần Văn Hùng", "Trần Văn Húng", true},
	{"Nguyễn Thị Hòa", "Nguyễn Thị Hóa", true},
	{"Nguyễn Thị Hoà", "Nguyễn Thị Hòa", false}, // the old and the new place of one tone
	{"Nguyễn Thị Thuý", "Nguyễn Thị Thúy", false},
	{"Lê Văn Hùng", "Lễ Văn Hùng", false}, // Lê has no tone mark: unmarked against marked
	{"Nguyen Van Hung", "Nguyễn Văn Hùng", false},
	{"Trần Văn Hùng", "Trần Văn Hứng", false}, // u and ư: letters, not tones
}

func TestToneMarksApart(t *testing.T) {
	for _, tc := range toneCases {
		for _, p := range [][2]string{{tc.a, tc.b}, {tc.b, tc.a}} {
			if got := toneMarksApart(p[0], p[1]); got != tc.want {
				t.Errorf("toneMarksApart(%q, %q) = %v; want %v", p[0], p[1], got, tc.want)
			}
			// Decomposed input reads the same.
			if got := toneMarksApart(norm.NFD.String(p[0]), p[1]); got != tc.want {
				t.Errorf("toneMarksApart(NFD %q, %q) = %v; want %v", p[0], p[1], got, tc.want)
			}
		}
	}
}

// TestToneMarksMatcher: the pairs toneMarksApart parts score under the
// threshold in names match, in both orders; the pairs it leaves score as
// before (every one of them the same on main).
func TestToneMarksMatcher(t *testing.T) {
	m := NewMatcher(nil)
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Duke Shēn of Chen", "Duke Shèn of Chen", false},
		{"Duke Yì of Qi", "Duke Yǐ of Qi", false},
		{"Trần Văn Hùng", "Trần Văn Húng", false},
		{"Xuanzong", "Xuānzong", true},
		{"Michèle", "Michéle", true},
		{"René", "Renè", true},
		{"Nguyễn Thị Hoà", "Nguyễn Thị Hòa", true},
		{"Lê Văn Hùng", "Lễ Văn Hùng", true},
	} {
		for _, p := range [][2]string{{tc.a, tc.b}, {tc.b, tc.a}} {
			if got := m.Same(p[0], p[1]); got != tc.same {
				t.Errorf("Same(%q, %q) = %v (%.3f); want %v", p[0], p[1], got, m.Similarity(p[0], p[1]), tc.same)
			}
		}
	}
	_, steps := m.Explain("Duke Shēn of Chen", "Duke Shèn of Chen")
	if why := fmt.Sprint(steps); !strings.Contains(why, "different tone") {
		t.Errorf("Explain(Duke Shēn of Chen, Duke Shèn of Chen) = %s; want the tone marks named", why)
	}
}

// TestToneMarksDiscover: a text that names both rulers finds no spellings
// of one name in them.
func TestToneMarksDiscover(t *testing.T) {
	d := NewDiscoverer()
	d.Add("Duke Shēn of Chen ruled first. Later Duke Shèn of Chen ruled.\n\nThe annals name Duke Shēn of Chen and Duke Shèn of Chen again.")
	for _, c := range d.Clusters(SameThreshold) {
		var forms []string
		for _, v := range c.Variants {
			forms = append(forms, v.Form)
		}
		joined := strings.Join(forms, "|")
		if strings.Contains(joined, "Shēn") && strings.Contains(joined, "Shèn") {
			t.Errorf("cluster %q joins Shēn and Shèn", forms)
		}
	}
}

func TestVietSyllable(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"nguyen", true}, {"nghieng", true}, {"gi", true}, {"gia", true}, {"thuy", true},
		{"hoa", true}, {"a", true}, {"quoc", true},
		{"duke", false}, {"of", false}, {"michele", false}, {"jose", false}, {"smith", false}, {"", false},
	} {
		if got := vietSyllable(tc.s); got != tc.want {
			t.Errorf("vietSyllable(%q) = %v; want %v", tc.s, got, tc.want)
		}
	}
}

func TestPinyinToneVowel(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"shen", 2}, {"yi", 1}, {"liu", 2}, {"gui", 2}, {"zhou", 2}, {"xiao", 2}, {"lue", 2}, {"ng", -1},
	} {
		if got := pinyinToneVowel(tc.s); got != tc.want {
			t.Errorf("pinyinToneVowel(%q) = %d; want %d", tc.s, got, tc.want)
		}
	}
}

// FuzzToneMarksApart: the reading of tone marks never panics, is
// symmetric, never parts a name from itself, and reads a name's NFC and
// NFD forms alike.
func FuzzToneMarksApart(f *testing.F) {
	for _, tc := range toneCases {
		f.Add(tc.a, tc.b)
	}
	f.Add("Ǹ'ǹ", "\u0301a")
	f.Add("'", "ǘ'")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		got := toneMarksApart(a, b)
		if got != toneMarksApart(b, a) {
			t.Fatalf("toneMarksApart(%q, %q) = %v, but not in the other order", a, b, got)
		}
		if toneMarksApart(a, a) {
			t.Fatalf("toneMarksApart(%q, itself) = true", a)
		}
		if nfd := toneMarksApart(norm.NFD.String(a), norm.NFD.String(b)); nfd != toneMarksApart(norm.NFC.String(a), norm.NFC.String(b)) {
			t.Fatalf("toneMarksApart(%q, %q): NFD %v, NFC not", a, b, nfd)
		}
		if got && (!hasNonASCII(a) || !hasNonASCII(b)) {
			t.Fatalf("toneMarksApart(%q, %q) = true with a name in ASCII", a, b)
		}
	})
}

// BenchmarkToneMarksApart: the cost toneMarksCap adds to a pair called the
// same; ASCII names return at the first byte scan.
func BenchmarkToneMarksApart(b *testing.B) {
	for _, bc := range []struct{ name, a, b string }{
		{"ascii", "Qassem Suleimani", "Qasem Soleimani"},
		{"pinyin", "Duke Shēn of Chen", "Duke Shèn of Chen"},
		{"vietnamese", "Nguyễn Thị Hoà", "Nguyễn Thị Hòa"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				toneMarksApart(bc.a, bc.b)
			}
		})
	}
}

func TestMayHaveToneMark(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Shēn", true}, {"Nguyễn", true}, {"Michèle", true}, {"Lv\u0300", true},
		{"Shen", false}, {"Шэнь", false}, {"申", false}, {"", false},
	} {
		if got := mayHaveToneMark(tc.s); got != tc.want {
			t.Errorf("mayHaveToneMark(%q) = %v; want %v", tc.s, got, tc.want)
		}
	}
}
