package normalize

import (
	"strings"
)

// Wade-Giles (and the postal spellings that follow it) writes Chinese
// syllables with hyphens and apostrophes: "Mao Tse-tung", "Ch'ing-hai".
// wadeGilesRead rewrites the words of a name that are written so to
// Pinyin ("Mao Zedong", "Qinghai"), so that Similarity can compare them with
// Pinyin spellings. The rules are those of the standard conversion tables:
// aspirated initials (p', t', k', ch', ts') are Pinyin's p, t, k, q/ch, c
// and the plain ones b, d, g, j/zh, z; hs is x; j is r; -ih, -ieh, -ien,
// -ung and -o are -i, -ie, -ian, -ong and -e/-uo.

// wgInitials are the Wade-Giles initials, longest first.
var wgInitials = []string{"ch'", "ts'", "tz'", "k'", "p'", "t'", "ch", "hs", "sh", "ss", "ts", "tz", "p", "m", "f", "t", "n", "l", "k", "h", "j", "s", "y", "w", ""}

// wgTables holds, by a syllable's first byte, the initials of wgInitials
// that begin with it, longest first, then "" (none): the ones wgSplit
// tries; and the Wade-Giles finals, diacritics removed (ü written v).
// Built on first use: most commands never read a Chinese name.
var wgTables = newLazy(func() *struct {
	initialsBy [256][]string
	finals     map[string]bool
} {
	t := &struct {
		initialsBy [256][]string
		finals     map[string]bool
	}{finals: map[string]bool{}}
	for f := range strings.FieldsSeq(wgFinalsText) {
		t.finals[strings.ReplaceAll(f, "ü", "v")] = true
	}
	for c := range t.initialsBy {
		for _, ini := range wgInitials {
			if ini == "" || ini[0] == byte(c) {
				t.initialsBy[c] = append(t.initialsBy[c], ini)
			}
		}
	}
	return t
})

// wgFinalsText are the Wade-Giles finals.
const wgFinalsText = `a ai an ang ao e ei en eng erh i ia iang iao ieh ien ih in ing iu iung o ou u ua uai uan uang ui un ung uo ueh uei ue en eh u ü üan üeh ün`

// wgLast holds the letters a Wade-Giles syllable can end with: the last
// letters of wgFinalsText (ü as v), and s and z for ss and tz alone (see
// wgSplit). wgPlainWord turns most words down by it before trying the
// initials. Static data, checked against the finals by TestWgLast.
var wgLast = [256]bool{'a': true, 'e': true, 'g': true, 'h': true, 'i': true, 'n': true, 'o': true, 'u': true, 'v': true, 's': true, 'z': true}

// wgSyllable converts one Wade-Giles syllable (lower case, ü written v, as
// wgReplacer writes it) to Pinyin, ü written u as names write it in
// English; ok is false if s is not one. A u without its umlaut (Hsu for
// Hsü) is read as the syllable Wade-Giles writes with it where there is no
// other (hsu, yu). The initial (wgSplit) and the final are converted apart:
// wgInitial, then wgFinal, which reads the Pinyin initial.
func wgSyllable(s string) (string, bool) {
	k, ok := wgSplit(s)
	if !ok {
		return "", false
	}
	ini, fin := s[:k], s[k:]
	p := wgInitial(ini, fin)
	fin = wgFinal(ini, p, fin)
	if p == "" && fin == "i" {
		return "yi", true
	}
	return p + fin, true
}

// wgInitial is the Pinyin initial of the Wade-Giles initial ini before the
// final fin: an apostrophe marks the aspirated initial (ch', k', t', p'),
// the plain one is written voiced in Pinyin (ch, k, t, p are zh, g, d, b);
// ch' and ch are q and j before a front vowel (i but not ih, ü, or u after
// hs, the Hsu for Hsü above).
func wgInitial(ini, fin string) string {
	front := len(fin) > 0 && (fin[0] == 'i' && fin != "ih" || fin[0] == 'v' || fin[0] == 'u' && ini == "hs")
	switch ini {
	case "ch'":
		if front {
			return "q"
		}
		return "ch"
	case "ch":
		if front {
			return "j"
		}
		return "zh"
	case "ts'", "tz'":
		return "c"
	case "ts", "tz":
		return "z"
	case "ss":
		return "s"
	case "hs":
		return "x"
	case "k'":
		return "k"
	case "k":
		return "g"
	case "t'":
		return "t"
	case "t":
		return "d"
	case "p'":
		return "p"
	case "p":
		return "b"
	case "j":
		return "r"
	}
	return ini
}

