package normalize

// A word judged different on its own is not outvoted by the words two
// names share (issue 11, branch rukin: "weigh where the difference is").
//
// tokenScore scores a name of several words as its worst pair of words,
// lifted by worstWordShare of the mean of all of them, so that two
// spellings of a name whose every word is near stay one name. The lift
// also carries over the threshold a pair of words that is a different
// name on its own: two persons who share a given name, and a patronymic,
// and whose surnames are a letter apart (Oleg Tarasov, Oleg Taranov;
// Tarasov and Taranov 0.857 alone, the pair 0.873). The shared words are
// what tells least: a frequent given name is shared by thousands of
// persons, and the surname is what names the family. So when exactly one
// pair of words of two names of as many words is under the threshold and
// the others lift it over, the matcher scores that pair alone, through
// every stage, and when it is still under the threshold (no spelling
// convention reads one word as the other) the names score no more than it
// does. So too when the other pairs that differ are spellings of one word
// (the given names Aleksandr and Alexander, Yevgeny and Evgeni) and one
// pair of family names is near alone but two families by a cap (Lomakin,
// Lomatkin; Bukin, Bykin: keysOneApart, slavicApart): the given name
// written two ways tells no more than one written alike. So too when the
// names differ in one pair of words only, which
// tokenScore raises over the threshold by a reading it grants the words of
// longer names only (shortVowelsOnly, made for Arabic: Rozhkov, Ryzhkov as
// o against y). A pair that a reading or the distance joins alone
// (Vorobyev, Vorobyov: ё written e or yo) keeps its lifted score.
//
// The rule reads family names only, known by a Slavic surname suffix
// (familySuffix): a word scored alone loses what the name around it reads
// (a Wade-Giles or Korean syllable among others, an Arabic article), and
// on the development set every pair the rule would have parted without
// that condition was one name in another spelling (Liu Biao, Liu Piao;
// Qasim al-Raymi, Qasim al-Rami).
//
// Cost: tokenScore reads its matched pairs again only for names it scores
// over the threshold and not the same; capsStage asks the keys' last
// letters (familyKeyEnd) before it looks for the written words, and
// scores a pair alone only for two family names (BENCHMARKS.md, branch
// rukin: 0.8% more instructions on names match of 100,000 pairs).

// familySuffix reports whether word w, ASCII letters (and apostrophes:
// Afanas'yev) of five or more, ends in a suffix of East (and West and
// South) Slavic family names as English romanisations write them: the
// possessive -ov, -ev, -in, -yn (Ivanov, Sergeev, Nikitin, Borodin) and
// their feminine in -a, the adjective -sky, -skiy, -skii, -skyi, -skyy,
// -skaya, -skaia (Vysotskiy, Vysotskaya), the Ukrainian -enko and -chuk,
// -yuk, -iuk, the patronymic -vich, -vych as a surname (Markevich), and the
// Siberian genitive -ikh, -ykh (Chernykh). The stem before the suffix is
// what tells one family from another; a given name beside it is one of a
// few hundred that millions share.
func familySuffix(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if c >= 'a' && c <= 'z' && w[i] >= 'A' {
			n++
		} else if w[i] != '\'' {
			return false
		}
	}
	if n < 5 {
		return false
	}
	end := func(s string) bool { // w ends in s, case aside
		return len(w) >= len(s) && asciiFoldEqual(w[len(w)-len(s):], s)
	}
	switch w[len(w)-1] | 0x20 {
	case 'v':
		return end("ov") || end("ev")
	case 'a':
		return end("ova") || end("eva") || end("ina") && afterConsonant(w, 3) || end("yna") || end("skaya") || end("skaia")
	case 'n':
		return end("in") && afterConsonant(w, 2) || end("yn")
	case 'y':
		return end("sky") || end("skyy")
	case 'i':
		return end("skii") || end("skyi")
	case 'o':
		return end("enko")
	case 'k':
		return end("chuk") || end("yuk") || end("iuk")
	case 'h':
		return end("vich") || end("vych") || end("ikh") || end("ykh")
	}
	return false
}

// afterConsonant reports whether the letter before the last n of w is a
// consonant or y (Nikitin, Ilyin): the Russian -in follows the stem's
// consonant, where the Japanese -in of a temple's name (院) follows a
// syllable's vowel (Byodoin, Raigoin).
func afterConsonant(w string, n int) bool {
	c := w[len(w)-n-1] | 0x20
	return c >= 'a' && c <= 'z' && !isVowel(c)
}

// asciiFoldEqual reports whether x, ASCII letters, is s, lowercase, with
// case aside.
func asciiFoldEqual(x, s string) bool {
	for i := 0; i < len(s); i++ {
		if x[i]|0x20 != s[i] {
			return false
		}
	}
	return true
}

