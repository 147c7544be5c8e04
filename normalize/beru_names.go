package normalize

import "strings"

// East Slavic names in their Belarusian or Ukrainian and Russian forms
// where the two differ by more than letters (issue 11, branch uk54): the
// UK Sanctions List writes one person's name in both, and beru.go's and
// ukru.go's readings, which account for every letter, leave three kinds
// of difference.
//
//   - Given names that the languages write with other letters: Belarusian
//     Мікалай (Mikalai) and Ukrainian Микола (Mykola) for Russian Николай
//     (Nikolai), Ukrainian Володимир (Volodymyr) for Владимир (Vladimir),
//     Олександр, Олексій (Oleksandr, Oleksii) for Александр, Алексей
//     (Aleksandr, Aleksei; Alexander, Alexei in the English x for кс),
//     Олена (Olena) for Елена (Elena, Yelena). Each row of
//     slavicGivenStems is one such name, the stem its patronymics keep
//     (Mikalaevich, Mikalaeuna; Mykolaiovych, Mykolaivna; Nikolaevich); the
//     rest of the word is read by beru.go's or ukru.go's letters. A family
//     name made from the given name is no row's: it keeps its letters in
//     Ukrainian and Belarusian (Николаев is Ніколаєв, Mykolaiv the city;
//     givenNameRest). Ukrainian
//     and Belarusian forms that a Russian name has besides its own (Алёна
//     and Елена both Алена in Belarusian: Alena, Elena, Alyona) are no row:
//     Alena in a Russian romanization is Алёна, another name.
//   - The x of English practice for кс (Alexey, Aleksei; Aliaksei):
//     beRuStep reads x against ks at no cost (it is not Belarusian's
//     difference, and the word still needs one of those).
//   - Words a reading joins but a look-alike cap parts again when the
//     word is scored alone: the patronymic Paulavich against Pavlovich
//     (ў for в after a vowel) keeps a consonant of its stem apart, the cap
//     of a Slavic family name's stem (Vankevich, Vashkevich); and the
//     family name Dunka against Dunko, Belarusian akanne of a final
//     unstressed о, which the cap of a man's -o and a woman's -a reads
//     as Francesco, Francesca. slavicSpellingApart exempts both: the first
//     when the reading accounts for every letter, the second only in a
//     name of three words whose patronymic, the same word in both, says
//     the person's sex (an East Slavic family name in -o has no feminine
//     in -a: Шевченко is a man's and a woman's name).

// slavicGivenStems are the given names of slavicGivenWord: west is the
// Belarusian (be) or Ukrainian stem, ru the Russian one, each in lower
// case as the romanizations write them.
var slavicGivenStems = [...]struct {
	west, ru string
	be       bool
}{
	{"mikal", "nikol", true},     // Мікалай, Николай
	{"mykol", "nikol", false},    // Микола, Николай (Mykolaiovych, Nikolaevich)
	{"volodym", "vladim", false}, // Володимир, Владимир
	{"oleks", "aleks", false},    // Олександр, Олексій; Александр, Алексей
	{"oleks", "alex", false},     // the same, in English's x for кс
	{"olen", "elen", false},      // Олена, Елена
	{"olen", "yelen", false},
}

// slavicGivenWord reports whether w (the Belarusian or Ukrainian word) and
// ru (the Russian one), both lower case, begin with the stems of a row of
// slavicGivenStems and the rest of w reads as the rest of ru by beru.go's
// or ukru.go's letters (the stems count as a reading's correspondence).
// Mykola against Nikolai, whose endings differ (-а, -ай), is its own case.
func slavicGivenWord(w, ru []byte) bool {
	if len(w) < 4 || (w[0] != 'm' && w[0] != 'o' && w[0] != 'v') {
		return false
	}
	for _, g := range slavicGivenStems {
		if !hasPrefixBytes(w, g.west) || !hasPrefixBytes(ru, g.ru) {
			continue
		}
		i, j := len(g.west), len(g.ru)
		if !isPatronym(w) && !givenNameRest(ru[j:]) {
			continue
		}
		if g.be && beRuAlign(w, ru, i, j, 2) || !g.be && ukRuAlign(w, ru, i, j, 2) {
			return true
		}
		if g.west == "mykol" && string(w[i:]) == "a" && (string(ru[j:]) == "ai" || string(ru[j:]) == "ay" || string(ru[j:]) == "aj") {
			return true
		}
	}
	return false
}

