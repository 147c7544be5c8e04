package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A party of a country with two languages is often written with its name
// in both, after a dash or without one: Ruotsalainen kansanpuolue-Svenska
// Folkspartiet (Finnish, Swedish), Perustuslaillinen Oikeistopuolue –
// Konstitutionella högerpartiet, Liberalna demokracija Slovenije Liberal
// Democracy of Slovenia. bilingualName reads such a name as the one
// name: one of its parts is the other name (by the letters,
// similarityWith) and every other part is that part, or the other name,
// in another language, word for word (partsTranslated). A dashed part
// that is no translation is a subtitle, a leader's name, an ally, and
// Party Facts' look-alikes hold many (Golden Dawn, Popular Association -
// Golden Dawn; Croatian People's Party – Liberal Democrats): the rule
// does not read them.

// bilingualName reports whether one of a and b is the other with the
// same name in another language beside it (see above).
func bilingualName(a, b string, g *Glossary) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	// The cheap tests first: the longer name has room for a second
	// name of two words, and the shorter has two words.
	if len(b) < len(a)+8 || strings.IndexByte(a, ' ') < 0 {
		return false
	}
	var parts []string
	if dashByte(b) {
		parts = dashParts(b)
	}
	if len(parts) < 2 {
		// Without a dash, the shorter name in sentence case, as the
		// languages that write a name so write it (Liberalna demokracija
		// Slovenije): a man's names have no word in small letters
		// (José María, José María Aznar López).
		rest, ok := wordsPrefix(b, a)
		if !ok || strings.Count(rest, " ") < 1 || !smallLetterWord(a) {
			return false
		}
		return partsTranslated(rest, a)
	}
	for i, p := range parts {
		if !strings.EqualFold(p, a) && similarityWith(p, a, g) < SameThreshold {
			continue
		}
		ok := true
		for j, q := range parts {
			if j != i && !partsTranslated(q, p) && !partsTranslated(q, a) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// dashParts splits s at its dashes: spaced dashes (" – ", " - ", " -- ")
// when it has one, else hyphens before a capital letter
// (kansanpuolue-Svenska; not grün-alternative). It returns nil when s has
// neither.
func dashParts(s string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == '–' || r == '—' || r == '-') && i > 0 && s[i-1] == ' ' {
			j := i + n
			for j < len(s) && (s[j] == '-' || strings.HasPrefix(s[j:], "–") || strings.HasPrefix(s[j:], "—")) {
				_, m := utf8.DecodeRuneInString(s[j:])
				j += m
			}
			if j < len(s) && s[j] == ' ' {
				parts = append(parts, s[start:i])
				start = j + 1
				i = j + 1
				continue
			}
		}
		i += n
	}
	if parts == nil {
		for i := 1; i+1 < len(s); i++ {
			if s[i] != '-' || s[i-1] == ' ' {
				continue
			}
			r, _ := utf8.DecodeRuneInString(s[i+1:])
			if unicode.IsUpper(r) {
				parts = append(parts, s[start:i])
				start = i + 1
			}
		}
	}
	if parts == nil {
		return nil
	}
	parts = append(parts, s[start:])
	for i, p := range parts {
		if parts[i] = strings.TrimSpace(p); parts[i] == "" {
			return nil
		}
	}
	return parts
}

// wordsPrefix reports whether s opens with the words of prefix, in any
// case, and returns the words after them.
func wordsPrefix(s, prefix string) (string, bool) {
	if len(s) <= len(prefix) || s[len(prefix)] != ' ' || !strings.EqualFold(s[:len(prefix)], prefix) {
		return "", false
	}
	return strings.TrimSpace(s[len(prefix):]), true
}

// A bilingualWord is one word of a name as partsTranslated reads it: its
// key and what it means (the English words of the organisation tables it
// translates, or is; "@" and the codes of the country it names or makes
// an adjective of).
type bilingualWord struct {
	key      string
	meanings []string
}

