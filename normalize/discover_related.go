package normalize

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// candForm is a discovery candidate as related reads it.
type candForm struct {
	form  string
	count int
	words []string // folded word keys (see keyBuilder.words)
}

// relLink is a candidate that is a related form of a cluster, and why.
type relLink struct {
	id  int
	why string
}

// related finds the candidates that name what another group of candidates
// names without being a spelling of it (see [RelatedForm]), and returns
// them by the root of the group they belong to. Only a candidate alone in
// its group is attached, only to one group (a form two groups could claim,
// as "Iraq" could be claimed by "Stressing Iraq" and "Iraq Iran", is left
// alone), and a group that others attach to is never attached itself.
// Three kinds of link, the first that holds:
//   - glossary: the default glossary has both in one entry ("Daesh",
//     "ISIS");
//   - listed: the reference table of organisation aliases lists both as
//     one organisation's (org_aliases.go: "Boko Haram", "Jama'atu Ahlis
//     Sunna Lidda'awati wal-Jihad");
//   - acronym: the candidate is written in capitals and spells the
//     initials of the other ("IRGC"; see isAcronymFor); two capitals only
//     with dots ("U.S."), since two undotted letters are as often a
//     person's initials;
//   - short form: the candidate's words are the last words of a longer
//     candidate whose other words are never a name on their own ("Salami"
//     and "Hossein Salami", but not "Iran" and "Islamic Iran", since
//     "Islamic" is a candidate by itself) and never an ordinary word seen in
//     lower case ("Bring Aaron", "New England"); a one-word candidate that also
//     opens candidates of several words is a modifier, not a short form
//     ("Islamic" of "Arab Islamic" and "Islamic Revolution"). The
//     last words may differ as singular and plural of an organisation
//     word ("the Guard", "Revolution Guards"). A form related to a related
//     form goes to the same cluster.
//
// It costs one pass over the candidates with map look-ups, not a
// comparison of every pair.
func (d *Discoverer) related(cands []candForm, groups map[int][]int, find func(int) int) map[int][]relLink {
	size := make([]int32, len(cands)) // of each root's group
	for i := range cands {
		size[find(i)]++
	}
	alone := func(i int) bool { return size[find(i)] == 1 }
	words := make([][]string, len(cands))
	single := make(map[string]bool, len(cands)) // keys of one-word candidates
	byLast := make(map[string][]int, len(cands))
	leading := make(map[string]bool, len(cands)) // first words of candidates of several words
	acronyms := false
	for i, c := range cands {
		w := c.words
		words[i] = w
		switch {
		case len(w) == 1:
			single[w[0]] = true
			acronyms = acronyms || isAllCaps(c.form)
		case len(w) >= 2:
			leading[w[0]] = true
			if last := w[len(w)-1]; len(last) >= 4 {
				byLast[last] = append(byLast[last], i)
			}
		}
	}
	var byInitials map[string][]int
	if acronyms {
		byInitials = map[string][]int{}
		for i, c := range cands {
			if len(words[i]) >= 2 {
				if in := initials(c.form); len(in) >= 2 {
					byInitials[in] = append(byInitials[in], i)
				}
			}
		}
	}
	proposal := map[int]relLink{} // candidate -> the target root and why
	target := map[int]bool{}      // roots others attach to
	attached := map[int]int{}     // roots of candidates attached to others -> the root they go to
	propose := func(i int, roots map[int]bool, why string) bool {
		if len(roots) != 1 || target[find(i)] {
			return false
		}
		for r := range roots {
			if to, ok := attached[r]; ok {
				r = to // a form related to a related form: "Guard", "Revolution Guards", "IRGC"
			}
			if r == find(i) {
				return false
			}
			attached[find(i)] = r
			proposal[i] = relLink{r, why}
			target[r] = true
		}
		return true
	}
	// Glossary aliases: the singletons of an entry go to its biggest group.
	g := DefaultGlossary()
	byEntry := map[int32][]int{}
	for i := range cands {
		if e := g.entryOfWords(words[i]); e >= 0 {
			byEntry[e] = append(byEntry[e], i)
		}
	}
	for _, ids := range byEntry {
		best := -1
		for _, i := range ids {
			if best < 0 || groupRank(cands, groups, find, i, best) < 0 {
				best = i
			}
		}
		for _, i := range ids {
			if find(i) != find(best) && alone(i) {
				propose(i, map[int]bool{find(best): true}, "glossary")
			}
		}
	}
	for _, ids := range listedGroups(cands) { // org_aliases.go
		best := -1
		for _, i := range ids {
			if best < 0 || groupRank(cands, groups, find, i, best) < 0 {
				best = i
			}
		}
		for _, i := range ids {
			if _, ok := proposal[i]; !ok && find(i) != find(best) && alone(i) {
				propose(i, map[int]bool{find(best): true}, "listed")
			}
		}
	}
	for i, c := range cands {
		if _, ok := proposal[i]; ok || !alone(i) {
			continue
		}
		if isAllCaps(c.form) && !strings.Contains(c.form, " ") && (len(c.form) > 2 || strings.Contains(c.form, ".")) {
			roots := map[int]bool{}
			for _, j := range byInitials[strings.Map(acronymLetter, c.form)] {
				if isAcronymFor(c.form, cands[j].form) {
					roots[find(j)] = true
				}
			}
			if propose(i, roots, "acronym") {
				continue
			}
		}
		w := words[i]
		if len(w) == 0 || len(w[len(w)-1]) < 4 || len(w) == 1 && leading[w[0]] {
			continue // a modifier ("Islamic" of "Islamic Revolution") is no short form
		}
		roots := map[int]bool{}
		last := w[len(w)-1]
		js := byLast[last]
		if f := orgWordForms[last]; f != "" {
			js = append(slices.Clip(js), byLast[f]...)
		}
		for f, g := range orgWordForms {
			if g == last && f != last {
				js = append(slices.Clip(js), byLast[f]...)
			}
		}
		for _, j := range js {
			long := words[j]
			if len(long) <= len(w) || !slices.EqualFunc(long[len(long)-len(w):], w, sameOrgWord) {
				continue
			}
			if slices.ContainsFunc(long[:len(long)-len(w)], func(x string) bool { return single[x] }) {
				continue
			}
			if slices.ContainsFunc(strings.Fields(cands[j].form), func(x string) bool { return d.lower[strings.ToLower(x)] }) {
				continue // an ordinary word inside: "If Balak", "New England"
			}
			roots[find(j)] = true
		}
		propose(i, roots, "short form")
	}
	out := map[int][]relLink{}
	for i, l := range proposal {
		if target[find(i)] {
			continue // a group others attach to stays a group
		}
		out[l.id] = append(out[l.id], relLink{i, l.why})
	}
	for _, ls := range out {
		slices.SortFunc(ls, func(a, b relLink) int {
			return cmp.Or(cmp.Compare(cands[b.id].count, cands[a.id].count), cmp.Compare(cands[a.id].form, cands[b.id].form))
		})
	}
	return out
}

