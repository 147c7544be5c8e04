package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kunrei-shiki against Hepburn: the Wade-Giles and Pinyin of Japanese.
// Kunrei-shiki (the cabinet notice of 1954, ISO 3602) and its parent
// Nihon-shiki write each row of the kana table with one consonant: si,
// ti, tu, hu, zi, sya, tya, zya (Nihon-shiki also di, du, dya, wo) where
// Hepburn writes shi, chi, tsu, fu, ji, sha, cha, ja (ji, zu, ja, o);
// Kunrei-shiki marks a long vowel with a circumflex (Itô) where revised
// Hepburn has a macron (Itō). Huzita and Fujita, Syun'iti and Shun'ichi,
// Tuzi and Tsuji are one name, but the letters differ in every such mora
// (Huzita/Fujita 0.667 on main). readKunrei writes a Kunrei-shiki name in
// Hepburn, syllable by syllable (kunreiHepburn), when the other name of the
// pair reads as Hepburn morae (romaji.go's reader), and the pair is
// scored again: every later stage, the Japanese minimal-pair cap among
// them, reads the Hepburn (Tikako against Chieko is chi-ka-ko against
// chi-e-ko, two names).
//
// A Kunrei-shiki name is one whose every word reads as Kunrei morae and
// one of whose words has a syllable Hepburn writes otherwise. Many
// European names read so (Tina, Hugo, Simon, Dina), so a name with one
// such syllable must have three morae or more in all (Tina and China, Hugo
// and Fugo stay as written; Yoneda Kozi is read); a name of two such
// syllables (Huzi, Tuzi), or of one and a circumflex (Mutyû, Gûzi), is
// read at any length.

// kunreiPair reports whether one of a and b has a syllable only
// Kunrei-shiki writes (si, ti, tu, hu, zi, sy, ty, zy, di, du) and the
// other a spelling only Hepburn writes (j, sh, ch, ts, fu; zu, which
// Nihon-shiki writes du): the cheap test before readKunrei, a byte scan
// of each name.
func kunreiPair(a, b string) bool {
	return crossedSigns(a, b, kunreiSigns)
}

// kunreiSigns reports whether s has a syllable only Kunrei-shiki writes
// (kunrei) and whether it has a spelling only Hepburn writes (hepburn),
// ASCII letters of either case. A name with l, q, v or x is neither (no
// system writes them: the scan stops there), and one with c, f or j has
// no Kunrei syllable (Kunrei-shiki writes none of them).
func kunreiSigns(s string) (kunrei, hepburn bool) {
	notKunrei := false
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		switch c {
		case 'l', 'q', 'v', 'x':
			return false, false
		case 'j':
			hepburn, notKunrei = true, true
			continue
		case 'c', 'f':
			notKunrei = true
		}
		if i+1 == len(s) {
			break
		}
		d := s[i+1] | 0x20
		switch c {
		case 's':
			kunrei = kunrei || d == 'i' || d == 'y'
			hepburn = hepburn || d == 'h'
		case 't':
			kunrei = kunrei || d == 'i' || d == 'u' || d == 'y'
			hepburn = hepburn || d == 's'
		case 'z':
			kunrei = kunrei || d == 'i' || d == 'y'
			hepburn = hepburn || d == 'u' // against Nihon-shiki du
		case 'd':
			kunrei = kunrei || d == 'i' || d == 'u'
		case 'h': // not the h of Hepburn sh: Shunsuke has no Kunrei hu
			kunrei = kunrei || d == 'u' && (i == 0 || s[i-1]|0x20 != 's')
		case 'c':
			hepburn = hepburn || d == 'h'
		case 'f':
			hepburn = hepburn || d == 'u'
		}
	}
	return kunrei && !notKunrei, hepburn
}

// readKunrei replaces the Kunrei-shiki name of p by its Hepburn
// (kunreiHepburn) when the other name reads as Hepburn morae, and reports
// whether it did, unless the glossary has both names as written as forms
// of one entry. baseStage calls it for a pair under the threshold as
// written that kunreiPair finds, and scores the pair again.
func readKunrei(r *stageRun, p *pairSim) bool {
	a, b := p.a, p.b
	if h, ok := kunreiHepburn(a); ok && hepburnReads(b) {
		a = h
	} else if h, ok := kunreiHepburn(b); ok && hepburnReads(a) {
		b = h
	} else {
		return false
	}
	if p.oneEntry(r.g) {
		return false // baseStage finds them one entry
	}
	p.rereadAs(a, b)
	return true
}

