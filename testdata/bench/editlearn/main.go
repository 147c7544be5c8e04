// Command editlearn is the prototype of branch editlearn (BENCHMARKS.md,
// "A learned edit model for borderline single-word pairs"): it learns from
// the development set's half A which letter edits separate spellings of one
// name from different names, and prints how the learned score would decide
// the single-word Latin pairs that names match scores near its threshold,
// on half A (where it learned) and half B (where it did not). It found no
// gain that holds: nothing of it is in normalize/.
//
// Usage, from the repository root (names match scores the pairs; only the
// development rows are read, never a held-out or blind row):
//
//	d=normalize/testdata/devset
//	cat $d/pairs.tsv $d/places.tsv | awk -F'\t' '$6=="dev"{print $3"\t"$4}' |
//		HOME=$(mktemp -d) /tmp/bin names match - > /tmp/scores.tsv
//	go run ./testdata/bench/editlearn $d/pairs.tsv $d/places.tsv /tmp/scores.tsv
//
// Settings: EDITLEARN_BAND=lo,hi the band (0.70,0.95); EDITLEARN_EM=1 the
// stochastic edit distance of em.go instead of the counted operations;
// EDITLEARN_WEIGHTS=1 prints the learned weights; EDITLEARN_FLIPS=1 half
// A's pairs whose verdict the flips change; EDITLEARN_FOLDS=1 each fold's
// tuned rule; EDITLEARN_DUMP=file writes every pair with its scores (half
// A's out of fold) for combine.py; EDITLEARN_HELD=1 also decides the
// held-out rows (scores.tsv must then score them too): for the end of a
// piece of work only, once.
//
// # The pairs
//
// Single-word pairs, both words in Latin letters, of the development part
// only: variants (positives) of the classes person, person-listed-part,
// person-ru and uk-ru; look-alikes (negatives) of lookalike,
// lookalike-entity, lookalike-uk-ru (pairs.tsv) and lookalike-place
// (places.tsv). Halves as devHalf of normalize/devhalves_test.go.
//
// # The model
//
// Each name is lower-cased and folded to a-z; a pair is aligned by the
// Levenshtein distance (a substitution of vowel for vowel costs 0.9, so
// that vowels align with vowels when two alignments tie in letters), and
// every edit of the alignment is one operation, read in context:
//
//	s:x~y     a substitution of x and y (unordered)
//	d:x       a letter doubled on one side only (Mann, Man)
//	i:x|c     a letter x on one side only, after the letter c (^ at the start)
//
// each with its place in the longer word: f (first letter), l (the last two
// letters), m (inside). Counting the operations of half A's variant pairs
// and look-alike pairs gives each operation a log-odds weight with add-one
// smoothing,
//
//	w(op) = log((pos(op)+1)/(P+1)) - log((neg(op)+1)/(N+1)),
//
// P and N the numbers of positive and negative pairs. An operation is
// weighed at its most specific level seen at least minSeen times: with its
// place (s:a~e@l), then without (s:a~e), then its kind and place (s@l).
// A pair's learned score is the sum of its operations' weights.
//
// # How it is used and judged
//
// In the band of main's scores [0.70, 0.95) (EDITLEARN_BAND=lo,hi), two
// uses: the learned score alone (same when over a threshold), and flips of
// main's verdict (a pair main calls different becomes the same when its
// learned score exceeds up; one main calls the same becomes different when
// it is under down). Thresholds are tuned on half A's band, the flips'
// under the constraint that no more look-alikes be merged than main merges
// there. Three estimates of how that carries: half B with the model and
// thresholds of all of half A; half A's own pairs (in sample, optimistic);
// and half A by nested cross-validation (for each of five folds of half A,
// folded by a name's component so that no name is in two folds, model and
// thresholds from the other four, applied to the fold).
package main

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

type pair struct {
	class, a, b, half string
	same              bool
	main              float64 // names match's score (main)
}

// positive and negative are the classes learned from: single-word Latin
// spellings of one name, and of different names.
var positive = map[string]bool{"person": true, "person-listed-part": true, "person-ru": true, "uk-ru": true}
var negative = map[string]bool{"lookalike": true, "lookalike-uk-ru": true, "lookalike-place": true, "lookalike-entity": true}