// partsTranslated reports whether names p and q, in two languages (one may
// be English), say the same words: each word of one, but connectors,
// means what one word of the other means (a perfect matching), one
// pair at least is a translation (two keys). A word no table knows matches a word of the other written
// alike, or sharing its first six letters by key (Kommunistesch,
// Kommunistische).
func partsTranslated(p, q string) bool {
	// The cheap test first: a word of each that the tables translate, or
	// give as a translation, before the country names are read (a man's
	// names after his names: José María Aznar López).
	if !hasTableWord(p) || !hasTableWord(q) {
		return false
	}
	pw, qw := bilingualWords(p), bilingualWords(q)
	if len(pw) < 2 || len(pw) != len(qw) {
		return false
	}
	translated := false
	match := make([]int, len(qw)) // match[j]: p's word matched to q's word j, or -1
	for j := range match {
		match[j] = -1
	}
	edge := func(i, j int) bool {
		a, b := pw[i], qw[j]
		if a.key == b.key || len(a.key) >= 6 && len(b.key) >= 6 && a.key[:6] == b.key[:6] {
			return true
		}
		for _, m := range a.meanings {
			if slices.Contains(b.meanings, m) {
				return true
			}
		}
		return false
	}
	var augment func(i int, seen []bool) bool
	augment = func(i int, seen []bool) bool {
		for j := range qw {
			if seen[j] || !edge(i, j) {
				continue
			}
			seen[j] = true
			if match[j] < 0 || augment(match[j], seen) {
				match[j] = i
				return true
			}
		}
		return false
	}
	for i := range pw {
		if !augment(i, make([]bool, len(qw))) {
			return false
		}
	}
	for j, i := range match {
		if pw[i].key != qw[j].key {
			translated = true
		}
	}
	return translated
}

// bilingualWords reads name s's words for partsTranslated: connectors
// of any language and English's optional words left out, a compound of two
// words of the tables as those two (Oikeistopuolue, Folkspartiet).
func bilingualWords(s string) []bilingualWord {
	ow := orgWordIndex()
	var out []bilingualWord
	for _, w := range orgNameWords(s) {
		if ow.anyConn[w] || ow.anyConn[withoutMarks(w)] || optionalOrgWord(w) {
			continue
		}
		k := Key(w)
		m := wordMeanings(w, k, ow)
		if m == nil {
			if k1, k2, ok := compoundWords(withoutMarks(w), ow); ok {
				out = append(out, bilingualWord{k1, wordMeanings("", k1, ow)}, bilingualWord{k2, wordMeanings("", k2, ow)})
				continue
			}
		}
		out = append(out, bilingualWord{k, m})
	}
	return out
}

// wordMeanings returns what word w, of key k, means by the tables: the
// English words it translates or is, its country's codes after "@"; nil
// when none.
func wordMeanings(w, k string, ow *orgWords) []string {
	var out []string
	entries := ow.byForeign[k]
	if entries == nil && w != "" {
		entries = ow.byForeign[Key(withoutMarks(w))]
	}
	for _, e := range entries {
		if !slices.Contains(out, e.english) {
			out = append(out, e.english)
		}
	}
	if w != "" {
		if e := englishTableWord(w, ow); ow.byEnglish[e] != nil && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	codes := countryWordCodes(k)
	if codes == nil {
		codes = englishCountryCodes(k)
	}
	for _, c := range codes {
		out = append(out, "@"+c)
	}
	return out
}

// hasTableWord reports whether a word of s is a word of the organisation
// tables, in English or another language, or two in one (Folkspartiet).
func hasTableWord(s string) bool {
	ow := orgWordIndex()
	for _, w := range orgNameWords(s) {
		if ow.byEnglish[englishTableWord(w, ow)] != nil || ow.byForeign[Key(w)] != nil {
			return true
		}
		if _, _, ok := compoundWords(withoutMarks(w), ow); ok {
			return true
		}
	}
	return false
}

// smallLetterWord reports whether a word of s after its first opens with
// a small letter and has four letters or more (demokracija; not van, de).
func smallLetterWord(s string) bool {
	_, rest, _ := strings.Cut(s, " ")
	for _, w := range strings.Fields(rest) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && utf8.RuneCountInString(w) >= 4 {
			return true
		}
	}
	return false
}

// dashByte is the quick test before a dash is looked for: s has a hyphen
// or the first byte of an en or em dash (and of other marks, rare in
// names).
func dashByte(s string) bool {
	return strings.IndexByte(s, '-') >= 0 || strings.IndexByte(s, 0xE2) >= 0
}
