package normalize

import "strings"

// A Russian name's -sha written -cha: the French transcription of Russian
// writes ш with ch (frenchRu in rurender.go: Chostakovitch, Gagarine), so
// the hypocoristics in -ша come to French as -cha where English writes
// -sha: Natacha, Natasha (Наташа); Sacha, Sasha; Macha, Masha; Pacha,
// Pasha; Micha, Misha. The pivot scripts read both back alike (Hebrew
// נטשה, katakana ナターシャ, hangul 나타샤). The letters are close, but
// Pinyin has both cha and sha (two initials: Chen, Shen) and Hepburn both
// cha and sha, so the Pinyin and Japanese caps parted them, the one
// French spelling the seven pivots' variants judged one name lose to a
// cap most often (branch pivot64: Natacha, Natasha in five pivots).
//
// frenchShaOnly reports whether a and b are one word each of ASCII
// letters, frenchShaMinLen or more, the same letters but for the last
// three: cha in one and sha in the other, after a vowel, and the name in
// -cha not on the list of Indian given names (Hindi romanization writes च
// ch, and च and श are two letters: Richa, Risha). Only at the end
// and after a vowel, the place of the Russian suffix: a Pinyin ch or sh
// that opens a name or a syllable inside it is another initial (Chen,
// Shen; Wenchao, Wenshao), and the caps keep those apart. Two Pinyin names
// of that shape (Lisha, Licha) are joined too: no letter tells them from
// Misha and Micha.
func frenchShaOnly(a, b string) bool {
	n := len(a)
	if n != len(b) || n < frenchShaMinLen || n > englishSoundMaxLen || !asciiLetters(a) || !asciiLetters(b) {
		return false
	}
	ta, tb := strings.ToLower(a[n-3:]), strings.ToLower(b[n-3:])
	if ta == "sha" && tb == "cha" {
		a, b = b, a
	} else if ta != "cha" || tb != "sha" {
		return false
	}
	return isVowel(a[n-4]|0x20) && strings.EqualFold(a[:n-3], b[:n-3]) && !indianListed(a)
}

// frenchShaMinLen is the fewest letters of a word frenchShaOnly reads: a
// vowel and a consonant before -cha (Sacha).
const frenchShaMinLen = 5