// half is devHalf of normalize/devhalves_test.go: FNV-1a of "a\tb", even A.
func half(a, b string) string {
	h := fnv.New32a()
	h.Write([]byte(a + "\t" + b))
	if h.Sum32()%2 == 0 {
		return "A"
	}
	return "B"
}

// accents folds the Latin letters with marks the set's names use.
var accents = map[rune]string{}

func init() {
	for base, s := range map[string]string{
		"a": "àáâãäåāăąǎ", "c": "çćĉċč", "d": "ďđ", "e": "èéêëēĕėęěə", "g": "ĝğġģ",
		"h": "ĥħ", "i": "ìíîïĩīĭįıǐ", "j": "ĵ", "k": "ķ", "l": "ĺļľŀł", "n": "ñńņňŉ",
		"o": "òóôõöøōŏőǒ", "r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűųǔ",
		"w": "ŵ", "y": "ýÿŷ", "z": "źżž", "ss": "ß", "ae": "æ", "oe": "œ",
	} {
		for _, r := range s {
			accents[r] = base
		}
	}
}

// fold returns name lower-cased and folded to a-z, and false when it has a
// letter of another script or more than one word.
func fold(name string) (string, bool) {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch {
		case 'a' <= r && r <= 'z':
			b.WriteRune(r)
		case accents[r] != "":
			b.WriteString(accents[r])
		case r == '\'' || r == '’' || r == 'ʼ' || r == 'ʻ' || r == '`':
		default:
			return "", false
		}
	}
	return b.String(), b.Len() > 0
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// ops returns the operations of the alignment of a and b, each at its three
// levels, most specific first.
func ops(a, b string) [][3]string {
	if len(a) < len(b) {
		a, b = b, a
	}
	n, m := len(a), len(b)
	d := make([][]float64, n+1)
	for i := range d {
		d[i] = make([]float64, m+1)
		d[i][0] = float64(i)
	}
	for j := 0; j <= m; j++ {
		d[0][j] = float64(j)
	}
	sub := func(x, y byte) float64 {
		switch {
		case x == y:
			return 0
		case isVowel(x) && isVowel(y):
			return 0.9
		}
		return 1
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			d[i][j] = min(d[i-1][j-1]+sub(a[i-1], b[j-1]), d[i-1][j]+1, d[i][j-1]+1)
		}
	}
	var out [][3]string
	place := func(i int) string { // i: index in a (the longer word)
		switch {
		case i <= 0:
			return "f"
		case i >= n-2:
			return "l"
		}
		return "m"
	}
	add := func(kind, op string, i int) {
		p := place(i)
		out = append(out, [3]string{kind + ":" + op + "@" + p, kind + ":" + op, kind + "@" + p})
	}
	indel := func(w string, k int, i int) { // the letter w[k] is on one side only
		c := w[k]
		if (k > 0 && w[k-1] == c) || (k+1 < len(w) && w[k+1] == c) {
			add("d", string(c), i)
			return
		}
		prev := "^"
		if k > 0 {
			prev = string(w[k-1])
		}
		add("i", string(c)+"|"+prev, i)
	}
	for i, j := n, m; i > 0 || j > 0; {
		switch {
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+sub(a[i-1], b[j-1]):
			if a[i-1] != b[j-1] {
				x, y := a[i-1], b[j-1]
				if x > y {
					x, y = y, x
				}
				add("s", string(x)+"~"+string(y), i-1)
			}
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+1:
			indel(a, i-1, i-1)
			i--
		default:
			indel(b, j-1, i)
			j--
		}
	}
	return out
}

const minSeen = 3

type model struct {
	pos, neg map[string]int
	P, N     int
}

// learn counts the operations of ps.
func learn(ps []pair) *model {
	m := &model{pos: map[string]int{}, neg: map[string]int{}}
	for _, p := range ps {
		cnt := m.neg
		if p.same {
			cnt, m.P = m.pos, m.P+1
		} else {
			m.N++
		}
		for _, o := range ops(p.a, p.b) {
			for _, k := range o {
				cnt[k]++
			}
		}
	}
	return m
}

