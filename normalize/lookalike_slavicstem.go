package normalize

// East Slavic family names told apart by a letter of the stem (issue 11,
// branch look59): where the romanisations of Russian and Ukrainian differ,
// and where they never do. They write letters, not sounds: every vowel
// letter of Cyrillic has its spellings, and none is spelled with another's.

// stemVowelA reports whether the word in which two names differ, an East
// Slavic family name in both (slavicSurnameWord) with one first letter and
// the same consonants (a doubled letter as one), has in a vowel of its stem
// a (а, я: a, ia, ya) in one name where the other has only i, y or u
// letters (и, ы, і, й, ю: i, y, iu, yu): Kulykovskyi, Kulakovskiy;
// Maliushevskyi, Malashevskiy; Kobylinskiy, Kobylianskyi. The systems that
// write Russian or Ukrainian in Latin letters spell я as ya, ia or ja and
// и as i or y, but none writes я or а for и, ы or ю; and Ukrainian, which
// writes і for the o and e of Russian in a closed syllable (Matkivskyi,
// Matkovskiy; Lviv, Lvov), keeps а and я where Russian has them. A stem
// vowel is one with another vowel after it in the word: the last one is
// the suffix's or its gender's (-ov, -skiy, -skaya), which russianGender
// reads. Left to the matcher: a against o and e, which Belarusian writes
// for the unstressed o and e of Russian (Ramanavich, Romanovich;
// Sviatlana, Svetlana), and a against a bare u, the Bulgarian ъ that one
// system writes a and another u (Parvanov, Purvanov).
func (w *wordApart) stemVowelA() bool {
	x, y := w.words()
	if len(x) < 5 || len(y) < 5 || x[0] != y[0] || !slavicLastLetter(x) || !slavicLastLetter(y) || !slavicSurnameWord(x) || !slavicSurnameWord(y) {
		return false
	}
	found := false
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		v := isVowelY(x[i])
		if v != isVowelY(y[j]) {
			return false
		}
		ei, ej := runEnd(x, i, v), runEnd(y, j, v)
		gx, gy := x[i:ei], y[j:ej]
		if !v {
			if !sameCollapsed(gx, gy) {
				return false
			}
		} else if i > 0 && hasVowelY(x[ei:]) && hasVowelY(y[ej:]) && (aAgainstIYU(gx, gy) || aAgainstIYU(gy, gx)) {
			found = true
		}
		i, j = ei, ej
	}
	return found && i == len(x) && j == len(y)
}

// runEnd returns the end of the run of vowels (y one) or of consonants,
// as vowel asks, that starts at w[i].
func runEnd(w []byte, i int, vowel bool) int {
	for i < len(w) && isVowelY(w[i]) == vowel {
		i++
	}
	return i
}

// hasVowelY reports whether w holds a vowel letter or y.
func hasVowelY(w []byte) bool {
	for _, c := range w {
		if isVowelY(c) {
			return true
		}
	}
	return false
}

// sameCollapsed reports whether the consonant runs x and y are one with
// each doubled letter written once (pp and p: Filippov, Filipov).
func sameCollapsed(x, y []byte) bool {
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		if x[i] != y[j] {
			return false
		}
		c := x[i]
		for i < len(x) && x[i] == c {
			i++
		}
		for j < len(y) && y[j] == c {
			j++
		}
	}
	return i == len(x) && j == len(y)
}

// aAgainstIYU reports whether the vowel run g holds an a and h is made of
// i, y and u only, and is no bare u (ъ).
func aAgainstIYU(g, h []byte) bool {
	hasA := false
	for _, c := range g {
		if c == 'a' {
			hasA = true
		}
	}
	if !hasA || len(h) == 1 && h[0] == 'u' {
		return false
	}
	for _, c := range h {
		if c != 'i' && c != 'y' && c != 'u' {
			return false
		}
	}
	return true
}

