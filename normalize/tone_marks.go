package normalize

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Tone marks (issue 11, branch tone56). The key folds diacritics, so
// "Duke Shēn of Chen" and "Duke Shèn of Chen" score 1; yet in Pinyin the
// mark is the syllable's tone, and shēn and shèn are two syllables, two
// characters (申, 慎), two rulers. toneMarksApart tells such pairs apart
// when both names write the tone of the same syllable and the marks differ.
// A syllable marked on one side and bare on the other stays a spelling
// (Xuanzong, Xuānzong: one name written with and without its marks).
//
// Pinyin: a word is read as marked Pinyin when its letters, without their
// marks, cut into Pinyin syllables (tone_syllable.go's initials and
// finals, segmentPinyin; an apostrophe parts two) and every syllable carries one tone mark (macron,
// acute, caron or grave), on the vowel Pinyin puts it on (pinyinToneVowel).
// ü is u with a diaeresis; v, which keyboards type for it after l and n,
// is read as u there; a breve stands for the caron where a font had no ǐ
// (Lĭ, Lǐ). Asking every syllable for its mark keeps out the
// European names whose accent is spelling: in Michèle, Michéle the letters
// cut as mi-che-le too, but mi and le carry no tone, and French é and è
// there are one name.
//
// Vietnamese: its diacritics are tone marks too (grave, acute, hook above,
// tilde, dot below), and a Vietnamese syllable written with two tones is
// two words: Lễ and Lệ, Hùng and Húng are different names, as Pinyin's are.
// The rule holds there when every word of both names is one Vietnamese
// syllable (vietSyllable: an initial, one to three vowels, a final) and
// all their marks are Vietnamese; the vowel-quality marks (circumflex,
// breve, horn, đ) are letters, kept in the comparison, and where the tone
// sits in the syllable (hoà, hòa: the old and the new placement) is no
// difference. A bare syllable is Vietnamese's level tone, so Lê and Lễ are
// two names too; but a name is as often written with its tone marks left
// out, and one side's marks alone cannot tell a level tone from a mark
// dropped: Lê, Lễ stay the same, as Xuanzong, Xuānzong do.

// Combining marks, as norm.NFD writes them apart from their letters.
const (
	markGrave      = '\u0300'
	markAcute      = '\u0301'
	markCircumflex = '\u0302'
	markTilde      = '\u0303'
	markMacron     = '\u0304'
	markBreve      = '\u0306'
	markDiaeresis  = '\u0308'
	markHookAbove  = '\u0309'
	markCaron      = '\u030C'
	markHorn       = '\u031B'
	markDotBelow   = '\u0323'
)

// toneMarksCap caps score, of a pair called the same, at
// pinyinMinimalPairScore when toneMarksApart(a, b) holds, and says so.
func toneMarksCap(r *stageRun, a, b string, score float64) float64 {
	if score < SameThreshold || !toneMarksApart(a, b) {
		return score
	}
	r.note("a syllable both names mark with a different tone: two characters (Shēn, Shèn; Lễ, Lệ)")
	return min(score, pinyinMinimalPairScore)
}

// toneMarksApart reports whether a and b, word for word as many, have a
// word of the same letters whose syllable both write with a tone mark, a
// different one on each side, read as Pinyin or, when both names are
// Vietnamese syllables throughout, as Vietnamese (see the comment above).
func toneMarksApart(a, b string) bool {
	if a == b || !mayHaveToneMark(a) || !mayHaveToneMark(b) {
		return false
	}
	wa, wb := toneWords(a), toneWords(b)
	if len(wa) != len(wb) {
		return false
	}
	viet := vietnameseName(wa) && vietnameseName(wb)
	for i := range wa {
		x, y := &wa[i], &wb[i]
		if !x.ok || !y.ok || x.plain != y.plain {
			continue
		}
		if viet {
			if len(x.tones) == 1 && len(y.tones) == 1 && x.base == y.base && x.tones[0].mark != y.tones[0].mark {
				return true
			}
			continue
		}
		if pinyinBase(x.base) != pinyinBase(y.base) {
			continue
		}
		tx, okx := pinyinTones(x)
		ty, oky := pinyinTones(y)
		if okx && oky && len(tx) == len(ty) {
			for k := range tx {
				if tx[k] != ty[k] {
					return true
				}
			}
		}
	}
	return false
}

