package normalize

import "strings"

// Belarusian against Russian renderings of one name (issue 11). Belarusian
// and Russian write most names with one Cyrillic spelling up to the
// regular differences of the two orthographies, and each has its own
// romanization: Belarusian's national system of 2007 as passports and the
// sanctions lists write it (and BGN/PCGN for Belarusian), Russian's
// BGN/PCGN and the common English practice. slavicRomanSim, with beRuWord
// for each word, reads one name as a
// Belarusian romanization and the other as a Russian one and rewrites each
// word of the first that is, letter for letter, the same Cyrillic form
// under those correspondences as the word at its place in the second
// (ukru.go's reading, with Belarusian's correspondences):
//
//   - akanne: unstressed о is written а (Viktar, Viktor; -avich, -ovich);
//   - я and е after a consonant are ia and ie, and an unstressed е before
//     the stress is я (yakanne: Aliaksandr, Aleksandr; Siarhei, Sergei);
//     ё is io, я and ю ia and iu where Russian writes ya and yu;
//   - е after a vowel is e where Russian writes ye (-aeuna, -ayevna);
//   - ў for в after a vowel before a consonant or at the word's end (-ou,
//     -ov; -auna, -ovna), and у for в at a word's start before a consonant
//     (Uladzimir, Vladimir);
//   - dzekanne and tsekanne: д and т before a soft vowel (or a consonant
//     softened by one) are дз and ц, dz and ts (Dzmitry, Dmitri;
//     Kanstantsin, Konstantin), before BGN/PCGN's e for е as well
//     (Arkadzeuna, Arkadievna, where Russian's ье is ie or ye);
//   - ц written ts or, by Łacinka and Polish-style spellings, c, on either
//     side (Tselikavets, Celikovec; Katsuba, Kacuba), worth 1, and
//     Łacinka's c, ci for ць (Arciom, Artem), worth 1 as well (Spanish
//     Macias is no Matias);
//   - г is h (as Ukrainian), and ы after р, ж, ш, ч, ц (hard in Belarusian)
//     is y where Russian writes и, i;
//   - й after a vowel is i where Russian writes y (Siarhei, Sergey);
//   - the endings -ы, -ый, -і (-y, -i) against -ий, -ый (-iy, -y, -i):
//     -ski against -skiy counts as a correspondence of its own, another
//     ending needs a second one.
//
// The reading is exact and conservative as ukru.go's: a word is rewritten
// only when every letter is accounted for, the Belarusian word writes no g
// and the Russian word no h of its own, and a pair whose only difference is
// an initial h against g, an й written i or y or an ending is no reading.
// Lexical differences (Мікалай against Николай, Mikalai, Nikolai) are not
// letters and are not read.

// slavicRomanWhat is Matcher.Explain's words for slavicRomanSim's reading.
const slavicRomanWhat = "a name's Ukrainian or Belarusian and Russian forms (Kryvyi Rih, Krivoy Rog; Uladzimir, Vladimir)"

// slavicRomanSim returns max(score, the similarity of a and b with each
// word of a that is the Ukrainian (ukru.go) or Belarusian romanization of
// the Russian word at its place in b, or b's word the romanization of a's,
// written as b's, less a convention's cost): the two readings, both ways
// round, in one walk of the words. The reading is the same either way, so
// it is scored once (beru_names.go: a name with words of both).
func (s *simState) slavicRomanSim(a, b string, score float64) float64 {
	if ra := wordsReading(a, b, slavicRomanEither); ra != "" {
		if rb := wordsReading(ra, b, beRuInName); rb != "" {
			ra = rb
		}
		score = max(score, s.similarity(ra, b)-conventionPenalty)
	}
	if score >= conventionFloor && ruRuName(a, b) { // beru_names.go: Artem Kureev, Artyom Kureyev; no pair of two romanizations scores under the floor
		score = max(score, 1-conventionPenalty)
	}
	return score
}

// beRuInName is beRuWord either way round with correspondences worth 1
// enough: once a word of a name reads as Belarusian's romanization of the
// other name's, the name is a Belarusian one, and a word that differs only
// by a correspondence that alone is as often two names (akanne: Leanid,
// Leonid; a final a for o, Dunka, Dunko; an initial h for g; ts for c) is
// read as its Belarusian form as well.
func beRuInName(w, o string) bool { return beRuWeak(w, o) || beRuWeak(o, w) }

