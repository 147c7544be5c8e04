package normalize

import (
	_ "embed"
	"iter"
	"slices"
	"strings"
	"sync"
)

// Cantonese and Hokkien spellings of Chinese names. Hong Kong, Macau and
// much of the diaspora write a Chinese name as Cantonese says it, in the
// Hong Kong government's romanization (張國榮 Cheung Kwok-wing, 陳 Chan,
// 周 Chow, 謝 Tse); Singapore and Malaysia often as Hokkien or Teochew says
// it (陳 Tan, 林 Lim, 吳 Goh, 王 Ong); mainland sources write the same
// characters in Pinyin (Zhang Guorong, Chen, Zhou, Xie). Letter by letter
// the two are far apart (Chow, Zhou 0.38; Tse, Xie 0.37), and no spelling
// rule turns one into the other: the characters link them. So the reading
// goes through two tables that testdata/bench/canto_table.py writes from
// the characters' readings (rime-cantonese's Jyutping, CC-CEDICT's
// Pinyin):
//
//   - canto_surnames.tsv: the common one-character surnames, with their
//     Pinyin surname readings, their Cantonese spellings (each Jyutping
//     reading in the Hong Kong government's letters) and their Hokkien and
//     Teochew spellings (a public surname table's Singapore and Malaysia
//     columns);
//   - canto_syllables.tsv: each Cantonese syllable (Hong Kong spelling) and
//     the Pinyin of the characters read so that a name may use (those of
//     CC-CEDICT persons' given names and the common ones), so that tai is
//     not read as zhi for the rare 胝 and two persons of one surname are not
//     one name through such a character (Chan Tai-man / Chen Zhimin).
//
// cantoAgainst reads a name whose first word is a surname spelling of the
// table against a Pinyin name whose first word is a Pinyin reading of the
// same surname, and the given name's syllables (hyphenated, as Hong Kong
// writes them: Kwok-wing, or apart: Wai Man) one by one against the
// Pinyin given name's, each read when one character has both readings
// (kwok: 郭 國 guo; wing: 榮 rong). Hokkien given names have no table
// of their own: a syllable is read by the Cantonese one where the two
// spell it alike, else left as written (Goh Chok-tong: chok 作 zuo, tong
// as written, against Wu Zuodong). The name so read is scored
// against the other as Wade-Giles readings are, less a convention's cost.
//
// What it leaves: a name with a word that is no Chinese syllable (John Law
// is no 劉 Liu Law) or is one letter, an initial (Chan O is no Chen Tuo,
// though Cantonese o reads tuo); a name whose surname spelling is Pinyin
// too and all of whose words are Pinyin, with no hyphen (Tan Wei, Chen
// Wei: Pinyin Tan is 譚, and two Pinyin names differing in one word are a
// minimal pair as often as one name, as wadeGilesAgainst says; Chou alone
// is Pinyin chou or Wade-Giles Zhou); a name whose given name is hyphenated, of Pinyin
// syllables none of which reads as another, whatever its surname (Wang
// Wei-ming, Yuan Weiming; Tseng Wei-ming, Zheng Weiming: Taiwan's
// Wade-Giles hyphenates Pinyin syllables too, and its 王 Wang, 曾 Tseng
// are the table's Hokkien 袁, Cantonese 鄭); and a Hokkien spelling alone,
// with no given name (the table's Singapore and Malaysia columns mix
// dialects: Hiang is Hokkien 香 Xiang, and a Somali reading of Xiang too).

//go:embed canto_surnames.tsv
var cantoSurnamesTSV string

//go:embed canto_syllables.tsv
var cantoSyllablesTSV string

// cantoTable is canto_surnames.tsv, read once.
type cantoTable struct {
	sur    map[string][]string // a surname spelling (Cantonese, Hokkien) -> the Pinyin surnames it spells
	known  map[string]bool     // the surname spellings
	hk     map[string][]string // a Cantonese (Hong Kong) surname spelling -> the Pinyin surnames it spells
	pinSur map[string]bool     // the Pinyin surnames of the table
}

