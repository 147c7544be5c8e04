package normalize

import (
	"strings"
	"testing"
)

// TestWadeGilesBare: Wade-Giles printed without its apostrophes, as
// newspapers and older books print it, read against Pinyin or Han: each
// syllable is read plain or aspirated as the other name has it. A name
// that uses apostrophes elsewhere keeps the table's reading of an unmarked
// initial, and a name of Pinyin syllables alone needs two words read
// (wadeGilesAgainst's rule). On main every "same" pair here but the ones
// already marked was different (Tsao Hsueh-chin 0.750).
func TestWadeGilesBare(t *testing.T) {
	m := NewMatcher(nil)
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Tsao Hsueh-chin", "Cao Xueqin", true},   // Ts'ao Hsüeh-ch'in
		{"Tsao Hsueh-chin", "曹雪芹", true},          // its characters
		{"Chien Chi-chen", "Qian Qichen", true},   // Ch'ien Ch'i-ch'en
		{"Tuan Chi-jui", "Duan Qirui", true},      // Tuan Ch'i-jui
		{"Chen Tu-hsiu", "Chen Duxiu", true},      // Ch'en Tu-hsiu
		{"Tsao Pi", "Cao Pi", true},               // Ts'ao P'i: tsao is no Pinyin
		{"Chien Chi-chen", "Qian Qicheng", false}, // another given name
		{"Tsao Hsüeh-ch'in", "Cao Xueqin", false}, // apostrophes in use: Tsao is Zao
		{"Chang Hua", "Zhang Hua", false},         // Pinyin words, one read: a minimal pair
		{"Chen Tu-hsiu", "Chen Tuxiu", true},      // the table's reading still counts
	})
}

// TestWadeGilesBareDerived: the development set's Wade-Giles names
// (native-zh-wg, dev split) with their apostrophes taken out, against the
// Pinyin of their characters (first readings) and against the characters:
// main found 191 and 209 of 242; the bare reading 222 and 242 (the rest
// are Pinyin syllables alone with one word read, Chang Hua and Zhang Hua,
// which wadeGilesAgainst leaves apart on purpose). Against every other
// name of the class it merges no more pairs than main did (20 and 36 of
// 58,322, the same names written with other characters).
func TestWadeGilesBareDerived(t *testing.T) {
	m := NewMatcher(nil)
	var bare, pin, han []string
	for _, p := range readDevSet(t) {
		if p.class != "native-zh-wg" || p.held {
			continue
		}
		var py []string
		for _, r := range p.a {
			py = append(py, PinyinSyllable(r))
		}
		name := capitalized(py[0])
		if len(py) > 1 {
			name += " " + capitalized(strings.Join(py[1:], ""))
		}
		bare = append(bare, strings.NewReplacer("'", "", "’", "").Replace(p.b))
		pin = append(pin, name)
		han = append(han, p.a)
	}
	if len(bare) != 242 {
		t.Fatalf("%d native-zh-wg dev pairs; want 242", len(bare))
	}
	var samePin, sameHan, crossPin, crossHan int
	for i := range bare {
		if m.Same(bare[i], pin[i]) {
			samePin++
		}
		if m.Same(bare[i], han[i]) {
			sameHan++
		}
		for j := range pin {
			if j == i || pin[j] == pin[i] {
				continue
			}
			if m.Same(bare[i], pin[j]) {
				crossPin++
			}
			if m.Same(bare[i], han[j]) {
				crossHan++
			}
		}
	}
	t.Logf("against Pinyin %d, Han %d; merged %d, %d", samePin, sameHan, crossPin, crossHan)
	if samePin < 222 || sameHan < 242 {
		t.Errorf("bare Wade-Giles found %d of 242 against Pinyin, %d against Han; want >= 222 and 242", samePin, sameHan)
	}
	if crossPin > 20 || crossHan > 36 {
		t.Errorf("bare Wade-Giles merged %d pairs of different names with Pinyin, %d with Han; want <= 20 and <= 36 (main)", crossPin, crossHan)
	}
}