// kunreiOnly reports whether a and b are one key once the Kunrei-shiki
// or Nihon-shiki name of the two is read in Hepburn against the other
// (kunreiHepburn, as readKunrei reads it): the Pinyin caps must not read
// si, ti or du against shi, chi or zu as another syllable (Numadu, Numazu;
// Nisi Takeiti, Nishi Takeichi: 0.800 before). readKunrei reads only a
// pair under the threshold; capsStage asks this of a pair over it that a
// Pinyin cap would take down, which costs nothing on the others (reading
// every pair over the threshold cost 0.6% of names match's instructions).
func kunreiOnly(a, b string) bool {
	if !kunreiPair(a, b) {
		return false
	}
	if h, ok := kunreiHepburn(a); ok && hepburnReads(b) {
		return Key(h) == Key(b)
	}
	if h, ok := kunreiHepburn(b); ok && hepburnReads(a) {
		return Key(a) == Key(h)
	}
	return false
}

// hepburnReads reports whether every word of name reads as Hepburn morae
// (hepburnName), mark of Japanese or not.
func hepburnReads(name string) bool {
	_, ok := hepburnName(withoutApostrophes(name))
	return ok
}

// withoutApostrophes returns s without the apostrophes revised Hepburn and
// Kunrei-shiki write after a moraic n before a vowel or y (Shun'ichi),
// which romajiMorae does not read.
func withoutApostrophes(s string) string {
	if strings.IndexByte(s, '\'') < 0 && !strings.Contains(s, "’") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\'' || r == '’' {
			return -1
		}
		return r
	}, s)
}

// kunreiHepburn returns name written in Hepburn and true when name is a
// Kunrei-shiki name (see the comment at the top): at most three words,
// cut at spaces and hyphens, each read as Kunrei morae or, with no
// Kunrei syllable, as Hepburn morae. Else "" and false.
func kunreiHepburn(name string) (string, bool) {
	var sb strings.Builder
	words, morae, signs := 0, 0, 0
	start := -1
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != ' ' && name[i] != '-' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words++
			if words > 3 {
				return "", false
			}
			w := name[start:i]
			if k, _ := kunreiSigns(w); !k {
				var buf [24]string
				m, ok := romajiMorae(buf[:0], withoutApostrophes(w))
				if !ok || len(m) < 2 {
					return "", false
				}
				sb.WriteString(w)
				morae += len(m)
			} else {
				h, m, s, ok := kunreiWord(w)
				if !ok {
					return "", false
				}
				sb.WriteString(h)
				morae += m
				signs += s
			}
			start = -1
		}
		if i < len(name) {
			sb.WriteByte(name[i])
		}
	}
	if signs == 0 || signs < 2 && morae < 3 {
		return "", false
	}
	return sb.String(), true
}

// kunreiOnsets are the onsets of Kunrei-shiki and Nihon-shiki morae and
// the vowels each takes.
var kunreiOnsets = map[string]string{
	"": "aiueo", "k": "aiueo", "g": "aiueo", "s": "aiueo", "z": "aiueo", "t": "aiueo", "d": "aiueo",
	"n": "aiueo", "h": "aiueo", "b": "aiueo", "p": "aiueo", "m": "aiueo", "y": "auo", "r": "aiueo", "w": "ao",
	"ky": "auo", "gy": "auo", "sy": "auo", "zy": "auo", "ty": "auo", "dy": "auo", "ny": "auo",
	"hy": "auo", "by": "auo", "py": "auo", "my": "auo", "ry": "auo",
}

// kunreiHepburnOnset returns the Hepburn of a Kunrei or Nihon-shiki onset
// before the vowel v, and whether the two systems write it otherwise (the
// glides sy, ty, zy, dy before any vowel); else onset and false.
func kunreiHepburnOnset(onset string, v byte) (string, bool) {
	switch onset {
	case "s":
		if v == 'i' {
			return "sh", true
		}
	case "t":
		if v == 'i' {
			return "ch", true
		}
		if v == 'u' {
			return "ts", true
		}
	case "h":
		if v == 'u' {
			return "f", true
		}
	case "z", "d":
		if v == 'i' {
			return "j", true
		}
		if onset == "d" && v == 'u' {
			return "z", true
		}
	case "w":
		if v == 'o' {
			return "", true
		}
	case "sy":
		return "sh", true
	case "ty":
		return "ch", true
	case "zy", "dy":
		return "j", true
	}
	return onset, false
}

// kunreiLong maps a vowel with a circumflex (Kunrei-shiki) or a macron to
// its plain vowel.
var kunreiLong = map[rune]byte{'â': 'a', 'ê': 'e', 'î': 'i', 'ô': 'o', 'û': 'u', 'ā': 'a', 'ē': 'e', 'ī': 'i', 'ō': 'o', 'ū': 'u'}

// hepburnMacron is the revised Hepburn long vowel of a plain vowel.
var hepburnMacron = [256]rune{'a': 'ā', 'e': 'ē', 'i': 'ī', 'o': 'ō', 'u': 'ū'}