// mayHaveToneMark reports, cheaply, whether name has a Latin letter with a
// mark or a combining mark (U+00C0 to U+024F, U+0300 to U+036F, U+1E00 to
// U+1EFF): names in ASCII or in another script have no tone to read. It
// reads UTF-8 lead bytes only: 0xC3 to 0xC9 start U+00C0 to U+027F, 0xCC
// and 0xCD U+0300 to U+037F, 0xE1 0xB8 to 0xBB U+1E00 to U+1EFF.
func mayHaveToneMark(name string) bool {
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c < 0xC3:
		case c <= 0xC9 || c == 0xCC || c == 0xCD:
			return true
		case c == 0xE1 && i+1 < len(name) && name[i+1] >= 0xB8 && name[i+1] <= 0xBB:
			return true
		}
	}
	return false
}

// toneMark is one tone mark of a word: the mark and the index in the
// word's plain letters of the letter it sits on.
type toneMark struct {
	at   int
	mark rune
}

// toneWord is a word of a name read for its marks: plain, its letters in
// lower case without any mark (đ as d; ü, and the v typed for it after l
// and n, as u; an apostrophe kept); base,
// the same with the vowel-quality marks (circumflex, breve, horn,
// diaeresis, đ) kept; tones, its tone marks in order; ok, false when the
// word has a letter or mark that is neither Pinyin's nor Vietnamese's.
type toneWord struct {
	plain, base string
	tones       []toneMark
	breves      []int // where a breve sits, in plain: a caron to Pinyin
	ok          bool
	// vietMarks: every mark is one Vietnamese writes (no macron, caron
	// or diaeresis).
	vietMarks bool
}

// toneWords cuts name into words at anything that is not a letter, a mark
// or an apostrophe, and reads each (toneWord).
func toneWords(name string) []toneWord {
	var out []toneWord
	for w := range strings.FieldsFuncSeq(norm.NFD.String(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != '\'' && r != '’'
	}) {
		out = append(out, readToneWord(w))
	}
	return out
}

// readToneWord reads word w, written in NFD (see toneWord).
func readToneWord(w string) toneWord {
	var plain, base strings.Builder
	t := toneWord{ok: true, vietMarks: true}
	for _, r := range w {
		switch {
		case r < 0x80 && unicode.IsLetter(r):
			c := byte(unicode.ToLower(r))
			if n := plain.Len(); c == 'v' && n > 0 && (plain.String()[n-1] == 'l' || plain.String()[n-1] == 'n') {
				c = 'u' // lv, nv: Pinyin's lü, nü typed
			}
			plain.WriteByte(c)
			base.WriteByte(c)
		case r == '\'' || r == '’':
			plain.WriteByte('\'')
			base.WriteByte('\'')
		case r == 'đ' || r == 'Đ':
			plain.WriteByte('d')
			base.WriteRune('đ')
		case r == markGrave || r == markAcute || r == markTilde || r == markHookAbove || r == markDotBelow ||
			r == markMacron || r == markCaron:
			if plain.Len() == 0 {
				t.ok = false
			}
			t.tones = append(t.tones, toneMark{at: plain.Len() - 1, mark: r})
			t.vietMarks = t.vietMarks && r != markMacron && r != markCaron
		case r == markCircumflex || r == markBreve || r == markHorn || r == markDiaeresis:
			if plain.Len() == 0 {
				t.ok = false
			}
			base.WriteRune(r)
			if r == markBreve {
				t.breves = append(t.breves, plain.Len()-1)
			}
			if plain.Len() > 0 && !vietQuality(plain.String()[plain.Len()-1], r) {
				t.vietMarks = false
			}
		default:
			t.ok = false
		}
	}
	t.plain, t.base = plain.String(), base.String()
	return t
}

// pinyinBase returns base without diaeresis and breve: Pinyin's ü is
// written u by many (Lǚ, Lù), and a breve stands for the caron where a
// font has no ǎ (Lĭ, Lǐ).
func pinyinBase(base string) string {
	if !strings.ContainsRune(base, markDiaeresis) && !strings.ContainsRune(base, markBreve) {
		return base
	}
	return strings.Map(func(r rune) rune {
		if r == markDiaeresis || r == markBreve {
			return -1
		}
		return r
	}, base)
}