// sameOrgWord reports whether word keys x and y are one word or two forms
// of one organisation word (see orgWordForms: "guards", "guard").
func sameOrgWord(x, y string) bool {
	if x == y {
		return true
	}
	fx, fy := orgWordForms[x], orgWordForms[y]
	return fx != "" && fx == y || fy != "" && fy == x || fx != "" && fx == fy
}

// groupRank orders candidates i and j by their groups for receiving
// glossary aliases: a group of several spellings first, then the more
// frequent candidate, then the smaller form.
func groupRank(cands []candForm, groups map[int][]int, find func(int) int, i, j int) int {
	return cmp.Or(
		cmp.Compare(len(groups[find(j)]), len(groups[find(i)])),
		cmp.Compare(cands[j].count, cands[i].count),
		cmp.Compare(cands[i].form, cands[j].form))
}

// initials returns the capital initials of the words of name that an
// acronym spells (function words left out; see optionalOrgWords):
// "Islamic Revolutionary Guard Corps" -> "IRGC".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if optionalOrgWords[strings.ToLower(w)] {
			continue
		}
		for _, r := range w {
			if unicode.IsUpper(r) {
				b.WriteRune(r)
			}
			break
		}
	}
	return b.String()
}

// acronymLetter keeps the capitals of an acronym ("U.S." -> "US").
func acronymLetter(r rune) rune {
	if unicode.IsUpper(r) {
		return r
	}
	return -1
}