// beRuWeak reports whether be reads as the Belarusian romanization of ru
// by correspondences worth 1 or more (beRuAlign from 1).
func beRuWeak(be, ru string) bool {
	if !beRuMayRead(be, ru) {
		return false
	}
	var bb, br [40]byte
	b, r, ok := slavicWords(bb[:0], br[:0], be, ru)
	return ok && beRuAlign(b, r, 0, 0, 1)
}

// slavicRomanEither is slavicRomanWord either way round: a list writes one
// person's name with some words in Belarusian's romanization and others in
// Russian's (Olga Leonidovna Darashenka, Olga Leanidauna Doroshenko).
func slavicRomanEither(w, o string) bool { return slavicRomanWord(w, o) || slavicRomanWord(o, w) }

// slavicRomanWord is ukRuWord(w, ru) || beRuWord(w, ru) (beru_test.go),
// with the words put in lower case once.
func slavicRomanWord(w, ru string) bool {
	if len(w) < 3 || len(ru) < 3 {
		return false
	}
	uk := ukRuFirst(w[0]|0x20, ru[0]|0x20) && ukRuMayDiffer(w, ru)
	be := beRuMayRead(w, ru)
	given := slavicGivenFirst(w, ru)
	if !uk && !be && !given {
		return false
	}
	var bw, br [40]byte
	lw, lr, ok := slavicWords(bw[:0], br[:0], w, ru)
	return ok && (uk && ukRuAlign(lw, lr, 0, 0, 0) || be && beRuAlign(lw, lr, 0, 0, 0) || given && slavicGivenWord(lw, lr)) // beru_names.go: Mikalai, Nikolai
}

// beRuMayRead reports whether be and ru can be read alike, by tests that
// cost less than slavicWords and beRuAlign: of their first letters
// (beRuFirst) and of their first different letters. Every correspondence
// of beRuStep and ending of beRuEnds starts at that place or, for dz and
// ts against d and t, at the letter before it, so the letters there are
// one of beRuMayDiffer's pairs, z or s after d or t, or one word has
// ended within an ending's two letters of the other's end.
func beRuMayRead(be, ru string) bool {
	if len(be) < 3 || len(ru) < 3 || !beRuFirst(be[0]|0x20, ru[0]|0x20) {
		return false
	}
	p := 0
	for p < len(be) && p < len(ru) && be[p]|0x20 == ru[p]|0x20 {
		p++
	}
	if p == len(be) || p == len(ru) {
		return len(be)-p <= 2 && len(ru)-p <= 2
	}
	b, r := be[p]|0x20, ru[p]|0x20
	switch b {
	case 'z':
		return be[p-1]|0x20 == 'd'
	case 's':
		return be[p-1]|0x20 == 't'
	}
	return strings.IndexByte(beRuMayDiffer[b], r) >= 0
}

// beRuMayDiffer holds, for each letter of a Belarusian romanization that
// begins a correspondence (beRuStep) or an ending's difference
// (beRuEnds), the letters of the Russian one it can stand against.
var beRuMayDiffer = [256]string{
	'h': "g", 'a': "o", 'u': "v", 'e': "yi", 'j': "ye",
	'y': "ieo", 'i': "eyo", 'k': "x", 'c': "t", 't': "c",
}

// beRuFirst reports whether beRuAlign can read Belarusian first letter b
// against Russian first letter r: alike, h against g, a against o
// (akanne), u against v (у for в before a consonant), t against c and c
// against t (ц, ць written ts, c).
func beRuFirst(b, r byte) bool {
	return b == r || b == 'h' && r == 'g' || b == 'a' && r == 'o' || b == 'u' && r == 'v' ||
		b == 't' && r == 'c' || b == 'c' && r == 't' // ц as ts and as c (Tselikavets, Celikovec)
}

