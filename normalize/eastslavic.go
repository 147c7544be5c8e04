package normalize

import (
	_ "embed"
	"strings"
	"sync"
)

// eastSlavicTSV holds Ukrainian and Russian forms of one name that differ
// in more than spelling (Микола/Николай); see its header for origin and
// licence, and TestGenEastSlavicNames for how it was selected.
//
//go:embed eastslavic_names.tsv
var eastSlavicTSV string

// eastSlavicTable indexes the keys of both forms of each pair by a coarse
// code, so that a Latin spelling by another convention (Mykola, Yevhen,
// with h for г) finds its entry.
type eastSlavicTable struct {
	byCode map[string][]int32
	keys   []string              // the key of each form; forms i and i^1 are one pair
	seen   [codeBits / 64]uint64 // a bit for each code's hash: most words have none
}

// codeBits is the size of eastSlavicTable.seen, in bits.
const codeBits = 1 << 13

// codeHash is FNV-1a of a coarse code, in [0, codeBits).
func codeHash(code []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range code {
		h = (h ^ uint32(c)) * 16777619
	}
	return h % codeBits
}

// eastSlavicNames is built on first use, only when a pair of words under
// the threshold is compared.
var eastSlavicNames = sync.OnceValue(func() *eastSlavicTable {
	t := &eastSlavicTable{byCode: make(map[string][]int32, 1024), keys: make([]string, 0, 1024)}
	var code []byte
	add := func(k string) {
		i := int32(len(t.keys))
		t.keys = append(t.keys, k)
		code = coarseCode(code[:0], k)
		t.byCode[string(code)] = append(t.byCode[string(code)], i)
		h := codeHash(code)
		t.seen[h/64] |= 1 << (h % 64)
	}
	for line := range strings.Lines(eastSlavicTSV) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		// Columns 3 and 4 are the keys of the two forms, and column 5,
		// when there is one, the key of the Ukrainian form with г read h,
		// as its romanizations write it (Ганна is Hanna); the keys are
		// stored so that start-up computes none (TestEastSlavicNames
		// checks them against Key).
		_, rest, _ := strings.Cut(strings.TrimRight(line, "\r\n"), "\t")
		_, rest, _ = strings.Cut(rest, "\t")
		uk, rest, ok := strings.Cut(rest, "\t")
		if !ok {
			continue
		}
		ru, ukH, h := strings.Cut(rest, "\t")
		add(uk)
		add(ru)
		if h {
			add(ukH)
			add(ru)
		}
	}
	return t
})

// coarseCode appends the consonants of a folded key to dst, reading h as
// g (Ukrainian and Belarusian г is h in their romanizations, g in
// Russian's), w as v and y not at all (a glide): "yevhen" and "evgeni"
// are both vgn.
func coarseCode(dst []byte, k string) []byte {
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case isVowelY(c):
			continue
		case c == 'h' && (i == 0 || !strings.ContainsRune("kszc", rune(k[i-1]))):
			c = 'g'
		case c == 'w':
			c = 'v'
		}
		if n := len(dst); n > 0 && dst[n-1] == c {
			continue
		}
		dst = append(dst, c)
	}
	return dst
}

// convState holds the buffers of the conventions (conventions.go) in a
// simState.
type convState struct {
	code       []byte           // eastSlavicSim's coarse code
	eastSlavic *eastSlavicTable // eastSlavicNames(), once this state has used it
}

// eastSlavicSim scores words x and y as the Ukrainian and Russian forms of
// one name when the table has a pair whose one form is spelled as x and
// the other as y (each at the threshold or above), at the cost of a
// convention; otherwise it returns sim.
func (s *simState) eastSlavicSim(x, y string, sim float64) float64 {
	t := s.conv.eastSlavic
	if t == nil {
		t = eastSlavicNames()
		s.conv.eastSlavic = t
	}
	s.conv.code = coarseCode(s.conv.code[:0], x)
	if h := codeHash(s.conv.code); t.seen[h/64]&(1<<(h%64)) == 0 {
		return sim
	}
	for _, i := range t.byCode[string(s.conv.code)] {
		if sx := s.editSim(t.keys[i], x); sx >= SameThreshold {
			if sy := s.editSim(t.keys[i^1], y); sy >= SameThreshold {
				sim = max(sim, min(sx, sy)-conventionPenalty)
			}
		}
	}
	return sim
}
