package normalize

import "strings"

// Look-alikes of different names that the edit distance scores as one name
// (issue 11, branch names20): each test here names the convention that
// says the difference is not one of spelling.

// wadeGilesDistinct reports whether two names that Wade-Giles reading has
// made Pinyin (pa, pb: wadeGilesRead's output, or the name as given) are
// Pinyin names whose syllables differ, as pinyinDistinct tells of names
// written in Pinyin: read as Pinyin, "Li Yü" is Li Yu, another syllable
// (another character) than the ao of "Li Ao", though the letters of Ao and
// Yü are near. The reading is the convention the matcher already applies to
// lift a Wade-Giles name to its Pinyin form; here it also keeps two
// syllables apart.
func wadeGilesDistinct(pa, pb string) bool {
	return pa != "" && pb != "" && pinyinDistinct(pa, pb)
}

// endingScore is the score of two names that differ only in one word's
// grammatical ending (endingDistinct), however near their letters.
const endingScore = 0.8

// endingDistinct reports whether a and b, as written, are the same words
// but one, which ends in a consonant and e in one name and in the same
// consonant and i in the other: in the languages whose names end so, the
// final vowel is an inflection that makes another name, not a spelling of
// one sound. Italian surnames in -i are plural family forms beside the
// singular in -e (Silvestri, Silvestre); Latvian places in -e and -i are
// two declensions (Priekule, Priekuli). The key reads e as near i (vowelCost:
// Persian e for Arabic i), which stays so inside a word and after h or a
// vowel (Salih, Saleh; Cecilie, Cécile); y is an English -ie/-y (Jessy).
func endingDistinct(a, b string) bool {
	if len(a) != len(b) {
		return false // the common case, quickly: the pair differs in one letter
	}
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) != len(wb) {
		return false
	}
	found := false
	for i := range wa {
		x, y := wa[i], wb[i]
		if x == y {
			continue
		}
		n := len(x)
		if found || len(y) != n || n < 4 || x[:n-1] != y[:n-1] {
			return false
		}
		if e := x[n-1] ^ y[n-1]; e != 'e'^'i' || x[n-1] != 'e' && x[n-1] != 'i' {
			return false
		}
		if c := x[n-2]; c < 'a' || c > 'z' || isVowel(c) || c == 'y' || c == 'h' || c == 'w' {
			return false
		}
		found = true
	}
	return found
}

// innerHeadAdded reports whether the longer name b of an organisation has,
// between its first and last words, a head noun of organisation names
// (orgHeads) that the shorter name lacks (used marks b's matched words,
// opt its patronyms). A head noun qualifies the name's own head noun as a
// name does: the "Islamic Jihad Group" is a group named after a jihad, not
// the "Islamic Group"; words added at the ends are branchScore's. A name
// written with a slash (raw, as given) lists alternatives, not one
// sequence of words: "Revolutionary People's Liberation Army/Front/Party"
// is also the "… Party/Front".
func innerHeadAdded(b []string, used, opt []bool, raw string) bool {
	if strings.IndexByte(raw, '/') >= 0 {
		return false
	}
	for j := 1; j+1 < len(b); j++ {
		if !used[j] && !opt[j] && infoOf(b[j]).orgHead {
			return true
		}
	}
	return false
}

// kunyaScore is the score of two names one of which has as a kunya the
// word the other has as a name (kunyaAgainstName).
const kunyaScore = 0.8

// kunyaAgainstName reports whether a word of one name follows Abu or Umm
// (a kunya: "father of", "mother of") where the word of the other name
// matched to it (pairOf: a's word i is b's word pairOf[i]) does not: "Abu
// Muhammad al-Julani" is the father of a Muhammad, not "Muhammad
// al-Julani". A kunya added to a name (Abu Musab Ahmad al-Zarqawi, Ahmad
// al-Zarqawi) leaves the name's own words matched as names and is not
// touched here. The keys of Abu, Abou and Abo are abu, of Umm and Oum um.
func kunyaAgainstName(a, b []string, pairOf []int8) bool {
	kunya := func(w []string, i int) bool { return i > 0 && (w[i-1] == "abu" || w[i-1] == "um") }
	has := false
	for _, w := range a {
		has = has || w == "abu" || w == "um"
	}
	for _, w := range b {
		has = has || w == "abu" || w == "um"
	}
	if !has {
		return false // most names: no kunya
	}
	for i, j := range pairOf {
		x, y := a[i], b[j]
		if x == "abu" || x == "um" || y == "abu" || y == "um" {
			continue
		}
		ka, kb := kunya(a, i), kunya(b, int(j))
		if ka == kb || ka && joinedKunya(y, a[i-1]) || kb && joinedKunya(x, b[j-1]) {
			continue
		}
		return true
	}
	return false
}

// joinedKunya reports whether the word w is a kunya written as one word
// with its particle p (abu or um) and at least three letters more: "Abu
// Bakr" and "Abubakar" are one name, while Umar is no kunya.
func joinedKunya(w, p string) bool {
	return len(w) >= len(p)+3 && w[:len(p)] == p
}
