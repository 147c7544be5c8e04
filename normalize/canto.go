package normalize

import (
	_ "embed"
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
//     the Pinyin of the characters read so.
//
// cantoAgainst reads a name whose first word is a surname spelling of the
// table against a Pinyin name whose first word is a Pinyin reading of the
// same surname, and the given name's syllables (hyphenated, as Hong Kong
// writes them: Kwok-wing, or apart: Wai Man) one by one against the
// Pinyin given name's, each read when one character has both readings
// (kwok: 郭 國 guo; wing: 榮 rong). Hokkien given names have no table
// here: their syllables are left as written. The name so read is scored
// against the other as Wade-Giles readings are, less a convention's cost.
//
// What it leaves: a name with a word that is no Chinese syllable (John Law
// is no 劉 Liu Law); a name whose surname spelling is Pinyin too and all of
// whose words are Pinyin, with no hyphen (Tan Wei, Chen Wei: Pinyin Tan is
// 譚, and two Pinyin names differing in one word are a minimal pair as often
// as one name, as wadeGilesAgainst says; Chou alone is Pinyin chou or
// Wade-Giles Zhou); and a Hokkien spelling alone, with no given name (the
// table's Singapore and Malaysia columns mix dialects: Hiang is Hokkien 香
// Xiang, and a Somali reading of Xiang too).

//go:embed canto_surnames.tsv
var cantoSurnamesTSV string

//go:embed canto_syllables.tsv
var cantoSyllablesTSV string

// cantoTable is the two tables, read once.
type cantoTable struct {
	sur   map[string][]string // a surname spelling (Cantonese, Hokkien) -> the Pinyin surnames it spells
	syl   map[string][]string // a Cantonese syllable -> the Pinyin of its characters
	known map[string]bool     // the Cantonese syllables and the surname spellings: words a Chinese name has
	hk    map[string]bool     // the Cantonese (Hong Kong) surname spellings
}

// cantoLead holds, by their first two letters (lower case, a-z), the
// surname spellings of canto_surnames.tsv: cantoStart's byte test. It is
// built from the file in init, cheaply (the tables are built on first use).
var cantoLead [26][26]bool

func init() {
	for line := range strings.Lines(cantoSurnamesTSV) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(f) < 5 {
			continue
		}
		for _, col := range f[3:5] {
			for sp := range strings.SplitSeq(col, ",") {
				if len(sp) >= 2 {
					cantoLead[sp[0]-'a'][sp[1]-'a'] = true
				}
			}
		}
	}
}

// cantoTables returns the tables, built on first use.
var cantoTables = sync.OnceValue(func() *cantoTable {
	t := &cantoTable{sur: map[string][]string{}, syl: map[string][]string{}, known: map[string]bool{}, hk: map[string]bool{}}
	for line := range strings.Lines(cantoSurnamesTSV) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(f) < 5 {
			continue
		}
		pys := strings.Split(f[2], ",")
		for c, col := range f[3:5] {
			for sp := range strings.SplitSeq(col, ",") {
				if sp == "" {
					continue
				}
				t.known[sp] = true
				t.hk[sp] = t.hk[sp] || c == 0
				for _, py := range pys {
					if !contains(t.sur[sp], py) {
						t.sur[sp] = append(t.sur[sp], py)
					}
				}
			}
		}
	}
	for line := range strings.Lines(cantoSyllablesTSV) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		sp, pys, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok {
			continue
		}
		t.syl[sp] = strings.Split(pys, ",")
		t.known[sp] = true
	}
	return t
})

// contains reports whether list has s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// cantoStart reports, by a byte scan, whether name begins with a word of
// two to six ASCII letters whose first two are those of a surname
// spelling of the table (cantoLead), and other with a letter too: the
// cheap test before cantoAgainst.
func cantoStart(name, other string) bool {
	if len(name) < 2 || len(other) < 2 {
		return false
	}
	c0, c1 := name[0]|0x20, name[1]|0x20
	if c0 < 'a' || c0 > 'z' || c1 < 'a' || c1 > 'z' || !cantoLead[c0-'a'][c1-'a'] {
		return false
	}
	if o := other[0] | 0x20; o < 'a' || o > 'z' {
		return false
	}
	n := 0
	for n < len(name) && name[n] != ' ' {
		n++
	}
	return n <= 6
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
// ways), and whether it read. See the comment at the top of the file.
func cantoAgainst(name, other string) (string, bool) {
	words := strings.Fields(name)
	others := strings.Fields(other)
	if len(words) == 0 || len(words) > 4 || len(others) == 0 || len(others) > 3 {
		return name, false
	}
	t := cantoTables()
	pin := pinyinSyllables()
	s, p := strings.ToLower(words[0]), strings.ToLower(others[0])
	if s == p || !pin[p] || !contains(t.sur[s], p) {
		return name, false
	}
	// The given name: every syllable a Chinese one (Cantonese, Pinyin,
	// a surname spelling, Wade-Giles), or the name is no Chinese name.
	var gs []string
	for _, w := range words[1:] {
		syl := cantoSyllables(w)
		if syl == nil {
			return name, false
		}
		for _, x := range syl {
			if _, wg := wgSplit(x); !t.known[x] && !pin[x] && !wg {
				return name, false
			}
		}
		gs = append(gs, syl...)
	}
	if len(words) == 1 && !t.hk[s] {
		return name, false // a Hokkien spelling alone (Hiang, Xiang): the table's columns mix dialects
	}
	if pin[s] {
		// A surname spelling that is Pinyin too (Tan, Chou, Chan): only
		// a name with a syllable Pinyin does not write, or a hyphenated
		// given name (Pinyin writes it in one word), is read.
		evident := false
		for _, w := range words[1:] {
			evident = evident || strings.IndexByte(w, '-') >= 0
		}
		for _, x := range gs {
			evident = evident || !pin[x]
		}
		if !evident {
			return name, false
		}
	}
	// The other name's given syllables, Pinyin (an apostrophe parts them).
	var gp []string
	for _, w := range others[1:] {
		for part := range strings.SplitSeq(strings.ToLower(w), "'") {
			sy := segmentPinyin(part, pin)
			if sy == nil {
				return name, false
			}
			gp = append(gp, sy...)
		}
	}
	var b strings.Builder
	b.WriteString(capitalized(p))
	if len(gs) == len(gp) {
		all := true
		for i, x := range gs {
			if x != gp[i] && contains(t.syl[x], gp[i]) {
				gs[i] = gp[i]
			} else if x != gp[i] {
				all = false
			}
		}
		if all {
			return b.String() + other[len(others[0]):], true // read whole: the other's given name as written
		}
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

// cantoPair reads p's first name against its second by cantoAgainst, then
// the second against the first, and returns the similarity of the
// reading less a convention's cost, and whether one read.
func cantoPair(s *simState, p *pairSim) (float64, bool) {
	for _, ab := range [2][2]string{{p.a, p.b}, {p.b, p.a}} {
		if !cantoStart(ab[0], ab[1]) {
			continue
		}
		if r, ok := cantoAgainst(ab[0], ab[1]); ok {
			s.g = nil
			return s.similarity(r, ab[1]) - conventionPenalty, true
		}
	}
	return 0, false
}
