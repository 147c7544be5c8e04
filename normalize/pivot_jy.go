package normalize

import "strings"

// An initial j against y: the German, Dutch, Scandinavian, Finnish,
// Baltic and West and South Slavic alphabets write with j the sound
// English writes y (the IPA took its letter for it, /j/), so one name
// comes to Latin letters both ways: Johan and Yohan, Jana and Yana, Jona
// and Yona; and the Latin of Cyrillic names does too (Duden's German
// transliteration and the Czech and Polish ones write я, е, ю as ja, je,
// ju where BGN/PCGN writes ya, ye, yu: Jelena, Yelena; Janina, Yanina).
// The pivot scripts read such a pair back as one name (Hebrew יוהן,
// Arabic يوهان, katakana ヨハン). The key keeps j and y apart (English j
// is another sound), and Hepburn writes ja, jo with other kana than ya,
// yo, so the Japanese mora cap parted them: the largest class the caps
// part among the seven pivots' variants judged one name (branch pivot64).
//
// jyOnly holds the pair to the shape and keeps apart what the convention
// does not write:
//   - one word each of ASCII letters, jyMinLen or more, as long as the
//     other, the same letters after the j and the y, and a vowel after
//     them other than i (Pinyin ji and yi, Hindi Jatin and Yatin's ज and
//     य are other sounds; the Indian list keeps its names apart);
//   - two syllables or more: a word of one vowel group is Chinese,
//     Korean or Spanish as often (Jun, Yun; Jung, Yung; Juan, Yuan, with
//     Spanish j for the sound of ch in loch);
//   - not a word Pinyin spells (Juri is ju-ri, Julian ju-lian: Pinyin's j
//     before u is another initial than y, and the Pinyin cap keeps such
//     pairs apart);
// and the cap passes it only outside running text (s.inText, as
// liquidSim reads).
//
// The key's conventionSim reads the initial j as y already in a word of
// two syllables (initialJ: Jasmin, Yasmine), so such a pair scores over
// the threshold (Johan, Yohan 0.880; Jona, Yona 0.960) and jyOnly only
// lets the Japanese mora cap (romajiDistinct) pass it, as iaYaOnly does
// for ia against ya (ruglide.go). A pair whose y-form has a mark of
// Japanese of its own stays to the cap (yJapanese: Joji, Yoji).

// jyMinLen is the fewest letters of a word jyOnly reads.
const jyMinLen = 4

// jyOnly reports whether a and b are one word each that differ only in an
// initial j against y, of the shape described above.
func jyOnly(a, b string) bool {
	if len(a) != len(b) || len(a) < jyMinLen || len(a) > englishSoundMaxLen {
		return false
	}
	x, y := a[0]|0x20, b[0]|0x20
	if x == 'y' && y == 'j' {
		a, b = b, a
	} else if x != 'j' || y != 'y' {
		return false
	}
	if !asciiLetters(a) || !asciiLetters(b) || !strings.EqualFold(a[1:], b[1:]) {
		return false
	}
	if v := a[1] | 0x20; v != 'a' && v != 'e' && v != 'o' && v != 'u' {
		return false
	}
	la := strings.ToLower(a)
	if vowelGroups(la) < 2 || indianListed(a) || indianListed(b) {
		return false
	}
	return segmentPinyin(la, pinyinSyllables()) == nil && !yJapanese(b)
}

// yJapanese reports whether word y, the name with the y, reads as Hepburn
// with a mark of Japanese of its own (romajiMarked: a mora only Hepburn
// writes so, ji, shi, a glide; a doubled consonant; four morae): two
// Japanese names (Jōji, Yōji; Junko's ju is its only mark) stay to the
// mora cap, and a Hebrew name whose y-form has such a mora too (Jochanan,
// Yochanan: cha).
func yJapanese(y string) bool {
	var buf [24]string
	m, ok := romajiMorae(buf[:0], y)
	return ok && romajiMarked(y, m)
}
