package normalize

import "strings"

// The liquids l and r, which the pivot scripts write with one sign
// (normalize/testdata/kana, hangul, zhforeign). Katakana has one row of
// liquids, ラ リ ル レ ロ, which Hepburn romanizes r (Glass and Grass are
// both グラス, Olga and Orga both オルガ); hangul writes both with ㄹ
// (Revised Romanization: r before a vowel, l elsewhere, whatever the
// English name had: Lenoir and Renoir are both 르누아르); and the Chinese
// tables for foreign names (Xinhua's 世界人名翻译大辞典 syllable table)
// have no r: they write an English l or r before a vowel with a syllable
// Pinyin spells with l (拉 la for la and ra; 利 and 里, both li, for li and
// ri) and a final l or r with 尔 (Carl and Carr are both 卡尔). A name
// read back to Latin from one of these scripts takes either letter, so
// two spellings of one name come back one liquid apart, each liquid where
// the other has the other: the largest class of the misses of the design
// pool's kana-variant and zhf-variant classes (branch kana62).
//
// liquidSim reads the l of one name as the other's r and the r as its l
// when that is all that parts them: the names' keys (Key) as long and the
// same letter for letter but at places where one has l and the other r,
// and not at the end of the word: katakana writes an English final -er as
// a long vowel (Wenker ヴェンカー, Fisher フィッシャー) and a final l as
// ル (Wenkel ヴェンケル), so that a final -el and -er, two suffixes in
// English and German (Fishel and Fisher, Nadel and Nader, Jennel and
// Jenner), stay two names. Each name one word of ASCII letters, of
// liquidMinLen letters or more (a shorter word is an abbreviation or a
// syllable: LMS, RMS; Ila, Ira), not found in running text (s.inText, as englishsound.go), and neither on the
// list of Indian given names (indian_given_names.txt): the Indian scripts
// write ल and र apart, and Leena and Reena, Lekha and Rekha are two
// names. The pair then scores 1 less a convention's cost. Two different
// names of one liquid apart in the other languages are joined too (Lecco,
// Recco; Birecik, Bilecik): the pool comparison in BENCHMARKS.md (branch
// kana62) counts them against the variants it joins.

// liquidMinLen is the fewest letters of a word liquidSim reads.
const liquidMinLen = 4

// liquidSim returns max(score, 1 less a convention's cost) when a and b
// are one name once their liquids are read as the other's (see above);
// otherwise score.
func (s *simState) liquidSim(a, b string, score float64) float64 {
	if s.inText || !liquidsApart(a, b) || !liquidWord(a) || !liquidWord(b) || !sameLiquidsNasals(a, b) {
		return score // the quick test: one word each, an l in one where the other has none
	}
	ka, kb := Key(a), Key(b)
	if ka == kb || !liquidKeys(ka, kb) || indianListed(a) || indianListed(b) {
		return score
	}
	return max(score, 1-conventionPenalty)
}

// liquidWord reports whether w is one word of ASCII letters of
// liquidMinLen to englishSoundMaxLen letters.
func liquidWord(w string) bool {
	return len(w) >= liquidMinLen && len(w) <= englishSoundMaxLen && asciiLetters(w)
}

// liquidsApart reports whether a and b have their liquids in different
// letters: an l or r, any case, in one where the other has the other
// liquid, so the quick test leaves most pairs before their keys are made.
func liquidsApart(a, b string) bool {
	fa, fb := liquids(a), liquids(b)
	return fa&1 != 0 && fb&2 != 0 || fa&2 != 0 && fb&1 != 0
}

// liquids returns the liquids of w, any case: bit 0 set for an l, bit 1
// for an r.
func liquids(w string) (f uint8) {
	for i := 0; i < len(w); i++ {
		switch w[i] | 0x20 {
		case 'l':
			f |= 1
		case 'r':
			f |= 2
		}
	}
	return f
}

// sameLiquidsNasals reports whether a and b have the same liquids,
// nasals, p and t in the same order, a doubled letter read once, l read as
// r, and a p or t before h and a t before c, s or z left out (Key reads
// them with the next letter): what Key keeps of them, so that the quick
// test leaves most pairs before their keys are made (Mariupol and
// Melitopol, asked at every line of a list of places, do not pass).
func sameLiquidsNasals(a, b string) bool {
	i, j := 0, 0
	for {
		var x, y byte
		i, x = nextLiquidNasal(a, i)
		j, y = nextLiquidNasal(b, j)
		if x != y {
			return false
		}
		if x == 0 {
			return true
		}
	}
}

// nextLiquidNasal returns the index after the next l, r, m, n, p or t of w
// from index i on, any case, that is not the second of a doubled letter
// nor read with the next letter (see sameLiquidsNasals), and the letter,
// l read as r; or len(w) and 0 when there is none.
func nextLiquidNasal(w string, i int) (int, byte) {
	for ; i < len(w); i++ {
		c := w[i] | 0x20
		switch {
		case c != 'l' && c != 'r' && c != 'm' && c != 'n' && c != 'p' && c != 't',
			i > 0 && w[i-1]|0x20 == c:
			continue
		case c == 'p' || c == 't':
			if i+1 < len(w) {
				if d := w[i+1] | 0x20; d == 'h' || c == 't' && (d == 'c' || d == 's' || d == 'z') {
					continue
				}
			}
		case c == 'l':
			c = 'r'
		}
		return i + 1, c
	}
	return len(w), 0
}

// liquidKeys reports whether keys ka and kb are as long and differ only
// where one has l and the other r, and not in their last letter.
func liquidKeys(ka, kb string) bool {
	if len(ka) == 0 || len(ka) != len(kb) || ka[len(ka)-1] != kb[len(kb)-1] {
		return false
	}
	for i := 0; i < len(ka); i++ {
		if x, y := ka[i], kb[i]; x != y && (x != 'l' || y != 'r') && (x != 'r' || y != 'l') {
			return false
		}
	}
	return true
}

// indianListed reports whether w, one word of ASCII letters, is a name of
// the list of Indian given names (indian_given_names.txt), any case.
func indianListed(w string) bool {
	_, ok := indianNames.get().names[strings.ToLower(w)]
	return ok
}
