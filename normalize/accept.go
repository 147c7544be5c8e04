package normalize

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm/textio"
)

// OverDefaults returns the entries of discovered clusters (ClusterEntries)
// as they can be stored in the user's glossary without undoing the default
// glossary g, and the canonical forms of the entries it left out.
//
// A user entry replaces the default entry with its canonical key and wins
// the keys it shares with others (MergeEntries): stored as discovered, a
// cluster "Hezbollah, Hizbollah" would drop the default entry's other
// spellings (Hizb Allah, حزب الله), and a cluster whose most frequent
// spelling is a default variant ("Qasim Soleimani") would rewrite some
// spellings to it and others to the house spelling, a mix in one article.
// So an entry with spellings that g gives to one entry D (by key, as
// [Glossary.Lookup] finds them) and to no other becomes D with the entry's
// new spellings added to D's variants (D's canonical form and kind; D's
// languages unless the entry has its own), and is left out when g gives
// D all of its spellings already: the editor's pass over an archive adds
// to the house style, never replaces it. An entry limited to languages D
// does not apply to (which MergeEntries sets beside D), one whose
// spellings g gives to several entries, and one g knows nothing of are
// returned as they are.
func OverDefaults(entries []Entry, g *Glossary) (out []Entry, known []string) {
	out = make([]Entry, 0, len(entries))
	for _, e := range entries {
		switch x, fit := fitEntry(e, g, false); fit {
		case fitKnown:
			known = append(known, e.Canonical)
		default:
			out = append(out, x)
		}
	}
	return out, known
}

// OverGlossary is [OverDefaults] over the glossary in use: the user's
// entries (user, as the TM holds them, built for lang) first, then the
// default glossary. An entry whose spellings the user's glossary gives to
// one entry U becomes U with the new spellings added, U's canonical form,
// kind and languages kept (a cluster found in English texts does not make
// the user's entry one for English alone), or is left out when U has them
// all; the others are fitted to the default glossary as OverDefaults
// does. names discover --accept fitted the clusters to the default
// glossary only, and a cluster holding a spelling of the user's own entry
// was a glossary conflict that stored no cluster of the corpus.
func OverGlossary(entries, user []Entry, lang language.Tag) (out []Entry, known []string) {
	own := BuildGlossary(user, GlossaryOptions{NoDefault: true, Lang: lang})
	def := DefaultGlossary()
	var use *Glossary // the glossary in use: the user's entries over the default ones
	out = make([]Entry, 0, len(entries))
	for _, e := range entries {
		x, fit := fitEntry(e, own, true)
		if fit == fitNone {
			x, fit = fitEntry(e, def, false)
		}
		if fit == fitKnown && len(user) > 0 {
			if use == nil {
				use = BuildGlossary(user, GlossaryOptions{Lang: lang})
			}
			if !oneEntry(e, use) {
				out = append(out, e) // a conflict, which storing it shows
				continue
			}
		}
		switch fit {
		case fitKnown:
			known = append(known, e.Canonical)
		default:
			out = append(out, x)
		}
	}
	return out, known
}

// oneEntry reports whether a rewrite with g, the glossary in use, writes
// every spelling of e as one spelling (case aside). A cluster "Kyiv, Kiev"
// beside a user entry "Kyiv City" (variant Kiev) has both spellings in the
// user's glossary by key, but a rewrite keeps Kyiv and writes Kiev as
// "Kyiv City": names discover --accept called the cluster known and showed
// no conflict.
func oneEntry(e Entry, g *Glossary) bool {
	first := rewritten(g, e.Canonical)
	for _, v := range e.Variants {
		if !strings.EqualFold(rewritten(g, v), first) {
			return false
		}
	}
	return true
}

// rewritten is s as a rewrite with g writes it.
func rewritten(g *Glossary, s string) string {
	var b strings.Builder
	if err := g.Rewrite(&b, strings.NewReader(s), nil); err != nil {
		return s
	}
	return b.String()
}

// What fitEntry made of an entry.
const (
	fitNone     = iota // returned as it is
	fitExtended        // the glossary's entry with the new spellings
	fitKnown           // the glossary's entry has all its spellings
)

