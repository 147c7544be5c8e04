package normalize

import "unicode/utf8"

// Latin and Greek names taken by their stem. English keeps the Latin
// nominative of a third-declension name; Russian, Polish, Czech, French,
// Spanish and Italian form the name from the stem of its other cases:
//
//   - Latin -o, -onis and Greek -ōn, -ōnos (Πλάτων, Latin Plato): Russian
//     Платон, Polish and French Platon, Spanish Platón, Italian Platone;
//     so Cato/Caton/Catone, Nero/Neron/Nerone, Strabo/Strabon,
//     Zeno/Zenon, and the Germanic names Latin declined so, Otto/Otton,
//     Bruno/Brunon, Hugo/Hugon (Polish);
//   - Latin -is, -is of a name in -alis, -aris (Vitalis, Natalis,
//     Apollinaris): Russian Виталий, Наталий, Аполлинарий, Polish
//     Witali, Czech Vitál, the ending -s left out.
//
// (The -us of the second declension is read word by word: latinStem,
// conventions.go.) latinStemReading reads the English (Latin) form as the
// stem form: a word in -o after a consonant, of four letters or more
// (Mario, Scipio: a vowel before the o is Romance -io, whose -ion is
// another name, Marion), gains the n of the stem, against a name with a
// word in -on, -one or -ón that begins with the -o word's letters (the
// stem form changes no other letter: Koko and Kogon, Strabo and Straton
// are other names; a c may be k, Polish Katon); a word of six letters or more in a vowel, l or
// r and -is loses its s, against a name with a word in i, y or ij (a
// shorter or other -is is English or Greek: Lewis and Levi, Davis, Paris,
// Morris, Dionysis).

// The endings of a word that latinStemEnd finds.
const (
	stemO  = 1 << iota // a word of four letters or more in a consonant and o (Plato)
	stemOn             // a word in -on, -one or -ón (Platon, Platone, Platón)
	stemIs             // a word of six letters or more in a vowel, l or r, and -is (Vitalis)
	stemI              // a word in i, y or ij (Witali, Vitaly, Vitalij)
)

// latinStemEnd returns the ending of one word.
func latinStemEnd(w string) uint8 {
	n := len(w)
	lower := func(i int) byte { return w[i] | 0x20 }
	switch last := lower(n - 1); {
	case last == 'o' && n >= 4 && isASCIIConsonant(lower(n-2)):
		return stemO
	case last == 'n' && n >= 3 && lower(n-2) == 'o',
		last == 'e' && n >= 4 && lower(n-2) == 'n' && lower(n-3) == 'o',
		last == 'n' && n >= 4 && w[n-3] == 0xC3 && w[n-2] == 0xB3: // ó
		return stemOn
	case last == 's' && n >= 6 && lower(n-2) == 'i' && (lower(n-3) == 'l' || lower(n-3) == 'r') && isVowel(lower(n-4)):
		return stemIs
	case n >= 3 && (last == 'i' || last == 'y' || last == 'j' && lower(n-2) == 'i'):
		return stemI
	}
	return 0
}

// isASCIIConsonant reports whether the lower-case byte c is an ASCII
// consonant, y not counted (isConsonantLetter counts it).
func isASCIIConsonant(c byte) bool { return c != 'y' && isConsonantLetter(c) }

// latinStemReading returns name with each word of the ending stemO given n
// and each word of stemIs without its s, when other has a word of the
// ending that answers it, of the stem form's length and beginning with
// its letters (latinStemCounterpart): one letter more than the -o word
// (-on; -one and -ón two bytes more, never -on), one letter fewer than the
// -is word or as many (Witali, Vitalij). It returns "" when no
// word is so. (An -o word and an -on word of one length, Alberto and
// Alberon, Orsino and Orison, are other names.)
func latinStemReading(name, other string) string {
	var out []byte
	last := 0
	for i := 0; i < len(name); i++ {
		start := wordEndingAt(name, i)
		if start < 0 {
			continue
		}
		n := i + 1 - start
		switch latinStemEnd(name[start : i+1]) {
		case stemO:
			if latinStemCounterpart(other, stemOn, n+1, n+2, name[start:i]) {
				out = append(append(out, name[last:i+1]...), 'n')
				last = i + 1
			}
		case stemIs:
			if latinStemCounterpart(other, stemI, n-1, n, name[start:i-1]) {
				out = append(out, name[last:i]...)
				last = i + 1
			}
		}
	}
	if out == nil {
		return ""
	}
	return string(append(out, name[last:]...))
}

// latinStemCounterpart reports whether name has a word of the ending end
// (latinStemEnd) whose length in bytes is lo or hi. With stem (an -o
// word's letters before its o, an -is word's before its -is), the word
// must be, for an -o word, in -on of lo bytes or -one, -ón of hi (Carlo
// and Carlson: -son is no stem), and begin with stem's letters
// (stemLettersAgree): the stem form adds n to the nominative, or leaves
// out the s, and changes no other letter, so Koko and Kogon, Strabo and
// Straton, Charis and Cheri are two names, not one in two cases.
func latinStemCounterpart(name string, end uint8, lo, hi int, stem string) bool {
	for i := 0; i < len(name); i++ {
		start := wordEndingAt(name, i)
		if start < 0 {
			continue
		}
		n := i + 1 - start
		if (n == lo || n == hi) && latinStemEnd(name[start:i+1]) == end {
			if stem == "" {
				return true
			}
			if (n == lo || name[i]|0x20 != 'n' || name[i-2] == 0xC3) && stemLettersAgree(stem, name[start:]) {
				return true // -on of lo bytes, -one or -ón of hi
			}
		}
	}
	return false
}

// stemLettersAgree reports whether word begins with stem's letters, case
// aside, a Latin c written k as Polish, Czech and Russian write it (Cato,
// Polish Katon), and a Latin v written w as Polish writes it (Vitalis,
// Polish Witali).
func stemLettersAgree(stem, word string) bool {
	if len(word) < len(stem) {
		return false
	}
	for j := 0; j < len(stem); j++ {
		a, b := stem[j], word[j]
		if a < utf8.RuneSelf && b < utf8.RuneSelf {
			a, b = a|0x20, b|0x20
			a, b = latinStemFold(a), latinStemFold(b)
		}
		if a != b {
			return false
		}
	}
	return true
}

// latinStemFold reads the lower-case letter c as stemLettersAgree compares
// it: c as k, w as v.
func latinStemFold(c byte) byte {
	switch c {
	case 'c':
		return 'k'
	case 'w':
		return 'v'
	}
	return c
}

// wordEndingAt returns the start of the word of letters (isLetterByte)
// whose last byte is name[i], or -1 when name[i] ends no word.
func wordEndingAt(name string, i int) int {
	if i+1 < len(name) && isLetterByte(name[i+1]) || !isLetterByte(name[i]) {
		return -1
	}
	start := i
	for start > 0 && isLetterByte(name[start-1]) {
		start--
	}
	return start
}
