package normalize

import "strings"

// A Slavic given name written by another language's convention before a
// Slavic family name (issue 11: "German, French, Polish, Baltic and
// Ukrainian renderings of Russian names"). German, Dutch, the Scandinavian
// languages and Polish write the glide of Юрий, Юлия, Яна with j where
// English writes y (Juri, Yuri; Julia, Yulia; Jana, Yana). The Japanese
// and Pinyin minimal-pair caps read such a first word as a syllable of
// another name: Yuri and Juri are two Japanese given names (ゆり, じゅり),
// Yulia and Julia two Pinyin words (yu-lia, ju-lia). Before a family name
// that no Japanese or Chinese name has, a possessive or adjectival Slavic
// suffix (Gagarin, Tymoshenko, Ivanova), the first word is no Japanese or
// Chinese given name, and the caps must leave the pair to the letters.

// slavicSurnamed reports whether names a and b have two words or more, the
// same last word (but for case), and that word is a Slavic family name:
// slavicSurnameWord's endings, of five letters or more, not a word that
// reads as Japanese with a mark of Japanese (japaneseMarked: Shiina ends
// in -ina too).
func slavicSurnamed(a, b string) bool {
	i, j := strings.LastIndexByte(a, ' '), strings.LastIndexByte(b, ' ')
	if i <= 0 || j <= 0 || !strings.EqualFold(a[i+1:], b[j+1:]) {
		return false
	}
	last := a[i+1:]
	var buf [64]byte
	n, ok := lowerLetters(&buf, last)
	if !ok || n < 5 || !slavicSurnameWord(buf[:n]) {
		return false
	}
	return !japaneseMarked(string(buf[:n]))
}
