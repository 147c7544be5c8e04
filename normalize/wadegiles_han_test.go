package normalize

import "testing"

// TestWadeGilesAgainstHan: a Chinese name in characters against its
// Wade-Giles form without hyphens or apostrophes (one-syllable words), read
// by the standard Wade-Giles table (ch = zh before a, o, u; ch = j before
// i, ü; k = g; t = d; p = b), and names it must keep apart.
func TestWadeGilesAgainstHan(t *testing.T) {
	m := NewMatcher(nil)
	for _, c := range []struct {
		han, latin string
		same       bool
	}{
		{"张华", "Chang Hua", true},  // ch before a: zh
		{"周济", "Chou Chi", true},   // ch before o: zh; before i: j
		{"高岗", "Kao Kang", true},   // k: g
		{"邓拓", "Teng T'o", true},   // already read (apostrophe)
		{"张华", "Zhang Hua", true},  // Pinyin as before
		{"张华", "Chang Hsi", false}, // hsi is xi, not hua
		{"张华", "Wang Hua", false},  // wang is no reading of 张
		{"常华", "Chang Hua", true},  // Pinyin Chang, as written
		{"张华", "Chang", false},     // one word for two characters
	} {
		if got := m.Same(c.han, c.latin); got != c.same {
			t.Errorf("Same(%q, %q) = %v, want %v (score %.3f)", c.han, c.latin, got, c.same, m.Similarity(c.han, c.latin))
		}
	}
}
