package normalize

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// maxSlipCandidates is the most name candidates a text may have for
// surnameSlips: a news article has a few dozen (79 at most in the two news
// trial archives), a book or a collection of articles hundreds, among
// which two names one letter apart are many (the first 5,000 verses of the
// King James Bible, 828: Hezron and Hebron, Zillah and Zilpah, Hadar and
// Hagar, each two).
const maxSlipCandidates = 250

// surnameSlip is a surname one text writes two ways, one letter apart:
// the more frequent spelling (canonical) and the other.
type surnameSlip struct {
	canonical, variant string
}

// surnameSlips returns the surnames a text (the candidates of one text's
// Discoverer) writes two ways one letter apart, when at least one of the
// two is written alone: "Kuzminov" and "Pavel Kuzyminov", "Hushes" and
// "Phil Hughes", "Tonosaki" and "Tonozaki". Clusters does not join them:
// a surname alone and a full name have a different number of words, and
// Similarity keeps such short words apart (Hughes/Hushes 0.80), as it
// should across many texts; typoOf wants one spelling three times and the
// other once, alone.
//
// A word is taken when it is a one-word candidate, the last word of a
// longer one or the first of two ("Ohtani Shohei": news writes Japanese
// names both ways); five letters or more, a capital then small letters;
// not a word only seen inside a longer candidate (a middle name: "Michael"
// of "Cory Allan Michael Monteith" is no spelling of "Lea Michel"), nor
// seen in lower case, nor a word that opens sentences. One letter apart:
// one letter replaced, added or left out, or two next to each other
// swapped, the first and the last letter kept ("Khabarovsk",
// "Khabarovsky"; "Oyamada", "Yamada"); not a plural or possessive of the
// other, nor one stem with two derivation endings (derivedWord: "Koreas",
// the plural of a place, and "Koreans", of its demonym), nor an English
// word's British and American spellings (spellingConvention). Left
// alone: two words neither written alone ("Olympic Games", "Karamon
// Gates") unless the words before one end the words before the other
// ("Shaaban Abdel Gawad", "Abdel Gauad"), and two words written alone as
// often as each other and never in a longer name ("Zotov spoke. Zatov
// spoke."): two people are as likely as one. A word one letter from two
// others is left too. The canonical is the spelling the text writes more
// often, alone or in longer names; at a tie the one of a full name, then
// of the longer one (the first mention, in full).
//
// Given names are left too: the first word of a two-word name whose last
// word is written alone ("Wayde Sims", "Sims said") is one, and a given
// name one letter from another word is a relative as likely as a slip
// (his father, Wayne).
//
// A text of more than maxSlipCandidates candidates has none.
//
// In four steps: where each word stands (tallySlipWords), the words to
// compare (slipCandidates), the pairs one letter apart (slipPairs) and
// which of each pair is the slip (slips).
func (d *Discoverer) surnameSlips(cands []candidate) []surnameSlip {
	if len(cands) > maxSlipCandidates {
		return nil
	}
	t := d.tallySlipWords(cands)
	words := t.slipCandidates(d)
	return t.slips(words, d.slipPairs(t, words))
}

// slipWords are the candidates' words where surnameSlips reads them: how
// often each is written alone, as the last or first word of a two-word
// name, inside a longer one, and the words before it.
type slipWords struct {
	alone, last, first map[string]int
	middle             map[string]bool
	before             map[string][][]string // a last word -> the words before it in each name
	longest            map[string]int        // a word -> the most words of a name it ends
	named              map[string]bool       // a word that ends a name after a word no opener
	given              map[string]bool       // the first word of a two-word name whose last word is written alone
}

