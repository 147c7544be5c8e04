package normalize

// Look-alikes told apart by a word's last vowel (issue 11, branch
// lookalike5): a name's last vowel is most often an ending of its own, a
// gender, a number or a case (Italian -o of the masculine singular and -e
// of the feminine plural, -a of the feminine and -i of the masculine
// plural), so a word that ends in another vowel is another word, unless a
// convention writes one ending for the other.

// finalVowel reports whether the word in which two names differ, of five
// letters or more, ends after a consonant in one vowel in one name and in
// another in the other (Castellato, Castellate; Bellani, Bellanu), of no
// pair that spelling conventions alternate at a word's end: a and e (a Latin
// -a against a German or French -e, Beata, Beate; an Arabic ta marbuta in
// Persian and Turkish spelling, Fatima, Fatime), e and i (Romanian -ie
// against -ii, and the Italian -e against -i that endingDistinct reads after a
// consonant), o and u (a Japanese long o, Kondou, Kondoo; Corsican and
// Sardinian -u for Italian -o), and a and o, which genderEnding reads. An o
// against an e is one ending where Wade-Giles writes o for Pinyin e (Ho,
// He) and where Ukrainian writes -e for the Russian neuter -o of a place
// named after someone (Petrovo, Petrove; Borodino, Borodine), and another
// Japanese mora elsewhere (finalEOOneEnding: Daisuke, Daisuko).
func (w *wordApart) finalVowel() bool {
	at := w.oneLetterApart()
	x, y := w.words()
	n := len(x)
	if n < 5 || at != n-1 || isVowel(x[n-2]) || x[n-2] == 'y' || x[n-2] == 'w' {
		return false
	}
	c, d := min(x[at], y[at]), max(x[at], y[at])
	if !isVowel(c) || !isVowel(d) {
		return false
	}
	switch string([]byte{c, d}) {
	case "ae", "ei", "ou", "ao":
		return false
	case "eo":
		return !finalEOOneEnding(x) // lookalike_finaleo.go
	}
	return true
}

// headElements lists pairs of the last elements of Germanic compound names,
// places' and families', that are one vowel apart and are different words:
// German and Dutch Berg (a hill) against Burg (a castle) and Scandinavian
// borg (a castle), German Hafen (a harbour) against Hofen (farmsteads),
// Scandinavian sand (a sandbank) against sund (a strait), and land against
// Swedish lund (a grove). The element is the compound's
// head, the word it names a place by, so another one names another place
// (Rotberg, Rotburg; Fjellsand, Fjellsund). Spellings of one element in
// other languages or dialects are not listed: Burg and borg, Berg and Low
// German barg or Danish bjerg, -pur and -por in India, Slavic -pol and
// Ukrainian -pil.
var headElements = [...][2]string{{"berg", "burg"}, {"berg", "borg"}, {"hafen", "hofen"}, {"sand", "sund"}, {"land", "lund"}}

// compoundHead reports whether the word in which two names differ, in one
// letter, is a compound of the same first part and two different heads of
// headElements, the first part two letters or more.
func (w *wordApart) compoundHead() bool {
	at := w.oneLetterApart()
	x, y := w.words()
	if at < 0 || !isVowel(x[at]) {
		return false
	}
	for _, h := range headElements {
		if at < len(x)-len(h[0]) || len(x) < len(h[0])+2 {
			continue
		}
		if hasSuffix(x, h[0]) && hasSuffix(y, h[1]) || hasSuffix(x, h[1]) && hasSuffix(y, h[0]) {
			return true
		}
	}
	return false
}

// finalN reports whether two one-word names are one word that ends in a in
// one name and in an in the other, five letters or more before the n
// (Tlalpana, Tlalpanan; Koyaca, Koyacan). A final n after a is an ending
// of its own in the languages that write it so: a locative (Nahuatl -pan,
// -can, -tlan: at, in), a plural or an adjective (Persian -an, English
// -an of a people: America, American), and no convention writes it for a
// sound the other spelling has: the nasal vowels that French writes with
// -n follow o and u (Fula Hamadoun, Hamadou), Greek and Latin write -on
// against -o (Platon, Plato). Names of more words are left alone: an
// organisation's country and its adjective (Bulgaria, Bulgarian Hockey
// Federation) name one body.
func (w *wordApart) finalN() bool {
	x, y := w.words()
	if len(x) > len(y) {
		x, y = y, x
	}
	n := len(x)
	if w.n != 1 || n < 5 || len(y) != n+1 || y[n] != 'n' || x[n-1] != 'a' {
		return false
	}
	return string(x) == string(y[:n]) || cjAsCi(x, y[:n]) // pivot_cj.go: Felicia, Felicjan
}

// finalSAfterA reports whether the word in which two names differ is their
// last, four letters or more, and ends in a in one name and in -as in the
// other (Charqueada, Charqueadas; Petrova, Petrovas; Victoria, Victorias).
// A final -s after a is an ending of its own in the languages that write it
// so: the Spanish and Portuguese plural, which names another place than the
// singular, and the Lithuanian masculine -as against a woman's -a
// (Petrovas, Petrova). No spelling convention writes an s for a sound the
// other name has: Latvian's bare -s follows a consonant (patronymicS), and
// the -es of French and Greek after a stem's e is left alone (Jacques,
// Jacque; Aristides, Aristide). -os against -o is left too: the Greek
// masculine against the Italian and Spanish form of one given name
// (Antonios, Antonio; Nikolaos, Nikolao), as is a given name before the
// surname (Andreas Meyer, Andrea Meyer).
func (w *wordApart) finalSAfterA() bool {
	x, y := w.words()
	if len(x) > len(y) {
		x, y = y, x
	}
	n := len(x)
	if !w.last || n < 4 || len(y) != n+1 || y[n] != 's' || x[n-1] != 'a' {
		return false
	}
	return string(x) == string(y[:n])
}
