package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Devanagari in Latin letters: Hindi, Marathi and Nepali names as an
// English-language news desk spells them ("दानिलोव" Danilov, "ज़ाखारोवा"
// Zakharova, "कीव" Kiev). One table serves two readers:
//
//   - the name matcher (Key, Skeleton, Similarity through appendLatinFa)
//     reads a consonant with no vowel sign and no virama with its inherent
//     vowel a, except at the end of a word, where Hindi does not say it
//     ("भारत" bharat, "दानिलोव" danilov, "कनाडा" kanada);
//   - the aligner's name feature (align/wordcache.go, [DevanagariLatin])
//     writes no inherent vowel, as it did when the table was align's
//     (branch trial63): its skeletons drop the vowels anyway, and its
//     outputs stay byte for byte what they were.
//
// The medial schwa that Hindi drops ("कमला" kamla) is written: a name then
// has an a more than its English spelling, which the letters' score
// forgives (deva54 dropped it by Ohala's VC_CV rule and lost foreign
// names: "कैमरून" Cameroon). The key reads ज्ञ as Hindi says it, gy
// ("ज्ञान" gyan, "प्रज्ञा" pragya; branch hinames55); the rest of Hindi's
// pronunciation is read by the readings of devanagari_read.go, not by
// the key, which stays the letters: a Latin spelling may write what
// Hindi says or what the letters are ("पद्म" Padma and Padm).

// devaConsonants spells each Devanagari consonant (U+0915-U+0939) and
// the nukta letters (U+0958-U+095F) in Latin letters.
var devaConsonants = map[rune]string{
	'क': "k", 'ख': "kh", 'ग': "g", 'घ': "gh", 'ङ': "n",
	'च': "ch", 'छ': "chh", 'ज': "j", 'झ': "jh", 'ञ': "n",
	'ट': "t", 'ठ': "th", 'ड': "d", 'ढ': "dh", 'ण': "n",
	'त': "t", 'थ': "th", 'द': "d", 'ध': "dh", 'न': "n",
	'प': "p", 'फ': "ph", 'ब': "b", 'भ': "bh", 'म': "m",
	'य': "y", 'र': "r", 'ल': "l", 'ळ': "l", 'व': "v",
	'श': "sh", 'ष': "sh", 'स': "s", 'ह': "h",
	'\u0958': "q", '\u0959': "kh", '\u095A': "gh", '\u095B': "z", '\u095C': "r", '\u095D': "rh", '\u095E': "f", '\u095F': "y",
}

// devaNukta is what a consonant followed by the nukta sign (U+093C)
// becomes: the sounds of Persian and English loans ("ज़" z, "फ़" f).
var devaNukta = map[rune]string{
	'क': "q", 'ख': "kh", 'ग': "gh", 'ज': "z", 'ड': "r", 'ढ': "rh", 'फ': "f", 'य': "y",
}

// devaVowels spells the independent vowels and the vowel signs.
var devaVowels = map[rune]string{
	'अ': "a", 'आ': "a", 'इ': "i", 'ई': "i", 'उ': "u", 'ऊ': "u", 'ऋ': "ri",
	'ए': "e", 'ऐ': "ai", 'ओ': "o", 'औ': "au", 'ऑ': "o", 'ऍ': "e",
	'ा': "a", 'ि': "i", 'ी': "i", 'ु': "u", 'ू': "u", 'ृ': "ri",
	'े': "e", 'ै': "ai", 'ो': "o", 'ौ': "au", 'ॉ': "o", 'ॅ': "e",
}

// isDevanagari reports whether r is in the Devanagari block.
func isDevanagari(r rune) bool { return r >= 0x0900 && r <= 0x097F }

// HasDevanagari reports whether s holds a character of the Devanagari
// block.
func HasDevanagari(s string) bool {
	for _, r := range s {
		if isDevanagari(r) {
			return true
		}
	}
	return false
}

// DevanagariLatin spells the Devanagari letters of s in Latin letters,
// consonant by consonant, without the inherent vowel; other runes are
// kept (the danda too, which is no letter of the script). The anusvara and the candrabindu are "n", "m" before a labial
// ("ट्रंप" "trmp"); the visarga "h"; the virama is not written; digits
// and signs are dropped. It is the aligner's spelling for its name
// skeletons ("दानिलोव" "danilov", "कीव" "kiv").
func DevanagariLatin(s string) string {
	var b strings.Builder
	b.Grow(len(s) / 2)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.Is(unicode.Devanagari, r) {
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.Is(unicode.Devanagari, r2) {
				break
			}
			j += n2
		}
		b.Write(appendDevanagari(nil, s[i:j], false))
		i = j
	}
	return b.String()
}

// appendDevanagari appends to dst the Latin spelling of run, a run of
// Devanagari characters; inherent tells whether a consonant without a
// vowel sign or virama is read with its a (the name matcher) or not
// (DevanagariLatin). Devanagari digits are written as digits when
// inherent is set, else dropped.
func appendDevanagari(dst []byte, run string, inherent bool) []byte {
	if inherent {
		return appendDevanagariRead(dst, run, devaInherent)
	}
	return appendDevanagariRead(dst, run, 0)
}

// devaRead is how appendDevanagariRead spells a run: the matcher's key
// reads devaInherent alone; the readings of devanagari_read.go add the
// others.
type devaRead uint8

