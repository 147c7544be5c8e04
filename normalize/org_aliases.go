package normalize

import (
	"cmp"
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The reference table of organisation aliases (org_aliases.tsv, built by
// testdata/bench/org_aliases.py from the UN Security Council Consolidated
// List and the EU list of Regulation (EC) No 2580/2001; origin and licence
// in testdata/README.md): one listing a line, its source and then its
// forms. A [Matcher] consults it so that two names that one listing gives
// as aliases of one organisation match ("Jama'atu Ahlis Sunna Lidda'awati
// wal-Jihad", "Boko Haram"). Rewriting never reads it: a sanctions list's
// primary name is not an editor's house style, which the glossary alone
// decides.
//
//go:embed org_aliases.tsv
var orgAliasesTSV string

// listedAliasScore is the score of two names that the table lists as one
// organisation's (see aliasTable.same). It is below the 1 of a glossary
// entry: the table is a reference, not the house's decision.
const listedAliasScore = 0.95

// aliasTable indexes the listings of the table by the aliasFold of each
// form.
type aliasTable struct {
	byFold   map[string][]int32           // aliasFold(form) -> listings that give the form
	listings [][]string                   // listing -> its forms, as written
	ends     [1 << prefixBits / 64]uint64 // the foldEnds of every form
}

// prefixBits is the size of the set of the forms' ends (32,768 bits for
// about 900 forms): most names are not in the table, and their first two
// and last two letters tell so without folding the whole name (7% of the
// benchmark's names pass; with the first four letters 13% did: Khalid,
// Abdullah, Jamal begin forms of the table).
const prefixBits = 15

// defaultAliases is built on first use, so that 'names match' on no input,
// and every command that matches no names, does not pay for it.
var defaultAliases = sync.OnceValue(func() *aliasTable { return newAliasTable(orgAliasesTSV, nil) })

// newAliasTable reads the table's text. A listing for which drop returns
// true is left out (the dev-set test leaves out the listings that name
// both sides of a pair of the set, to report the score without them).
func newAliasTable(tsv string, drop func(forms []string) bool) *aliasTable {
	t := &aliasTable{byFold: map[string][]int32{}}
	var buf []byte
	for line := range strings.Lines(tsv) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 3 {
			continue
		}
		forms := fields[1:]
		if drop != nil && drop(forms) {
			continue
		}
		id := int32(len(t.listings))
		t.listings = append(t.listings, forms)
		for _, f := range forms {
			buf = aliasFold(buf[:0], f)
			if len(buf) == 0 {
				continue
			}
			k := string(buf)
			p := foldEnds(f)
			t.ends[p/64] |= 1 << (p % 64)
			if ids := t.byFold[k]; len(ids) == 0 || ids[len(ids)-1] != id {
				t.byFold[k] = append(ids, id)
			}
		}
	}
	return t
}

// aliasFold appends to buf the form a name is looked up by: its letters
// and digits in lower case without diacritics, apostrophes, hyphens or
// spaces ("Kurdistan Workers’ Party", "Kurdistan Workers Party"); a name
// written as an acronym ("PKK", "DHKP/C") gives its capitals and digits
// after a '#', so that it matches only a name written as one ("DHKP-C",
// not the word "Pkk"). It is cheap, unlike [Key]: 'names match' folds
// both names of every pair that scores below SameThreshold.
func aliasFold(buf []byte, s string) []byte {
	if acronymShaped(s) {
		start := len(buf)
		buf = append(buf, '#')
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
				buf = append(buf, c)
			case c == '.' || c == '-' || c == '/' || c == '&':
			default: // "DHKP/C Front", "LeT": a word
				return foldWord(buf[:start], s)
			}
		}
		return buf
	}
	return foldWord(buf, s)
}

// foldEnds hashes the first two and the last two bytes of foldWord(s) to
// prefixBits bits (foldWord: the letters in lower case, also of an acronym,
// whose aliasFold differs; two names with one aliasFold have one
// foldWord). For most names, ASCII at both ends, it reads four letters and
// does not fold the name.
func foldEnds(s string) uint32 {
	if n := len(s); n >= 4 && (s[0]|s[1]|s[n-2]|s[n-1]) < utf8.RuneSelf {
		a, b, c, d := asciiFold[s[0]], asciiFold[s[1]], asciiFold[s[n-1]], asciiFold[s[n-2]]
		if a != 0 && b != 0 && c != 0 && d != 0 { // letters or digits at both ends
			return endsHash(uint64(a)<<24|uint64(b)<<16|uint64(c)<<8|uint64(d), 2, 2)
		}
	}
	var v uint64
	n, m := 0, 0
	for i := 0; i < len(s) && n < 2; i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return foldEndsSlow(s)
		}
		if f := asciiFold[c]; f != 0 {
			v = v<<8 | uint64(f)
			n++
		}
	}
	for j := len(s) - 1; j >= 0 && m < 2; j-- {
		c := s[j]
		if c >= utf8.RuneSelf {
			return foldEndsSlow(s)
		}
		if f := asciiFold[c]; f != 0 {
			v = v<<8 | uint64(f)
			m++
		}
	}
	return endsHash(v, n, m)
}