// tallySlipWords counts where each word of cands stands (names in
// capitals left out).
func (d *Discoverer) tallySlipWords(cands []candidate) *slipWords {
	t := &slipWords{alone: map[string]int{}, last: map[string]int{}, first: map[string]int{}, middle: map[string]bool{},
		before: map[string][][]string{}, longest: map[string]int{}, named: map[string]bool{}, given: map[string]bool{}}
	for _, c := range cands {
		if isAllCaps(c.form) {
			continue
		}
		ws := strings.Fields(c.form)
		switch {
		case len(ws) == 1 && !strings.ContainsAny(c.form, "-'’."):
			t.alone[c.form] += c.count
		case len(ws) == 2:
			t.last[ws[1]] += c.count
			t.first[ws[0]] += c.count // "Ohtani Shohei": news writes Japanese names both ways
		case len(ws) > 2:
			t.last[ws[len(ws)-1]] += c.count
			for _, w := range ws[1 : len(ws)-1] {
				t.middle[strings.ToLower(w)] = true
			}
		}
		if l := ws[len(ws)-1]; len(ws) >= 2 {
			t.before[l] = append(t.before[l], ws[:len(ws)-1])
			t.longest[l] = max(t.longest[l], len(ws))
			if !slices.ContainsFunc(ws[:len(ws)-1], func(w string) bool { return !d.opener(w) }) {
				continue
			}
			t.named[l] = true
		}
	}
	// The first word of a two-word name whose last word is written alone
	// is a given name ("Wayde Sims", "Sims said").
	for _, c := range cands {
		if ws := strings.Fields(c.form); len(ws) == 2 && t.alone[ws[1]] > 0 && !isAllCaps(c.form) {
			t.given[ws[0]] = true
		}
	}
	return t
}

// slipCandidates returns, sorted, the words that may be a slip or its
// spelling: written alone, or last or first in a name, capitalised
// letters of typoMinRunes or more, not inside longer names only, never
// in lower case and no sentence starter.
func (t *slipWords) slipCandidates(d *Discoverer) []string {
	var words []string
	for w := range t.alone {
		words = append(words, w)
	}
	for w := range t.last {
		if t.alone[w] == 0 {
			words = append(words, w)
		}
	}
	for w := range t.first {
		if t.alone[w] == 0 && t.last[w] == 0 {
			words = append(words, w)
		}
	}
	words = slices.DeleteFunc(words, func(w string) bool {
		f := strings.ToLower(w)
		r := []rune(w)
		return len(r) < typoMinRunes || !unicode.IsUpper(r[0]) || !isLetters(r) || t.middle[f] && t.alone[w] == 0 && t.last[w] == 0 || d.lower[f] || sentenceStarters.get()[f]
	})
	slices.Sort(words)
	return words
}

// slipPair is two of surnameSlips' words, by their index, a < b.
type slipPair struct{ a, b int }