// cantoLead holds a bit for each pair of the first two letters (lower
// case, a-z) of a surname spelling of canto_surnames.tsv and of a Pinyin
// surname it spells (cantoLeadBit): cantoStart's byte test. It is built
// from the file on first use, as the tables are.
var cantoLead = newLazy(func() *[(26*26*26*26 + 63) / 64]uint64 {
	var lead [(26*26*26*26 + 63) / 64]uint64
	for f := range cantoSurnameRows() {
		for _, col := range f[3:5] {
			for sp := range strings.SplitSeq(col, ",") {
				for py := range strings.SplitSeq(f[2], ",") {
					if len(sp) >= 2 && len(py) >= 2 {
						i := cantoLeadBit(sp[0]-'a', sp[1]-'a', py[0]-'a', py[1]-'a')
						lead[i/64] |= 1 << (i % 64)
					}
				}
			}
		}
	}
	return &lead
})

// cantoLeadBit is the bit of cantoLead of the letters c0 c1 of a spelling
// and o0 o1 of its Pinyin, each 0 to 25.
func cantoLeadBit(c0, c1, o0, o1 byte) int {
	return ((int(c0)*26+int(c1))*26+int(o0))*26 + int(o1)
}

// cantoSurnameRows yields the fields of each row of canto_surnames.tsv:
// traditional, simplified, Pinyin, Cantonese and Hokkien spellings (the
// last three comma-separated lists).
func cantoSurnameRows() iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		for line := range strings.Lines(cantoSurnamesTSV) {
			if strings.HasPrefix(line, "#") {
				continue
			}
			if f := strings.Split(strings.TrimSuffix(line, "\n"), "\t"); len(f) >= 5 && !yield(f) {
				return
			}
		}
	}
}

// cantoTables returns the surname table, built on first use, by the
// first pair that passes cantoLead's test (cantoSyllableTable builds the
// syllables' by the first that cantoAgainst reads).
var cantoTables = sync.OnceValue(func() *cantoTable {
	t := &cantoTable{sur: map[string][]string{}, known: map[string]bool{}, hk: map[string][]string{}, pinSur: map[string]bool{}}
	for f := range cantoSurnameRows() {
		pys := strings.Split(f[2], ",")
		for _, py := range pys {
			t.pinSur[py] = true
		}
		for c, col := range f[3:5] {
			for sp := range strings.SplitSeq(col, ",") {
				if sp == "" {
					continue
				}
				t.known[sp] = true
				for _, py := range pys {
					if !slices.Contains(t.sur[sp], py) {
						t.sur[sp] = append(t.sur[sp], py)
					}
					if c == 0 && !slices.Contains(t.hk[sp], py) {
						t.hk[sp] = append(t.hk[sp], py)
					}
				}
			}
		}
	}
	return t
})

// cantoSyllableTable returns canto_syllables.tsv: each Cantonese syllable
// and the Pinyin of its characters, built on first use.
var cantoSyllableTable = sync.OnceValue(func() map[string][]string {
	syl := map[string][]string{}
	for line := range strings.Lines(cantoSyllablesTSV) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		sp, pys, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if ok {
			syl[sp] = strings.Split(pys, ",")
		}
	}
	return syl
})

// cantoStart reports, by a byte scan and two lookups that allocate
// nothing, whether name begins with a word of two to six ASCII letters
// that is a surname spelling of the table and other with a Pinyin reading
// of that surname, another word (cantoLead first, by the first two
// letters of name and of other): the cheap test before
// cantoAgainst.
func cantoStart(name, other string) bool {
	if !cantoLeads(name, other) {
		return false
	}
	n := strings.IndexByte(name, ' ')
	if n < 0 {
		n = len(name)
	}
	if n > 6 || len(other) >= n && other[:n] == name[:n] && (len(other) == n || other[n] == ' ') {
		return false // a long first word, or one both names have (Hassan, Hassan)
	}
	var bs, bo [6]byte
	s, ok := lowerFirstWord(name, &bs)
	if !ok {
		return false
	}
	o, ok := lowerFirstWord(other, &bo)
	if !ok || string(s) == string(o) {
		return false
	}
	for _, p := range cantoTables().sur[string(s)] {
		if p == string(o) {
			return true
		}
	}
	return false
}

