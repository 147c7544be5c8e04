package normalize

import "strings"

// Belarusian and Russian forms of one East Slavic name that differ by more
// than beru.go's letters (issue 11, branch uk54): the UK Sanctions List
// writes one person's name in both, and beru.go's reading, which accounts
// for every letter, leaves three kinds of difference.
//
//   - Given names that Belarusian writes with other letters than its
//     orthography's correspondences give: Мікалай (Mikalai) for Николай
//     (Nikolai), Вольга (Volha) for Ольга (Olga), Ягор (Yahor) for Егор
//     (Yegor), Пятро (Piatro) for Пётр (Pyotr), Яўген (Yauhen) for Евгений
//     (Yevgeny), Генадзь (Henadz) for Геннадий (Gennady). Each row of
//     beRuGivenStems is one such name, the stem its patronymics keep
//     (Mikalaevich, Mikalaeuna, Nikolaevich); the rest of the word is read
//     by beru.go's letters, and a Belarusian name without the Russian
//     ending -ий (Yauhen, Henadz) ends alike. Only given names and
//     patronymics are read (givenNameRest): a family name is registered
//     in one form and transliterated, not translated (the surname
//     Николаев keeps its н), and Mykolaiv, Nikolaev are a city's two names
//     (TestUkPlaces). Ukrainian's given names (Mykola, Nikolai; Yevhen,
//     Yevgeny) are eastslavic_names.tsv's. Forms
//     that a Russian name has besides its own are no row (Алёна and Елена
//     both Алена in Belarusian: Alena in a Russian romanization is Алёна,
//     another name), nor are diminutives (Алесь, Зміцер).
//   - The x of English practice for кс (Alexey, Aleksei; Aliaksei) and е
//     after a vowel written je or ye against e (Siarhejevich, Sergeevich):
//     beRuStep reads them at no cost (they are romanizations' differences,
//     not Belarusian's, and the word still needs one of those).
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

// beRuGivenStems are the given names of slavicGivenWord: be is the
// Belarusian stem, ru the Russian one, in lower case as the romanizations
// write them (BGN/PCGN, the national system of 2007, and Russian's
// BGN/PCGN and common English practice).
var beRuGivenStems = [...]struct{ be, ru string }{
	{"mikal", "nikol"},   // Мікалай, Николай
	{"volh", "olg"},      // Вольга, Ольга
	{"yahor", "yegor"},   // Ягор, Егор
	{"yahor", "egor"},    //
	{"piatro", "pyotr"},  // Пятро, Пётр
	{"piatro", "petr"},   //
	{"piatro", "piotr"},  //
	{"yauhen", "yevgen"}, // Яўген, Евгений
	{"yauhen", "evgen"},  //
	{"henadz", "gennad"}, // Генадзь, Геннадий
}

// slavicGivenWord reports whether w (the Belarusian word) and ru (the
// Russian one), both lower case, begin with the stems of a row of
// beRuGivenStems and the rest of w reads as the rest of ru by beru.go's
// letters (the stems count as a reading's correspondence), or w ends with
// the stem where ru has an ending of beRuEnds (Yauhen, Yevgeny). Only a
// given name or a patronymic (givenNameRest, isPatronym) is read.
func slavicGivenWord(w, ru []byte) bool {
	for _, g := range beRuGivenStems {
		if !hasPrefixBytes(w, g.be) || !hasPrefixBytes(ru, g.ru) {
			continue
		}
		i, j := len(g.be), len(g.ru)
		if !isPatronym(w) && !givenNameRest(ru[j:]) {
			continue
		}
		if beRuAlign(w, ru, i, j, 2) || i == len(w) && inStrings(beRuEnds.ru, ru[j:]) {
			return true
		}
	}
	return false
}

// slavicGivenFirst reports whether words w and ru may be a row of
// beRuGivenStems: a test of their first two letters, which
// slavicRomanWord asks before it lowers the words.
func slavicGivenFirst(w, ru string) bool {
	if len(w) < 4 || len(ru) < 3 {
		return false
	}
	w0, w1, r0, r1 := w[0]|0x20, w[1]|0x20, ru[0]|0x20, ru[1]|0x20
	switch {
	case w0 == 'm' && w1 == 'i':
		return r0 == 'n' && r1 == 'i'
	case w0 == 'v' && w1 == 'o':
		return r0 == 'o' && r1 == 'l'
	case w0 == 'y' && w1 == 'a':
		return r0 == 'y' && r1 == 'e' || r0 == 'e' && (r1 == 'g' || r1 == 'v')
	case w0 == 'p' && w1 == 'i':
		return r0 == 'p' && (r1 == 'y' || r1 == 'e' || r1 == 'i')
	case w0 == 'h' && w1 == 'e':
		return r0 == 'g' && r1 == 'e'
	}
	return false
}