// beRuEnds holds the endings -ы, -ый, -і, -ій of Belarusian's romanization
// and -ий, -ый, -ой, -ей of Russian's: a Belarusian word ending in one of
// be and a Russian word ending in one of ru, after the same letters, end
// alike.
var beRuEnds = struct{ be, ru []string }{
	be: []string{"y", "yi", "yy", "yj", "i", "ii", "iy", "ij"},
	ru: []string{"iy", "yy", "y", "i", "ii", "ij", "yi", "oy", "ey", "ei"},
}

// beRuAlign reports whether be[i:] and ru[j:] spell one Cyrillic form by
// the two conventions; used sums the correspondences' costs (beRuStep),
// and a reading needs 2.
func beRuAlign(be, ru []byte, i, j int, used int) bool {
	if i == len(be) && j == len(ru) {
		return used >= 2
	}
	if i < len(be) && j < len(ru) && be[i] == ru[j] && beRuAlign(be, ru, i+1, j+1, used) {
		return true
	}
	if i > 1 && len(be)-i <= 2 && !isVowelY(be[i-1]) && beRuEndsAlike(be[i:], ru[j:]) {
		cost := 1
		if be[i-2] == 's' && be[i-1] == 'k' {
			cost = 2 // -скі, -ski; -ский, -skiy
		}
		if used+cost >= 2 {
			return true
		}
	}
	for k := 0; k < beRuStepKinds && i < len(be) && beRuStarts[be[i]]; k++ {
		if n, m, cost := beRuStep(be, ru, i, j, k); n > 0 && beRuAlign(be, ru, i+n, j+m, used+cost) {
			return true
		}
	}
	return false
}

// beRuStarts marks the letters that begin a correspondence of beRuStep.
var beRuStarts = [256]bool{'h': true, 'a': true, 'u': true, 'y': true, 'i': true, 'e': true, 'd': true, 't': true, 'k': true, 'j': true, 'c': true}

// beRuEndsAlike reports whether be and ru are endings of beRuEnds, written
// differently.
func beRuEndsAlike(be, ru []byte) bool {
	if string(be) == string(ru) {
		return false
	}
	return inStrings(beRuEnds.be, be) && inStrings(beRuEnds.ru, ru)
}

// inStrings reports whether w is one of list.
func inStrings(list []string, w []byte) bool {
	for _, e := range list {
		if string(w) == e {
			return true
		}
	}
	return false
}

// beRuStepKinds is how many kinds of step beRuStep tries at one place.
const beRuStepKinds = 3