const (
	devaInherent devaRead = 1 << iota // a consonant's inherent a written, and ज्ञ said gy (ज्ञान gyan)
	devaFinalA                        // a final conjunct's a kept by devaKeepsFinalA
	devaSchwa                         // the medial a Hindi does not say dropped (राजदीप rajdip)
	devaJZ                            // ज read z: the nukta a writer leaves out (नजमा nazma)
	devaZJ                            // ज़ read j: the nukta a writer adds (सरोज़ा saroja)
	devaRu                            // the vowel sign ृ read ru, as Marathi and Gujarati names write it (कृपा krupa)
)

// appendDevanagariRead is appendDevanagari read by mode.
func appendDevanagariRead(dst []byte, run string, mode devaRead) []byte {
	inherent := mode&devaInherent != 0
	// joined is the consonant before a virama just read: the one the
	// next consonant is joined to in a conjunct, or -1; vowel tells
	// whether the last letter written was a vowel's.
	joined := rune(-1)
	vowel := false
	for i := 0; i < len(run); {
		r, n := utf8.DecodeRuneInString(run[i:])
		i += n
		next := rune(-1)
		if i < len(run) {
			next, _ = utf8.DecodeRuneInString(run[i:])
		}
		if c, ok := devaConsonants[r]; ok {
			if next == '\u093C' {
				if nk, ok := devaNukta[r]; ok {
					c = nk
				}
				if mode&devaZJ != 0 && r == 'ज' {
					c = "j"
				}
				i += utf8.RuneLen(next)
				next = -1
				if i < len(run) {
					next, _ = utf8.DecodeRuneInString(run[i:])
				}
			} else if mode&devaJZ != 0 && r == 'ज' {
				c = "z"
			} else if mode&devaZJ != 0 && r == '\u095B' {
				c = "j"
			}
			if inherent && r == 'ज' && strings.HasPrefix(run[i:], "\u094Dञ") {
				// ज्ञ: Hindi says gy (ज्ञान gyan, प्रज्ञा pragya)
				c, r = "gy", 'ञ'
				i += len("\u094Dञ")
				next = -1
				if i < len(run) {
					next, _ = utf8.DecodeRuneInString(run[i:])
				}
			}
			after := vowel
			dst = append(dst, c...)
			vowel = false
			if inherent && next >= 0 && next != '\u094D' {
				if _, sign := devaVowels[next]; !sign || next < 'ा' {
					if mode&devaSchwa == 0 || !after || !devaVowelFollows(run[i:]) {
						dst = append(dst, 'a')
						vowel = true
					}
				}
			} else if mode&devaFinalA != 0 && next < 0 && joined >= 0 && devaKeepsFinalA(joined, r) {
				dst = append(dst, 'a')
				vowel = true
			}
			joined = -1
			if next == '\u094D' {
				joined = r
			}
			continue
		}
		if r != '\u094D' {
			joined = -1
		}
		if v, ok := devaVowels[r]; ok {
			if mode&devaRu != 0 && r == '\u0943' {
				v = "ru"
			}
			dst = append(dst, v...)
			vowel = true
			continue
		}
		switch r {
		case '\u0902', '\u0901': // anusvara, candrabindu
			switch next {
			case 'प', 'फ', 'ब', 'भ', 'म':
				dst = append(dst, 'm')
			default:
				dst = append(dst, 'n')
			}
			vowel = false
		case '\u0903': // visarga
			dst = append(dst, 'h')
			vowel = false
		default: // a lone nukta, the virama, signs
			if inherent && r >= '०' && r <= '९' {
				dst = append(dst, byte('0'+r-'०'))
			}
		}
	}
	return dst
}

// devaSonority ranks a consonant by its sonority: 4 the semivowels य
// and व, 3 the liquids र, ल and ळ, 2 the nasals, 1 the rest (stops,
// fricatives, ह).
func devaSonority(r rune) int {
	switch r {
	case 'य', 'व':
		return 4
	case 'र', 'ल', 'ळ':
		return 3
	case 'न', 'म', 'ण', 'ञ', 'ङ':
		return 2
	}
	return 1
}

// devaKeepsFinalA reports whether a word ending in the conjunct of first
// and last keeps the inherent a of last. Hindi drops a word's final a
// (भारत bharat), but not after a conjunct it could not end a syllable
// with: one whose last consonant is a nasal, liquid or semivowel at
// least as sonorous as the one before it (Ohala 1983; Narasimhan et al.
// 2004): "सत्य" satya, "चंद्र" chandra, "पद्म" padma, "शुक्ल" shukla,
// "सूर्य" surya, against "अंत" ant, "धर्म" dharm, "पार्थ" parth.
func devaKeepsFinalA(first, last rune) bool {
	s := devaSonority(last)
	return s >= 2 && s >= devaSonority(first)
}

// devaVowelFollows reports whether rest, what follows a consonant and its
// unwritten a, starts with one consonant that is said with a vowel: a
// vowel sign, or its own a before another letter (not the virama of a
// conjunct, not a word's end, where Hindi drops it). It is the right
// side of Hindi's medial schwa deletion (Ohala's VC_CV: a C a C V, the
// first a unsaid): "राजदीप" rajdip, "रजनी" rajni.
func devaVowelFollows(rest string) bool {
	r, n := utf8.DecodeRuneInString(rest)
	if _, ok := devaConsonants[r]; !ok {
		return false
	}
	rest = rest[n:]
	rest = strings.TrimPrefix(rest, "\u093C") // a nukta
	if rest == "" {
		return false
	}
	r, _ = utf8.DecodeRuneInString(rest)
	return r != '\u094D' && isDevanagari(r)
}
