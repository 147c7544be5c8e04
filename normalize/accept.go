package normalize

import "slices"

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
			out = append(out, e)
			continue
		}
		if !unknown {
			known = append(known, e.Canonical)
			continue
		}
		x := Entry{Canonical: d.Canonical, Kind: d.Kind, Langs: d.Langs, Variants: slices.Clone(d.Variants)}
		if x.Kind == KindOther {
			x.Kind = e.Kind
		}
		if len(e.Langs) > 0 {
			x.Langs = e.Langs
		}
		for _, s := range spellings {
			if s != x.Canonical && !slices.Contains(x.Variants, s) {
				x.Variants = append(x.Variants, s)
			}
		}
		out = append(out, x)
	}
	return out, known
}
