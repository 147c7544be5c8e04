package normalize

import "strings"

// Renderings of one name by the spelling conventions of other languages,
// read by wordSim for a pair of words under the threshold (issue 11, fifth
// pass). Each convention reads a folded word (a key: o is u, qu is ku, j
// is y, c before e/i is s) as the language of the convention pronounces
// it; when either word of a pair reads differently, the readings are
// compared, at a small cost for the spelling.

// The conventions, in the order conventionSim tries them.
const (
	convFrenchQue = iota
	convPatronymic
	convBelarusian
	convLatinTi
	convSoftG
	convPortugueseNasal
	convEastSlavicTable
	convInitialJ
	convEnglishEigh
	convCentralEuropeanC // letter_c.go, read from the names' spelling
	convInitialCK        // letter_c.go too
	convDutchCh          // dutchch.go
	convInnerSoftG       // softginner.go
	numConventions
)

// conventionNames names the conventions for tests and reports.
var conventionNames = [numConventions]string{
	"French final -que",
	"East Slavic patronymic -ovich/-evich",
	"Belarusian dz and ia for Russian d and e",
	"Latin ti before a vowel is ts",
	"soft g is j",
	"Portuguese -ão is Spanish -án",
	"Ukrainian and Russian forms of a name (table)",
	"initial j is y (German, Nordic, Slavic, Dutch)",
	"English final -eigh is a vowel",
	"Central European c is ts, Hungarian cs is ch",
	"Gaelic and Greek initial c is k",
	"Dutch and old Indonesian ch is kh or h",
	"French soft g inside a word is j",
}

// conventionsOff turns conventions off (bit i for convention i); tests set
// it to measure what each adds. Zero in use.
var conventionsOff uint

// conventionPenalty is what a spelling of another language costs a pair of
// words that are one once a convention has read them.
const conventionPenalty = 0.04

// conventionFloor is the score under which wordSim tries no convention:
// each reads one to three letters of a word, which lifts a pair of one
// name from 0.68 at the lowest ("Jac", "Jacques"); further apart, two words
// are two names, and most word pairs under the threshold are (the words
// of two names compared crosswise).
const conventionFloor = 0.6

// conventionSim is the best score of words x and y (two letters or more
// each) under one of the conventions, or sim when none does better. Each
// convention first checks, with a byte or two, that the pair shows what it
// reads: most word pairs under the threshold are two different words.
func (s *simState) conventionSim(x, y string, sim float64) float64 {
	x0, y0, xl, yl := x[0], y[0], x[len(x)-1], y[len(y)-1]
	on := func(c int) bool { return conventionsOff&(1<<c) == 0 }
	try := func(rx, ry string) bool {
		if rx != x || ry != y {
			sim = max(sim, s.editSim(rx, ry)-conventionPenalty)
		}
		return sim >= SameThreshold
	}
	if (xl == 'e' || xl == 's' || yl == 'e' || yl == 's') && (endsKue(x) || endsKue(y)) && on(convFrenchQue) &&
		try(frenchQue(x), frenchQue(y)) {
		return sim
	}
	if xl == 'h' && yl == 'h' && strings.HasSuffix(x, "vich") && strings.HasSuffix(y, "vich") && on(convPatronymic) &&
		try(slavicPatronymic(x), slavicPatronymic(y)) {
		return sim
	}
	if (belarusianMark(x) || belarusianMark(y)) && on(convBelarusian) && try(belarusianSpoken(x), belarusianSpoken(y)) {
		return sim
	}
	if x0 == y0 && on(convLatinTi) && strings.IndexByte(x, 'z') >= 0 != (strings.IndexByte(y, 'z') >= 0) &&
		try(latinAssibilated(x), latinAssibilated(y)) {
		return sim
	}
	if (x0 == 'g' && y0 == 'j' || x0 == 'j' && y0 == 'g') && on(convSoftG) && try(softG(x), softG(y)) {
		return sim
	}
	if (xl == 'u' && yl == 'n' || xl == 'n' && yl == 'u') && on(convPortugueseNasal) && try(portugueseNasal(x), portugueseNasal(y)) {
		return sim
	}
	if (x0 == 'j' && y0 == 'y' || x0 == 'y' && y0 == 'j') && on(convInitialJ) && vowelGroups(x) >= 2 && vowelGroups(y) >= 2 &&
		try(initialJ(x), initialJ(y)) {
		return sim
	}
	if (xl == 'g') != (yl == 'g') && on(convEnglishEigh) && (strings.HasSuffix(x, "eig") || strings.HasSuffix(y, "eig")) &&
		try(englishEigh(x), englishEigh(y)) {
		return sim
	}
	if len(x) == len(y) && on(convInnerSoftG) {
		if sim = s.innerSoftGSim(x, y, sim); sim >= SameThreshold {
			return sim
		}
	}
	if on(convDutchCh) {
		if sim = s.dutchChSim(x, y, sim); sim >= SameThreshold {
			return sim
		}
	}
	if len(x) >= 3 && len(y) >= 3 && on(convEastSlavicTable) {
		sim = s.eastSlavicSim(x, y, sim) // eastslavic.go: Mykola, Nikolai
	}
	return sim
}