// foldEndsSlow is foldEnds from the folded name.
func foldEndsSlow(s string) uint32 {
	var b [96]byte
	p := foldWord(b[:0], s)
	var v uint64
	n, m := 0, 0
	for ; n < 2 && n < len(p); n++ {
		v = v<<8 | uint64(p[n])
	}
	for j := len(p) - 1; j >= 0 && m < 2; j-- {
		v = v<<8 | uint64(p[j])
		m++
	}
	return endsHash(v, n, m)
}

func endsHash(v uint64, n, m int) uint32 {
	return uint32((v<<4 | uint64(n<<2|m)) * 0x9E3779B97F4A7C15 >> (64 - prefixBits))
}

// foldWord is aliasFold of a name not written as an acronym.
func foldWord(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if f := asciiFold[c]; f != 0 {
				buf = append(buf, f)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r < 0xC0: // Latin-1 punctuation
		case r < 0x250: // Latin-1 and Latin Extended: the letter without its marks (translit.go)
			buf = append(buf, latinBase[r-0xC0]...)
		case r < 0x370, r >= 0x2000 && r < 0x2070, r >= 0x064B && r <= 0x0670, r == 0x0640:
			// modifier letters (ʿ, ʾ), combining marks, general punctuation
			// (’, –), Arabic harakat and tatweel: as apostrophes and hyphens
		case r >= 0x1E00 && r < 0x1F00:
			buf = append(buf, latinExtAdditional[r-0x1E00]...)
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// asciiFold maps an ASCII letter or digit to itself in lower case, other
// bytes to 0.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// same reports whether the table lists a and b as one organisation's: one
// listing gives both; or one listing gives a, and b, which the table does
// not list, is the acronym or a spelling ([Similarity] >= SameThreshold)
// of another of its forms — and the other way round. "Ejército de
// Liberación Nacional" lists "National Liberation Army", so ELN matches
// the English name.
func (t *aliasTable) same(a, b string) bool {
	inA, inB := t.mayList(a), t.mayList(b)
	if !inA && !inB {
		return false
	}
	var buf [96]byte
	var ida, idb []int32
	if inA {
		ida = t.byFold[string(aliasFold(buf[:0], a))]
	}
	if inB {
		idb = t.byFold[string(aliasFold(buf[:0], b))]
	}
	if len(ida) > 1 || len(idb) > 1 {
		// A form that several listings give ("Ansar al-Sharia": the
		// listings of Derna, Benghazi and Tunisia and an alias of AQAP)
		// names none of them for sure, so it joins a name to none
		// (names20): "Ansar al-Sharia Derna" is not thereby the AQAP
		// listing's "Ansar al-Shari'a".
		return false
	}
	for _, x := range ida {
		for _, y := range idb {
			if x == y {
				return true
			}
		}
	}
	// A name the table lists, but not with the other, names another
	// organisation: "AQI" is no acronym of Al-Qaida's "Al Qa'ida/Islamic
	// Army", since the table lists AQI for Al-Qaida in Iraq.
	return len(idb) == 0 && t.formOfListing(b, ida) || len(ida) == 0 && t.formOfListing(a, idb)
}

// mayList reports whether the table may list name: whether some form has
// its foldEnds.
func (t *aliasTable) mayList(name string) bool {
	p := foldEnds(name)
	return t.ends[p/64]&(1<<(p%64)) != 0
}

// formOfListing reports whether name is the acronym or a spelling of a
// form of one of the listings ids.
func (t *aliasTable) formOfListing(name string, ids []int32) bool {
	if len(ids) == 0 {
		return false
	}
	acr := acronymShaped(name)
	for _, id := range ids {
		for _, f := range t.listings[id] {
			if acr && isAcronymFor(name, f) || Similarity(name, f) >= SameThreshold {
				return true
			}
		}
	}
	return false
}

// listedAliases reports whether m's table of organisation aliases lists a
// and b as one organisation's (a nil Matcher consults no table).
func (m *Matcher) listedAliases(a, b string) bool {
	if m == nil {
		return false
	}
	t := m.aliases
	if t == nil {
		t = defaultAliases()
	}
	return t.same(a, b)
}

// listedGroups returns, for each listing of the default table that gives
// two candidates or more, those candidates (discovery's "listed" link).
func listedGroups(cands []candForm) [][]int {
	t := defaultAliases()
	var byListing map[int32][]int
	var buf [96]byte
	for i, c := range cands {
		if !t.mayList(c.form) {
			continue
		}
		for _, id := range t.byFold[string(aliasFold(buf[:0], c.form))] {
			if byListing == nil {
				byListing = map[int32][]int{}
			}
			byListing[id] = append(byListing[id], i)
		}
	}
	var out [][]int
	for _, ids := range byListing {
		if len(ids) >= 2 {
			out = append(out, ids)
		}
	}
	slices.SortFunc(out, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	return out
}