// givenNameRest reports whether rest, what follows a row's Russian stem,
// ends a given name (Nikol-ai, Ol-ga, Yegor, Pyotr, Evgen-iy, Gennad-iy)
// rather than a family name made from it (Nikol-aev, Yegor-ov, Petr-ov,
// Petr-enko, Gennad-in): four letters at most, the last not v nor n. A
// Russian family name keeps its letters in Belarusian, where the given
// name and the patronymic are the language's own.
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

// ruRuName reports whether names a and b are one Russian name in two of
// Russian's romanizations across the whole name (Artem Sergeevich Kureev,
// Artyom Sergeyevich Kureyev): both hold an East Slavic patronymic
// (hasPatronym), as many words, two words or more differ, and every word
// that differs spells the same Cyrillic letters as its counterpart by
// ruRuKey: ё written yo or e, е after a vowel or ь written ye, ie or e,
// the ending -ий written iy, ii, ij, y or i. Each of those differences is
// a romanization's, not a name's; one word alone is left to the letters
// (Лена, Лёна: Lena, Lyona are two names).
func ruRuName(a, b string) bool {
	if len(a) > 64 || len(b) > 64 || !ruRuMayDiffer(a, b) || strings.Count(a, " ") != strings.Count(b, " ") {
		return false
	}
	differ := 0
	for x, y := a, b; x != "" || y != ""; {
		w, rx, _ := strings.Cut(x, " ")
		o, ry, _ := strings.Cut(y, " ")
		x, y = rx, ry
		if strings.EqualFold(w, o) {
			continue
		}
		if !ruRuMayDiffer(w, o) {
			return false
		}
		var bw, bo [64]byte
		kw, ok1 := ruRuKey(bw[:0], w)
		ko, ok2 := ruRuKey(bo[:0], o)
		if !ok1 || !ok2 || string(kw) != string(ko) {
			return false
		}
		differ++
	}
	return differ >= 2 && hasPatronym(a) && hasPatronym(b)
}

// ruRuMayDiffer reports whether the first letters where w and o differ
// (case aside) can begin one of ruRuKey's variants: one of them y or i
// (yo, ye, ie, -iy, -y), or one word ended (its end, or a space in a
// name): a test that costs less than ruRuKey, asked of the names first
// (their first words apart are where they first differ) and of each word
// pair apart.
func ruRuMayDiffer(w, o string) bool {
	p := 0
	for p < len(w) && p < len(o) && w[p]|0x20 == o[p]|0x20 {
		p++
	}
	if p == len(w) || p == len(o) {
		return true
	}
	x, y := w[p]|0x20, o[p]|0x20
	return x == 'y' || x == 'i' || y == 'y' || y == 'i' || x == ' ' || y == ' '
}

// ruRuKey appends to dst word w in lower case with Russian's romanizations'
// variants written one way: yo, ye and ie after a letter as e (ё; е after
// a vowel or ь), and a final iy, ii, ij, yi or y as i (-ий, -ый, -и, -ы); ok
// is false when w is not made of the letters a to z.
func ruRuKey(dst []byte, w string) ([]byte, bool) {
	l, ok := lowerASCII(dst, w)
	if !ok {
		return l, false
	}
	out := l[:0]
	for i := 0; i < len(l); i++ {
		if i > 0 && (l[i] == 'y' || l[i] == 'i') && i+1 < len(l) && (l[i+1] == 'e' || l[i] == 'y' && l[i+1] == 'o') {
			continue // yo, ye, ie: the e (or o, read as e) stands
		}
		c := l[i]
		if c == 'o' && i > 0 && l[i-1] == 'y' && i > 1 {
			c = 'e'
		}
		out = append(out, c)
	}
	for _, e := range []string{"iy", "ii", "ij", "yi", "y"} {
		if len(out) > len(e)+2 && string(out[len(out)-len(e):]) == e {
			out = append(out[:len(out)-len(e)], 'i')
			break
		}
	}
	return out, true
}
