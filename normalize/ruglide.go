package normalize

// Russian я, ю and йо written ia, iu and io against ya, yu and yo.
//
// ICAO Doc 9303 (the Latin of Russia's passports today) and ALA-LC (i͡a,
// i͡u, its tie left out) write я, ю after a consonant or a vowel as ia,
// iu, and й as i (ALA-LC ĭ); BGN/PCGN writes ya, yu and y. So one Russian
// name comes in both
// (Нурания: Nuraniia, Nuraniya; Сююмбика: Suiumbika, Suyumbika; Марьяна,
// its soft sign dropped by both: Mariana, Maryana). The letters and sounds
// of the two are close, but Hepburn writes a mora of i and a vowel (ri-u)
// with another kana than a glide (ryu), so the Japanese mora cap
// (romajiDistinct) parted such pairs. iaYaOnly lets the cap pass them.

// iaYaOnly reports whether a and b are the same letters but for i against
// y, each after two letters or more of its word and before a, u or o, in
// either case (ARIUNA, ARYUNA). Not in a word's first two letters, where
// English and Irish names differ so (Ryan, Rian; and so Нюра's Niura,
// Nyura stay to the cap).
func iaYaOnly(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false
	}
	found := false
	for i := 0; i < len(a); i++ {
		x, y := a[i]|0x20, b[i]|0x20
		if a[i] == b[i] || a[i] < 0x80 && b[i] < 0x80 && isASCIILetter(a[i]) && x == y {
			continue
		}
		if x != 'i' && x != 'y' || y != 'i' && y != 'y' || x == y {
			return false
		}
		if i < 2 || !isASCIILetter(a[i-1]) || !isASCIILetter(a[i-2]) || i+1 == len(a) {
			return false // a word's first two letters: English Ryan, Irish Rian
		}
		if n := a[i+1] | 0x20; n != 'a' && n != 'u' && n != 'o' || !isASCIILetter(a[i+1]) {
			return false
		}
		found = true
	}
	return found
}