// wgFinal is the Pinyin final of the Wade-Giles final fin after the
// Wade-Giles initial ini, p in Pinyin ("" for none).
func wgFinal(ini, p, fin string) string {
	switch {
	case fin == "ih":
		fin = "i"
	case fin == "u" && (ini == "tz" || ini == "tz'" || ini == "ss"):
		fin = "i"
	case fin == "" && ini == "ss":
		fin = "i"
	case fin == "ieh":
		fin = "ie"
	case fin == "ueh" || fin == "veh":
		fin = fin[:2]
	case fin == "ien":
		fin = "ian"
	case fin == "iung":
		fin = "iong"
	case fin == "ung" && p != "":
		fin = "ong"
	case fin == "erh":
		fin = "er"
	case fin == "eh":
		fin = "e" // yeh, and teh of the postal spellings (Chu Teh)
	case fin == "en" && p == "y":
		fin = "an"
	case fin == "o" && (p == "g" || p == "k" || p == "h" || p == ""):
		fin = "e"
	case fin == "o" && p != "b" && p != "p" && p != "m" && p != "f" && p != "y" && p != "w":
		fin = "uo"
	case fin == "uei":
		fin = "ui"
	}
	if len(fin) > 0 && fin[0] == 'v' {
		fin = "u" + fin[1:] // lü, nü and ju, qu, xu, yu: u in names
	}
	return fin
}

// wgSplit returns the length of the Wade-Giles initial of the syllable s
// (lower case, ü written v), and whether s is one. It allocates nothing.
func wgSplit(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	for _, ini := range wgTables.get().initialsBy[s[0]] {
		if !strings.HasPrefix(s, ini) {
			continue
		}
		fin := s[len(ini):]
		if wgTables.get().finals[fin] || fin == "" && (ini == "ss" || ini == "tz") {
			return len(ini), true
		}
	}
	return 0, false
}

// wgPlainWord reports whether w, with neither hyphen nor apostrophe, is
// one Wade-Giles syllable (Chou, Hsü). It allocates nothing.
func wgPlainWord(w string) bool {
	if len(w) == 0 || len(w) > 8 {
		return false
	}
	switch w[0] | 0x20 { // letters no Wade-Giles syllable begins with
	case 'b', 'd', 'g', 'q', 'r', 'v', 'x', 'z':
		return false
	}
	if c := w[len(w)-1]; c < 0x80 && !wgLast[c|0x20] {
		return false // no syllable ends so (Karim, Khalid, Putnam); ü is read below
	}
	var b [8]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xC3 && i+1 < len(w) && (w[i+1] == 0xBC || w[i+1] == 0x9C): // ü, Ü
			c = 'v'
			i++
		default:
			return false
		}
		if n == len(b) {
			return false
		}
		b[n] = c
		n++
	}
	_, ok := wgSplit(string(b[:n]))
	return ok
}

