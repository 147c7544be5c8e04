package normalize

import "strings"

// Wade-Giles (and the postal spellings that follow it) writes Chinese
// syllables with hyphens and apostrophes: "Mao Tse-tung", "Ch'ing-hai".
// wadeGilesToPinyin rewrites the words of a name that are written so to
// Pinyin ("Mao Zedong", "Qinghai"), so that Similarity can compare them with
// Pinyin spellings. The rules are those of the standard conversion tables:
// aspirated initials (p', t', k', ch', ts') are Pinyin's p, t, k, q/ch, c
// and the plain ones b, d, g, j/zh, z; hs is x; j is r; -ih, -ieh, -ien,
// -ung and -o are -i, -ie, -ian, -ong and -e/-uo.

// wgInitials are the Wade-Giles initials, longest first.
var wgInitials = []string{"ch'", "ts'", "tz'", "k'", "p'", "t'", "ch", "hs", "sh", "ss", "ts", "tz", "p", "m", "f", "t", "n", "l", "k", "h", "j", "s", "y", "w", ""}

// wgFinals are the Wade-Giles finals, diacritics removed.
var wgFinals = map[string]bool{}

func init() {
	for f := range strings.FieldsSeq(`a ai an ang ao e ei en eng erh i ia iang iao ieh ien ih in ing iu iung o ou u ua uai uan uang ui un ung uo ueh uei ue en eh u ü üan üeh ün`) {
		wgFinals[strings.NewReplacer("ü", "u").Replace(f)] = true
	}
}

// wgSyllable converts one Wade-Giles syllable (lower case, ü written u) to
// Pinyin; ok is false if s is not one.
func wgSyllable(s string) (string, bool) {
	for _, ini := range wgInitials {
		if !strings.HasPrefix(s, ini) {
			continue
		}
		fin := s[len(ini):]
		if !wgFinals[fin] && !(fin == "" && (ini == "ss" || ini == "tz")) {
			continue
		}
		front := len(fin) > 0 && (fin[0] == 'i' || fin[0] == 'u' && ini == "hs")
		var p string
		switch ini {
		case "ch'":
			p = "ch"
			if front {
				p = "q"
			}
		case "ch":
			p = "zh"
			if front {
				p = "j"
			}
		case "ts'", "tz'":
			p = "c"
		case "ts", "tz":
			p = "z"
		case "hs":
			p = "x"
		case "k'":
			p = "k"
		case "k":
			p = "g"
		case "t'":
			p = "t"
		case "t":
			p = "d"
		case "p'":
			p = "p"
		case "p":
			p = "b"
		case "j":
			p = "r"
		default:
			p = ini
		}
		switch {
		case fin == "ih":
			fin = "i"
		case fin == "u" && (p == "z" || p == "c" || ini == "ss"):
			fin = "i"
		case fin == "" && ini == "ss":
			fin = "i"
		case fin == "ieh":
			fin = "ie"
		case fin == "ueh":
			fin = "ue"
		case fin == "ien":
			fin = "ian"
		case fin == "iung":
			fin = "iong"
		case fin == "ung" && p != "":
			fin = "ong"
		case fin == "erh":
			fin = "er"
		case fin == "eh" && p == "y":
			fin = "e"
		case fin == "en" && p == "y":
			fin = "an"
		case fin == "o" && (p == "g" || p == "k" || p == "h" || p == ""):
			fin = "e"
		case fin == "o" && p != "b" && p != "p" && p != "m" && p != "f" && p != "y" && p != "w":
			fin = "uo"
		case fin == "uei":
			fin = "ui"
		}
		if ini == "ss" {
			p = "s"
		}
		if p == "" && fin == "i" {
			return "yi", true
		}
		return p + fin, true
	}
	return "", false
}

// wgReplacer writes the apostrophes of Wade-Giles one way and ü as u.
var wgReplacer = strings.NewReplacer("’", "'", "ʻ", "'", "‘", "'", "ü", "u", "Ü", "u")

// wadeGilesToPinyin returns name with each word written in Wade-Giles
// syllables joined by hyphens, or bearing an aspiration apostrophe,
// rewritten to Pinyin, and whether any word was.
func wadeGilesToPinyin(name string) (string, bool) {
	if !maybeWadeGiles(name) {
		return name, false
	}
	words := strings.Fields(name)
	changed := false
	var buf []string
	for i, w := range words {
		if !maybeWadeGiles(w) {
			continue // most words of most names: no allocation
		}
		lw := strings.ToLower(wgReplacer.Replace(w))
		if !strings.Contains(lw, "-") && !strings.Contains(lw, "'") {
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
			continue
		}
		py := strings.Join(buf, "")
		words[i] = strings.ToUpper(py[:1]) + py[1:]
		changed = true
	}
	if !changed {
		return name, false
	}
	return strings.Join(words, " "), true
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
