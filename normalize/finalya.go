package normalize

// The Russian я after a consonant, written -ya or -ia. English and the
// BGN/PCGN romanization write the ending я of Соня, Таня, Дарья -ya
// (Sonya, Tanya, Darya); French, Italian, Spanish and older English write
// it -ia (Sonia, Tania, Daria), and Chinese writes both alike (索尼娅).
// The letters score such a pair over the threshold, but romajiDistinct
// read it as two Japanese names, since nya, rya and mya are Hepburn
// glides (Sonya as so-nya, Sonia as so-ni-a), or pinyinDistinct as two
// Chinese ones (Tanya as tan-ya, Tania as ta-ni-a), and the cap lowered it
// to 0.8. finalYaOnly tells capsStage such a pair, whose one difference is
// the i or y of a final -ia or -ya after a consonant: neither Hepburn nor
// Pinyin ends a name in a syllable a after a syllable ending in i as two
// of its names would need to differ only there, and a Japanese or Chinese
// pair that differs anywhere else is capped as before (Tatsuya, Tetsuya).

// finalYaOnly reports whether names a and b differ only in one word's
// final -ia against -ya (any case) after an ASCII consonant: Sonia, Sonya.
func finalYaOnly(a, b string) bool {
	if len(a) != len(b) || len(a) < 4 {
		return false
	}
	at := -1
	for i := 0; i < len(a); i++ {
		if a[i] == b[i] {
			continue
		}
		if at >= 0 {
			return false // a second difference
		}
		x, y := a[i]|0x20, b[i]|0x20
		if !(x == 'i' && y == 'y' || x == 'y' && y == 'i') {
			return false
		}
		at = i
	}
	if at < 1 || at+1 >= len(a) || a[at+1]|0x20 != 'a' || at+2 < len(a) && isLetterByte(a[at+2]) {
		return false // not a final -ia
	}
	c := a[at-1]
	return isASCIILetter(c) && !isVowel(c|0x20) && c|0x20 != 'y'
}