// wgPlainName reports whether name has two words or more and each is one
// Wade-Giles syllable with neither hyphen nor apostrophe (Chou Chi, Lao
// Tzu, and Pinyin names such as Chen Yi): the cheap test that lets most
// names skip the reading of one-syllable words. It allocates nothing.
// Similarity asks it of both names of most pairs, so it cuts the words
// itself, in one pass that stops at the first byte no syllable has; a
// name with other non-ASCII bytes than ü goes to wgPlainNameFields (it may
// have a space of another kind).
func wgPlainName(name string) bool {
	words, start := 0, -1
	for i := 0; i <= len(name); i++ {
		c := byte(' ') // the end of the name ends its last word
		if i < len(name) {
			c = name[i]
		}
		switch {
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			if start < 0 {
				start = i
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			if start >= 0 {
				if !wgPlainWord(name[start:i]) {
					return false
				}
				words++
				start = -1
			}
		case c == 0xC3 && i+1 < len(name) && (name[i+1] == 0xBC || name[i+1] == 0x9C): // ü, Ü
			if start < 0 {
				start = i
			}
			i++
		case c >= 0x80:
			return wgPlainNameFields(name)
		default:
			return false // a word with a sign: no syllable
		}
	}
	return words >= 2
}

// wgPlainNameFields is wgPlainName, with the words cut by strings.Fields.
func wgPlainNameFields(name string) bool {
	words := 0
	for w := range strings.FieldsSeq(name) {
		if !wgPlainWord(w) {
			return false
		}
		words++
	}
	return words >= 2
}

// wgReplacer writes the apostrophes of Wade-Giles one way and ü as v.
var wgReplacer = strings.NewReplacer("’", "'", "ʻ", "'", "‘", "'", "ü", "v", "Ü", "v")

// wadeGilesRead returns name with each word written in Wade-Giles
// syllables joined by hyphens, or bearing an aspiration apostrophe,
// rewritten to Pinyin, and whether any word was. The name's one-syllable
// words without such marks (Chou, Hsi, Teh) are rewritten too when every
// word of the name reads as Wade-Giles and the name is Wade-Giles by some
// word: one so marked, or one Pinyin does not write (Hsi, Tzu, Teh, Yü):
// "Chou En-lai" is "Zhou Enlai", "Lao Tzu" is "Lao Zi", while "Chen Yi",
// whose words are Pinyin too, stays as it is (Wade-Giles chen is Pinyin
// zhen, but Pinyin Chen is another surname). plainName is
// wgPlainName(name), which wadeGilesStage has asked already: a name with
// neither a hyphen nor an apostrophe is read only when it holds.
func wadeGilesRead(name string, plainName bool) (string, bool) {
	marked := maybeWadeGiles(name)
	if !marked && !plainName {
		return name, false // most names: no allocation
	}
	words := strings.Fields(name)
	changed := false
	var buf []string
	plain := 0 // one-syllable Wade-Giles words left to read
	wgOnly := false
	var done uint64 // the words read so far (the first 64)
	for i, w := range words {
		if !maybeWadeGiles(w) {
			if plain < 0 {
				continue // some word is no Wade-Giles syllable
			}
			if !wgPlainWord(w) {
				plain = -len(words)
				continue
			}
			plain++
			lw := strings.ToLower(wgReplacer.Replace(w))
			if p, _ := wgSyllable(lw); wgUmlaut(lw) || p != lw && !pinyinSyllables()[lw] {
				wgOnly = true // Hsi, Tzu, Teh, Yü: Wade-Giles, not Pinyin
			}
			continue
		}
		lw := strings.ToLower(wgReplacer.Replace(w))
		if !strings.Contains(lw, "-") && !strings.Contains(lw, "'") {
			plain = -len(words) // a dash or quotation mark of another kind
			continue
		}
		buf = buf[:0]
		ok := true
		for part := range strings.SplitSeq(lw, "-") {
			p, good := wgSyllable(part)
			if !good {
				ok = false
				break
			}
			buf = append(buf, p)
		}
		if !ok {
			plain = -len(words)
			continue
		}
		words[i] = capitalized(strings.Join(buf, ""))
		done |= 1 << (i & 63)
		changed = true
	}
	if plain > 0 && (changed || wgOnly) {
		for i, w := range words {
			if done&(1<<(i&63)) != 0 {
				continue
			}
			lw := strings.ToLower(wgReplacer.Replace(w))
			if p, ok := wgSyllable(lw); ok && p != lw {
				words[i] = capitalized(p)
				changed = true
			}
		}
	}
	if !changed {
		return name, false
	}
	return strings.Join(words, " "), true
}

// capitalized returns the ASCII word s with its first letter capital.
func capitalized(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// wgUmlaut reports whether the Wade-Giles syllable s (ü written v) has ü
// after a letter other than l or n: Wade-Giles (Yü, Hsü, Chü), where
// Pinyin writes u.
func wgUmlaut(s string) bool {
	i := strings.IndexByte(s, 'v')
	return i > 0 && s[i-1] != 'l' && s[i-1] != 'n'
}

// maybeWadeGiles reports whether name has a hyphen or an apostrophe (or a
// byte that begins ’, ‘ or ʻ), which Wade-Giles spellings have.
func maybeWadeGiles(name string) bool {
	for i := 0; i < len(name); i++ {
		switch name[i] {
		case '-', '\'', 0xE2, 0xCA:
			return true
		}
	}
	return false
}

// wadeGilesAgainst reads name, whose words are all one-syllable
// Wade-Giles syllables with no mark of Wade-Giles (Chang Chi, Tu Fu), as
// Wade-Giles when two of its words or more change in the reading and each
// that changes becomes a word of other (Zhang Ji): the other name is then
// the evidence. One changed word is not enough: Chen Yi and Zhen Yi, Wang
// Pi and Wang Bi are Pinyin minimal pairs as often as they are one name.
// plainName is wgPlainName(name).
func wadeGilesAgainst(name, other string, plainName bool) (string, bool) {
	if !plainName {
		return name, false
	}
	words := strings.Fields(name)
	if hanLead(other) {
		return wadeGilesAgainstHan(name, words, other)
	}
	others := strings.Fields(other)
	n := 0
	for i, w := range words {
		lw := strings.ToLower(wgReplacer.Replace(w))
		p, ok := wgSyllable(lw)
		if !ok {
			return name, false
		}
		if p == lw {
			continue
		}
		found := false
		for _, o := range others {
			if strings.EqualFold(o, p) {
				found = true
				break
			}
		}
		if !found {
			return name, false
		}
		words[i] = capitalized(p)
		n++
	}
	if n < 2 {
		return name, false
	}
	return strings.Join(words, " "), true
}

// wadeGilesAgainstHan is wadeGilesAgainst when the other name is written in
// Han characters, one a syllable: name's words (one syllable each, as
// wgPlainName wants) are as many as the characters, and each reads the
// character at its place (its first reading, as Key writes it) as Pinyin
// or, by the Wade-Giles table, as Wade-Giles: "Chang Hua" against 张华 is
// Zhang Hua, "Chou Chi" against 周济 Zhou Ji. The characters are the
// evidence, so one word read is enough; a name that reads no word
// differently, or a word that reads its character neither way, is left
// as it is.
func wadeGilesAgainstHan(name string, words []string, other string) (string, bool) {
	i, n := 0, 0
	for _, r := range other {
		if r == ' ' || r == '·' || r == '・' {
			continue
		}
		if !isHan(r) || i == len(words) {
			return name, false
		}
		h := PinyinSyllable(r)
		lw := strings.ToLower(wgReplacer.Replace(words[i]))
		if lw != h {
			p, ok := wgSyllable(lw)
			if !ok || p != h {
				return name, false
			}
			words[i] = capitalized(p)
			n++
		}
		i++
	}
	if n == 0 || i != len(words) {
		return name, false
	}
	return strings.Join(words, " "), true
}