// stemVowelInserted reports whether the word in which two names differ, an
// East Slavic family name in both (stemVowelWord) romanised the English way
// (englishSlavic), is in one name the other with a vowel a, e, o or u put
// in between two consonants, i against y aside (Bolotnyuk, Boloteniuk:
// Болотнюк, Болотенюк), the second of them maybe the glide y or i of я,
// ю, е, є after an a or u put in (Yermolyev, Yermolaiev: Ермольев,
// Єрмолаєв). An e or o there is Ukrainian і for the e or o of Russian,
// written i or y before є (Korniev, Korneyev: Корнієв, Корнеев). Every vowel of Cyrillic is a letter that the
// romanisations write, and none writes a vowel that is not there; the
// letters they write or leave out are the soft and hard signs, as i, y or
// nothing, which the rule reads as one, and the glide y of я, ю, е, ё.
func (w *wordApart) stemVowelInserted() bool {
	x, y := w.words()
	if len(x) > len(y) {
		x, y = y, x
	}
	n := len(x)
	if n < 5 || len(y) != n+1 || x[0] != y[0] || !stemVowelWord(x) || !stemVowelWord(y) || !englishSlavic(x) || !englishSlavic(y) {
		return false
	}
	i := 1
	for i < n && sameIY(x[i:i+1], y[i:i+1]) {
		i++
	}
	c := y[i]
	if i >= n || c != 'a' && c != 'e' && c != 'o' && c != 'u' || isVowelY(x[i-1]) {
		return false
	}
	if isVowelY(x[i]) && !(x[i] == 'i' || x[i] == 'y') || (x[i] == 'i' || x[i] == 'y') && (i+1 == n || !isVowel(x[i+1]) || c == 'e' || c == 'o') {
		return false // a vowel after it, but for the glide of я, ю, е, є after a or u (Yermolyev, Yermolaiev)
	}
	return sameIY(x[i:], y[i+1:])
}

// stemVowelWord reports whether the lowercase word w, five letters or
// more, ends in an ending of East Slavic family names that
// stemVowelInserted and stemVoicing read: eastSlavicEnds (but -chuk, which
// -uk holds), the Ukrainian -uk and -ak (-iuk, -yuk, -iak, -yak) and the
// possessive -ov, -ev with their feminine -a. The possessive -in and -yn
// are left out: English given names end so (Kathryn, Katheryn). The last
// letter picks the endings to compare, as most words end otherwise.
func stemVowelWord(w []byte) bool {
	n := len(w)
	switch w[n-1] {
	case 'o':
		return suffixBytes(w, "enko")
	case 'y':
		return suffixBytes(w, "skiy") || suffixBytes(w, "skyy")
	case 'i':
		return suffixBytes(w, "skyi") || suffixBytes(w, "skii")
	case 'a':
		return suffixBytes(w, "skaya") || suffixBytes(w, "vna") || suffixBytes(w, "ova") || suffixBytes(w, "eva")
	case 'h':
		return suffixBytes(w, "vich") || suffixBytes(w, "vych")
	case 'k':
		return w[n-2] == 'u' || w[n-2] == 'a'
	case 'v':
		return w[n-2] == 'o' || w[n-2] == 'e'
	}
	return false
}

// slavicLastLetter reports whether the lowercase word w, not empty, ends in a
// letter that ends one of slavicSurnameEnds: a test of one byte before
// the list is read, as most words the rules see end otherwise.
func slavicLastLetter(w []byte) bool {
	switch w[len(w)-1] {
	case 'a', 'h', 'i', 'k', 'n', 'o', 'v', 'y':
		return true
	}
	return false
}

// suffixBytes reports whether w ends in s, byte by byte: s is a few letters,
// and most words differ from it in the first, where a comparison of
// strings calls the runtime.
func suffixBytes(w []byte, s string) bool {
	if len(w) < len(s) {
		return false
	}
	w = w[len(w)-len(s):]
	for i := 0; i < len(s); i++ {
		if w[i] != s[i] {
			return false
		}
	}
	return true
}

// stemVoicing reports whether the word in which two names differ, an East
// Slavic family name in both (stemVowelWord) romanised the English way
// (englishSlavic) with one first letter, has the consonants of
// slavicConsonants but one, and that one is a stop or f voiced in one name
// and voiceless in the other: d against t, b against p, g against k, v
// against f (Khodkevych, Khotkevich: Ходкевич, Хоткевич). Russian and
// Ukrainian say д before к as т, but write it д, and every romanisation
// writes the letter; stemConsonants leaves the pairs to the matcher (they
// are near in consonantCost, which reads Arabic and German too). The
// vowels may differ, as the Ukrainian and Russian forms of one name do.
func (w *wordApart) stemVoicing() bool {
	x, y := w.words()
	if len(x) < 5 || len(y) < 5 || x[0] != y[0] || !stemVowelWord(x) || !stemVowelWord(y) || !englishSlavic(x) || !englishSlavic(y) ||
		suffixBytes(x, "vna") || suffixBytes(y, "vna") {
		return false
	}
	var bx, by [64]rune
	sx, sy := slavicConsonants(bx[:0], x), slavicConsonants(by[:0], y)
	if len(sx) != len(sy) {
		return false
	}
	voiced := false
	for i := range sx {
		if sx[i] == sy[i] {
			continue
		}
		if voiced {
			return false
		}
		switch min(sx[i], sy[i])<<8 | max(sx[i], sy[i]) {
		case 'd'<<8 | 't', 'b'<<8 | 'p', 'g'<<8 | 'k', 'f'<<8 | 'v':
			voiced = true
		default:
			return false
		}
	}
	return voiced
}