// familyKeyEnd reports whether the prepared word k can be the key of a
// family name (familySuffix) by its last two letters: keys fold o to u or
// a and y to i (Ivanov ivanuv, Ivanova ivanuva, Vysotsky visutski,
// Shevchenko shevchenku, Vysotskaya visutskaya). It spares the look for the
// written word of most other pairs.
func familyKeyEnd(k string) bool {
	n := len(k)
	if n < 4 {
		return false
	}
	c := k[n-2]
	switch k[n-1] {
	case 'v':
		return true // -ov, -ev
	case 'a':
		return c == 'v' || c == 'n' || c == 'y' || c == 'i' // -ova, -eva, -ina, -yna, -skaya, -skaia
	case 'n':
		return c == 'i' || c == 'e' // -in, -yn
	case 'i':
		return c == 'k' // -sky and its spellings
	case 'u':
		return c == 'k' // -enko
	case 'k':
		return c == 'u' // -chuk, -yuk, -iuk
	case 'h':
		return c == 'c' || c == 'k' // -vich, -vych, -ikh, -ykh
	}
	return false
}

// outvoted sets s.outA and s.outB to the words of a and b, matched as
// pairOf says with the scores sims, of the one matched pair under the
// threshold, or else of the one matched pair not the same, or of the one
// pair of family names (familyKeyEnd) among pairs not the same, if there
// is one and its words alone (wordSim) are under the threshold or one
// letter apart as keys (keysOneApart).
func (s *simState) outvoted(a, b []string, sims *[maxTokensCompared][maxTokensCompared]float64, pairOf []int8) {
	low, diff, lowI, diffI := 0, 0, 0, 0
	for i, j := range pairOf {
		if v := sims[i][j]; v < 1 {
			diff, diffI = diff+1, i
			if v < SameThreshold {
				low, lowI = low+1, i
			}
		}
	}
	switch {
	case low == 1:
		s.outA, s.outB = a[lowI], b[pairOf[lowI]]
	case low == 0 && diff > 1:
		// Given names spelled two ways beside the family names: the one
		// pair of family names is read as in the case below.
		fam := -1
		for i, j := range pairOf {
			if sims[i][j] < 1 && familyKeyEnd(a[i]) && familyKeyEnd(b[j]) {
				if fam >= 0 {
					return
				}
				fam = i
			}
		}
		if fam < 0 {
			return
		}
		x, y := a[fam], b[pairOf[fam]]
		if near := s.wordSim(x, y) >= SameThreshold; !near || keysOneApart(x, y) {
			s.outA, s.outB, s.outNear = x, y, near
		}
	case low == 0 && diff == 1:
		// A pair over the threshold only by what tokenScore grants words
		// of a longer name (shortVowelsOnly: Rozhkov, Ryzhkov as o against
		// y in an Arabic name): a family name's pair is scored alone.
		// And a pair of family names that are near alone too, for
		// slavicApart to read as the names write them (slavicapart.go:
		// Sergey Kudin, Sergey Kuzin).
		x, y := a[diffI], b[pairOf[diffI]]
		if familyKeyEnd(x) && familyKeyEnd(y) {
			if near := s.wordSim(x, y) >= SameThreshold; !near || keysOneApart(x, y) {
				s.outA, s.outB, s.outNear = x, y, near
			}
		}
	}
}

// outvotedScore returns score, or the score of p's outvoted pair of words
// alone (p.outA, p.outB, as the names write them) when that is lower and
// under the threshold and both words are family names by their suffix
// (familySuffix): other words scored alone lose what the name around
// them reads (a Wade-Giles or Korean syllable among others, an Arabic
// article), and their names keep the lift.
func outvotedScore(p *pairSim, score float64) float64 {
	if !familyKeyEnd(p.outA) || !familyKeyEnd(p.outB) {
		return score
	}
	a, b := p.names()
	x, y := writtenWord(a, p.outA), writtenWord(b, p.outB)
	if x == "" || y == "" || x == a && y == b {
		// no family name, or a and b are one word each, which prepare
		// split (Kara-ool): scoring them alone is the score we have
		return score
	}
	if hepburnIn(x, y) {
		return score // slavicapart.go: Japanese words in -in: Jinshin, Junshin
	}
	if p.outNear {
		// near alone: only the conventions' reading parts them, which
		// wordAlone would ask at the same cost and more
		if slavicApart(x, y) && !slavicSpellingApart(x, y) { // beru_names.go: Paulovich, Pavlovich
			return min(score, endingScore)
		}
		return score
	}
	alone := wordAlone(x, y)
	if alone < SameThreshold {
		return min(score, alone)
	}
	return score
}

// writtenWord returns the word of name that is a family name
// (familySuffix) and whose prepared form is w, as name writes it, or "".
// The suffix is asked first: a word without one costs no key.
func writtenWord(name, w string) string {
	var kb keyBuilder
	for start, end := range tokens(name) {
		if !slavicFamily(name[start:end]) { // slavicapart.go: and -ko, Yushko
			continue
		}
		if ws := kb.words(name[start:end]); len(ws) == 1 && ws[0] == w {
			return name[start:end]
		}
	}
	return ""
}

// wordAlone is similarityWith(x, y, nil), set by init: simStages, through
// capsStage, call it, and a variable's initializer cannot refer to itself.
var wordAlone func(x, y string) float64

func init() { wordAlone = func(x, y string) float64 { return similarityOn(nil, x, y, nil) } }
