package normalize

import (
	"math"
	"slices"
	"strings"
)

// maxFormSources is the most sources recorded for one spelling: past it
// the spelling is common in the corpus, and a pair of its sources with
// the other spelling's is looked for among these.
const maxFormSources = 32

// noteSource records that form was seen in the source being added
// (d.src; a source of a new name starts a new one).
func (d *Discoverer) noteSource(form string) {
	if d.sources == nil {
		d.sources = map[string][]int32{}
	}
	if d.src != d.lastSrc {
		d.nsrc++
		d.srcID, d.lastSrc = int32(d.nsrc), d.src
	}
	l := d.sources[form]
	if len(l) > 0 && l[len(l)-1] == d.srcID || len(l) >= maxFormSources {
		return
	}
	d.sources[form] = append(l, d.srcID)
}

// sourceContext is what discover knows of the sources of a corpus of
// several texts: the sources of each spelling (folded to lower case) and
// the spellings of each source.
type sourceContext struct {
	of    map[string][]int32 // folded spelling -> its sources, ascending
	names [][]string         // source -> folded spellings in it, sorted
	df    map[string]int     // folded spelling -> sources it is in (all of them)
	n     int                // sources
}

func (d *Discoverer) sourceContext() *sourceContext {
	if d.nsrc < 2 || len(d.sources) == 0 {
		return nil
	}
	sc := &sourceContext{of: map[string][]int32{}, names: make([][]string, d.nsrc+1), df: map[string]int{}, n: d.nsrc}
	for form, l := range d.sources {
		f := strings.ToLower(form)
		sc.of[f] = append(sc.of[f], l...)
		// A name after an ordinary word that opens a sentence is the name
		// (withoutOpeners): "A Lille" is "Lille" seen there.
		for rest := form; d.initial[form] == d.counts[form]; {
			sp := strings.IndexByte(rest, ' ')
			if sp <= 0 || !d.opener(rest[:sp]) {
				break
			}
			rest = rest[sp+1:]
			f := strings.ToLower(rest)
			sc.of[f] = append(sc.of[f], l...)
		}
	}
	for f, l := range sc.of {
		slices.Sort(l)
		l = slices.Compact(l)
		sc.of[f] = l
		sc.df[f] = len(l)
		for _, s := range l {
			sc.names[s] = append(sc.names[s], f)
		}
	}
	for _, l := range sc.names {
		slices.Sort(l)
	}
	return sc
}

// weight is how much spelling f says of two sources that both have it
// (in is 2) or one (in is 1): the rarer f is in the other sources, the
// more. In a corpus of two texts every name weighs the same.
func (sc *sourceContext) weight(f string, in int) float64 {
	return math.Log(float64(sc.n+1) / float64(1+max(0, sc.df[f]-in)))
}

// shared reports whether spellings a and b are seen in one source (co),
// or else the largest share of context that a source of a and a source of
// b have in common (best): the weight of the names both have (but a, b and
// names with their keys) over the weight of the names of the source with
// fewer (weight). A spelling of no known source (none was named) counts as
// seen with any.
func (sc *sourceContext) shared(a, b string) (co bool, best float64) {
	fa, fb := strings.ToLower(a), strings.ToLower(b)
	sa, sb := sc.of[fa], sc.of[fb]
	if len(sa) == 0 || len(sb) == 0 {
		return true, 1
	}
	for _, x := range sa {
		if _, ok := slices.BinarySearch(sb, x); ok {
			return true, 1
		}
	}
	ka, kb := Key(a), Key(b)
	for _, x := range sa {
		for _, y := range sb {
			best = max(best, sc.share(x, y, fa, fb, ka, kb))
		}
	}
	return false, best
}

// share is the share of context sources x and y have in common (see
// shared), leaving out spellings fa and fb (folded) and the names of keys
// ka and kb.
func (sc *sourceContext) share(x, y int32, fa, fb, ka, kb string) float64 {
	nx, ny := sc.names[x], sc.names[y]
	var both, wx, wy float64
	for i, j := 0, 0; i < len(nx) || j < len(ny); {
		switch {
		case j == len(ny) || i < len(nx) && nx[i] < ny[j]:
			if nx[i] != fa && nx[i] != fb {
				wx += sc.weight(nx[i], 1)
			}
			i++
		case i == len(nx) || ny[j] < nx[i]:
			if ny[j] != fa && ny[j] != fb {
				wy += sc.weight(ny[j], 1)
			}
			j++
		default:
			// A name of both sources.
			w := sc.weight(nx[i], 2)
			wx += w
			wy += w
			if k := Key(nx[i]); k != ka && k != kb {
				both += w
			}
			i++
			j++
		}
	}
	if m := min(wx, wy); m > 0 {
		return both / m
	}
	return 0
}

// minSharedContext is the least share of context two spellings from
// different sources must have in common (see unrelated). Measured on 295
// news articles: the spellings of one name in two articles share 0.20 or
// more (Marta/Martha Karolyi 0.20, Sharfan/Sherfan Darwish 0.23, the two
// versions of the seed article 0.37), look-alikes of two names 0.14 or
// less (S Group/Stockmann Group 0.14, June/Jonny 0.09, Holland/Hollande
// 0.08, Monday/Mondi 0.07).
const minSharedContext = 0.17

// unrelated reports whether spellings a and b, which Similarity or their
// key would join, are two names because the corpus gives no sign of one:
// in a corpus of several sources, a and b are not seen in one source, no
// word of one is a word of the other and they are not the same letters
// joined or split, and no two of their sources share minSharedContext of
// their other names (shared). "Holland" in an article on Dutch football
// and "Hollande" in one on French politics are two names; "Dmitri
// Medvedev" and "Dmitry Medvedev" share a word, "Windows XP" and
// "WindowsXP" their letters.
func (sc *sourceContext) unrelated(a, b string) bool {
	if sc == nil || shareWord(a, b) {
		return false
	}
	co, best := sc.shared(a, b)
	return !co && best < minSharedContext
}

// apart reports whether a and b, in a corpus of several sources, are
// never seen in one source and no source of one shares minSharedContext
// with a source of the other: nothing says they name one thing.
func (sc *sourceContext) apart(a, b string) bool {
	if sc == nil {
		return false
	}
	co, best := sc.shared(a, b)
	return !co && best < minSharedContext
}

// shareWord reports whether a and b have a word in common (letter case
// aside; connectors such as "al" do not count) or are the same words
// joined or split ("Windows XP", "WindowsXP").
func shareWord(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	for _, x := range wa {
		for _, y := range wb {
			if strings.EqualFold(x, y) {
				return true
			}
		}
	}
	return strings.EqualFold(strings.Join(splitName(a), ""), strings.Join(splitName(b), ""))
}
