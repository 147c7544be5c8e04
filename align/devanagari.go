package align

import (
	"strings"
	"unicode"

	"github.com/bitext/bitext/normalize"
)

// Names across Devanagari and Latin script. normalize.Skeleton reads
// Arabic, Persian, Hebrew, Greek and Cyrillic in Latin letters, so that
// "Данилов" and "Danilov" share the name feature "dnlv"; a Devanagari
// word kept its own letters ("दनलव"), and between Hindi and English news
// no name was ever a shared feature: only numbers and the few Latin
// words a Hindi translator keeps ("Santa Monica Blvd") were. normalize.DevanagariLatin
// spells a Devanagari word in Latin letters, consonant by consonant (the
// vowel signs too, though the skeleton drops them), for the name
// skeleton: "दानिलोव" "danilov", "ज़ाखारोवा" "zakharova", "कीव" "kiv",
// "ट्रंप" "trmp", all the skeletons of their English names.
//
// WMT24 English-Hindi news, design half (branch trial63, BENCHMARKS.md
// "News in Spanish and Hindi"), strict F1 with paragraph marks, plain /
// a paragraph dropped / inserted / two swapped: 0.869 / 0.867 / 0.855 /
// 0.610 -> 0.881 / 0.897 / 0.895 / 0.665 (lax 0.971 -> 0.995 plain);
// without marks, dropped 0.773 -> 0.880. The beads scoring 0.8 or more
// grew from 91 to 113 (plain), all right.

// The table is normalize's (normalize/devanagari.go), which reads
// Devanagari names for names match too; the aligner keeps its spelling
// without the inherent vowel, normalize.DevanagariLatin.

// devaKey is a Devanagari word's name key, for its cognate prefix: its
// letters and digits as written, the signs dropped, what normalize.Key
// made of it before normalize read Devanagari (branch deva54). Spelling
// it in Latin letters would give Hindi words cognate prefixes shared
// with English words ("मेरा" and "Mera..."); the aligner's outputs stay
// byte for byte what they were. A word with letters of another script
// too is normalize's key.
func devaKey(text string) string {
	var b strings.Builder
	for _, r := range text {
		switch {
		case r >= 0x0900 && r <= 0x097F:
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		default:
			return normalize.Key(text)
		}
	}
	return b.String()
}

// Bengali words (branch flores62). Unicode laid out the Bengali block
// (U+0980-U+09FF) as it laid out Devanagari (U+0900-U+097F), both from
// ISCII: a letter, vowel sign, virama or digit of one is 0x80 above the
// same one of the other (ক U+0995, क U+0915; ি U+09BF, ि U+093F). Bengali
// writes v with ব and so reads b, and a final ৎ (khanda ta) is a t:
// written in Devanagari letter for letter, a Bengali word is the Hindi
// spelling of the same name ("ডারউইন" "डारउइन", Darwin), and goes through
// devaKey and DevanagariLatin as a Devanagari word does. FLORES bn-hi,
// design half, pages of four documents (TestNewsWide -newswide pages):
// see BENCHMARKS.md, "Bengali and Hindi, Xhosa and Zulu" (branch flores62).

// Indic blocks a word may hold, by indicBlock.
const (
	noIndic = iota
	devaBlock
	bengaliBlock
)

// indicBlock tells whether s holds a character of the Devanagari block
// (U+0900-U+097F) or else of the Bengali block (U+0980-U+09FF), the first
// found deciding: a byte scan, since both are encoded 0xE0 0xA4-0xA7 and
// the test runs for every new word.
func indicBlock(s string) int {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != 0xE0 {
			continue
		}
		switch s[i+1] {
		case 0xA4, 0xA5:
			return devaBlock
		case 0xA6, 0xA7:
			return bengaliBlock
		}
	}
	return noIndic
}

// bengaliDeva writes the Bengali letters, signs and digits of s as their
// Devanagari counterparts (ৎ as त); other runes are kept.
func bengaliDeva(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == 'ৎ':
			r = 'त'
		case r >= 0x0980 && r <= 0x09FF && unicode.Is(unicode.Devanagari, r-0x80):
			r -= 0x80
		}
		b.WriteRune(r)
	}
	return b.String()
}
