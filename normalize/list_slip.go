package normalize

import "strings"

// A list's own slip of a letter inside a long word of a person's full name
// (issue 11, branch slips55). Sanctions lists copy a person's name by hand
// into several entries and aliases, and the copies drop, add or double a
// letter or swap two neighbours (Alekseevich, Aleekseevich; ZATSEPILINA,
// ZATSEPLINA; IVASHCHENKO, IVASCHENKO), beside a spelling that writes
// one letter two ways (Nikolaevich, Niolayevich: е after a vowel as e or
// ye). The look-alike caps read such a word alone and are right to: one
// letter inside a word is how two family names differ (Bukov, Burkov;
// Karelin, Karlin). What tells a slip from another person is the rest of
// the name, where the difference sits and what the letter could mean:
//
//   - the names have three words or more, as many each, and all but one
//     are the same words, case and apostrophes aside (a soft sign or an
//     ayn a list writes or leaves out: Anatol'yevich, Anatolyevich): the
//     given name and one more word of three letters or more agree (a
//     given name and a patronymic, or two names of an Arabic chain), so
//     that the two are one person's name but for one word. Two words are
//     too little: Ivan Kazakov and Ivan Kazankov are two men.
//   - the differing word is not the first: a list writes the given name
//     first, and the given name is what tells siblings, who share the rest
//     of an Arabic chain or a patronymic and family name, apart.
//   - the longer word has ten letters or more, and the slip is inside
//     it: not its first letter (an initial makes another name: Elina,
//     Selina) and not in its last four, where names carry their
//     morphemes: a woman's -a (Petrov, Petrova), the nisba -i (Noor,
//     Noori), a diminutive or derivational suffix before the family
//     name's ending (Ryzhkov, Ryzhikov; Borodin, Borodkin; Michio,
//     Michiko). Names grow rarer with their length, and so do two of
//     them a letter apart: a Slavic family name of seven or eight letters
//     has neighbours of a letter (Petrova, Perova; Kazakov, Kazankov),
//     one of ten or more seldom has (Zatsepilina, Ivashchenko).
//   - every word is a person's (personWord: capitalised, no
//     organisation's head noun), and neither Pinyin's nor Japanese
//     morae's minimal pairs hold (Xincheng, Xingcheng are two towns).
//
// The pair then scores listSlipScore, over the look-alike caps, which read
// the word without the name around it.

// listSlipScore is the score of two names listSlip reads as one name with
// a slip: one letter of a long word against a name that agrees otherwise
// costs what an unwritten short vowel does (longvowel.go).
const listSlipScore = shortVowelScore

// listSlipMinLen is the length, in letters, of the shortest word whose
// slip listSlip reads; listSlipEnd is how many of its last letters it
// leaves to the endings.
const (
	listSlipMinLen = 10
	listSlipEnd    = 4
)

// listSlipApostrophes bounds the difference in length, in bytes, of two
// names listSlip reads: one letter and two apostrophes (a soft sign or an
// ayn written in one name and not the other: Anatol'yevich, Anatolyevich).
const listSlipApostrophes = 1 + 2*len("’")

// listSlip reports whether names a and b are one person's full name, one
// word of which the list wrote with a letter dropped, added or doubled, or
// two neighbours swapped (see above).
func listSlip(a, b string) bool {
	if d := len(a) - len(b); d < -listSlipApostrophes || d > listSlipApostrophes || strings.Count(a, " ") < 2 {
		return false
	}
	var x, y [64]byte
	var nx, ny int
	n, at, agree := 0, -1, 0
	ra, rb := a, b
	for {
		u, v, restA, restB, more := nextWords(ra, rb)
		if !more {
			if restA != restB {
				return false
			}
			break
		}
		ra, rb = restA, restB
		if strings.EqualFold(u, v) || foldNoApostrophes(u, v) {
			if len(u) >= 3 {
				agree++
			} else if n == 0 {
				return false // a first word of one or two letters is no given name
			}
		} else {
			var okx, oky bool
			if at >= 0 || n == 0 {
				return false
			}
			at = n
			if nx, okx = lowerLetters(&x, u); !okx {
				return false
			}
			if ny, oky = lowerLetters(&y, v); !oky {
				return false
			}
		}
		n++
	}
	if at < 0 || n < 3 || agree < 2 {
		return false
	}
	if !innerSlip(x[:nx], y[:ny]) && !innerSlip(x[:dropGlideYe(x[:nx])], y[:dropGlideYe(y[:ny])]) {
		return false
	}
	for _, name := range [2]string{a, b} {
		for _, w := range strings.Fields(name) {
			if !personWord(w) {
				return false
			}
		}
	}
	return !pinyinDistinct(a, b) && !romajiDistinct(a, b)
}

// dropGlideYe writes w, lowercase letters, without the y of a ye after a
// vowel, in place, and returns its new length: Russian е after a vowel is
// written ye or e (Nikolayevich, Nikolaevich), a spelling and not a letter,
// so that a slip beside it is read in the word without it (Niolayevich).
func dropGlideYe(w []byte) int {
	n := 0
	for i, c := range w {
		if c == 'y' && i > 0 && i+1 < len(w) && w[i+1] == 'e' && isVowel(w[i-1]) {
			continue
		}
		w[n] = c
		n++
	}
	return n
}

// innerSlip reports whether words x and y, lowercase letters, are one word
// with a letter dropped, added or doubled, or two neighbours swapped, the
// longer of listSlipMinLen letters or more, the slip after its first
// letter and before its last listSlipEnd.
func innerSlip(x, y []byte) bool {
	if len(x) < len(y) {
		x, y = y, x
	}
	m := len(x)
	if m < listSlipMinLen || m-len(y) > 1 {
		return false
	}
	i := 0
	for i < len(y) && x[i] == y[i] {
		i++
	}
	if i == len(y) {
		return false // the same word, or a letter added at the end
	}
	if m == len(y) { // two neighbours swapped, the rest the same
		return i >= 1 && i+1 < m-listSlipEnd && x[i] == y[i+1] && x[i+1] == y[i] &&
			string(x[i+2:]) == string(y[i+2:])
	}
	if string(x[i+1:]) != string(y[i:]) {
		return false
	}
	// A doubled letter may be read as added at any place of its run: the
	// first place counts for the end, the last for the start.
	j := i
	for j > 0 && x[j-1] == x[i] {
		j--
	}
	return i >= 1 && j < m-listSlipEnd
}

// foldNoApostrophes reports whether words u and v are the same, case and
// apostrophes (', ` and ’) aside. Only a word with an apostrophe is read
// again: the others EqualFold has compared.
func foldNoApostrophes(u, v string) bool {
	if !hasApostrophe(u) && !hasApostrophe(v) {
		return false
	}
	return strings.EqualFold(dropApostrophes(u), dropApostrophes(v))
}

func hasApostrophe(w string) bool {
	return strings.IndexByte(w, '\'') >= 0 || strings.IndexByte(w, '`') >= 0 || strings.Contains(w, "’")
}

var apostropheDropper = strings.NewReplacer("'", "", "`", "", "’", "")

func dropApostrophes(w string) string { return apostropheDropper.Replace(w) }