// endsKue reports whether a folded word ends in the key of French -que,
// -ques.
func endsKue(w string) bool {
	return strings.HasSuffix(w, "kue") || strings.HasSuffix(w, "kues")
}

// frenchQue reads the French ending -que, -ques (folded -kue, -kues) as k:
// qu is k in French, and the final e and s are silent ("Jacques"/"Jacque"/
// "Jac", "Dominique"/"Dominick", "Francisque"/"Francisc"). A spoken ending
// stays: "Monique" is not "Monica".
func frenchQue(w string) string {
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "kues"):
		return w[:n-3]
	case n > 4 && strings.HasSuffix(w, "kue"):
		return w[:n-2]
	}
	return w
}

// slavicPatronymic reads the vowel before the patronymic -vich (folded
// -uvich, -evich, with the y of -yevich or -iyovych) as carrying nothing:
// Russian writes -ovich after a hard consonant and -evich after a soft one
// or й, Ukrainian -ovych after both, so "Serhiyovych" and "Sergeyevich"
// (Sergejewitsch) differ there by convention, not by name. The й (y)
// stays: it is part of the father's name.
func slavicPatronymic(w string) string {
	n := len(w)
	if n < 9 || !strings.HasSuffix(w, "vich") {
		return w
	}
	stem := w[:n-4]
	if c := stem[len(stem)-1]; c != 'u' && c != 'e' {
		return w
	}
	stem = stem[:len(stem)-1]
	if len(stem) < 3 {
		return w
	}
	return stem + "vich"
}

// belarusianSpoken reads two Belarusian writings as their Russian letters:
// dz at the start of a word for soft d (dzekanne: "Dzianis"/"Denis",
// "Dzmitry"/"Dmitry"), and ia or ya after a consonant for e in the first
// syllable before two consonants (yakanne: "Siarhei"/"Sergei",
// "Sviatlana"/"Svetlana"). Elsewhere ia is a vowel pair of other languages
// ("Diana", "Kristiansen").
func belarusianSpoken(w string) string {
	if len(w) < 5 {
		return w
	}
	if strings.HasPrefix(w, "dz") {
		w = "d" + w[2:]
		if len(w) > 3 && (w[1] == 'y' || w[1] == 'i') && isVowel(w[2]) {
			return "de" + w[3:] // Dzianis, Dzyanis: ya is e
		}
		return w
	}
	i := 0
	for i < len(w) && !isVowel(w[i]) && w[i] != 'y' {
		i++
	}
	if i == 0 || i+3 >= len(w) || (w[i] != 'i' && w[i] != 'y') || w[i+1] != 'a' {
		return w
	}
	if isVowel(w[i+2]) || isVowel(w[i+3]) || w[i+2] == 'y' || w[i+3] == 'y' {
		return w
	}
	return w[:i] + "e" + w[i+2:]
}

// belarusianMark reports whether a folded word may have what
// belarusianSpoken reads: an initial dz, or ia or ya after one or two
// first consonants.
func belarusianMark(w string) bool {
	if len(w) < 5 {
		return false
	}
	return w[0] == 'd' && w[1] == 'z' || (w[1] == 'i' || w[1] == 'y') && w[2] == 'a' || (w[2] == 'i' || w[2] == 'y') && w[3] == 'a'
}

// latinAssibilated reads the Latin ti before a vowel as ts, as Italian
// (z), German (z) and Spanish (c) write it: "Letitia"/"Letizia". Not at the
// start of a word ("Tiago") nor after s ("Sebastian").
func latinAssibilated(w string) string {
	for k := 1; k+2 < len(w); k++ {
		if w[k] == 't' && w[k+1] == 'i' && isVowel(w[k+2]) && w[k-1] != 's' && w[k-1] != 't' {
			return w[:k] + "ts" + w[k+1:]
		}
	}
	return w
}

// softG reads a g before e or i as j: in English names from Greek and
// Latin through French (Gerry/Jerry, Gene/Jeane) and Italian (gi before a
// vowel: Giuliani/Juliani, Giovanni/Jovanni, where the i is silent). Only
// at the start of a word of four letters or more, and not before eo or
// eu, the Korean vowels of Geon and Geum (a syllable other than Jeon).
func softG(w string) string {
	if len(w) < 4 || w[0] != 'g' || (w[1] != 'e' && w[1] != 'i') {
		return w
	}
	if w[1] == 'e' && (w[2] == 'u' || w[2] == 'o') {
		return w
	}
	if w[1] == 'i' && isVowel(w[2]) {
		return "j" + w[2:] // Giuliani, Juliani
	}
	return "j" + w[1:]
}