func (m *model) logOdds(k string) float64 {
	return math.Log(float64(m.pos[k]+1)/float64(m.P+1)) - math.Log(float64(m.neg[k]+1)/float64(m.N+1))
}

// weight returns the weight of o at its most specific level seen at least
// minSeen times, and that level.
func (m *model) weight(o [3]string) (float64, string) {
	for _, k := range o {
		if m.pos[k]+m.neg[k] >= minSeen {
			return m.logOdds(k), k
		}
	}
	return m.logOdds(o[2]), o[2]
}

// score is the sum of the weights of the operations of a and b.
func (m *model) score(a, b string) float64 {
	s := 0.0
	for _, o := range ops(a, b) {
		w, _ := m.weight(o)
		s += w
	}
	return s
}

// scorer gives a pair of folded words a learned score, higher for
// variants.
type scorer interface{ score(a, b string) float64 }

// learner learns the scorer of the nested cross-validation: the counted
// operations, or with EDITLEARN_EM=1 the stochastic edit distances.
var learner = func(ps []pair) scorer { return learn(ps) }

// rule is a use of the learned score in the band: flips of main's verdict,
// or (alone) the learned score over up.
type rule struct {
	up, down float64
	alone    bool
}

func (r rule) same(mainScore, learned float64) bool {
	switch {
	case r.alone:
		return learned > r.up
	case mainScore >= threshold:
		return learned >= r.down
	}
	return learned > r.up
}

// threshold is normalize.SameThreshold.
const threshold = 0.86

var lo, hi = 0.70, 0.95

func inBand(p pair) bool { return p.main >= lo && p.main < hi }

// tally counts the band's pairs of ps decided by same.
type tally struct{ n, right, found, merged, fixed, broke int }

func count(ps []pair, same []bool) tally {
	var t tally
	for i, p := range ps {
		if !inBand(p) {
			continue
		}
		t.n++
		d, md := same[i], p.main >= threshold
		if d == p.same {
			t.right++
		}
		if d && p.same {
			t.found++
		}
		if d && !p.same {
			t.merged++
		}
		if d != md && d == p.same {
			t.fixed++
		}
		if d != md && d != p.same {
			t.broke++
		}
	}
	return t
}

// decide returns r's verdict on each pair of ps, whose learned scores are
// scores.
func decide(r rule, ps []pair, scores []float64) []bool {
	out := make([]bool, len(ps))
	for i, p := range ps {
		out[i] = r.same(p.main, scores[i])
	}
	return out
}

// mainRule is main's verdict: up and down out of reach.
var mainRule = rule{up: math.Inf(1), down: math.Inf(-1)}

// tune returns the rule that decides the most of ps's band right: alone,
// the threshold of right less twice the look-alikes merged; flips, the
// best with no more look-alikes merged than main (none: mainRule).
func tune(m scorer, ps []pair, alone bool) rule {
	scores := scoreAll(m, ps)
	if alone {
		best, r := math.Inf(-1), rule{alone: true}
		for i, p := range ps {
			if !inBand(p) {
				continue
			}
			c := rule{up: scores[i], alone: true}
			t := count(ps, decide(c, ps, scores))
			if v := float64(t.right - 2*t.merged); v > best {
				best, r = v, c
			}
		}
		return r
	}
	base := count(ps, decide(mainRule, ps, scores))
	r, best := mainRule, base.right
	for u := -2.0; u <= 8; u += 0.25 {
		for d := -8.0; d <= 2; d += 0.25 {
			c := rule{up: u, down: d}
			t := count(ps, decide(c, ps, scores))
			if t.merged <= base.merged && t.right > best {
				r, best = c, t.right
			}
		}
	}
	return r
}

func scoreAll(m scorer, ps []pair) []float64 {
	out := make([]float64, len(ps))
	for i, p := range ps {
		out[i] = m.score(p.a, p.b)
	}
	return out
}

// nameFolds assigns the pairs of ps to folds by the connected component of
// their names (two pairs that share a name are in one fold).
func nameFolds(ps []pair) []int {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if parent[x] == "" || parent[x] == x {
			parent[x] = x
			return x
		}
		r := find(parent[x])
		parent[x] = r
		return r
	}
	for _, p := range ps {
		parent[find(p.a)] = find(p.b)
	}
	out := make([]int, len(ps))
	for i, p := range ps {
		h := fnv.New32a()
		h.Write([]byte(find(p.a)))
		out[i] = int(h.Sum32() % folds)
	}
	return out
}