// cantoLeads is cantoStart's first test, small enough to inline: the
// first two letters of name and of other in cantoLead.
func cantoLeads(name, other string) bool {
	if len(name) < 2 || len(other) < 2 {
		return false
	}
	c0, c1, o0, o1 := (name[0]|0x20)-'a', (name[1]|0x20)-'a', (other[0]|0x20)-'a', (other[1]|0x20)-'a'
	if c0 >= 26 || c1 >= 26 || o0 >= 26 || o1 >= 26 {
		return false
	}
	i := cantoLeadBit(c0, c1, o0, o1)
	return cantoLead.get()[i/64]&(1<<(i%64)) != 0
}

// lowerFirstWord writes the first word of name, up to a space or the end,
// in lower case into buf and returns it, and whether it is one to six
// ASCII letters.
func lowerFirstWord(name string, buf *[6]byte) ([]byte, bool) {
	n := 0
	for ; n < len(name) && name[n] != ' '; n++ {
		c := name[n] | 0x20
		if n == len(buf) || c < 'a' || c > 'z' {
			return nil, false
		}
		buf[n] = c
	}
	return buf[:n], n > 0
}

// cantoSyllables returns the syllables of w, lower case, split at its
// hyphens, each of ASCII letters, or nil.
func cantoSyllables(w string) []string {
	var out []string
	for part := range strings.SplitSeq(strings.ToLower(w), "-") {
		if part == "" {
			return nil
		}
		for i := 0; i < len(part); i++ {
			if part[i] < 'a' || part[i] > 'z' {
				return nil
			}
		}
		out = append(out, part)
	}
	return out
}

// cantoAgainst reads name, a Chinese name with a Cantonese or Hokkien
// surname spelling first, against other, Pinyin with a reading of that
// surname first, and returns name in Pinyin as far as it reads (the
// surname, and each given-name syllable that a character reads both
// ways), and whether it read: the surname, the given name's syllables
// (cantoGiven) against the other's (pinyinGiven). See the comment at the
// top of the file.
func cantoAgainst(name, other string) (string, bool) {
	words := strings.Fields(name)
	others := strings.Fields(other)
	if len(words) == 0 || len(words) > 4 || len(others) == 0 || len(others) > 3 {
		return name, false
	}
	t, syl := cantoTables(), cantoSyllableTable()
	pin := pinyinSyllables()
	s, p := strings.ToLower(words[0]), strings.ToLower(others[0])
	if s == p || !pin[p] || !slices.Contains(t.sur[s], p) {
		return name, false
	}
	gs, ok := cantoGiven(words[1:], t, syl, pin)
	if !ok {
		return name, false
	}
	if len(words) == 1 && !slices.Contains(t.hk[s], p) {
		return name, false // a Hokkien spelling alone (Hiang, Xiang; Chou, Zhou): the table's columns mix dialects
	}
	// A surname spelling that is a Pinyin surname too (Tan, Kong): only a
	// name with a syllable Pinyin does not write, or a hyphenated given
	// name (Pinyin writes it in one word), is read. A hyphen alone is no
	// evidence of Cantonese when no syllable reads as another, whatever
	// the surname: Taiwan's Wade-Giles hyphenates Pinyin syllables too,
	// and its surnames are spellings of the table (王偉明 Wang Wei-ming is
	// no 袁 Hokkien Wang, Yuan Weiming; 曾 Tseng Wei-ming no 鄭 Cantonese
	// Tseng, Zheng Weiming).
	hyphen, evident := false, false
	for _, w := range words[1:] {
		hyphen = hyphen || strings.IndexByte(w, '-') >= 0
	}
	for _, x := range gs {
		evident = evident || !pin[x]
	}
	if t.pinSur[s] && !evident && !hyphen {
		return name, false
	}
	hyphenOnly := hyphen && !evident
	gp, ok := pinyinGiven(others[1:], pin)
	if !ok {
		return name, false
	}
	var b strings.Builder
	b.WriteString(capitalized(p))
	read := false // a given-name syllable read as another Pinyin one (wai, wei)
	if len(gs) == len(gp) {
		all := true
		for i, x := range gs {
			if x != gp[i] && slices.Contains(syl[x], gp[i]) {
				gs[i], read = gp[i], true
			} else if x != gp[i] {
				all = false
			}
		}
		if all && (read || !hyphenOnly) {
			return b.String() + other[len(others[0]):], true // read whole: the other's given name as written
		}
	}
	if hyphenOnly && !read {
		return name, false
	}
	k := 0
	for _, w := range words[1:] {
		b.WriteByte(' ')
		n := strings.Count(w, "-") + 1
		b.WriteString(capitalized(strings.Join(gs[k:k+n], "")))
		k += n
	}
	return b.String(), true
}

