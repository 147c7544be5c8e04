// Command glossgen writes a large user glossary for the big-glossary
// benchmark (BENCHMARKS.md, branch bigglossary): synthetic but shaped like
// a newsroom's import of a names list (JRC-Names, a sanctions list):
// person names of two or three words, places of one or two, organisations
// of two to five words with an acronym, each with 1 to 4 variant spellings
// made by the changes wire copy shows (ou/u, ei/ey, doubled letters,
// hyphens and the article, a dropped middle name, an acronym, a form in
// capitals). Names are made from syllables; an entry whose spellings would
// share a key (normalize.Key) with an earlier entry's is skipped, so that
// `bitext names import` takes the file whole. Output is TSV (canonical,
// kind, variants, langs), deterministic for a seed.
//
//	go run ./testdata/bench/glossgen -n 200000 -o /tmp/big.tsv
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"

	"github.com/bitext/bitext/normalize"
)

var (
	onsets  = strings.Fields("b d f g h j k l m n p q r s t v z sh kh gh th ch br dr kr tr st zh y w")
	nuclei  = strings.Fields("a e i o u ou ei ai ia oo ee ae")
	codas   = []string{"", "", "", "n", "r", "m", "s", "l", "d", "t", "k", "sh", "v", "z"}
	orgHead = strings.Fields("Front Movement Party Brigades Council Union Army Company Group Bank Authority Committee")
	orgAdj  = strings.Fields("National Democratic Popular Islamic United Revolutionary Federal Central Eastern Western Northern Southern")
	placeSf = []string{"", "", "abad", "grad", "pur", "stan", "ville", "burg", "an", "iya"}
)

type gen struct{ r *rand.Rand }

func (g gen) syllables(n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(onsets[g.r.IntN(len(onsets))])
		b.WriteString(nuclei[g.r.IntN(len(nuclei))])
		b.WriteString(codas[g.r.IntN(len(codas))])
	}
	return b.String()
}

func (g gen) word(minS, maxS int) string {
	w := g.syllables(minS + g.r.IntN(maxS-minS+1))
	return strings.ToUpper(w[:1]) + w[1:]
}

// spell changes a word as a transliteration would.
func (g gen) spell(w string) string {
	swaps := [][2]string{{"ou", "u"}, {"ei", "ey"}, {"oo", "u"}, {"ee", "i"}, {"kh", "h"}, {"q", "k"}, {"ia", "iya"}, {"sh", "sch"}, {"ai", "ay"}, {"z", "s"}}
	for range 3 {
		s := swaps[g.r.IntN(len(swaps))]
		if strings.Contains(w, s[0]) {
			return strings.Replace(w, s[0], s[1], 1)
		}
	}
	// a doubled letter
	i := 1 + g.r.IntN(len(w)-1)
	return w[:i] + w[i:i+1] + w[i:]
}

func (g gen) entry() normalize.Entry {
	var e normalize.Entry
	switch p := g.r.IntN(10); {
	case p < 6: // person
		e.Kind = normalize.KindPerson
		words := []string{g.word(1, 3), g.word(2, 3)}
		if g.r.IntN(4) == 0 {
			words = []string{words[0], g.word(1, 3), words[1]}
		}
		e.Canonical = strings.Join(words, " ")
		for range 1 + g.r.IntN(4) {
			v := append([]string(nil), words...)
			switch g.r.IntN(5) {
			case 0:
				if len(v) == 3 {
					v = []string{v[0], v[2]}
				} else {
					v[1] = g.spell(v[1])
				}
			case 1:
				v[len(v)-1] = "al-" + v[len(v)-1]
			case 2:
				v[0] = g.spell(v[0])
				v[len(v)-1] = g.spell(v[len(v)-1])
			default:
				k := g.r.IntN(len(v))
				v[k] = g.spell(v[k])
			}
			e.Variants = append(e.Variants, strings.Join(v, " "))
		}
	case p < 8: // place
		e.Kind = normalize.KindPlace
		name := g.word(2, 3)
		if sf := placeSf[g.r.IntN(len(placeSf))]; sf != "" {
			name += sf
		}
		if g.r.IntN(5) == 0 {
			name = "Al-" + name
		}
		e.Canonical = name
		for range 1 + g.r.IntN(3) {
			e.Variants = append(e.Variants, g.spell(name))
		}
		if g.r.IntN(6) == 0 {
			e.Variants = append(e.Variants, strings.ToUpper(name))
		}
	default: // organisation
		e.Kind = normalize.KindOrg
		words := []string{orgAdj[g.r.IntN(len(orgAdj))], g.word(2, 3), orgHead[g.r.IntN(len(orgHead))]}
		if g.r.IntN(3) == 0 {
			words = append([]string{orgAdj[g.r.IntN(len(orgAdj))]}, words...)
		}
		e.Canonical = strings.Join(words, " ")
		var acr strings.Builder
		for _, w := range words {
			acr.WriteByte(w[0])
		}
		e.Variants = append(e.Variants, acr.String())
		for range g.r.IntN(3) {
			v := append([]string(nil), words...)
			k := 1
			v[k] = g.spell(v[k])
			e.Variants = append(e.Variants, strings.Join(v, " "))
		}
	}
	e.Variants = normalize.DistinctVariants(e.Canonical, e.Variants)
	return e
}

func main() {
	n := flag.Int("n", 200000, "entries")
	out := flag.String("o", "-", "output file")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	w := os.Stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	g := gen{rand.New(rand.NewPCG(*seed, 2))}
	taken := map[string]bool{}
	for _, e := range normalize.DefaultEntries() { // the defaults are overridden, not in conflict, but keep clear of them
		for _, f := range append([]string{e.Canonical}, e.Variants...) {
			taken[normalize.Key(f)] = true
		}
	}
	fmt.Fprintln(bw, "canonical\tkind\tvariants\tlangs")
	for made := 0; made < *n; {
		e := g.entry()
		keys := map[string]bool{}
		ok := true
		for _, f := range append([]string{e.Canonical}, e.Variants...) {
			k := normalize.Key(f)
			if k == "" || taken[k] {
				ok = false
				break
			}
			keys[k] = true
		}
		if !ok {
			continue
		}
		for k := range keys {
			taken[k] = true
		}
		langs := ""
		if g.r.IntN(5) == 0 {
			langs = "en"
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", e.Canonical, e.Kind, strings.Join(e.Variants, "|"), langs)
		made++
	}
}