const folds = 5

// nested decides half A's pairs by nested cross-validation: each fold by
// the model and rule learned and tuned on the other folds. It returns the
// pairs' out-of-fold learned scores and verdicts.
func nested(ps []pair, alone bool) ([]float64, []bool) {
	fold := nameFolds(ps)
	scores, verdict := make([]float64, len(ps)), make([]bool, len(ps))
	for f := range folds {
		var train []pair
		for i, p := range ps {
			if fold[i] != f {
				train = append(train, p)
			}
		}
		m := learner(train)
		r := tune(m, train, alone)
		if os.Getenv("EDITLEARN_FOLDS") != "" {
			fmt.Printf("fold %d (alone %v): %+v\n", f, alone, r)
		}
		for i, p := range ps {
			if fold[i] == f {
				scores[i] = m.score(p.a, p.b)
				verdict[i] = r.same(p.main, scores[i])
			}
		}
	}
	return scores, verdict
}

// part is a set of pairs decided one way.
type part struct {
	name   string
	ps     []pair
	scores []float64
	same   []bool
}

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: editlearn pairs.tsv places.tsv scores.tsv")
		os.Exit(2)
	}
	if v := os.Getenv("EDITLEARN_BAND"); v != "" {
		fmt.Sscanf(v, "%f,%f", &lo, &hi)
	}
	held := os.Getenv("EDITLEARN_HELD") != ""
	A, B, H := readPairs(os.Args[1], os.Args[2], os.Args[3], held)
	m := learn(A)
	var sc scorer = m
	if os.Getenv("EDITLEARN_EM") != "" {
		learner = func(ps []pair) scorer { return learnEM(ps) }
		sc = learner(A)
	}
	fmt.Printf("half A: %d variant and %d look-alike single-word Latin pairs; half B: %d pairs; band %.2f-%.2f\n\n", m.P, m.N, len(B), lo, hi)
	if os.Getenv("EDITLEARN_WEIGHTS") != "" {
		printWeights(m)
	}
	sA, sB, sH := scoreAll(sc, A), scoreAll(sc, B), scoreAll(sc, H)
	head := "| use | half A, in sample | half A, nested CV | half B |"
	if held {
		head += " held out |"
	}
	fmt.Println(head)
	fmt.Println("|---|---|---|---|" + map[bool]string{true: "---|"}[held])
	row := func(name string, parts []part) {
		fmt.Printf("| %s |", name)
		for _, pt := range parts {
			if pt.ps == nil {
				continue
			}
			t := count(pt.ps, pt.same)
			fmt.Printf(" %d right (%d variants, %d look-alikes merged; +%d -%d) |", t.right, t.found, t.merged, t.fixed, t.broke)
		}
		fmt.Println()
	}
	row(fmt.Sprintf("main (band: A %d, B %d pairs)", count(A, decide(mainRule, A, sA)).n, count(B, decide(mainRule, B, sB)).n), []part{
		{ps: A, same: decide(mainRule, A, sA)}, {ps: A, same: decide(mainRule, A, sA)},
		{ps: B, same: decide(mainRule, B, sB)}, {ps: H, same: decide(mainRule, H, sH)}})
	var oofA []float64
	for _, alone := range []bool{true, false} {
		r := tune(sc, A, alone)
		oof, v := nested(A, alone)
		oofA = oof
		parts := []part{{"A in sample", A, sA, decide(r, A, sA)}, {"A nested", A, oof, v}, {"B", B, sB, decide(r, B, sB)}, {"held out", H, sH, decide(r, H, sH)}}
		if alone {
			row(fmt.Sprintf("learned alone, over %.2f", r.up), parts)
			continue
		}
		row(fmt.Sprintf("flips, up over %.2f, down under %.2f", r.up, r.down), parts)
		fmt.Println()
		for _, pt := range parts {
			if pt.ps == nil {
				continue
			}
			fmt.Printf("flips by class, %s (called the same: main -> flips):", pt.name)
			for _, c := range classes {
				var cm, cf int
				for i, p := range pt.ps {
					if p.class == c && inBand(p) {
						if p.main >= threshold {
							cm++
						}
						if pt.same[i] {
							cf++
						}
					}
				}
				fmt.Printf(" %s %d->%d", c, cm, cf)
			}
			fmt.Println()
		}
		if os.Getenv("EDITLEARN_FLIPS") != "" {
			fmt.Println("\nhalf A's band pairs the flips (in sample) decide otherwise than main:")
			for i, p := range A {
				if inBand(p) && parts[0].same[i] != (p.main >= threshold) {
					fmt.Printf("%s\t%v\t%s\t%s\tmain %.3f\tlearned %.2f\t%s\n", p.class, p.same, p.a, p.b, p.main, sA[i], explain(m, p.a, p.b))
				}
			}
		}
	}
	if path := os.Getenv("EDITLEARN_DUMP"); path != "" {
		var b strings.Builder
		for i, p := range A {
			fmt.Fprintf(&b, "A\t%s\t%v\t%s\t%s\t%.3f\t%.3f\t%d\n", p.class, p.same, p.a, p.b, p.main, oofA[i], len(ops(p.a, p.b)))
		}
		for i, p := range B {
			fmt.Fprintf(&b, "B\t%s\t%v\t%s\t%s\t%.3f\t%.3f\t%d\n", p.class, p.same, p.a, p.b, p.main, sB[i], len(ops(p.a, p.b)))
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

var classes = []string{"person", "person-listed-part", "person-ru", "uk-ru", "lookalike", "lookalike-entity", "lookalike-uk-ru", "lookalike-place"}

// readPairs reads the development rows of the two set files and main's
// scores, and returns the single-word Latin pairs of halves A and B, and
// with held those of the held-out part (H).
func readPairs(pairsPath, placesPath, scoresPath string, held bool) (A, B, H []pair) {
	scores := map[string]float64{}
	readLines(scoresPath, func(c []string) {
		if len(c) >= 4 {
			if v, err := strconv.ParseFloat(c[0], 64); err == nil {
				scores[c[2]+"\t"+c[3]] = v
			}
		}
	})
	for _, f := range []string{pairsPath, placesPath} {
		readLines(f, func(c []string) {
			if len(c) != 6 || (c[5] != "dev" && (!held || c[5] != "held")) || (!positive[c[0]] && !negative[c[0]]) {
				return
			}
			a, okA := fold(c[2])
			b, okB := fold(c[3])
			if !okA || !okB || a == b {
				return
			}
			s, ok := scores[c[2]+"\t"+c[3]]
			if !ok {
				fmt.Fprintf(os.Stderr, "no score for %s / %s\n", c[2], c[3])
				os.Exit(1)
			}
			p := pair{class: c[0], a: a, b: b, half: half(c[2], c[3]), same: c[1] == "same", main: s}
			switch {
			case c[5] == "held":
				H = append(H, p)
			case p.half == "A":
				A = append(A, p)
			default:
				B = append(B, p)
			}
		})
	}
	return A, B, H
}

func explain(m *model, a, b string) string {
	var parts []string
	for _, o := range ops(a, b) {
		w, k := m.weight(o)
		parts = append(parts, fmt.Sprintf("%s %.1f", k, w))
	}
	return strings.Join(parts, ", ")
}

func printWeights(m *model) {
	type kw struct {
		k    string
		w    float64
		p, n int
	}
	var ks []kw
	seen := map[string]bool{}
	for _, c := range []map[string]int{m.pos, m.neg} {
		for k := range c {
			if !seen[k] && m.pos[k]+m.neg[k] >= minSeen {
				seen[k] = true
				ks = append(ks, kw{k, m.logOdds(k), m.pos[k], m.neg[k]})
			}
		}
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i].w > ks[j].w || ks[i].w == ks[j].w && ks[i].k < ks[j].k })
	for _, x := range ks {
		fmt.Printf("%-14s %6.2f  pos %4d  neg %4d\n", x.k, x.w, x.p, x.n)
	}
	fmt.Println()
}

func readLines(path string, f func([]string)) {
	fh, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		if l := sc.Text(); l != "" && l[0] != '#' {
			f(strings.Split(l, "\t"))
		}
	}
}
