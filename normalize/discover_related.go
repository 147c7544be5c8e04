package normalize

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
//     lower case ("Bring Aaron", "New England"). A country's English name
//     (regions_en.txt) is the short form only of a person's name, one that
//     opens with a given name of nicknames.tsv other than a compass point
//     ("Jordan" of "Michael Jordan"; not "Iceland" of "West Iceland",
//     "Russia" of "United Russia", a party named after the country, or
//     "Austria" of "Bank Austria"). A long form seen only over a paragraph
//     end or only in headlines is no long form (Discoverer.spans,
//     Discoverer.headline). A one-word candidate that also opens
//     candidates of several words is a modifier, not a short form
//     ("Islamic" of "Arab Islamic" and "Islamic Revolution"). The
//     last words may differ as singular and plural of an organisation
//     word ("the Guard", "Revolution Guards"). A form related to a related
//     form goes to the same cluster.
//
// In a corpus of several sources, a short form, or an acronym of three
// letters or fewer (maxLooseAcronym), goes only to a longer candidate seen
// in one source with it, or in a source that shares context with one of
// its own (sourceContext.apart): "MNP" of an article on mobile phones is
// not the "Main Naval Parade" of another, nor "Cruz" of one the "Dela
// Cruz" of another.
//
// It costs one pass over the candidates with map look-ups, not a
// comparison of every pair.
func (d *Discoverer) related(cands []candForm, groups map[int][]int, find func(int) int, sc *sourceContext) map[int][]relLink {
	r := newRelater(d, cands, groups, find)
	r.sc = sc
	g := DefaultGlossary()
	byEntry := map[int32][]int{}
	for i, c := range cands {
		if e := g.entryOfWords(c.words); e >= 0 {
			byEntry[e] = append(byEntry[e], i)
		}
	}
	for _, ids := range byEntry {
		r.attachToBest(ids, "glossary")
	}
	for _, ids := range listedGroups(cands) { // org_aliases.go
		r.attachToBest(ids, "listed")
	}
	for i := range cands {
		if _, ok := r.proposal[i]; ok || !r.alone(i) {
			continue
		}
		if r.propose(i, r.acronymOf(i), "acronym") {
			continue
		}
		r.propose(i, r.shortFormOf(i), "short form")
	}
	return r.links()
}

// relater is related's state: the candidates' groups, the indexes of
// their words, and the links proposed so far.
type relater struct {
	d      *Discoverer
	cands  []candForm
	groups map[int][]int
	find   func(int) int
	size   []int32 // of each root's group

	single     map[string]bool  // keys of one-word candidates
	leading    map[string]bool  // first words of candidates of several words
	byLast     map[string][]int // candidates of several words by their last word (of 4 letters or more)
	byInitials map[string][]int // candidates of several words by their initials; nil without a one-word candidate in capitals

	sc       *sourceContext  // nil for one source
	proposal map[int]relLink // candidate -> the target root and why
	target   map[int]bool    // roots others attach to
	attached map[int]int     // roots of candidates attached to others -> the root they go to
}

// newRelater indexes the candidates' groups and words.
func newRelater(d *Discoverer, cands []candForm, groups map[int][]int, find func(int) int) *relater {
	r := &relater{
		d: d, cands: cands, groups: groups, find: find,
		size:     make([]int32, len(cands)),
		single:   make(map[string]bool, len(cands)),
		leading:  make(map[string]bool, len(cands)),
		byLast:   make(map[string][]int, len(cands)),
		proposal: map[int]relLink{},
		target:   map[int]bool{},
		attached: map[int]int{},
	}
	for i := range cands {
		r.size[find(i)]++
	}
	acronyms := false
	for i, c := range cands {
		w := c.words
		switch {
		case len(w) == 1:
			r.single[w[0]] = true
			acronyms = acronyms || isAllCaps(c.form)
		case len(w) >= 2:
			r.leading[w[0]] = true
			if last := w[len(w)-1]; len(last) >= 4 {
				r.byLast[last] = append(r.byLast[last], i)
			}
		}
	}
	if acronyms {
		r.byInitials = map[string][]int{}
		for i, c := range cands {
			if len(c.words) >= 2 {
				if in := initials(c.form); len(in) >= 2 {
					r.byInitials[in] = append(r.byInitials[in], i)
				}
			}
		}
	}
	return r
}

// alone reports whether candidate i is alone in its group.
func (r *relater) alone(i int) bool { return r.size[r.find(i)] == 1 }

// propose links candidate i to the group of roots if there is exactly one
// and i's group is not itself a target; a root already attached elsewhere
// stands for the group it went to ("Guard", "Revolution Guards", "IRGC").
func (r *relater) propose(i int, roots map[int]bool, why string) bool {
	if len(roots) != 1 || r.target[r.find(i)] {
		return false
	}
	for root := range roots {
		if to, ok := r.attached[root]; ok {
			root = to
		}
		if root == r.find(i) {
			return false
		}
		r.attached[r.find(i)] = root
		r.proposal[i] = relLink{root, why}
		r.target[root] = true
	}
	return true
}

// attachToBest proposes that the candidates ids (one glossary entry's, or
// one listing's) that are alone in their group and not yet linked go to
// the group of the best of them (see groupRank).
func (r *relater) attachToBest(ids []int, why string) {
	best := -1
	for _, i := range ids {
		if best < 0 || groupRank(r.cands, r.groups, r.find, i, best) < 0 {
			best = i
		}
	}
	for _, i := range ids {
		if _, ok := r.proposal[i]; !ok && r.find(i) != r.find(best) && r.alone(i) {
			r.propose(i, map[int]bool{r.find(best): true}, why)
		}
	}
}