// beRuStep returns how many letters of be from i (n) and of ru from j (m)
// spell one Cyrillic letter by the Belarusian and the Russian convention
// by a correspondence of kind k (0 one letter against one, 1 two against
// one, 2 one or two against two), and its cost for beRuAlign's used; n 0
// when there is none of that kind there.
func beRuStep(be, ru []byte, i, j, k int) (n, m, cost int) {
	if i >= len(be) || j >= len(ru) {
		return 0, 0, 0
	}
	b, r := be[i], ru[j]
	afterCons := i > 0 && !isVowelY(be[i-1])
	next := byte(0)
	if i+1 < len(be) {
		next = be[i+1]
	}
	switch k {
	case 0:
		switch {
		case hForG(be, ru, i, j):
			return 1, 1, min(i+1, 2)
		case b == 'a' && r == 'o':
			return 1, 1, akanneCost(be, i) // akanne
		case b == 'u' && r == 'v' && (next == 0 || !isVowelY(next)) && (i == 0 || isVowel(be[i-1])):
			return 1, 1, 2 // ў after a vowel, у at the start, for в
		case b == 'y' && r == 'i' && beHard(be, i):
			return 1, 1, 2 // ы after a hard consonant
		case b == 'i' && r == 'y' && i > 0 && isVowel(be[i-1]) && (next == 0 || !isVowelY(next)):
			return 1, 1, 1 // й after a vowel
		case b == 'c' && r == 't' && next != 'h' && next != 'z' && beSoftAfter(be, i+1) && (j+1 == len(ru) || ru[j+1] != 's'):
			return 1, 1, 1 // tsekanne in Łacinka's letters: ць, ci (Arciom, Artem); worth 1, Macias is no Matias
		}
	case 1:
		switch {
		case b == 'i' && (next == 'a' || next == 'e' || next == 'o') && r == 'e' && afterCons && i+2 < len(be):
			return 2, 1, 2 // я (yakanne), е, ё after a consonant
		case b == 'd' && next == 'z' && r == 'd' && beSoftAfter(be, i+2) && (j+1 == len(ru) || ru[j+1] != 'z'):
			return 2, 1, 2 // dzekanne
		case b == 't' && next == 's' && r == 't' && beSoftAfter(be, i+2) && (j+1 == len(ru) || ru[j+1] != 's'):
			return 2, 1, 2 // tsekanne
		case b == 'k' && next == 's' && r == 'x':
			return 2, 1, 0 // кс, ks against English x (beru_names.go: Aliaksei, Alexei)
		case (b == 'j' || b == 'y') && next == 'e' && r == 'e' && i > 0 && isVowel(be[i-1]):
			return 2, 1, 0 // е after a vowel, je or ye against e (beru_names.go: Siarhejevich, Sergeevich)
		case b == 't' && next == 's' && r == 'c' && (j+1 == len(ru) || ru[j+1] != 'h' && ru[j+1] != 'z'):
			return 2, 1, 1 // ц, ts against the c of Polish-style and Łacinka spellings (Tselikavets, Celikovec)
		}
	case 2:
		if j+1 >= len(ru) {
			return 0, 0, 0
		}
		switch {
		case b == 'i' && afterCons && r == 'y' && (next == 'a' || next == 'u' || next == 'o') && ru[j+1] == next:
			return 2, 2, 2 // я, ю, ё after a consonant: ia, iu, io against ya, yu, yo
		case b == 'e' && r == 'y' && ru[j+1] == 'e' && i > 0 && isVowel(be[i-1]):
			return 1, 2, 2 // е after a vowel: e against ye
		case b == 'c' && next != 'h' && next != 'z' && r == 't' && ru[j+1] == 's':
			return 1, 2, 1 // ц, Łacinka's c against ts (Kacuba, Katsuba)
		case b == 'e' && (r == 'i' || r == 'y') && ru[j+1] == 'e' && afterDzTs(be, i):
			return 1, 2, 0 // дзе, цзе against дье, тье: BGN's e after dz, ts against ie, ye (Arkadzeuna, Arkadievna)
		}
	}
	return 0, 0, 0
}

// beHard reports whether the letter before be[i] is one that Belarusian
// writes hard, so that и after it is ы (y): р, ж, ш, ч, ц (r, zh, sh, ch,
// ts).
func beHard(be []byte, i int) bool {
	if i < 1 {
		return false
	}
	switch p := be[i-1]; {
	case p == 'r' || p == 'c':
		return true // р; ц in Łacinka's c
	case p == 'h':
		return i >= 2 && strings.IndexByte("zsc", be[i-2]) >= 0
	case p == 's':
		return i >= 2 && be[i-2] == 't'
	}
	return false
}

// beSoftAfter reports whether be from i softens the д or т before it: a
// soft vowel i (і, я, е, ё, ю: i, ia, ie, io, iu), BGN/PCGN's e for е
// after a consonant (Arkadzeuna; дэ, тэ stay hard and are written d, t),
// or a consonant and an i (Дзмітрый, Dzmitry).
func beSoftAfter(be []byte, i int) bool {
	if i < len(be) && (be[i] == 'i' || be[i] == 'e') {
		return true
	}
	return i+1 < len(be) && !isVowelY(be[i]) && be[i+1] == 'i'
}

// afterDzTs reports whether be[i] follows dz, ts or Łacinka's c, the
// letters of a д or т that dzekanne and tsekanne softened.
func afterDzTs(be []byte, i int) bool {
	return i >= 1 && be[i-1] == 'c' || i >= 2 && (be[i-1] == 'z' && be[i-2] == 'd' || be[i-1] == 's' && be[i-2] == 't')
}

// akanneCost is the cost of an a in be at i read against a Russian o:
// 2 in the patronymic's suffix -авіч, -avich (-ович, never stressed), 1
// elsewhere, where an a against an o alone is as often two names (Kazin,
// Kozin; Basra, Bosra; Elma, Elmo) and a reading needs another
// correspondence of Belarusian's.
func akanneCost(be []byte, i int) int {
	if string(be[i+1:]) == "vich" {
		return 2
	}
	return 1
}
