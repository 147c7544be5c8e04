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
	for _, conv := range foreignConventions {
		if score >= SameThreshold {
			break
		}
		if alt := writeByConvention(b, conv); alt != "" && !hasShortKeyWord(alt) {
			if v := s.similarity(a, alt); v > convMinScore {
				score = max(score, v) // "Кейн", Kane
			}
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
		v := japaneseVowel(next)
		switch {
		case (r == 'с' || r == 'т') && v != "":
			if r == 'с' {
				b.WriteString("sh")
			} else {
				b.WriteString("ch")
			}
			b.WriteString(v)
			i++
			changed = true
		case r == 'д' && next == 'з':
			if i+2 < len(rs) && japaneseVowel(rs[i+2]) != "" {
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

// japaneseVowel is the vowel of a Polivanov syllable after sh, ch or j
// written by letter r (и я ю ё), or "" when r is none of them.
func japaneseVowel(r rune) string {
	switch r {
	case 'и':
		return "i"
	case 'я':
		return "a"
	case 'ю':
		return "u"
	case 'ё':
		return "o"
	}
	return ""
}

func isCyrillicConsonant(r rune) bool {
	if r < utf8.RuneSelf || !(r >= 0x0430 && r <= 0x045F) {
		return false
	}
	return !strings.ContainsRune("аеёиоуыэюяьъй", r)
}

// Russian practical transcription. A foreign name is written in Cyrillic
// by its sound, following per-language conventions (those of Russian
// reference works for English, French, German, Spanish and Italian names,
// and the classical rendering of Latin names); the BGN/PCGN table cannot
// undo them, since the letters that are not pronounced are gone from the
// Cyrillic. When a Cyrillic name and a Latin one do not match otherwise,
// the Latin name is written in Cyrillic by each convention below and
// compared with the Cyrillic one as two Cyrillic names are:
//
//   - English: gh silent (Leigh ли, Wright райт, -augh/-ough о), ee/ea и,
//     final -ey/-y и, ai/ay/ei ей, a vowel before one consonant and a
//     silent final e long (Kane кейн, Clute клют, side сайд), w у, th т,
//     qu кв, j дж, Mc/Mac мак; at a word's end -tion, -sion and -shion шн
//     (-sion after a vowel жн), -ation ейшн, -tional шнл, -ouse аус: the
//     English words of Russian companies' names (Продакшн, Солюшнс,
//     Нейшнл, Хаус; branch orgs57).
//   - French: eau/au о, the silent e of jea/gea/geo (Jean жан), cqu к, ou у, oi уа, eu ё, ai/ei е, nasal in/ain ен,
//     an/en ан, ch ш, j and g before e/i ж, gn нь, qu к, h silent, s between
//     vowels з, u ю, a final e and final t/d/s/x/z/p silent (Roubaud рубо,
//     Girardet жирарде, Dreux дрё).
//   - German: ei/ai ай, ie и, eu/äu ой, sch ш, tsch ч, initial sp/st шп/шт,
//     ch х, z/tz ц, w в, v ф, j й, s before a vowel з, h after a vowel silent
//     (Jahn ян), ä е, ö ё, ü ю.
//   - Spanish: j and g before e/i х (Julen хулен), gu/qu before e/i г/к,
//     ll ль, ñ нь, ch ч, c before e/i and z с, h silent.
//   - Italian: c and g before e/i ч/дж (ci, gi before a vowel ч, дж), ch/gh
//     к/г, sc before e/i ш, gli ль, gn нь, z ц, qu кв, h silent.
//   - Latin: -ius ий, -us after a consonant dropped (Cassius кассий,
//     Marcus марк), -ia ия, ae/oe е, c before e/i ц, ti before a vowel ци,
//     h г, ju ю.

// convMinScore is what the similarity of a conventional writing of the
// Latin name with the Cyrillic one must exceed to count: the writing stands
// for the name's sound, so it must agree almost letter for letter, not
// within the looser costs of two spellings (Kate written кейт is not Кит),
// nor as a short form or an initial does (0.9: Mikhail/Митчелл).
const convMinScore = 0.9

// convRule rewrites from (lower case Latin) as to (Cyrillic) where its
// conditions hold.
type convRule struct {
	from, to string
	when     convCond
}

type convCond uint8

const (
	atStart     convCond = 1 << iota // no letter before
	atEnd                            // no letter after
	beforeVowel                      // a vowel after
	beforeFront                      // e, i or y after
	beforeCons                       // a consonant or no letter after
	afterVowel                       // a vowel before
	afterCons                        // a consonant before
	magicE                           // one consonant and a final e after (English)
)

// convBase is the letter every convention writes when none of its rules
// applies.
var convBase = map[rune]string{
	'a': "а", 'b': "б", 'c': "к", 'd': "д", 'e': "е", 'f': "ф", 'g': "г", 'h': "х",
	'i': "и", 'j': "й", 'k': "к", 'l': "л", 'm': "м", 'n': "н", 'o': "о", 'p': "п",
	'q': "к", 'r': "р", 's': "с", 't': "т", 'u': "у", 'v': "в", 'w': "в", 'x': "кс",
	'y': "и", 'z': "з", 'á': "а", 'à': "а", 'â': "а", 'ä': "е", 'é': "е", 'è': "е",
	'ê': "е", 'ë': "е", 'í': "и", 'ì': "и", 'î': "и", 'ï': "и", 'ó': "о", 'ò': "о",
	'ô': "о", 'ö': "ё", 'ú': "у", 'ù': "у", 'û': "у", 'ü': "ю", 'ñ': "нь", 'ç': "с",
	'ß': "с", 'œ': "ё", 'æ': "е", 'ÿ': "и",
}

var englishConv = []convRule{
	// a word's -tion, -sion and -shion as шн (after a vowel -sion жн),
	// -ation ейшн, -tional шнл, a final -ouse аус: the English words of
	// Russian companies' names (Продакшн, Солюшнс, Нейшнл, Фэшн, Хаус)
	{"ational", "ейшнл", atEnd}, {"tional", "шнл", atEnd}, {"shion", "шн", atEnd}, {"shions", "шнс", atEnd},
	{"ations", "ейшнс", atEnd}, {"ation", "ейшн", atEnd}, {"tions", "шнс", atEnd}, {"tion", "шн", atEnd},
	{"ssions", "шнс", atEnd}, {"ssion", "шн", atEnd}, {"sions", "жнс", atEnd | afterVowel},
	{"sion", "жн", atEnd | afterVowel}, {"sions", "шнс", atEnd}, {"sion", "шн", atEnd},
	{"ouse", "аус", atEnd},
	{"eigh", "и", atEnd}, {"eigh", "ей", 0}, {"igh", "ай", 0},
	{"augh", "о", 0}, {"ough", "о", 0}, {"gh", "г", atStart}, {"gh", "", 0},
	{"mac", "мак", atStart}, {"mc", "мак", atStart},
	{"tch", "ч", 0}, {"ch", "ч", 0}, {"sh", "ш", 0}, {"th", "т", 0}, {"ph", "ф", 0},
	{"wh", "у", atStart}, {"wr", "р", atStart}, {"kn", "н", atStart}, {"ck", "к", 0},
	{"qu", "кв", 0}, {"ee", "и", 0}, {"ea", "и", 0}, {"ie", "и", atEnd},
	{"ey", "и", atEnd}, {"ay", "ей", 0}, {"ai", "ей", 0}, {"ei", "ей", 0},
	{"ey", "ей", 0}, {"oo", "у", 0}, {"oa", "о", 0}, {"au", "о", 0}, {"aw", "о", 0},
	{"ow", "оу", atEnd}, {"ew", "ью", 0},
	{"a", "ей", magicE}, {"i", "ай", magicE}, {"y", "ай", magicE}, {"o", "о", magicE},
	{"u", "ю", magicE}, {"e", "и", magicE},
	{"e", "", atEnd | afterCons},
	{"c", "с", beforeFront}, {"j", "дж", 0}, {"w", "у", beforeVowel}, {"w", "", 0},
	{"y", "й", atStart | beforeVowel}, {"x", "кс", 0},
}

var frenchConv = []convRule{
	{"eaux", "о", atEnd}, {"eau", "о", 0}, {"aux", "о", atEnd}, {"au", "о", 0},
	{"jea", "жа", 0}, {"gea", "жа", 0}, {"jeo", "жо", 0}, {"geo", "жо", 0}, {"cqu", "к", 0},
	{"ou", "у", 0}, {"oi", "уа", 0}, {"oy", "уа", 0}, {"œu", "ё", 0}, {"eu", "ё", 0},
	{"ain", "ен", beforeCons}, {"ein", "ен", beforeCons}, {"in", "ен", beforeCons},
	{"an", "ан", beforeCons}, {"en", "ан", beforeCons}, {"ai", "е", 0}, {"ei", "е", 0},
	{"ay", "е", 0}, {"ch", "ш", 0}, {"ph", "ф", 0}, {"th", "т", 0}, {"qu", "к", 0},
	{"gu", "г", beforeFront}, {"gn", "нь", 0}, {"ill", "й", afterVowel},
	{"es", "", atEnd}, {"e", "", atEnd}, {"t", "", atEnd}, {"d", "", atEnd}, {"s", "", atEnd}, {"x", "", atEnd},
	{"z", "", atEnd}, {"p", "", atEnd},
	{"c", "с", beforeFront}, {"g", "ж", beforeFront}, {"j", "ж", 0}, {"h", "", 0},
	{"s", "з", afterVowel | beforeVowel}, {"w", "в", 0}, {"u", "ю", 0},
}

var germanConv = []convRule{
	{"tsch", "ч", 0}, {"sch", "ш", 0}, {"sp", "шп", atStart}, {"st", "шт", atStart},
	{"chs", "кс", 0}, {"ch", "х", 0}, {"ck", "к", 0}, {"tz", "ц", 0}, {"z", "ц", 0},
	{"ei", "ай", 0}, {"ey", "ай", 0}, {"ai", "ай", 0}, {"ay", "ай", 0}, {"ie", "и", 0},
	{"eu", "ой", 0}, {"äu", "ой", 0}, {"aa", "а", 0}, {"ee", "е", 0}, {"oo", "о", 0},
	{"h", "", afterVowel | beforeCons}, {"th", "т", 0}, {"ph", "ф", 0}, {"dt", "т", atEnd},
	{"qu", "кв", 0}, {"ja", "я", 0}, {"je", "е", 0}, {"ju", "ю", 0}, {"jo", "йо", 0},
	{"s", "з", beforeVowel}, {"w", "в", 0}, {"v", "ф", 0}, {"c", "ц", beforeFront},
}

var spanishConv = []convRule{
	{"gu", "г", beforeFront}, {"qu", "к", 0}, {"gü", "гу", 0}, {"ll", "ль", 0},
	{"ch", "ч", 0}, {"j", "х", 0}, {"g", "х", beforeFront}, {"c", "с", beforeFront},
	{"z", "с", 0}, {"h", "", 0}, {"y", "й", beforeVowel}, {"ü", "у", 0},
}

var italianConv = []convRule{
	{"sci", "ш", beforeVowel}, {"sc", "ш", beforeFront}, {"sch", "ск", 0},
	{"cci", "чч", beforeVowel}, {"cc", "чч", beforeFront}, {"ci", "ч", beforeVowel},
	{"c", "ч", beforeFront}, {"ch", "к", 0}, {"ggi", "дж", beforeVowel},
	{"gg", "дж", beforeFront}, {"gi", "дж", beforeVowel}, {"g", "дж", beforeFront},
	{"gh", "г", 0}, {"gli", "ль", beforeVowel}, {"gl", "ль", beforeFront},
	{"gn", "нь", 0}, {"zz", "цц", 0}, {"z", "ц", 0}, {"qu", "кв", 0}, {"h", "", 0},
	{"s", "з", afterVowel | beforeVowel},
}

var latinConv = []convRule{
	{"ius", "ий", atEnd}, {"ium", "ий", atEnd}, {"us", "", atEnd | afterCons},
	{"ia", "ия", atEnd}, {"ae", "е", 0}, {"oe", "е", 0}, {"ti", "ци", beforeVowel},
	{"ch", "х", 0}, {"ph", "ф", 0}, {"th", "т", 0}, {"rh", "р", 0}, {"qu", "кв", 0},
	{"ju", "ю", 0}, {"ja", "я", 0}, {"c", "ц", beforeFront}, {"h", "г", 0},
}

// foreignConventions are the conventions a Latin name is written in
// Cyrillic by, in the order they are tried.
var foreignConventions = [][]convRule{englishConv, frenchConv, germanConv, spanishConv, italianConv, latinConv}

func isConvVowel(r rune) bool {
	return strings.ContainsRune("aeiouyáàâäéèêëíìîïóòôöúùûüÿœæ", r)
}

func isConvLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 0xC0 && r <= 0x17F
}

// convHolds reports whether the conditions w hold for a match of n letters
// at i in rs.
func convHolds(w convCond, rs []rune, i, n int) bool {
	prev, next, next2 := rune(0), rune(0), rune(0)
	if i > 0 {
		prev = rs[i-1]
	}
	if i+n < len(rs) {
		next = rs[i+n]
	}
	if i+n+1 < len(rs) {
		next2 = rs[i+n+1]
	}
	switch {
	case w&atStart != 0 && isConvLetter(prev),
		w&atEnd != 0 && isConvLetter(next),
		w&beforeVowel != 0 && !isConvVowel(next),
		w&beforeFront != 0 && !strings.ContainsRune("eiyéèêëíìî", next),
		w&beforeCons != 0 && isConvVowel(next),
		w&afterVowel != 0 && !isConvVowel(prev),
		w&afterCons != 0 && (!isConvLetter(prev) || isConvVowel(prev)):
		return false
	}
	if w&magicE != 0 {
		// One consonant, then a final e: "Kane", "Clute".
		if !isConvLetter(next) || isConvVowel(next) || next2 != 'e' {
			return false
		}
		if i+n+2 < len(rs) && isConvLetter(rs[i+n+2]) {
			return false
		}
	}
	return true
}

// convMatch reports whether from is written in rs at i, and its length in
// runes.
func convMatch(rs []rune, i int, from string) (int, bool) {
	n := 0
	for _, r := range from {
		if i+n >= len(rs) || rs[i+n] != r {
			return 0, false
		}
		n++
	}
	return n, true
}

// writeByConvention writes Latin name s in Cyrillic by the convention
// rules, or returns "" when s has a letter that is not Latin or a word of
// two letters or more would be written with fewer than two (silent letters
// would leave a one-letter word, which matches as an initial: Hou у).
func writeByConvention(s string, rules []convRule) string {
	rs := []rune(strings.ToLower(s))
	var b strings.Builder
	wordIn, wordOut := 0, 0 // letters of the current word read and written
	for i := 0; i < len(rs); {
		r := rs[i]
		if !isConvLetter(r) {
			if unicode.IsLetter(r) {
				return ""
			}
			if wordIn >= 2 && wordOut < 2 {
				return ""
			}
			wordIn, wordOut = 0, 0
			b.WriteRune(r)
			i++
			continue
		}
		matched := false
		for _, rule := range rules {
			n, ok := convMatch(rs, i, rule.from)
			if !ok || !convHolds(rule.when, rs, i, n) {
				continue
			}
			b.WriteString(rule.to)
			i += n
			wordIn += n
			wordOut += utf8.RuneCountInString(rule.to)
			matched = true
			break
		}
		if matched {
			continue
		}
		c, ok := convBase[r]
		if !ok {
			return ""
		}
		b.WriteString(c)
		i++
		wordIn++
		wordOut += utf8.RuneCountInString(c)
	}
	if wordIn >= 2 && wordOut < 2 {
		return ""
	}
	return b.String()
}

// hasShortKeyWord reports whether a word of name s keys to one letter: a
// conventional writing whose silent letters leave so little ("Hou" оу,
// "Agha" аа) would match any name as its initial.
func hasShortKeyWord(s string) bool {
	for w := range strings.FieldsSeq(Key(s)) {
		if utf8.RuneCountInString(w) < 2 {
			return true
		}
	}
	return false
}
