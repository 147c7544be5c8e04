package normalize

// The Dutch ch of Indonesian names. Indonesian spelling before 1972 (van
// Ophuijsen's and Soewandi's, after Dutch) wrote the Arabic kh, and in
// Javanese names the Arabic ḥ as well, with ch after a vowel, and many
// Indonesian names keep it: Rochim (Rahim), Mochtar (Mukhtar), Achmad
// (Ahmad), Machfud (Mahfudh), as German does (Bach). English reads ch as
// tsh, so the key keeps it; a word pair under the threshold in which one
// word has ch after a vowel and the other has no ch is read again with
// that ch as kh, at the cost of a convention; as h too when the reading
// leaves the words differing only in short vowels (dutchChShortVowels),
// inside a name of two words or more. French writes sh with ch (Bachar,
// Bashar), so a ch read h alone is not enough against a shorter word. A
// ch at the start of a word is left alone: English and French write tsh
// and sh with it there (Charles, Chantal), and ch before a vowel at the
// start is the Indonesian ch only in a few names. Pinyin ch is English ch too, but a
// Pinyin pair read so (Wuchang, Wuhang) is a minimal pair that
// pinyinDistinct vetoes on the whole names.

// dutchChSim is sim, or the score of folded words x and y with the ch
// after a vowel in one of them read kh or h, when that is better.
func (s *simState) dutchChSim(x, y string, sim float64) float64 {
	cx, cy := hasCh(x), hasCh(y)
	if cx == cy {
		return sim
	}
	if cy {
		x, y = y, x
	}
	if rx := dutchCh(x, "kh", false); rx != x {
		sim = max(sim, s.editSim(rx, y)-conventionPenalty)
	}
	return sim
}

// dutchCh returns folded word w with each ch after a vowel written as r,
// but for a final -ich, -ych: the Slavic patronymic and surname ending
// (Mihailovich, tsh), which reads as -ikh, -ih would meet the surname
// (Mihailov). Unless front is set, a ch before e, i or y is left too:
// French writes sh with it there (Michel, Rachid) and English tsh
// (Mitchell, which the key spells with ch): read kh, "Mitchell" would
// meet "Mikhail".
func dutchCh(w, r string, front bool) string {
	var b []byte
	last := 0
	for i := 1; i+1 < len(w); i++ {
		if w[i] != 'c' || w[i+1] != 'h' || !isVowel(w[i-1]) || i+2 == len(w) && (w[i-1] == 'i' || w[i-1] == 'y') {
			continue
		}
		if i+2 < len(w) && !front && (w[i+2] == 'e' || w[i+2] == 'i' || w[i+2] == 'y') {
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(w)+1)
		}
		b = append(append(b, w[last:i]...), r...)
		last = i + 2
	}
	if b == nil {
		return w
	}
	return string(append(b, w[last:]...))
}

// dutchChShortVowels is the word score, inside a name of two words or
// more, of folded words x and y of which one has ch after a vowel (Dutch
// and old Indonesian kh or h) and the other no ch, when the ch read h or
// kh leaves the pair differing only in short vowels (shortVowelsOnly,
// shortVowelInserted): the Javanese o of Rochim for the a of Rahim. It is
// shortVowelScore less the cost of a convention, or 0.
func dutchChShortVowels(x, y string) float64 {
	if d := len(x) - len(y); d > 2 || d < -2 {
		return 0 // read h or kh, one word is the other's length or one more
	}
	cx, cy := hasCh(x), hasCh(y)
	if cx == cy {
		return 0
	}
	if cy {
		x, y = y, x
	}
	for _, r := range [2]string{"kh", "h"} {
		if rx := dutchCh(x, r, true); rx != x && (shortVowelsOnly(rx, y) || shortVowelInserted(rx, y)) {
			return shortVowelScore - conventionPenalty
		}
	}
	return 0
}

// hasCh reports whether folded word w has ch.
func hasCh(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == 'c' && w[i+1] == 'h' {
			return true
		}
	}
	return false
}
