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

//
// German, the Scandinavian languages, Polish and the South Slavic ones
// write the same я -ja (Tanja, Sonja, Anja), and the -ия of Мария, Юлия
// after a consonant -ija where English writes -iya or -ia (Lithuanian and
// Serbo-Croatian Marija, Julija; Mariya; Maria): the j is the glide that
// -ya's y and -ia's i write, and Hepburn's ja (Marija as ma-ri-ja, Tanja
// as ta-N-ja) made the Japanese cap part Maria and Marija, Tanja and Tania.
// So finalYaOnly takes j as the y or i of the ending too, and a final -ia
// against -ija or -iya (a glide written or not after the i).

// finalYaOnly reports whether names a and b differ only in one word's
// final -ia, -ya or -ja (any case) after an ASCII consonant (Sonia,
// Sonya; Tania, Tanja), its -iya against -ija (Mariya, Marija), or its
// -ia against -ija or -iya after a consonant (Maria, Marija).
func finalYaOnly(a, b string) bool {
	if len(a) != len(b) {
		if len(a) > len(b) {
			a, b = b, a
		}
		return len(b) == len(a)+1 && finalIjaOnly(a, b)
	}
	if len(a) < 4 {
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
		if x == y || !glideLetter(x) || !glideLetter(y) {
			return false
		}
		at = i
	}
	if at < 1 || at+1 >= len(a) || a[at+1]|0x20 != 'a' || at+2 < len(a) && isLetterByte(a[at+2]) {
		return false // not a final -ia
	}
	c := a[at-1] | 0x20
	if c == 'i' && a[at]|0x20 != 'i' && b[at]|0x20 != 'i' {
		// -iya, -ija (Mariya, Marija): the i after a consonant
		return at >= 2 && isConsonantByte(a[at-2])
	}
	return isConsonantByte(a[at-1])
}

// glideLetter reports whether c (lower case) is a letter that writes the
// glide of a final я: i, y or j.
func glideLetter(c byte) bool { return c == 'i' || c == 'y' || c == 'j' }

// isConsonantByte reports whether c is an ASCII consonant letter, y
// aside.
func isConsonantByte(c byte) bool {
	return isASCIILetter(c) && !isVowel(c|0x20) && c|0x20 != 'y'
}

// finalIjaOnly reports whether b is a, one letter longer, with a glide j
// or y written between a word's final -ia and its a after a consonant:
// Maria, Marija; Mia, Miya.
func finalIjaOnly(a, b string) bool {
	k := 0
	for k < len(a) && a[k] == b[k] {
		k++
	}
	if k < 2 || k >= len(a) || a[k:] != b[k+1:] {
		return false
	}
	if g := b[k] | 0x20; g != 'j' && g != 'y' {
		return false
	}
	if a[k-1]|0x20 != 'i' || a[k]|0x20 != 'a' || k+1 < len(a) && isLetterByte(a[k+1]) {
		return false // not a final -ia
	}
	return isConsonantByte(a[k-2])
}