// portugueseNasal reads the Portuguese nasal ending -ão (folded -au, not
// the French -eau) as Spanish writes it, -án ("Damião"/"Damián",
// "Sebastião"/"Sebastián").
func portugueseNasal(w string) string {
	n := len(w)
	if n < 5 || w[n-2:] != "au" || w[n-3] == 'e' {
		return w
	}
	return w[:n-1] + "n"
}

// initialJ reads an initial j as y, as German, the Nordic languages, Dutch,
// the Slavic languages written in Latin, Hungarian and Finnish write the
// sound English writes y: "Jasmin"/"Yasmine", "Julia"/"Yuliya",
// "Jyri"/"Yuri". conventionSim reads it only in words of two syllables or
// more: one-syllable words are the Korean and Chinese syllables whose j and
// y are two names (Jang/Yang, Joon/Yoon, Jun/Yun).
func initialJ(w string) string {
	if w[0] == 'j' {
		return "y" + w[1:]
	}
	return w
}

// vowelGroups counts the runs of vowels of folded word w.
func vowelGroups(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if isVowel(w[i]) && (i == 0 || !isVowel(w[i-1])) {
			n++
		}
	}
	return n
}

// englishEigh reads the English final -eigh (folded -eig: the key drops
// the h) as the vowel it spells, as -ey and -ee write it
// ("Ashleigh"/"Ashley", "Raleigh"/"Raley", Burleigh/Burley): an unstressed
// final syllable, so only in words of two syllables or more (German
// "Zweig" is not "Zwei"), and conventionSim reads it only against a word
// that does not end in g.
func englishEigh(w string) string {
	if strings.HasSuffix(w, "eig") && vowelGroups(w) >= 2 {
		return w[:len(w)-1]
	}
	return w
}

// The word readings wordSim (similarity.go) tries before the conventions
// above: Latin -us, French au, a y glide, English ea.

// Spellings that wordSim reads another way (spellingMarks).
const (
	markAu = 1 << iota // French au, eau
	markEa             // English ea
	markY              // a y that may be a glide
	markTh             // th (thApartSim)
)

// spellingMarks tells in one pass over a folded word which of the
// alternative readings of wordSim may apply to it.
func spellingMarks(w string) int {
	m := 0
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'y':
			m |= markY
		case 'h':
			if i > 0 && w[i-1] == 't' {
				m |= markTh
			}
		case 'a':
			if i > 0 && w[i-1] == 'e' {
				m |= markEa
			}
			if i+1 < len(w) && w[i+1] == 'u' {
				m |= markAu
			}
		}
	}
	return m
}

// frenchSpellingPenalty is what French spelling costs a pair of words that
// sound alike once frenchSpoken has read them ("Thibault", "Thibaut").
const frenchSpellingPenalty = 0.04

// frenchSpoken reads a folded word as French spelling sounds: the silent
// final t, d, x (ks in folded keys) and s go (and the l of -ault), eau and au are o (u in
// folded keys). Used only when one of two words has au: "Rousseau"/"Russo",
// "Barrault"/"Barrot", "Giraud"/"Girault".
func frenchSpoken(w string) string {
	if n := len(w); n > 4 && w[n-2:] == "ks" && isVowel(w[n-3]) {
		w = w[:n-2] // the key's ks for x: "Rigaux", "Beaux"
	} else if n > 2 {
		if c := w[n-1]; (c == 't' || c == 'd' || c == 'x' || c == 's') && (isVowel(w[n-2]) || w[n-2] == 'l' || w[n-2] == 'r' && c != 's') {
			w = w[:n-1]
			if strings.HasSuffix(w, "aul") {
				w = w[:len(w)-1] // -ault
			}
		}
	}
	if !strings.Contains(w, "au") {
		return w
	}
	return strings.ReplaceAll(strings.ReplaceAll(w, "eau", "u"), "au", "u")
}

// glideSpellingPenalty is what writing a diphthong with y or j costs a
// pair of words that are one once glideSpoken has read them ("Mayer",
// "Maier").
const glideSpellingPenalty = 0.04

