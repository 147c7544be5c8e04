package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// An acronym with and without its diacritics. An acronym is spelt letter
// by letter, and the press of another language, or a keyboard without
// them, drops the accents of its letters: ČEZ and CEZ, ÖBB and OBB, ŁOT
// and LOT, ÚNMZ and UNMZ are one body's. Key reads Č as the sound of "ch"
// (a name's key), so the two acronyms' keys differ. Two names that are
// the same once their letters lose their diacritics (Unicode's canonical
// decomposition less its combining marks; the letters that do not
// decompose, Ø, Ł, Đ, Ħ, as their base letters) are the same when every
// word that changed is written in capitals, two letters or more: an
// acronym, not a word whose accent may tell two names apart.

// baseLetters are the letters with a stroke or bar, which Unicode does not
// decompose, and their base letters.
var baseLetters = map[rune]rune{
	'Ø': 'O', 'ø': 'o', 'Ł': 'L', 'ł': 'l', 'Đ': 'D', 'đ': 'd', 'Ħ': 'H', 'ħ': 'h', 'Ŧ': 'T', 'ŧ': 't',
}

// withoutMarks returns s's letters without their diacritics.
func withoutMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if base, ok := baseLetters[r]; ok {
			r = base
		}
		b.WriteRune(r)
	}
	return b.String()
}

// markedAcronym reports whether a and b differ only by the diacritics of
// words in capitals.
func markedAcronym(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) || len(wa) == 0 {
		return false
	}
	changed := false
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		if !capitalsWord(wa[i]) || !capitalsWord(wb[i]) || withoutMarks(wa[i]) != withoutMarks(wb[i]) {
			return false
		}
		changed = true
	}
	return changed
}

// mayBeMarkedAcronym is markedAcronym's quick test: each name's first two
// letters are capitals (a name in another script, whose second letter is
// small, is not read).
func mayBeMarkedAcronym(a, b string) bool {
	return twoCapitals(a) && twoCapitals(b)
}

func twoCapitals(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || n >= len(s) {
		return false
	}
	if c := s[n]; c < utf8.RuneSelf {
		return isASCIIUpper(c)
	}
	r, _ = utf8.DecodeRuneInString(s[n:])
	return unicode.IsUpper(r)
}

// capitalsWord reports whether w has two letters or more, all capitals.
func capitalsWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}
