package normalize

// romajiKoName reports whether a word read as Hepburn morae ends in ko
// after a mora of two letters, a consonant and a vowel, three morae or
// more (Hiroko, Tomoko, Satoko, Mizuko; shi, chi and the glides mark a
// word already): the 子 of Japanese women's given names, which
// every romanization writes ko. It is a mark of Japanese for
// romajiDistinct (romajiMarked): such a name against a surname in -oka
// (岡: Hirooka, Tomooka, Mizuoka), -go or another mora is two names, and the
// letters score the pair over the threshold. A European word that reads
// as Hepburn morae and ends in ko has the moraic n, a bare vowel or fewer
// morae before it (Azarenko, Benko, Heiko, Marko does not read so), so it
// keeps the marks it had.
func romajiKoName(morae []string) bool {
	n := len(morae)
	return n >= 3 && morae[n-1] == "ko" && len(morae[n-2]) == 2
}