// glideSpoken reads a y after a or e (not first in the word) as the key
// reads German ai and ei before a vowel: ay and ey are ei, and the e of
// a following -er or final -e is dropped as the key drops the e of ie
// ("Mayer", "Majer"/"Maier" are all meir; "Laye"/"Lay"; "Bayo"/"Baio"
// are beiu). The key folds j to y, so Polish and Czech j is read too.
// Before a and i, and before an e inside the word, y stays a consonant:
// "Bayan" is not "Bain", "Hayek" not "Haik".
func glideSpoken(w string) string {
	k := strings.IndexByte(w, 'y')
	if k < 1 {
		return w // (a first y is no glide)
	}
	return rewriteBytes(w, k-1, func(w string, j int) (string, int) {
		if j > 0 && j+2 < len(w) && (w[j] == 'a' || w[j] == 'e') && w[j+1] == 'y' && glideVowel(w[j+2:]) {
			if w[j+2] == 'e' {
				return "ei", 3
			}
			return "ei", 2
		}
		return "", 0
	})
}

// rewriteBytes returns w with the spellings at finds, from byte from on,
// written another way: at(w, j) returns the bytes that stand for w[j:j+n]
// and n, or n = 0 where it finds nothing. w is copied only when something
// is rewritten.
func rewriteBytes(w string, from int, at func(w string, j int) (repl string, n int)) string {
	var b []byte
	for j := from; j < len(w); {
		repl, n := at(w, j)
		if n == 0 {
			if b != nil {
				b = append(b, w[j])
			}
			j++
			continue
		}
		if b == nil {
			b = append(make([]byte, 0, len(w)+1), w[:j]...)
		}
		b = append(b, repl...)
		j += n
	}
	if b == nil {
		return w
	}
	return string(b)
}

// glideVowel reports whether rest, what follows a y in glideSpoken, begins
// with o or u, or is e, er or ers.
func glideVowel(rest string) bool {
	switch rest[0] {
	case 'o', 'u':
		return true
	case 'e':
		return rest == "e" || rest == "er" || rest == "ers"
	}
	return false
}

// englishSpellingPenalty is what English spelling costs a pair of words
// that sound alike once englishSpoken has read them ("Keane", "Keene").
const englishSpellingPenalty = 0.04

// englishSpoken reads the English digraph ea before a consonant other than r
// as the key reads ee: i ("Keane"/"Keene", "Beach"/"Beech", "Seal"/"Syl").
// Before r, ea is not i ("Beard", "Pearl", "Hearst"); eau is French, and a
// final ea is two syllables ("Andrea"). Words under five letters are left
// as they are: among them ea is as often a Spanish or Latin hiatus ("Leal")
// and the one-syllable names it would meet are other names ("Dean", "Din").
func englishSpoken(w string) string {
	if len(w) < 5 || !strings.Contains(w, "ea") {
		return w
	}
	return rewriteBytes(w, 0, func(w string, j int) (string, int) {
		if w[j] == 'e' && j+2 < len(w) && w[j+1] == 'a' && !isVowel(w[j+2]) && w[j+2] != 'r' && w[j+2] != 'y' {
			return "i", 2
		}
		return "", 0
	})
}

// latinSim compares the stem of a Latin or Greek word in -us (st, from
// latinStem) with the other word (w) trimmed of its final vowels. The
// Greek theta of such a name is f in its Russian and Church Slavonic
// form (fita): "Timotheus"/"Timofei", "Theodosius"/"Feodosy",
// "Thaddeus"/"Faddei"; it is read so only here, where the other word is
// the stem of a Greek or Latin name, at a further small cost.
func (s *simState) latinSim(st, w string) float64 {
	sim := s.editSim(st, w) - latinEndingPenalty
	if sim < SameThreshold && strings.Contains(st, "th") && strings.Contains(w, "f") {
		sim = max(sim, s.editSim(strings.ReplaceAll(st, "th", "f"), w)-latinEndingPenalty-thetaPenalty)
	}
	return sim
}

// thetaPenalty is what reading a Greek th as f costs (latinSim).
const thetaPenalty = 0.04

// latinEndingPenalty is what a Latin ending costs a pair of words that are
// otherwise one name ("Maximus", "Maxim").
const latinEndingPenalty = 0.04

// latinStem returns w without the Latin (or Greek, folded) ending -us and
// the vowels before it, when w has one and the other word other does not
// and ends in a consonant or in i, u or y: "Gustavus"/"Gustav",
// "Gennadius"/"Gennadiy", "Lucius"/"Lucio". A feminine a or e ending keeps
// the words apart ("Julius", "Julia").
func latinStem(w, other string) (string, bool) {
	if len(w) < 5 || len(other) < 3 || !strings.HasSuffix(w, "us") || strings.HasSuffix(other, "us") {
		return "", false
	}
	if c := other[len(other)-1]; c == 'a' || c == 'e' {
		return "", false
	}
	return trimVowels(w[:len(w)-2]), true
}

// trimVowels drops the vowels (and y) at the end of a folded word.
func trimVowels(w string) string {
	for len(w) > 2 && isVowelY(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}
