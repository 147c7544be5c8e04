package normalize

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Comparing a name written in an abjad (Arabic, Persian, Hebrew) with a
// name in Latin letters. Both are reduced to consonant skeletons (see
// [Skeleton]) and compared by a weighted edit distance whose costs know what
// the abjad's letters cannot tell apart, so that a Latin distinction the
// script does not make costs little:
//
//   - Hebrew writes b and v with one letter (ב), p and f with one (פ), k and
//     kh with one (כ); its tsade (צ) is the ts of "Schulz" and the z of
//     "Zvi"; its kaf and het are the ch of "Zecharia" and "Chaim".
//   - Hebrew kaf inside a word is kh (it is k only at the start, and
//     foreign k is written qof); the geresh marks j, zh (French j) and ch.
//   - Arabic has no p, v or hard g: foreign names write ب for p, ف for v, ج
//     (and غ) for g ("Patrik" باتريك, "Giovani" جيوفاني); Egyptian Arabic
//     says g for ج. It writes ch as tsh (تش).
//   - Both write the English glide w, and the j of German and Scandinavian
//     names, with their vowel letters (waw, yod/yeh), which a skeleton
//     drops: a Latin v (w) or j costs little to leave out.
//   - The Arabic article ال may stand before a name whose Latin form has no
//     "al-" ("الفتاح", "Fattah") and the other way round: the names are also
//     compared with their articles left out, and the better score counts.
//
// Other consonant pairs cost what [consonantCost] says; a Hebrew name is
// never close to a name that differs in a consonant both scripts write
// (Miller/Millet: מילר, "Millet" differ in r/t at full cost).

// crossCosts are the substitution and insertion/deletion costs of one
// script's comparison with Latin, for the ASCII symbols of skeletons.
type crossCosts struct {
	sub      [128][128]float64
	indel    [128]float64 // of a letter of the abjad name's skeleton
	latIndel [128]float64 // of a letter of the Latin name's skeleton
}

// Symbols of cross-script skeletons besides those of [symbols]: ts, one
// Hebrew letter (צ), is one symbol.
const symTs = 'c'

func newCrossCosts(near map[[2]rune]float64, cheapIndel map[rune]float64) *crossCosts {
	c := new(crossCosts)
	t := subTable()
	for a := range rune(128) {
		for b := range rune(128) {
			c.sub[a][b] = t.at(a, b)
		}
		c.indel[a] = indelCost(a)
		c.latIndel[a] = indelCost(a)
	}
	// ts is t and s: near s, z (tsade) and ch (the ts of "Tsipras" is
	// not a ch, but Latin copies write tz, ts and z for tsade).
	c.sub[symTs]['s'], c.sub['s'][symTs] = 0.6, 0.6
	c.sub[symTs]['t'], c.sub['t'][symTs] = 0.7, 0.7
	for p, v := range near {
		c.sub[p[0]][p[1]], c.sub[p[1]][p[0]] = v, v
	}
	for r, v := range cheapIndel {
		c.latIndel[r] = v
	}
	return c
}

// The tables are built on first use, not at every command's start-up.
var (
	hebrewCross = sync.OnceValue(func() *crossCosts {
		return newCrossCosts(map[[2]rune]float64{
			{'b', 'v'}: 0.1, {'p', 'f'}: 0.1, {'k', symKh}: 0.2, {symCh, symKh}: 0.2,
			{symCh, 'k'}: 0.5, {symTs, 'z'}: 0.3, {symTs, symCh}: 0.5, {'j', 'g'}: 0.2,
			{symSh, 's'}: 0.3, {symZh, 'j'}: 0.2,
		}, map[rune]float64{'v': 0.35, 'j': 0.4})
	})
	arabicCross = sync.OnceValue(func() *crossCosts {
		c := newCrossCosts(map[[2]rune]float64{
			{'b', 'p'}: 0.1, {'f', 'v'}: 0.1, {'j', 'g'}: 0.2, {symCh, symSh}: 0.5,
		}, map[rune]float64{'v': 0.35, 'j': 0.4})
		// A waw read as v (after a long a) may be written as the vowel
		// in Latin: Kavus, Kaus.
		c.indel['v'] = 0.35
		return c
	})
)

// crossSim compares the skeleton of abjad-script name abj (its words' keys,
// joined) with that of Latin-script name lat: 1 - weighted edit distance /
// length of the longer. hebrew tells which script abj is written in.
func (s *simState) crossSim(abj, lat string, hebrew bool) float64 {
	costs := arabicCross()
	if hebrew {
		costs = hebrewCross()
	}
	s.sa, s.saOf = crossSymbols(s.sa[:0], crossSkeleton(abj), hebrew), ""
	s.sb = crossSymbols(s.sb[:0], crossSkeleton(lat), hebrew)
	a, b := s.sa, s.sb
	if sim, empty := emptySim(a, b); empty {
		return sim
	}
	n := len(b)
	pre, row := s.editRows(n)
	cost := func(r rune) float64 { // a letter of a
		if r < 128 {
			return costs.indel[r]
		}
		return 1
	}
	latCost := func(r rune) float64 { // a letter of b
		if r < 128 {
			return costs.latIndel[r]
		}
		return 1
	}
	sub := func(x, y rune) float64 {
		if x < 128 && y < 128 {
			return costs.sub[x][y]
		}
		return subCostSlow(x, y) // x or y not ASCII
	}
	pre[0] = 0
	for j := 1; j <= n; j++ {
		pre[j] = pre[j-1] + latCost(b[j-1])
	}
	for i := 1; i <= len(a); i++ {
		da := cost(a[i-1])
		row[0] = pre[0] + da
		for j := 1; j <= n; j++ {
			row[j] = min(pre[j-1]+sub(a[i-1], b[j-1]), pre[j]+da, row[j-1]+latCost(b[j-1]))
		}
		pre, row = row, pre
	}
	d := pre[n]
	s.pre, s.row = pre, row
	return max(0, 1-d/float64(max(len(a), len(b))))
}