// cantoGiven returns the syllables of the given name's words when every
// one is a Chinese one (Cantonese, Pinyin, a surname spelling of t), or
// false: the name is no Chinese name, or Wade-Giles (Chih, Hsien), which
// wadegiles.go reads.
func cantoGiven(words []string, t *cantoTable, syl map[string][]string, pin map[string]bool) ([]string, bool) {
	var gs []string
	for _, w := range words {
		if len(w) == 1 {
			// An initial (Chan O, Lau M), not one of the table's one-letter
			// syllables, each of which reads many Pinyin ones (o: tuo,
			// luo, yao...; m: fu, wu).
			return nil, false
		}
		parts := cantoSyllables(w)
		if parts == nil {
			return nil, false
		}
		for _, x := range parts {
			if !t.known[x] && syl[x] == nil && !pin[x] {
				return nil, false
			}
		}
		gs = append(gs, parts...)
	}
	return gs, true
}

// pinyinGiven returns the Pinyin syllables of the given name's words (an
// apostrophe parts them), or false when one is no Pinyin.
func pinyinGiven(words []string, pin map[string]bool) ([]string, bool) {
	var gp []string
	for _, w := range words {
		for part := range strings.SplitSeq(strings.ToLower(w), "'") {
			sy := segmentPinyin(part, pin)
			if sy == nil {
				return nil, false
			}
			gp = append(gp, sy...)
		}
	}
	return gp, true
}

// cantoPair reads p's first name against its second by cantoAgainst, then
// the second against the first, and returns the similarity of the
// reading less a convention's cost, and whether one read.
func cantoPair(s *simState, p *pairSim) (float64, bool) {
	if !cantoLeads(p.a, p.b) && !cantoLeads(p.b, p.a) {
		return 0, false // most pairs
	}
	if cantoStart(p.a, p.b) {
		if r, ok := cantoAgainst(p.a, p.b); ok {
			s.g = nil
			return cantoCapped(r, p.b, s.similarity(r, p.b)-conventionPenalty), true
		}
	}
	if cantoStart(p.b, p.a) {
		if r, ok := cantoAgainst(p.b, p.a); ok {
			s.g = nil
			return cantoCapped(r, p.a, s.similarity(r, p.a)-conventionPenalty), true
		}
	}
	return 0, false
}

// cantoCapped is the score sc of the reading r of a name against other,
// capped as wadeGilesStage caps a Wade-Giles reading: a reading that
// leaves a Pinyin minimal pair (Au Nan read Ou Nan, against Ou Nen: nan,
// nen) is no more than pinyinMinimalPairScore, since capsStage does not
// weigh a pair cantoPair read.
func cantoCapped(r, other string, sc float64) float64 {
	if sc >= SameThreshold && pinyinDistinct(r, other) {
		return min(sc, pinyinMinimalPairScore)
	}
	return sc
}