// pinyinTones returns the tone mark of each syllable of w when w is marked
// Pinyin (see the comment at the top of this file): its letters cut into
// Pinyin syllables, each with one tone mark where Pinyin puts it; ok is
// false otherwise.
func pinyinTones(w *toneWord) (tones []rune, ok bool) {
	if !w.ok || len(w.tones)+len(w.breves) == 0 || strings.ContainsRune(w.base, markCircumflex) ||
		strings.ContainsRune(w.base, markHorn) || strings.ContainsRune(w.base, 'đ') {
		return nil, false
	}
	marks := w.tones
	if len(w.breves) > 0 { // a breve for the caron (ĭ for ǐ)
		marks = slices.Clone(w.tones)
		for _, at := range w.breves {
			marks = append(marks, toneMark{at: at, mark: markCaron})
		}
		slices.SortStableFunc(marks, func(x, y toneMark) int { return x.at - y.at })
	}
	syll := pinyinShapeSet()
	start, next := 0, 0
	for part := range strings.SplitSeq(w.plain, "'") {
		sy := segmentPinyin(part, syll)
		if sy == nil {
			return nil, false
		}
		for _, s := range sy {
			// the marks on this syllable's letters [start, start+len(s))
			var mark rune
			for next < len(marks) && marks[next].at < start+len(s) {
				if mark != 0 || !isPinyinTone(marks[next].mark) || marks[next].at-start != pinyinToneVowel(s) {
					return nil, false
				}
				mark = marks[next].mark
				next++
			}
			if mark == 0 {
				return nil, false // a syllable without its tone: not written in marked Pinyin
			}
			tones = append(tones, mark)
			start += len(s)
		}
		start++ // the apostrophe
	}
	return tones, true
}

// isPinyinTone reports whether m is one of Pinyin's four tone marks.
func isPinyinTone(m rune) bool {
	return m == markMacron || m == markAcute || m == markCaron || m == markGrave
}

// pinyinToneVowel returns the index in syllable s of the vowel that
// carries its tone mark: a or e when it has one, the o of ou, otherwise
// the last vowel (liú, guì). It returns -1 for a syllable with no vowel.
func pinyinToneVowel(s string) int {
	if i := strings.IndexAny(s, "ae"); i >= 0 {
		return i
	}
	if i := strings.Index(s, "ou"); i >= 0 {
		return i
	}
	for i := len(s) - 1; i >= 0; i-- {
		if isVowel(s[i]) {
			return i
		}
	}
	return -1
}

// vietQuality reports whether Vietnamese writes vowel-quality mark m on
// letter c: the circumflex on a, e, o (â, ê, ô), the breve on a (ă), the
// horn on o, u (ơ, ư).
func vietQuality(c byte, m rune) bool {
	switch m {
	case markCircumflex:
		return c == 'a' || c == 'e' || c == 'o'
	case markBreve:
		return c == 'a'
	case markHorn:
		return c == 'o' || c == 'u'
	}
	return false
}

// vietnameseName reports whether every word of a name is one Vietnamese
// syllable with only Vietnamese marks, and the name has a mark at all.
func vietnameseName(words []toneWord) bool {
	marked := false
	for i := range words {
		w := &words[i]
		if !w.ok || !w.vietMarks || len(w.tones) > 1 || !vietSyllable(w.plain) {
			return false
		}
		marked = marked || len(w.tones) > 0 || w.base != w.plain
	}
	return marked
}

// vietInitials are the initial consonants of Vietnamese spelling, longest
// first ("" last: a syllable may start with its vowel).
var vietInitials = []string{"ngh", "ng", "nh", "gh", "gi", "kh", "ph", "qu", "th", "tr", "ch",
	"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}

// vietFinals are the finals of Vietnamese spelling after the vowels.
var vietFinals = []string{"ng", "nh", "ch", "c", "m", "n", "p", "t", ""}

// vietSyllable reports whether plain letters s (no marks, đ as d) have the
// shape of one Vietnamese syllable: an initial, one to three vowels (y
// among them), a final. gi before no other vowel is g and the vowel i
// (gì).
func vietSyllable(s string) bool {
	for _, in := range vietInitials {
		if !strings.HasPrefix(s, in) {
			continue
		}
		rest := s[len(in):]
		n := 0
		for n < len(rest) && (isVowel(rest[n]) || rest[n] == 'y') {
			n++
		}
		if n == 0 || n > 3 {
			continue
		}
		for _, f := range vietFinals {
			if rest[n:] == f {
				return true
			}
		}
	}
	return false
}