// slipPairs returns the pairs of words one letter apart that may be one
// name, in order: each word indexed under itself and under each inner
// letter left out, so that only words one letter apart are compared.
func (d *Discoverer) slipPairs(t *slipWords, words []string) []slipPair {
	byKey := map[string][]int{}
	for i, w := range words {
		r := []rune(strings.ToLower(w))
		byKey[string(r)] = append(byKey[string(r)], i)
		for j := 1; j < len(r)-1; j++ {
			k := string(r[:j]) + string(r[j+1:])
			byKey[k] = append(byKey[k], i)
		}
	}
	seen := map[slipPair]bool{}
	var pairs []slipPair
	for _, ids := range byKey {
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				p := slipPair{min(ids[x], ids[y]), max(ids[x], ids[y])}
				if p.a == p.b || seen[p] {
					continue
				}
				seen[p] = true
				a, b := words[p.a], words[p.b]
				// Where every noun is capitalized (MinWords 2), a word
				// alone or after openers only ("In Bayern", "Die
				// Bauern", "Eine Autofahrerin") is as likely a noun: one
				// of the two must end a name ("Tim Zimmermann").
				if d.MinWords >= 2 && !t.named[a] && !t.named[b] ||
					t.alone[a] == 0 && t.alone[b] == 0 && !tailOfOther(t.before[a], t.before[b]) || t.given[a] || t.given[b] || isInflection(a, b) || derivedWord(a, b) || spellingConvention(a, b) || !oneInnerEdit(strings.ToLower(a), strings.ToLower(b)) {
					continue
				}
				pairs = append(pairs, p)
			}
		}
	}
	slices.SortFunc(pairs, func(x, y slipPair) int {
		return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	return pairs
}

// slips returns the pairs as slips, the spelling the text writes more
// often first, leaving two words as often alone and never in a name, and
// a word one letter from two others.
func (t *slipWords) slips(words []string, pairs []slipPair) []surnameSlip {
	used := map[string]bool{}
	var out []surnameSlip
	for _, p := range pairs {
		a, b := words[p.a], words[p.b]
		na, nb := t.alone[a]+t.last[a]+t.first[a], t.alone[b]+t.last[b]+t.first[b]
		if na == nb && t.last[a]+t.first[a]+t.last[b]+t.first[b] == 0 {
			continue // "Zotov spoke. Zatov spoke.": two people as likely as one
		}
		if nb > na || nb == na && (t.last[b] > t.last[a] || t.last[b] == t.last[a] && t.longest[b] > t.longest[a]) {
			a, b = b, a
		}
		if used[a] || used[b] {
			continue // a word one letter from two others: which is which is not clear
		}
		used[a], used[b] = true, true
		out = append(out, surnameSlip{a, b})
	}
	return out
}

// tailOfOther reports whether some words before one last word (of one
// name) end the words before the other in another name, or are them:
// "Abdel" before "Gauad" and "Shaaban Abdel" before "Gawad" are one
// person's names, "Olympic" and "Karamon" before "Games" and "Gates" two.
func tailOfOther(a, b [][]string) bool {
	for _, x := range a {
		for _, y := range b {
			if len(x) > len(y) {
				x, y = y, x
			}
			if len(x) > 0 && slices.Equal(x, y[len(y)-len(x):]) {
				return true
			}
		}
	}
	return false
}

// isLetters reports whether r is letters only.
func isLetters(r []rune) bool {
	for _, c := range r {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}

// oneInnerEdit reports whether a and b are one letter apart (one replaced,
// added or left out, or two next to each other swapped), neither the first
// letter nor the last.
func oneInnerEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if ra[0] != rb[0] || ra[len(ra)-1] != rb[len(rb)-1] {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	switch len(rb) - len(ra) {
	case 0:
		if i == len(ra) {
			return false
		}
		if string(ra[i+1:]) == string(rb[i+1:]) {
			return true // replaced
		}
		return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
	case 1:
		return string(ra[i:]) == string(rb[i+1:]) // left out
	}
	return false
}

// addSurnameSlips adds to add (with the byte offset of each canonical's
// first place to at) an entry for each of d's surnameSlips the glossary
// and add know neither spelling of.
func (g *Glossary) addSurnameSlips(d *Discoverer, text string, add []Entry, at []int) ([]Entry, []int) {
	cands := d.lastCands // unifiedFor's Clusters
	taken := map[string]bool{}
	for _, e := range add {
		for _, f := range append([]string{e.Canonical}, e.Variants...) {
			taken[f] = true
			for _, w := range strings.Fields(f) {
				taken[w] = true
			}
		}
	}
	slips := d.surnameSlips(cands)
	var forms []string
	for _, s := range slips {
		forms = append(forms, s.canonical)
	}
	firsts := firstWords(text, forms)
	for i, s := range slips {
		if taken[s.canonical] || taken[s.variant] {
			continue
		}
		if _, known := g.Lookup(s.canonical); known {
			continue
		}
		if _, known := g.Lookup(s.variant); known {
			continue
		}
		if firsts[i] < 0 || pinyinNamesApart(s.variant, s.canonical) {
			continue // Shanxi, Shaanxi: two provinces (check_apart.go)
		}
		add = append(add, Entry{Canonical: s.canonical, Variants: []string{s.variant}})
		at = append(at, firsts[i])
	}
	inits := d.initialSlips(text, cands)
	forms = forms[:0]
	for _, s := range inits {
		forms = append(forms, s.full, s.full+"'s") // "Michael Pompeo's"
	}
	firsts = firstWords(text, forms)
	for i, s := range inits {
		if taken[s.full] || taken[s.short] {
			continue
		}
		if _, known := g.Lookup(s.short); known {
			continue
		}
		first := firsts[2*i]
		if first < 0 {
			first = firsts[2*i+1]
		}
		if first < 0 {
			continue
		}
		taken[s.full] = true
		add = append(add, Entry{Canonical: s.full, Variants: []string{s.short}})
		at = append(at, first)
	}
	return add, at
}

// conventionSpellings folds the British and American spellings of English
// words that a name can contain: "Organisation", "Organization"; "Labour",
// "Labor".
var conventionSpellings = strings.NewReplacer("isation", "ization", "our", "or")

// spellingConvention reports whether a and b are one word in British and
// American spelling (conventionSpellings, or -ise and -ize at the end):
// "Organisation for Economic Co-operation" and "World Health Organization"
// name two bodies, and the Labour and Labor parties are two, so neither is
// a slip in a name.
func spellingConvention(a, b string) bool {
	fold := func(s string) string {
		s = conventionSpellings.Replace(strings.ToLower(s))
		for _, e := range []string{"ise", "ised", "ises", "ising", "iser", "isers"} {
			if t, ok := strings.CutSuffix(s, e); ok {
				return t + "iz" + e[2:]
			}
		}
		return s
	}
	return fold(a) == fold(b)
}