// givenNameRest reports whether rest, what follows a row's Russian stem,
// ends a given name (Nikol-ai, Vladim-ir, Aleks-andr, Aleks-ei, Elen-a)
// rather than a family name made from it (Nikol-aev, Vladim-irov,
// Elen-in, Nikol-aenko): four letters at most, the last not v nor n. A
// Russian family name keeps its letters in Ukrainian and Belarusian
// (Николаев is Ніколаєв, Mykolaiv the city), where the given name and the
// patronymic are the language's own.
func givenNameRest(rest []byte) bool {
	if len(rest) > 4 {
		return false
	}
	return len(rest) == 0 || rest[len(rest)-1] != 'v' && rest[len(rest)-1] != 'n'
}

// hasPrefixBytes reports whether w begins with p.
func hasPrefixBytes(w []byte, p string) bool {
	return len(w) >= len(p) && string(w[:len(p)]) == p
}

// slavicSpellingApart reports whether names a and b, which differ in one
// word (wordApart), differ there only as a Belarusian or Ukrainian and a
// Russian form of one word (slavicRomanWord, either way round), or, in a
// name of three words or more with a patronymic besides the differing
// word, as a last word's Belarusian -a against -o (Dunka, Dunko) of four
// letters or more. The look-alike caps of a word apart then do not hold.
func slavicSpellingApart(a, b string) bool {
	var w wordApart
	if !w.set(a, b) {
		return false
	}
	x, y := w.words()
	if slavicRomanWord(string(x), string(y)) || slavicRomanWord(string(y), string(x)) {
		return true
	}
	if !w.last || w.n < 3 || len(x) != len(y) || len(x) < 4 || string(x[:len(x)-1]) != string(y[:len(y)-1]) {
		return false
	}
	if e, f := x[len(x)-1], y[len(y)-1]; !(e == 'a' && f == 'o' || e == 'o' && f == 'a') {
		return false
	}
	words := strings.Fields(a)
	for _, word := range words[:len(words)-1] {
		if isPatronym([]byte(strings.ToLower(word))) {
			return true
		}
	}
	return false
}

// slavicGivenFirst reports whether words w and ru may be a row of
// slavicGivenStems: a test of their first two letters, which
// slavicRomanWord asks before it lowers the words.
func slavicGivenFirst(w, ru string) bool {
	if len(w) < 4 || len(ru) < 4 {
		return false
	}
	w0, w1, r0, r1 := w[0]|0x20, w[1]|0x20, ru[0]|0x20, ru[1]|0x20
	switch w0 {
	case 'm':
		return (w1 == 'i' || w1 == 'y') && r0 == 'n' && r1 == 'i'
	case 'o':
		return w1 == 'l' && (r0 == 'a' && r1 == 'l' || r0 == 'e' && r1 == 'l' || r0 == 'y' && r1 == 'e')
	case 'v':
		return w1 == 'o' && r0 == 'v' && r1 == 'l'
	}
	return false
}

// patronymNames reports whether names a and b each hold an East Slavic
// patronymic after their first word (isPatronym: Mikhailovna, Ivanavich):
// a Chinese or Japanese name has no such word, so the Pinyin and Japanese
// minimal-pair caps do not read the names' other words as syllables (Julia
// Mikhailovna, Yulia Mikhailovna: Ю written ju and yu).
func patronymNames(a, b string) bool { return hasPatronym(a) && hasPatronym(b) }

// hasPatronym reports whether a word of name after its first is a
// patronymic (isPatronym).
func hasPatronym(name string) bool {
	var buf [64]byte
	_, rest, _ := strings.Cut(name, " ")
	for _, w := range strings.Fields(rest) {
		if n, ok := lowerLetters(&buf, w); ok && isPatronym(buf[:n]) {
			return true
		}
	}
	return false
}