// fitEntry fits e to g as OverDefaults describes; own keeps the languages
// of g's entry (the user's) rather than e's.
func fitEntry(e Entry, g *Glossary, own bool) (Entry, int) {
	spellings := append([]string{e.Canonical}, e.Variants...)
	var d Entry
	found, several, unknown := 0, false, false
	for _, s := range spellings {
		de, ok := g.Lookup(s)
		switch {
		case !ok:
			unknown = true
		case found > 0 && de.Canonical != d.Canonical:
			several = true
		default:
			d = de
			found++
		}
	}
	if found == 0 || several || !langsOverlap(e.Langs, d.Langs) {
		return e, fitNone
	}
	if !unknown {
		return e, fitKnown
	}
	x := Entry{Canonical: d.Canonical, Kind: d.Kind, Langs: d.Langs, Variants: slices.Clone(d.Variants)}
	if x.Kind == KindOther {
		x.Kind = e.Kind
	}
	if len(e.Langs) > 0 && !own {
		x.Langs = e.Langs
	}
	for _, s := range spellings {
		if s != x.Canonical && !slices.Contains(x.Variants, s) {
			x.Variants = append(x.Variants, s)
		}
	}
	return x, fitExtended
}

// Accepted is what accepting one discovered cluster stores, as discover
// --accept decides it (ClusterEntries, then OverDefaults).
type Accepted struct {
	// Entry is the entry to store: the cluster's, or the glossary entry
	// it extends with its new spellings (Extends set). Zero when there is
	// nothing to store.
	Entry Entry
	// Extends is the canonical form of the glossary entry that Entry
	// extends; empty when Entry is the cluster's own.
	Extends string
	// Known is the canonical form of the glossary entry that has every
	// spelling of the cluster already: nothing to store.
	Known string
}

// AcceptCluster returns what accepting c (of kind, found in texts of lang,
// or language.Und) stores over the glossary g: what [OverDefaults] makes
// of its entry. A cluster g holds already is Known; a cluster of one
// spelling that g does not know (the rest of it related forms, or forms
// that are no spellings of it: [Cluster.Entry]) has nothing to store, as
// [ClusterEntries] leaves it out, and neither Entry nor Known is set.
func AcceptCluster(c Cluster, kind Kind, lang language.Tag, g *Glossary) Accepted {
	e := c.Entry()
	e.Kind = kind
	if lang != language.Und {
		e.Langs = []language.Tag{lang}
	}
	out, known := OverDefaults([]Entry{e}, g)
	switch {
	case len(known) > 0:
		// OverDefaults names the cluster's canonical; the entry that
		// holds it is what a reader looks for.
		d, _ := g.Lookup(e.Canonical)
		return Accepted{Known: d.Canonical}
	case len(out[0].Variants) == 0:
		return Accepted{}
	case out[0].Canonical != e.Canonical || len(out[0].Variants) > len(e.Variants):
		return Accepted{Entry: out[0], Extends: out[0].Canonical}
	}
	return Accepted{Entry: out[0]}
}

// ReplacedDefault says what storing e as a new user entry drops of the
// default glossary: a user entry replaces the default entry of its
// canonical key whose languages overlap its own ([MergeEntries]), so the
// spellings of that entry that e lacks (by key) are no longer rewritten. It
// returns a warning naming them, or "" when e replaces no default entry or
// keeps all of its spellings. names add of a house spelling with one new
// variant dropped the default entry's other spellings, and said only that
// it added the entry.
func ReplacedDefault(e Entry) string {
	k := Key(e.Canonical)
	for _, d := range defaultEntries() {
		if Key(d.Canonical) != k || !langsOverlap(e.Langs, d.Langs) {
			continue
		}
		kept := map[string]bool{k: true}
		for _, v := range e.Variants {
			kept[Key(v)] = true
		}
		var lost []string
		for _, s := range append([]string{d.Canonical}, d.Variants...) {
			if !kept[Key(s)] {
				lost = append(lost, s)
			}
		}
		if len(lost) == 0 {
			return ""
		}
		shown := strings.Join(lost, ", ")
		if len(lost) > 2 {
			shown = strings.Join(lost[:2], ", ") + ", ..."
		}
		return fmt.Sprintf("%s replaces the default glossary's entry of that name: normalize no longer rewrites its other %s (%s); give them as variants too to keep them",
			textio.QuoteText(e.Canonical), textio.Count(len(lost), "spelling", "spellings"), shown)
	}
	return ""
}
