package normalize

import "strings"

// English spellings of one name that the pivot scripts write alike
// (katakana, hangul and Chinese write a foreign name by its sound:
// normalize/testdata/kana, hangul, zhforeign).
//
// English spellings of one sound (pivotSpellings). English writes some
// sounds two ways, and family names kept both spellings, which the pivot
// scripts write alike as they write the sound:
//   - ew inside a word is the vowel /uː/ or /juː/ (new, dew, Jewell,
//     Hewitt, Prewett, Drew), the sound a u writes in an open syllable or
//     before a vowel (Pruett, Juett, Dru): Prewett and Pruett, Jewett and
//     Juett, Hewett and Huett, Stewart and Stuart are each one name, which
//     Chinese and Korean write alike (普鲁厄特 for Prewett and Pruett). The
//     key writes the w of ew as v (the w of Polish and German
//     transliteration: Jewgeni, Lewandowski), so such a pair lost a letter
//     and a vowel and fell under the threshold.
//   - eigh before t is /eɪ/, as ay is (Leighton and Layton, Deighton and
//     Dayton: 레이턴 for both). Only before t: a final eigh is /iː/ in
//     Leigh and /eɪ/ in Neigh, and Keighley is /kiːθli/.
//   - augh inside a word is /ɔː/, as aw is (Laughton and Lawton, Straughn
//     and Strawn, Maughan and Mawn).
//   - dg before e, i or y is the /dʒ/ a g writes there (Rodgers and Rogers,
//     Edgerton and Egerton, Hodgins and Hogins).
//   - Two French final spellings whose last letters are silent, each read
//     as the spelling of one sound the other name ends in: the -ais of
//     Millais is the /eɪ/ English writes -ay (Millay); the -oult of Raoult
//     is -oul (Raoul, Arnoul: the t silent). Only at the end of both names:
//     inside a word these letters are spoken (Aisha, Maisie). The Irish
//     -agh (Oonagh, Oona) is left: Donagh, a man's name, and Dona, a
//     woman's, would read alike.
//   - m before f inside a word is the n other spellings of one name write
//     there (Bamfield and Banfield, Bamford and Banford): the nasal is
//     spoken with the lips and teeth of the f whichever letter writes it,
//     and katakana and Chinese write it alike (ン, 恩).
//   - The French t of mont, pont, font before a consonant is silent
//     (Montluc and Monluc, Montcalm and Moncalm, Pontchartrain and
//     Ponchartrain); read only right after the first letter, and not
//     before r, h, t, x, y or z (Montrose and Montréal speak it; Frantz,
//     Franz is the key's).
//   - sch inside a word before a vowel is sk in the Greek and Italian names
//     English writes (Paschalis and Paskalis, Aeschylus, Maschio), and
//     German sch answers the Scandinavian sk of one name there (Fischer,
//     Fisker). A final sch is German /ʃ/ and is left (Rusch, Rusk), and
//     so is an initial one (Schott and Scott are two names).
//
// englishSpellingSim reads such a spelling of a word, after its first
// letter, as the other name's spelling when the other name writes that
// spelling where it is (the letters before it the same) and not the first
// one anywhere; the other name's letters then decide, at the base score
// less a convention's cost: Hewson and Hudson stay two names (Huson,
// Hudson 0.833), as Newton and Nunan do. An initial ew is left (Ewan,
// Ewing: the letters are a syllable of their own), and so is a pair whose
// other name is a Pinyin syllable of three letters or fewer (Chew and Chu,
// Yew and Yu are the spellings of two Chinese surnames, 周 and 朱, not
// one; Roger, Pinyin-shaped too, is English Rodger); and so are names of
// more than one word and names found in running text (s.inText, as
// englishsound.go): in prose a capitalised word may be an English word,
// and dew and due, or stew and Stu, are two words.

// pivotSpellings are the spellings englishSpellingSim reads: from, read as
// to, when the letter after from is one of next ("" for any letter or the
// end of the word; finalSpelling for the end of both names only), and,
// when second is set, only right after the name's first letter.
var pivotSpellings = [...]struct {
	from, to, next string
	second         bool
}{
	{"ew", "u", "", false},
	{"eigh", "ay", "t", false},
	{"augh", "aw", "", false},
	{"dg", "g", "eiy", false},
	{"sch", "sk", "aeiouy", false},
	{"ais", "ay", finalSpelling, false},
	{"oult", "oul", finalSpelling, false},
	{"mf", "nf", "", false},
	{"ont", "on", "bcdfgjklmnpqsvw", true},
}

