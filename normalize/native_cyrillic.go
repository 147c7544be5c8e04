package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Russian writes foreign names by conventions of its own, which the
// BGN/PCGN-style table of cyrillicTable does not undo. When a Cyrillic name
// is compared with a Latin one and does not match as read by that table, it
// is read again the two other ways below, and the best reading counts:
//
//   - Western names (cyrillicWestern): г is often the h of German and Dutch
//     ("Гельмут", Helmuth), х the h of others ("Хулио"), ц the z of German
//     and Italian ("Франц", Franz; "Лоренцо", Lorenzo), ё the o of German ö
//     and French eu ("Шёне", Schöne), у the English w after о or а and
//     before a vowel at a word's start ("Боуден", Bowden; "Уолтер",
//     Walter).
//   - Japanese names (cyrillicJapanese, the Polivanov system): си is shi,
//     ти chi, дзи ji, цу tsu, дз z, ся/сю/сё sha/shu/sho, тя/тю/тё
//     cha/chu/cho, ё after another consonant yo ("Кёити", Kyoichi;
//     "Цудзинака", Tsujinaka), э e.
//
// The other readings only raise the score of a Cyrillic-Latin pair; two
// Cyrillic names, or two Latin ones, are never read this way.

// hasCyrillic reports whether s has a Cyrillic letter (U+0400..U+04FF).
func hasCyrillic(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == 0xD0 || c == 0xD1 || c == 0xD2 || c == 0xD3 {
			return true
		}
	}
	return false
}

// cyrillicReadings are the other readings of a Cyrillic name.
var cyrillicReadings = []func(string) string{cyrillicWestern, cyrillicJapanese}

// otherCyrillicReadings returns max(score, the similarity of the other
// readings of the Cyrillic name of a and b with the Latin one), when exactly
// one of them is written in Cyrillic.
func (s *simState) otherCyrillicReadings(a, b string, score float64) float64 {
	ca, cb := hasCyrillic(a), hasCyrillic(b)
	if ca == cb {
		return score
	}
	if cb {
		a, b = b, a
	}
	for _, read := range cyrillicReadings {
		if alt := read(a); alt != "" {
			score = max(score, s.similarity(alt, b))
		}
	}
	return score
}

// cyrillicWestern is the Western reading of Cyrillic name s, or "" when it
// reads as cyrillicTable does.
func cyrillicWestern(s string) string {
	var b strings.Builder
	changed := false
	prev := rune(0)
	rs := []rune(s)
	for i, r := range rs {
		l := unicode.ToLower(r)
		next := rune(0)
		if i+1 < len(rs) {
			next = unicode.ToLower(rs[i+1])
		}
		switch l {
		case 'у':
			// The English w: "Боуден" (Bowden), "Уолтер" (Walter).
			if prev == 'о' || prev == 'а' || (prev == 0 || !unicode.IsLetter(prev)) && strings.ContainsRune("аоэеи", next) {
				b.WriteByte('w')
				changed = true
			} else {
				b.WriteRune(r)
			}
		case 'г', 'х':
			b.WriteByte('h')
			changed = true
		case 'ц':
			b.WriteByte('z')
			changed = true
		case 'ё':
			if isCyrillicConsonant(prev) {
				b.WriteByte('o')
			} else {
				b.WriteString("yo")
			}
			changed = true
		default:
			b.WriteRune(r)
		}
		prev = l
	}
	if !changed {
		return ""
	}
	return b.String()
}

// cyrillicJapanese is the Polivanov reading of Cyrillic name s, or "" when
// s has none of its letter groups.
func cyrillicJapanese(s string) string {
	var b strings.Builder
	changed := false
	prev := rune(0)
	rs := []rune(strings.ToLower(s))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case r == 'с' && (next == 'и' || next == 'я' || next == 'ю' || next == 'ё'):
			b.WriteString("sh")
			b.WriteString(japaneseVowel(next))
			i++
			changed = true
		case r == 'т' && (next == 'и' || next == 'я' || next == 'ю' || next == 'ё'):
			b.WriteString("ch")
			b.WriteString(japaneseVowel(next))
			i++
			changed = true
		case r == 'д' && next == 'з':
			if i+2 < len(rs) && (rs[i+2] == 'и' || rs[i+2] == 'я' || rs[i+2] == 'ю' || rs[i+2] == 'ё') {
				b.WriteByte('j')
				b.WriteString(japaneseVowel(rs[i+2]))
				i += 2
			} else {
				b.WriteByte('z')
				i++
			}
			changed = true
		case r == 'ё' && isCyrillicConsonant(prev):
			b.WriteString("yo")
			changed = true
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	if !changed {
		return ""
	}
	return b.String()
}

// japaneseVowel is the vowel of a Polivanov syllable after sh, ch or j.
func japaneseVowel(r rune) string {
	switch r {
	case 'я':
		return "a"
	case 'ю':
		return "u"
	case 'ё':
		return "o"
	}
	return "i"
}

func isCyrillicConsonant(r rune) bool {
	if r < utf8.RuneSelf || !(r >= 0x0430 && r <= 0x045F) {
		return false
	}
	return !strings.ContainsRune("аеёиоуыэюяьъй", r)
}