// maxLooseAcronym is the most letters of an acronym that needs its long
// form in a source with it, or in one that shares context with one of its
// own (sourceContext.apart), to be related to it: three letters spell the
// initials of unrelated names too often (MNP the phone-number rule and
// the Main Naval Parade, IFS and IDEOGRAPHIC FULL STOP), four seldom
// (KCNA, IMAP, GFDL in a chapter of their own).
const maxLooseAcronym = 3

// acronymOf returns the roots of the groups whose candidates candidate i,
// written as an acronym, spells the initials of; nil if it is no acronym.
func (r *relater) acronymOf(i int) map[int]bool {
	form := r.cands[i].form
	if !isAllCaps(form) || strings.Contains(form, " ") || len(form) <= 2 && !strings.Contains(form, ".") {
		return nil
	}
	roots := map[int]bool{}
	letters := strings.Map(acronymLetter, form)
	for _, j := range r.byInitials[letters] {
		if isAcronymFor(form, r.cands[j].form) && (utf8.RuneCountInString(letters) > maxLooseAcronym || !r.sc.apart(form, r.cands[j].form)) {
			roots[r.find(j)] = true
		}
	}
	return roots
}

// shortFormOf returns the roots of the groups of the longer candidates
// that candidate i is a short form of: their last words are its words
// (or singular and plural of an organisation word), and their other words
// are neither a candidate on their own nor an ordinary word. It is nil
// for a candidate that cannot be a short form (a modifier, a short last
// word).
func (r *relater) shortFormOf(i int) map[int]bool {
	w := r.cands[i].words
	if len(w) == 0 || len(w[len(w)-1]) < 4 || len(w) == 1 && r.leading[w[0]] {
		return nil // a modifier ("Islamic" of "Islamic Revolution") is no short form
	}
	last := w[len(w)-1]
	js := r.byLast[last]
	if f := orgWordForms.get()[last]; f != "" {
		js = append(slices.Clip(js), r.byLast[f]...)
	}
	for f, g := range orgWordForms.get() {
		if g == last && f != last {
			js = append(slices.Clip(js), r.byLast[f]...)
		}
	}
	region := isEnglishRegionKey(w) // a country's English name (regions_en.txt)
	var longs []int
	for _, j := range js {
		long := r.cands[j].words
		if len(long) <= len(w) || !slices.EqualFunc(long[len(long)-len(w):], w, sameOrgWord) {
			continue
		}
		if region && !givenNameOpens(r.cands[j].form, long) {
			continue // the country a name is named after: "Radio Sweden", "United Russia"; a surname ("Michael Jordan") is one
		}
		if slices.ContainsFunc(long[:len(long)-len(w)], func(x string) bool { return r.single[x] }) {
			continue
		}
		if slices.ContainsFunc(strings.Fields(r.cands[j].form), func(x string) bool { return r.d.lower[strings.ToLower(x)] }) {
			continue // an ordinary word inside: "If Balak", "New England"
		}
		if strings.Contains(r.cands[j].form, "!") {
			continue // one word written with "!" ("WoW!Korea"): its parts are not its words
		}
		if r.d.spans[r.cands[j].form] >= r.cands[j].count {
			continue // always over a paragraph end: "News Seibu" (Discoverer.spans)
		}
		if r.d.headline[r.cands[j].form] >= r.cands[j].count {
			continue // only in headlines: "Support Amid COVID" (Discoverer.headline)
		}
		longs = append(longs, j)
	}
	roots := map[int]bool{}
	for _, j := range longs {
		if r.sc.apart(r.cands[i].form, r.cands[j].form) || r.strays(i, j, longs) {
			continue
		}
		roots[r.find(j)] = true
	}
	return roots
}

// givenNameOpens reports whether the name form (its word keys words) opens
// with a given name of nicknames.tsv that is no compass point: "Michael
// Jordan", but not "West Iceland" (a part of the country), though the
// table has "West" as a short form of Westley.
func givenNameOpens(form string, words []string) bool {
	if len(words) < 2 || len(nicknameGroups()[words[0]]) == 0 {
		return false
	}
	first, _, _ := strings.Cut(form, " ")
	_, compass := directions[strings.ToLower(first)]
	return !compass
}

// strays reports whether short form i, over a corpus of several sources,
// names another than long form j (of one source) somewhere: a source of i
// without any of its long forms (longs) shares less than minSharedContext
// with j's ("Allen" the quarterback in a story on football, "Cynthia
// Allen" in one on a school; "Japan" in many stories, "Gizmodo Japan" in
// one). A long form in several sources is a name the corpus knows well
// ("Donald Trump", "Trump"), and a source that has another long form
// has its own ("O.J. Simpson").
func (r *relater) strays(i, j int, longs []int) bool {
	sc := r.sc
	if sc == nil {
		return false
	}
	short, long := strings.ToLower(r.cands[i].form), strings.ToLower(r.cands[j].form)
	sb := sc.of[long]
	if len(sb) != 1 {
		return false
	}
	ka, kb := Key(short), Key(long)
	for _, x := range sc.of[short] {
		if slices.ContainsFunc(longs, func(l int) bool {
			_, ok := slices.BinarySearch(sc.of[strings.ToLower(r.cands[l].form)], x)
			return ok
		}) {
			continue
		}
		if sc.share(x, sb[0], short, long, ka, kb) < minSharedContext {
			return true
		}
	}
	return false
}

// links turns the proposals into the related forms of each target root,
// the most frequent first; a group others attach to keeps its own.
func (r *relater) links() map[int][]relLink {
	out := map[int][]relLink{}
	for i, l := range r.proposal {
		if r.target[r.find(i)] {
			continue // a group others attach to stays a group
		}
		out[l.id] = append(out[l.id], relLink{i, l.why})
	}
	cands := r.cands
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
	fx, fy := orgWordForms.get()[x], orgWordForms.get()[y]
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
