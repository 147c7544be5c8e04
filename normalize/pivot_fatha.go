package normalize

import "strings"

// The Arabic fatha written e. Arabic writes three short vowels, and the
// fatha (a) of a name comes to Latin letters as a in the English and the
// scholarly transcriptions (Samiha, Naziha, Makki) but as e in Turkish
// spelling, where the fatha of a loanword beside a front consonant is
// written e (Turkish Semiha, Neziha, Neriman, Kerim, Selim: TDK's
// spelling of Arabic given names), and in the French transcription of
// the Maghreb (Mekki, Nejib). The pivot scripts read such a pair back as
// one name (Arabic سميحة, مكي). Where the name ends in a consonant the
// key's letters carry the pair over the threshold already (Karim, Kerim
// 0.940; Salim, Selim); where it ends in a vowel the word also
// segments as Pinyin syllables or as Japanese morae a syllable apart
// (sa-mi-ha, se-mi-ha; ma-k-ki, me-k-ki), and the Pinyin and mora caps
// parted it: the persons62 and pivot64 samples' "Arabic fatha as e".
//
// fathaEOnly holds the pair to the shape of the Arabic patterns with a
// fatha before a kasra (fa'il, fa'ila, and a nisba after a doubled
// consonant: Samih, Samiha, Makki), and keeps apart the names of the same
// letters in other languages:
//   - one word each of ASCII letters, fathaMinLen or more, the same
//     letters but one: the first vowel, a in one word and e in the
//     other (Takashi, Takeshi differ in the second);
//   - the a-word's vowels a and i alone (the three of Arabic less the
//     u the pattern lacks; Karen, Keren and Amalie, Amelie have an e of
//     their own), no two vowels side by side (Dalia, Delia), the vowel
//     after the a an i, one consonant or a doubled one between them
//     (Santa, Senta; Lana, Lena have an a there);
//   - a Pinyin reading of the a-word, if any, of three syllables or
//     more: Chinese given names are one or two (Damin, Demin; Dalin,
//     Delin stay to the Pinyin cap);
//   - not both words given names of the lists of given_gender.txt and
//     given_gender_en.txt (Malina, Melina);
//
// and the caps pass it only outside running text (s.inText), as jyOnly.
func fathaEOnly(a, b string) bool {
	if len(a) != len(b) || len(a) < fathaMinLen || len(a) > englishSoundMaxLen || !asciiLetters(a) || !asciiLetters(b) {
		return false
	}
	x, y := strings.ToLower(a), strings.ToLower(b)
	i := 0
	for i < len(x) && !isVowelY(x[i]) {
		i++
	}
	if i == len(x) || x[:i] != y[:i] || x[i+1:] != y[i+1:] {
		return false
	}
	switch {
	case x[i] == 'e' && y[i] == 'a':
		x, y = y, x
	case x[i] != 'a' || y[i] != 'e':
		return false
	}
	if !fathaKasraShape(x, i) {
		return false
	}
	if s := segmentPinyin(x, pinyinSyllables()); s != nil && len(s) < 3 {
		return false
	}
	return !(givenListed(x) && givenListed(y))
}

// fathaMinLen is the fewest letters of a word fathaEOnly reads: a name
// of four (Naji, Neji; Amin, Emin) is as often a European or Chinese one.
const fathaMinLen = 5

// fathaKasraShape reports whether lower-case word x, its first vowel an a
// at i, has fathaEOnly's shape: vowels a and i alone, none side by side,
// an i the next vowel after one consonant or a doubled one.
func fathaKasraShape(x string, i int) bool {
	for k := i; k < len(x); k++ {
		c := x[k]
		if !isVowelY(c) {
			continue
		}
		if c != 'a' && c != 'i' || k > 0 && isVowelY(x[k-1]) {
			return false
		}
	}
	j := i + 1
	for j < len(x) && !isVowelY(x[j]) {
		j++
	}
	switch n := j - i - 1; {
	case j == len(x) || x[j] != 'i':
		return false
	case n == 1:
		return true
	default:
		return n == 2 && x[i+1] == x[i+2]
	}
}

// givenListed reports whether lower-case word w is a given name of
// given_gender.txt or given_gender_en.txt.
func givenListed(w string) bool {
	if _, ok := givenGenders.get()[w]; ok {
		return true
	}
	_, ok := englishGivenSexes.get()[w]
	return ok
}
