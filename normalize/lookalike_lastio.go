package normalize

// lastSyllableIO reports whether the word in which two names differ, five
// letters or more, differs in one letter, i in one name and o in the
// other, that is the word's last vowel, after a consonant and before one
// or two consonants that end the word (Devin, Devon; Quintin, Quinton;
// Hartig, Hartog; Simin, Simon), and the word's first letter is not that
// vowel's (issue 11, branch look64). A last syllable's i and o are two
// suffixes wherever a name is spelt: English -in and -on (Landin, Landon),
// Slavic and Turkic -in and Germanic -on (Altin, Alton), Romance and Greek
// -is and -os (Angelis, Angelos), German -ig and Dutch -og; English writes
// an unstressed a, e or o of a last syllable for one sound (Jordan,
// Jordon; Andersen, Anderson), i not (one pair of the seven pivots'
// variants of the development splits has it, Jordin / Jordon, against 17
// look-alikes: BENCHMARKS.md, branch look64). Ukrainian's i for a Russian
// o in a closed last syllable (Fedir, Fedor; Antin, Anton) is
// slavicSpellingApart's, which the caller asks before this cap holds, and
// a vowel beside the letter makes a diphthong of it (Brion, Brian is
// another rule's).
func (w *wordApart) lastSyllableIO() bool {
	at := w.oneLetterApart()
	x, y := w.words()
	n := len(x)
	if n < 5 || at < 2 || at < n-3 || at == n-1 {
		return false
	}
	if c, d := x[at], y[at]; !(c == 'i' && d == 'o' || c == 'o' && d == 'i') {
		return false
	}
	if isVowel(x[at-1]) || x[at-1] == 'y' {
		return false
	}
	for _, c := range x[at+1:] {
		if isVowel(c) || c == 'y' || c == 'w' {
			return false
		}
	}
	return true
}

// lastIOUnlisted reports whether w, set to two names by wordApartDistinct,
// is lastSyllableIO's and no Ukrainian and Russian form of one name:
// its last consonant is not v, l nor r (Ukrainian -iv for Russian -ov in
// every word: Petriv, Petrov; Kharkiv, Kharkov; a place's -pil for -pol:
// Ternopil, Ternopol; a given name's -ir for -or: Fedir, Fedor, Hryhir,
// Grigor) and the pair is no row of eastslavic_names.tsv (Antin, Anton;
// Tykhin, Tikhon).
// slavicSpellingApart reads any such i against o as Ukrainian, which
// keeps Western names apart by the vowel of a suffix (Quintin, Quinton;
// Devin, Devon) together: the caller asks this of a pair
// slavicSpellingApart exempts.
func (w *wordApart) lastIOUnlisted() bool {
	x, y := w.words()
	if !w.lastSyllableIO() || x[len(x)-1] == 'v' || x[len(x)-1] == 'l' || x[len(x)-1] == 'r' {
		return false
	}
	return !eastSlavicRow(Key(string(x)), Key(string(y)))
}

// eastSlavicRow reports whether keys kx and ky are the keys of the two
// forms of one row of eastslavic_names.tsv, either way round.
func eastSlavicRow(kx, ky string) bool {
	t := eastSlavicNames()
	for _, i := range t.byCode[string(coarseCode(nil, kx))] {
		if t.keys[i] == kx && t.keys[i^1] == ky || t.keys[i] == ky && t.keys[i^1] == kx {
			return true
		}
	}
	return false
}
