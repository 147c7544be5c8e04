package normalize

import "strings"

// Wade-Giles printed without its apostrophes. Newspapers, library
// catalogues of the typewriter age and most English books before 1979
// dropped the aspiration mark: Ts'ao Hsüeh-ch'in is printed "Tsao
// Hsueh-chin", Ch'ien Ch'i-ch'en "Chien Chi-chen". Read by the table, an
// unmarked initial is the plain one (ts is Pinyin z, ch is j or zh, p is b,
// t is d, k is g), so "Tsao" reads Zao and the name misses Cao Xueqin,
// though the printed form is as often the aspirated one (c, q or ch, p, t,
// k). Which it is, only the other name can tell: wgBareAgainst reads each
// syllable either way and keeps the reading the other name has.

// wgAspirable reports whether the Wade-Giles initial ini is one that an
// apostrophe would make aspirated.
func wgAspirable(ini string) bool {
	switch ini {
	case "ch", "ts", "tz", "k", "p", "t":
		return true
	}
	return false
}

// wgAspirated returns the Pinyin of the Wade-Giles syllable s (lower case,
// ü written v) read with its initial aspirated, as if an apostrophe
// followed it, and whether its initial is one an apostrophe aspirates.
func wgAspirated(s string) (string, bool) {
	k, ok := wgSplit(s)
	if !ok || !wgAspirable(s[:k]) {
		return "", false
	}
	return wgSyllable(s[:k] + "'" + s[k:])
}

// wgBareMaxSyllables bounds the syllables of a name wgBareAgainst reads (a
// word of k aspirable syllables has 2^k readings).
const wgBareMaxSyllables = 8

// wgBareAgainst reads name, written in Wade-Giles without an apostrophe,
// against other, and returns its Pinyin with every syllable read the way
// other has it, and whether some syllable was read aspirated. other is
// Pinyin, one word a word of name ("Tsao Hsueh-chin" against "Cao Xueqin"
// is Cao Xueqin), or Han characters, one a syllable ("Tsao Pi" against
// 曹丕). Every word of name must read as a word of other one way or the
// other, so the choice is the other name's evidence for the whole name,
// never for a part ("Chien Chi-chen" against "Qian Qicheng" is not read).
// evident says that wadeGilesStage read name as Wade-Giles (by a hyphen,
// a syllable Pinyin does not write, or two words read as other's); a name
// of Pinyin syllables alone is not read so: "Chang Chi" is Zhang Ji by
// the table and not also Zhang Qi, as "Chang Hua" is not Zhang Hua. Han
// characters are evidence enough for any name of syllables, as in
// wadeGilesAgainstHan: "Chin Mu" against 秦牧 is Qin Mu.
func wgBareAgainst(name, other string, evident bool) (string, bool) {
	han := hanLead(other)
	if !evident && !han || strings.ContainsAny(name, "'’‘ʻ") {
		return name, false // apostrophes in use: an unmarked initial is plain
	}
	words := strings.Fields(name)
	syl := make([][]string, len(words)) // each word's syllables, lower case
	total := 0
	for i, w := range words {
		lw := strings.ToLower(wgReplacer.Replace(w))
		for part := range strings.SplitSeq(lw, "-") {
			if _, ok := wgSplit(part); !ok {
				return name, false
			}
			syl[i] = append(syl[i], part)
			total++
		}
	}
	if total > wgBareMaxSyllables {
		return name, false
	}
	if han {
		return wgBareAgainstHan(words, syl, total, other)
	}
	others := strings.Fields(strings.ToLower(other))
	aspirated := false
	for i := range words {
		read, asp, found := wgWordAgainst(syl[i], others)
		if !found {
			return name, false
		}
		aspirated = aspirated || asp
		words[i] = capitalized(read)
	}
	if !aspirated {
		return name, false
	}
	return strings.Join(words, " "), true
}

// wgWordAgainst returns the reading of the syllables of one word that is a
// word of others, preferring the table's (no syllable aspirated) and then
// the fewest aspirated, whether a syllable of it is read aspirated, and
// whether one was found; none found, the table's reading.
func wgWordAgainst(syl []string, others []string) (read string, aspirated, found bool) {
	plain := make([]string, len(syl))
	asp := make([]string, len(syl))
	for j, s := range syl {
		plain[j], _ = wgSyllable(s)
		asp[j], _ = wgAspirated(s)
	}
	best, bestN := "", len(syl)+1
	parts := make([]string, len(syl))
	for mask := 0; mask < 1<<len(syl); mask++ {
		n := 0
		ok := true
		for j := range syl {
			parts[j] = plain[j]
			if mask&(1<<j) != 0 {
				if asp[j] == "" {
					ok = false
					break
				}
				parts[j] = asp[j]
				n++
			}
		}
		if !ok || n >= bestN {
			continue
		}
		r := strings.Join(parts, "")
		for _, o := range others {
			if o == r {
				best, bestN = r, n
				break
			}
		}
	}
	if bestN > len(syl) {
		return strings.Join(plain, ""), false, false
	}
	return best, bestN > 0, true
}

// wgBareAgainstHan is wgBareAgainst when other is Han characters: each
// syllable reads its character (its first reading, as Key writes it) by
// the table or aspirated; a syllable that reads its character neither way
// returns "", false.
func wgBareAgainstHan(words []string, syl [][]string, total int, other string) (string, bool) {
	var chars []string
	for _, r := range other {
		if r == ' ' || r == '·' || r == '・' {
			continue
		}
		if !isHan(r) || len(chars) == total {
			return "", false
		}
		chars = append(chars, PinyinSyllable(r))
	}
	if len(chars) != total {
		return "", false
	}
	k, aspirated := 0, false
	for i := range words {
		var b strings.Builder
		for _, s := range syl[i] {
			p, _ := wgSyllable(s)
			if p != chars[k] {
				a, ok := wgAspirated(s)
				if !ok || a != chars[k] {
					return "", false
				}
				p, aspirated = a, true
			}
			b.WriteString(p)
			k++
		}
		words[i] = capitalized(b.String())
	}
	if !aspirated {
		return "", false
	}
	return strings.Join(words, " "), true
}

// wgBarePair reads p's first name, then its second, by wgBareAgainst
// against the other (its Wade-Giles reading if it has one), when
// wadeGilesStage read it as Wade-Giles (p.okA, p.okB), and returns the
// similarity of the reading, and whether one was made; a name of syllables
// alone (plainA, plainB: wgPlainName's) is read against Han characters too.
func wgBarePair(s *simState, p *pairSim, plainA, plainB bool) (float64, bool) {
	try := func(name, other string, ok, plain bool) (float64, bool) {
		if !ok && !(plain && hanLead(other)) {
			return 0, false // not read as Wade-Giles: the cheap test
		}
		r, read := wgBareAgainst(name, other, ok)
		if !read {
			return 0, false
		}
		s.g = nil
		return s.similarity(r, other), true
	}
	ob := p.b
	if p.okB {
		ob = p.pb
	}
	if sc, ok := try(p.a, ob, p.okA, plainA); ok {
		return sc, true
	}
	oa := p.a
	if p.okA {
		oa = p.pa
	}
	return try(p.b, oa, p.okB, plainB)
}

// hanLead reports whether s begins with a byte that leads a character of
// U+3000..U+9FFF, where the Han characters of names are.
func hanLead(s string) bool { return s != "" && s[0] >= 0xE3 && s[0] <= 0xE9 }
