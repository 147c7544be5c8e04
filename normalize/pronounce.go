package normalize

import (
	_ "embed"
	"strings"
)

// Two English spellings of one sound, read from a pronouncing dictionary
// (issue 11, branch cmu52). Every other reading compares letters; this one
// compares how Americans say the two names: Neal and Neil, Reilly and Riley,
// Burns and Byrnes, Kneale and Neale are one pronunciation, and a pivot
// script (Japanese kana, Hangul, Chinese, Arabic, Hebrew, Cyrillic) that
// writes the sound writes them alike.
//
// The table, pronounce.tsv, is written from the CMU Pronouncing Dictionary
// (BSD licence, pronounce_LICENSE.txt beside it; testdata/README.md) by
// testdata/bench/pronounce_table.go: one line a word of three or more
// ASCII letters, sorted bytewise, the word, a tab and its pronunciations
// separated by spaces, one byte a phoneme, stress dropped and an unstressed
// AH, IH, EH or UH written as one reduced vowel; pronounce.idx holds the
// offset of each line. A word is found by a binary search over the offsets
// (pronunciations): nothing is parsed at start-up, and only the pairs the
// readings try (under the threshold, at conventionFloor or more) and those
// a Pinyin or Japanese minimal-pair cap would part (saidAlikeSpelling) are
// looked up.
//
// Only the joining side is a rule. Consonants that differ are not read as
// two names: the pivot scripts write s and z, t and th, v and w alike, and
// of the design pairs over the threshold whose consonants differ 114 are
// variants and 33 look-alikes (BENCHMARKS.md, branch cmu52).

//go:embed pronounce.tsv
var pronounceTSV string

// pronouncedAlikeScore is the score of two single-word names the table
// pronounces alike (Neal, Neil): one name, over SameThreshold by a
// convention's margin, so that the caps that part look-alikes (a long
// vowel, a last vowel, a silent e against y) still read the pair.
const pronouncedAlikeScore = SameThreshold + conventionPenalty

// pronounceMaxWord bounds the words looked up: the table's longest name-like
// words are under it, and the lowercased copy stays on the stack.
const pronounceMaxWord = 32

// pronounceIdx indexes pronounceTSV, four bytes little-endian a number:
// for each two first letters aa, ab... zz, the number of the first line
// whose word opens with them or sorts after them, and the number of lines
// (pronounceBuckets numbers); then the offset of each line.
//
//go:embed pronounce.idx
var pronounceIdx string

// pronounceBuckets is how many numbers open pronounceIdx: one a pair of
// first letters, and the number of lines.
const pronounceBuckets = 26*26 + 1

// pronounceNum returns the i-th number of pronounceIdx.
func pronounceNum(i int) int {
	j := 4 * i
	return int(uint32(pronounceIdx[j]) | uint32(pronounceIdx[j+1])<<8 | uint32(pronounceIdx[j+2])<<16 | uint32(pronounceIdx[j+3])<<24)
}

// pronunciations returns the pronunciations of word (three or more lower
// case ASCII letters) in the table, separated by spaces, or "" when the
// table lacks it. It searches the lines of the word's first two letters.
func pronunciations(word []byte) string {
	if len(word) < 2 {
		return ""
	}
	k := int(word[0]-'a')*26 + int(word[1]-'a')
	if k < 0 || k >= pronounceBuckets-1 {
		return ""
	}
	lo, hi := pronounceNum(k), pronounceNum(k+1)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		line := pronounceTSV[pronounceNum(pronounceBuckets+mid):] // the line and those after it
		switch c := compareWord(word, line); {
		case c == 0:
			prons := line[len(word)+1:]
			return prons[:strings.IndexByte(prons, '\n')]
		case c < 0:
			hi = mid
		default:
			lo = mid + 1
		}
	}
	return ""
}

// compareWord compares word with the word that opens line, the part before
// its tab, as strings.Compare would. The tab sorts before every letter, so
// a word that is a prefix of another sorts first, as it does alone.
func compareWord(word []byte, line string) int {
	for i, c := range word {
		if i >= len(line) {
			return 1 // a malformed line; TestPronounceTable says there is none
		}
		if d := line[i]; c != d {
			if c < d {
				return -1
			}
			return 1
		}
	}
	if len(word) < len(line) && line[len(word)] == '\t' {
		return 0
	}
	return -1
}