// crossSkeleton is [skeletonOf] with g kept apart from k: the costs above
// say how near they are (g is what Arabic jim and Hebrew gimel-geresh are
// not always: "George" is ג'ורג', "Girard" جيرارد).
func crossSkeleton(k string) string {
	b := make([]byte, 0, len(k))
	var last byte
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == last && c < 0x80 {
			continue
		}
		b = append(b, c)
		last = c
	}
	return string(b)
}

// crossSymbols is [symbols] for cross-script skeletons: tsh is ch, and in
// Hebrew comparisons ts is one letter.
func crossSymbols(out []rune, k string, hebrew bool) []rune {
	start := len(out)
	out = symbols(out, k)
	w := start
	for i := start; i < len(out); i++ {
		r := out[i]
		if r == 't' && i+1 < len(out) {
			switch {
			case out[i+1] == symSh:
				r = symCh
				i++
			case hebrew && out[i+1] == 's':
				r = symTs
				i++
			}
		}
		out[w] = r
		w++
	}
	return out[:w]
}

// crossScriptSim is the similarity of two names of which exactly one (a
// when aAbjad) is written in an abjad; full are the joined keys of all
// words but titles, toks those of the words without titles and particles.
func (s *simState) crossScriptSim(a, b string, aAbjad bool) float64 {
	abjName, abjFull, abjToks := a, string(s.fullA), s.ta
	latFull, latToks := string(s.fullB), s.tb
	if !aAbjad {
		abjName, abjFull, abjToks = b, string(s.fullB), s.tb
		latFull, latToks = string(s.fullA), s.ta
	}
	hebrew := strings.ContainsFunc(abjName, isHebrewScript)
	score := s.crossSim(abjFull, latFull, hebrew)
	if !hebrew && score < SameThreshold && strings.IndexByte(abjFull, 'j') >= 0 {
		// Jim is the j of every romanization of Arabic and Persian
		// (BGN/PCGN, ALA-LC, UN), but a Latin key writes j before a vowel
		// inside a word as y, the j of German and Slavic spellings, and a
		// skeleton drops y ("Arjomand" aryumand, ارجمند arjmnd): when the
		// Latin name has a j, jim is compared as that y too.
		latName := b
		if !aAbjad {
			latName = a
		}
		if strings.ContainsAny(latName, "jJ") {
			score = max(score, s.crossSim(strings.ReplaceAll(abjFull, "j", "y"), latFull, false))
		}
	}
	if !hebrew && score < SameThreshold {
		if alt, ok := hehVowelled(abjName); ok {
			score = max(score, s.crossSim(Key(alt), latFull, false))
		}
	}
	if !hebrew && score < SameThreshold {
		// The Arabic article, written on one side only.
		var stripped strings.Builder
		for _, w := range abjToks {
			if len(w) > 4 && strings.HasPrefix(w, "al") {
				w = w[2:]
			}
			stripped.WriteString(w)
		}
		score = max(score, s.crossSim(stripped.String(), strings.Join(latToks, ""), false))
	}
	return min(crossScriptCap, score)
}

// hehVowelled returns name with an alef written between a consonant letter
// and a heh that follows it inside a word ("پهلوی" as "پاهلوی"), and
// whether there was such a heh. Persian and Arabic words begin no syllable
// with two consonants, so the heh after a consonant mostly follows a short
// vowel the script leaves out (Pahlavi, Dehghan, Gohar), while
// transliterated letter by letter the pair reads as a Latin digraph (ph is
// f, dh is d, gh is g) and the h is lost; ALA-LC writes a prime between
// such letters for that reason. The vowel read here keeps the h apart; the
// other reading (Adham, ادهم, where d ends a syllable) is the name's Key.
func hehVowelled(name string) (string, bool) {
	var b []byte
	var prev rune
	start := 0
	for i, r := range name {
		if r == 'ه' && prev != 0 && !arabicVowelLetter(prev) && prev != 'و' && prev != 'ی' && prev != 'ي' && prev != 'ه' && prev >= 0x0620 && prev <= 0x06FF {
			if next, _ := utf8.DecodeRuneInString(name[i+len("ه"):]); next >= 0x0620 && next <= 0x06FF {
				b = append(b, name[start:i]...)
				b = append(b, "اه"...)
				start = i + len("ه")
			}
		}
		if r == ' ' || r == 0x200C || r == '-' {
			prev = 0
		} else {
			prev = r
		}
	}
	if b == nil {
		return name, false
	}
	return string(append(b, name[start:]...)), true
}
