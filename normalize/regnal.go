package normalize

import (
	"strings"
	"unicode/utf8"
)

// Regnal names of Chinese and Korean rulers. A ruler of a Chinese state or
// of a Korean kingdom is named by a temple or posthumous name and the
// realm: Duke Xiang of Qi, Duke Xian of Qi; Jeongjo of Joseon, Yeongjo of
// Joseon; Gwangjong of Goryeo, Gangjong of Goryeo. Each syllable of the
// name is a character (襄 xiang, 獻 xian; 正 jeong, 英 yeong), and one realm
// had rulers whose names differ in one of them, so two such names of one
// realm and title whose names read as different syllables are two rulers.
// The letters rate them near 0.9, since all but a syllable's letter or
// two are shared. The romanizations of one name read alike and stay one
// name: Wade-Giles against Pinyin (pinyinDistinct's initial groups),
// McCune-Reischauer against Revised Romanization (koreanSyllable's
// reading drops the voicing of stops and the breve: Kwangjong,
// Gwangjong; Hyŏnjong, Hyeonjong).

// regnalScore is the score of two regnal names regnalDistinct parts.
const regnalScore = 0.8

// regnalDistinct reports whether a and b are "[Title] Name of Realm", the
// same realm and the same words before it but one, that word read as
// Pinyin syllables that differ (pinyinDistinct) or as Korean syllables
// that differ (koreanWordDistinct).
func regnalDistinct(a, b string) bool {
	i := regnalOf(a)
	if i <= 0 {
		return false // most pairs: one backward scan of a
	}
	j := regnalOf(b)
	if j <= 0 || !strings.EqualFold(a[i:], b[j:]) {
		return false
	}
	x, y, ok := regnalWordApart(a[:i], b[:j])
	return ok && (pinyinDistinct(regnalToneless(x), regnalToneless(y)) || koreanWordDistinct(x, y))
}

// regnalToneless returns word with Pinyin's tone marks dropped (toneless:
// Xuānzong, Xuanzong), word itself when it is ASCII.
func regnalToneless(word string) string {
	for i := 0; i < len(word); i++ {
		if word[i] >= utf8.RuneSelf {
			return strings.Map(toneless, word)
		}
	}
	return word
}

// regnalOf returns where the last " of " of name begins, in lower case or
// in capitals (KING HUI OF CHU), or -1.
func regnalOf(name string) int {
	for i := len(name) - 4; i >= 0; i-- {
		if name[i] == ' ' && name[i+3] == ' ' && name[i+1]|0x20 == 'o' && name[i+2]|0x20 == 'f' &&
			(name[i+1] == 'o') == (name[i+2] == 'f') {
			return i
		}
	}
	return -1
}

// regnalWordApart returns the one word in which a and b, as many words each,
// differ (letter case aside), and whether there is exactly one.
func regnalWordApart(a, b string) (x, y string, ok bool) {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) || len(wa) > 3 {
		return "", "", false
	}
	for k := range wa {
		if strings.EqualFold(wa[k], wb[k]) {
			continue
		}
		if ok {
			return "", "", false
		}
		x, y, ok = wa[k], wb[k], true
	}
	return x, y, ok
}

// koreanWordDistinct reports whether words x and y both read as one to
// three romanized Korean syllables written together (Gyeongjong,
// Hyeonjong), one of them with a mark of Korean (koreanWordMarked), and
// no reading of one is a reading of the other (koreanWordReadings). A word
// that opens on l is no Korean: both romanizations write an initial ㄹ r
// or n (Ri, Ryu, Nam), so European names that read as such syllables stay
// as they were (Leo, Leon; Leopoldine, Leopoldina: four syllables).
func koreanWordDistinct(x, y string) bool {
	if x == "" || y == "" || x[0]|0x20 == 'l' || y[0]|0x20 == 'l' || !koreanWordMarked(x) && !koreanWordMarked(y) {
		return false
	}
	rx := koreanWordReadings(nil, nil, x)
	if len(rx) == 0 {
		return false
	}
	ry := koreanWordReadings(nil, nil, y)
	if len(ry) == 0 {
		return false
	}
	for _, s := range rx {
		for _, t := range ry {
			if s == t {
				return false
			}
		}
	}
	return true
}

// koreanWordReadings appends to out every reading of word cut into one to
// three Korean syllables (koreanSyllable), prefix being the reading of what
// came before: Heongang reads heon-gang and heong-ang.
func koreanWordReadings(out []string, prefix []byte, word string) []string {
	if word == "" {
		return append(out, string(prefix))
	}
	if strings.Count(string(prefix), ".") == 3 || len(out) > 8 {
		return out
	}
	for k := 1; k <= len(word) && k <= 8; k++ {
		if r, ok := koreanSyllable(prefix, word[:k]); ok {
			out = koreanWordReadings(out, r[:len(r):len(r)], word[k:])
		}
	}
	return out
}

// koreanWordMarked reports whether word has a spelling of Korean that
// European names seldom have: Revised Romanization's eo or eu,
// McCune-Reischauer's ŏ, ŭ or an apostrophe of aspiration (Ch'un), or a
// syllable's final ng (Gangjong, Gwangjong). Anne and Anna of Cleves read
// as Korean syllables too, and stay one queen.
func koreanWordMarked(word string) bool {
	w := strings.ToLower(word)
	return strings.Contains(w, "eo") || strings.Contains(w, "eu") || strings.Contains(w, "ng") ||
		strings.ContainsAny(w, "ŏŭ'’")
}