// lowerWord copies name into buf lowercased and reports whether it is one
// word of three or more ASCII letters that fits.
func lowerWord(buf *[pronounceMaxWord]byte, name string) ([]byte, bool) {
	if len(name) < 3 || len(name) > len(buf) {
		return nil, false
	}
	return lowerASCII(buf[:0], name) // fits: no allocation
}

// pronouncedAlike reports whether names a and b are single words, spelled
// differently, that the table pronounces alike in one of their
// pronunciations (Neal, Neil; Cooper, Cowper), neither of them a Chinese
// surname's spelling (chineseSpelling: Lam and Lamb, Chew and Chu are two
// names however the dictionary says them).
func pronouncedAlike(a, b string) bool {
	var ba, bb [pronounceMaxWord]byte
	wa, ok := lowerWord(&ba, a)
	if !ok {
		return false
	}
	wb, ok := lowerWord(&bb, b)
	if !ok || string(wa) == string(wb) {
		return false
	}
	pa := pronunciations(wa)
	if pa == "" {
		return false
	}
	pb := pronunciations(wb)
	if pb == "" {
		return false
	}
	for pa != "" {
		var x string
		x, pa, _ = strings.Cut(pa, " ")
		for rest := pb; rest != ""; {
			var y string
			y, rest, _ = strings.Cut(rest, " ")
			if x == y {
				return !chineseSpelling(wa) && !chineseSpelling(wb)
			}
		}
	}
	return false
}

// chineseSpelling reports whether word (lower case) spells a Chinese
// surname in Cantonese or Hokkien (canto_surnames.tsv: Lam, Chew) or is a
// Pinyin syllable of three letters or fewer (Chu, Yu).
func chineseSpelling(word []byte) bool {
	return cantoTables().known[string(word)] || len(word) <= 3 && pinyinShaped(string(word))
}

// pronouncedSim is a nameReading: pronouncedAlikeScore for two single-word
// names the table pronounces alike, else score. Names found in running
// text (s.inText) are not read, as englishsound.go's are not: there a
// capitalised word may be an English one, and Plain and Plane, Main and
// Mane are two words.
func (s *simState) pronouncedSim(a, b string, score float64) float64 {
	if !s.inText && pronouncedAlike(a, b) {
		return max(score, pronouncedAlikeScore)
	}
	return score
}

// saidAlikeSpelling reports whether names a and b are two spellings of one
// name that the Pinyin and Japanese minimal-pair caps (capsStage) must
// leave: single words the table pronounces alike (pronouncedAlike: Sousa,
// Souza; Hagan, Hagen; Patten, Patton), neither of them marked as Pinyin
// or Japanese (eastAsianMarked). The dictionary holds Chinese and Japanese
// names as Americans say them, and there Zeng and Zheng, Xudong and
// Xuedong, Suda and Tsuda, Machida and Mochida are said alike but are
// two names each.
func saidAlikeSpelling(a, b string) bool {
	return pronouncedAlike(a, b) && !eastAsianMarked(a) && !eastAsianMarked(b)
}

// eastAsianMarked reports whether word has a spelling that marks it as
// Pinyin (an initial x, q or zh, a final in ng, uo or ao: Zheng, Xudong)
// or as Japanese (shi, chi, tsu or fu, or four morae of a consonant and a
// vowel: Tsuda, Machida, Hosokawa). Pinyin's c and Hepburn's sha, ja and
// doubled consonants, which pinyinMarked and romajiMarked also count, are
// not marks here: Western names spell them too (Caine, Cane; Sharon,
// Sherin; Jansen, Janson; Patten, Patton).
func eastAsianMarked(word string) bool {
	if mayHavePinyinMark(word) {
		if ws := pinyinWords(word, pinyinSyllables()); ws != nil {
			for _, w := range ws {
				for _, s := range w {
					if in, fin := splitSyllable(s); in == "x" || in == "q" || in == "zh" || in != "c" && pinyinMarked(in, fin) {
						return true
					}
				}
			}
		}
	}
	var buf [24]string
	m, ok := romajiMorae(buf[:0], word)
	if !ok {
		return false
	}
	if cvMorae(m) >= 4 {
		return true
	}
	for _, x := range m {
		switch x {
		case "shi", "chi", "tsu", "fu":
			return true
		}
	}
	return false
}