// kunreiWord reads word as Kunrei-shiki morae and returns it in Hepburn
// (long vowels with a macron, the sokuon doubled, tch for Kunrei tti), the
// number of its morae and of its syllables Hepburn writes otherwise (a
// long vowel with Kunrei-shiki's circumflex among them: Mutyû), and
// whether the whole word reads so: its letters lowered
// (readKunreiLetters), then its morae (kunreiMorae). Case: a word in
// capitals stays in capitals, a capital first letter stays.
func kunreiWord(word string) (hep string, morae, signs int, ok bool) {
	l, ok := readKunreiLetters(word)
	if !ok {
		return "", 0, 0, false
	}
	out, morae, signs, ok := kunreiMorae(l.low[:l.n], l.long[:l.n])
	if !ok {
		return "", 0, 0, false
	}
	signs += l.circumflexes
	hep = string(out)
	if l.upper {
		hep = strings.ToUpper(hep)
	} else if l.first {
		r, size := utf8.DecodeRuneInString(hep)
		hep = string(unicode.ToUpper(r)) + hep[size:]
	}
	return hep, morae, signs, true
}

// kunreiLetters is a word as kunreiWord reads it: lowered, its long
// vowels plain.
type kunreiLetters struct {
	low          [32]byte // the word lowered, long vowels plain
	long         [32]bool // low[i] was a long vowel
	n            int      // letters in low
	upper, first bool     // the word is in capitals; its first letter is a capital
	circumflexes int      // long vowels with Kunrei-shiki's circumflex
}

// readKunreiLetters returns word's letters for kunreiWord, or false when
// it has more than 32 or a letter no romanization of Japanese writes.
func readKunreiLetters(word string) (kunreiLetters, bool) {
	var l kunreiLetters
	n := 0
	upper, first := true, false
	for i, r := range word {
		if unicode.IsUpper(r) {
			first = first || i == 0
		} else if unicode.IsLetter(r) {
			upper = false
		}
		r = unicode.ToLower(r)
		if n == len(l.low) {
			return l, false
		}
		if v, isLong := kunreiLong[r]; isLong {
			l.low[n], l.long[n] = v, true
			if r == 'â' || r == 'ê' || r == 'î' || r == 'ô' || r == 'û' {
				l.circumflexes++ // Kunrei-shiki's circumflex, Hepburn's macron
			}
		} else if r == '\'' || r == '’' || r >= 'a' && r <= 'z' {
			l.low[n] = byte(r)
			if r == '’' {
				l.low[n] = '\''
			}
		} else {
			return l, false
		}
		n++
	}
	l.n, l.upper, l.first = n, upper, first
	return l, true
}

// kunreiMorae writes the lowered letters w (long[i]: w[i] was a long
// vowel) in Hepburn, mora by mora, and returns them with the number of
// morae, the number of syllables Hepburn writes otherwise, and whether
// every letter is in a mora.
func kunreiMorae(w []byte, long []bool) (out []byte, morae, signs int, ok bool) {
	n := len(w)
	out = make([]byte, 0, n+8)
	sokuon := false
	for i := 0; i < n; {
		c := w[i]
		switch {
		case c == '\'':
			if i == 0 || w[i-1] != 'n' {
				return nil, 0, 0, false
			}
			out = append(out, c)
			i++
			continue
		case isVowel(c):
			if sokuon {
				return nil, 0, 0, false
			}
			out = appendVowel(out, c, long[i])
			morae++
			i++
			continue
		case c == 'n' && (i+1 == n || !isVowel(w[i+1]) && w[i+1] != 'y'):
			if sokuon {
				return nil, 0, 0, false
			}
			out = append(out, 'n')
			morae++
			i++
			continue
		case i+1 < n && w[i+1] == c:
			if sokuon || c != 'k' && c != 's' && c != 't' && c != 'p' {
				return nil, 0, 0, false
			}
			sokuon = true
			morae++
			i++
			continue
		}
		j := i
		for j < n && !isVowel(w[j]) {
			j++
		}
		if j == n || j-i > 2 {
			return nil, 0, 0, false
		}
		vowels, known := kunreiOnsets[string(w[i:j])]
		if !known || strings.IndexByte(vowels, w[j]) < 0 {
			return nil, 0, 0, false
		}
		onset, differs := kunreiHepburnOnset(string(w[i:j]), w[j])
		if differs {
			signs++
		}
		if sokuon {
			if onset == "" {
				return nil, 0, 0, false
			}
			if strings.HasPrefix(onset, "ch") {
				out = append(out, 't')
			} else {
				out = append(out, onset[0])
			}
			sokuon = false
		}
		out = append(out, onset...)
		out = appendVowel(out, w[j], long[j])
		morae++
		i = j + 1
	}
	if sokuon {
		return nil, 0, 0, false
	}
	return out, morae, signs, true
}

// appendVowel appends the vowel v to out, with a macron when long.
func appendVowel(out []byte, v byte, long bool) []byte {
	if long {
		return utf8.AppendRune(out, hepburnMacron[v])
	}
	return append(out, v)
}