// finalSpelling is the next of a spelling of pivotSpellings read only at
// the end of a name, against the other's end.
const finalSpelling = "$"

// pivotSpellingMinLen is the fewest letters a word englishSpellingSim
// reads may have (Drew, Dru).
const pivotSpellingMinLen = 3

// englishSpellingSim returns max(score, the similarity of a and b with a
// spelling of pivotSpellings in one read as the other's, less a
// convention's cost) when both are one word of ASCII letters (see above);
// otherwise score.
func (s *simState) englishSpellingSim(a, b string, score float64) float64 {
	if s.inText || !spellingLetters(a) && !spellingLetters(b) && !finalSpellingLetters(a) && !finalSpellingLetters(b) {
		return score // a checkSim's, or the quick test: no spelling's letters after the first letter
	}
	return s.readAgainst(a, b, score, spellingReading)
}

// spellingLetters reports whether w has, after its first letter, the
// letters of a spelling of pivotSpellings (ew, eigh, augh, dg, sch, mf,
// ont; what follows them is spellingReading's to check).
func spellingLetters(w string) bool {
	for i := 2; i < len(w); i++ {
		switch w[i] | 0x20 {
		case 'w':
			if w[i-1]|0x20 == 'e' {
				return true // ew
			}
		case 'g':
			if w[i-1]|0x20 == 'd' {
				return true // dg
			}
		case 'f':
			if w[i-1]|0x20 == 'm' {
				return true // mf
			}
		case 't':
			if i == 3 && w[1]|0x20 == 'o' && w[2]|0x20 == 'n' {
				return true // ont after the first letter
			}
		case 'h':
			if p := w[i-1] | 0x20; p == 'c' && w[i-2]|0x20 == 's' && i >= 3 ||
				p == 'g' && i >= 4 && w[i-2]|0x20 == 'i' && w[i-3]|0x20 == 'e' || p == 'g' && i >= 4 && w[i-2]|0x20 == 'u' && w[i-3]|0x20 == 'a' {
				return true // sch, eigh, augh
			}
		}
	}
	return false
}

// finalSpellingLetters reports whether w ends in s or t after two
// letters that may begin a final spelling of pivotSpellings (ais, oult;
// spellingReading checks the rest).
func finalSpellingLetters(w string) bool {
	if len(w) < 4 {
		return false
	}
	switch w[len(w)-1] | 0x20 {
	case 's':
		return w[len(w)-2]|0x20 == 'i' && w[len(w)-3]|0x20 == 'a'
	case 't':
		return w[len(w)-2]|0x20 == 'l' && w[len(w)-3]|0x20 == 'u'
	}
	return false
}

// spellingReading returns name, one word of ASCII letters, with each
// spelling of pivotSpellings after its first letter written as other, one
// word of ASCII letters that lacks that spelling, writes it after the
// same letters, or "" when it reads nothing.
func spellingReading(name, other string) string {
	if len(name) < pivotSpellingMinLen || len(other) < pivotSpellingMinLen || len(name) > englishSoundMaxLen || len(other) > englishSoundMaxLen ||
		!asciiLetters(name) || !asciiLetters(other) {
		return ""
	}
	var out []byte
	from := 0 // bytes of name copied to out
	for i := 1; i < len(name); i++ {
		for _, sp := range pivotSpellings {
			end := i + len(sp.from)
			if end > len(name) || sp.second && i != 1 || !strings.EqualFold(name[i:end], sp.from) {
				continue
			}
			final := sp.next == finalSpelling
			if final && end != len(name) || !final && sp.next != "" && (end == len(name) || strings.IndexByte(sp.next, name[end]|0x20) < 0) {
				continue
			}
			j := len(out) + i - from // where the spelling falls in other
			if j+len(sp.to) > len(other) || final && j+len(sp.to) != len(other) || !strings.EqualFold(other[j:j+len(sp.to)], sp.to) ||
				!strings.EqualFold(name[from:i], other[len(out):j]) || indexFold(other, sp.from) >= 0 {
				continue
			}
			out = append(out, name[from:i]...)
			out = append(out, sp.to...)
			from = end
			i = end - 1
			break
		}
	}
	if out == nil || len(other) <= 3 && pinyinShaped(other) {
		return "" // Chew and Chu, Yew and Yu: Chinese surnames of two characters
	}
	return string(append(out, name[from:]...))
}
