package normalize

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

// A Conflict is a spelling that two entries of the user's glossary would
// both claim: rewriting could not tell which canonical form it stands for.
type Conflict struct {
	Form      string // the spelling, as the added entry writes it
	Canonical string // the added entry's canonical form
	Other     string // the canonical form of the entry that already claims it
	// Spelling is the other entry's spelling with Form's key: Form
	// itself, or another spelling of the name ("Qasim Soleimani" for
	// Form "Qasim Sulaimani"), which the message then names when it is a
	// variant, as Form is nowhere in the glossary.
	Spelling string
}

func (c Conflict) String() string {
	form := textio.QuoteText(c.Form)
	if c.Form != c.Canonical {
		form += " (a variant of " + textio.QuoteText(c.Canonical) + ")"
	}
	switch {
	case c.Spelling == "" || c.Spelling == c.Form:
	case c.Spelling == c.Other:
		// The other entry's canonical form itself: "already belongs"
		// named a spelling that its list does not show.
		return fmt.Sprintf("%s is a spelling of %s, the canonical form of another entry", form, textio.QuoteText(c.Other))
	default:
		return fmt.Sprintf("%s is a spelling of %s, which already belongs to the entry %s", form, textio.QuoteText(c.Spelling), textio.QuoteText(c.Other))
	}
	return fmt.Sprintf("%s already belongs to the entry %s", form, textio.QuoteText(c.Other))
}

// ConflictError is the error of [CheckConflicts]: the conflicts found, in
// the order of the added entries. It is bad input: nothing should be stored.
type ConflictError struct {
	Conflicts []Conflict
	// Where, when set, holds the place of each conflict's added spelling
	// in the file it came from ("names.tsv:12"; see [Origins.Place]),
	// "" for one of no known place.
	Where []string
}

func (e *ConflictError) Error() string {
	var b strings.Builder
	b.WriteString("glossary conflict: ")
	for i, c := range e.Conflicts {
		if i == 3 {
			fmt.Fprintf(&b, "; and %d more", len(e.Conflicts)-i)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		if i < len(e.Where) && e.Where[i] != "" {
			b.WriteString(e.Where[i] + ": ")
		}
		b.WriteString(c.String())
	}
	return b.String()
}

// BadInput reports true: the entries contradict the glossary.
func (e *ConflictError) BadInput() bool { return true }

// Conflicts returns the spellings of added (canonical forms and variants)
// that share a key with a spelling of another entry that can apply to the
// same text: one of existing (the user's glossary) or an earlier one of
// added, whose languages overlap the added entry's (compared by language
// subtag, as [FilterLang] does) or which either applies to every language.
// An IATE-style termbase, whose French entry "Téhéran" and German entry
// "Teheran" share a key, is no conflict: a text is French or German, and
// rewriting picks the entry of its language. An entry is identified by its
// canonical form, as the TM stores it: adding variants to an entry that
// exists is no conflict, and neither is a spelling that only the default
// glossary knows (a user entry overrides default entries; see
// [MergeEntries]). Languages are those the entries have once added is
// stored: an added entry's non-empty list replaces the stored one, and the
// stored spellings of an entry whose languages change are checked again.
func Conflicts(existing, added []Entry) []Conflict {
	final, stored, relangs := storedLangs(existing, added)
	kc := keyClaims{final: final, owners: map[string][]keyOwner{}, spelled: map[[2]string]bool{}}
	for _, e := range existing {
		if !relangs[strings.TrimSpace(e.Canonical)] {
			kc.claim(e, nil)
		}
	}
	var out []Conflict
	for _, e := range added {
		c := strings.TrimSpace(e.Canonical)
		if relangs[c] { // its stored spellings apply to other languages now
			s := stored[c]
			delete(relangs, c)
			e.Variants = append(append([]string(nil), s.Variants...), e.Variants...)
		}
		kc.claim(e, func(form string, other keyOwner) {
			spelling := other.form // the first of its spellings with form's key
			if kc.spelled[[2]string{other.canon, form}] {
				spelling = form // the other entry lists form itself
			}
			out = append(out, Conflict{Form: form, Canonical: c, Other: other.canon, Spelling: spelling})
		})
	}
	return out
}

// storedLangs returns the languages of each entry, by its canonical form,
// once added is stored (as PutGlossary stores it: a non-empty list
// replaces), the stored entries of existing, and the stored entries whose
// languages added changes.
func storedLangs(existing, added []Entry) (final map[string][]language.Tag, stored map[string]Entry, relangs map[string]bool) {
	final = map[string][]language.Tag{}
	stored = map[string]Entry{}
	for _, e := range existing {
		c := strings.TrimSpace(e.Canonical)
		final[c], stored[c] = e.Langs, e
	}
	relangs = map[string]bool{}
	for _, e := range added {
		c := strings.TrimSpace(e.Canonical)
		if len(e.Langs) == 0 {
			if _, ok := final[c]; ok {
				continue
			}
		} else if s, ok := stored[c]; ok && !sameLangs(s.Langs, e.Langs) {
			relangs[c] = true
		}
		final[c] = e.Langs
	}
	return final, stored, relangs
}

// keyOwner is an entry that claims a key: its canonical form, its first
// spelling with the key, its languages once stored.
type keyOwner struct {
	canon, form string
	langs       []language.Tag
}

// keyClaims are the keys Conflicts has seen claimed, entry by entry.
type keyClaims struct {
	final   map[string][]language.Tag // storedLangs' languages of each entry
	owners  map[string][]keyOwner     // key -> the entries that claim it
	spelled map[[2]string]bool        // {canonical, spelling} of every entry's spellings
}

// claim claims the keys of e's spellings for e, and tells report (when
// not nil) of each spelling whose key an entry of overlapping languages
// claimed before, with that entry; such a key stays the other's.
func (kc *keyClaims) claim(e Entry, report func(form string, other keyOwner)) {
	canon := strings.TrimSpace(e.Canonical)
	langs := kc.final[canon]
	for i, f := range append([]string{e.Canonical}, e.Variants...) {
		if i > 0 && strings.TrimSpace(f) == canon {
			continue
		}
		kc.spelled[[2]string{canon, strings.TrimSpace(f)}] = true
		k := Key(f)
		if k == "" {
			continue
		}
		clash := -1
		for i, o := range kc.owners[k] {
			if o.canon != canon && langsOverlap(o.langs, langs) {
				clash = i
				break
			}
		}
		if clash >= 0 {
			if report != nil {
				report(strings.TrimSpace(f), kc.owners[k][clash])
			}
			continue
		}
		if !slices.ContainsFunc(kc.owners[k], func(o keyOwner) bool { return o.canon == canon }) {
			kc.owners[k] = append(kc.owners[k], keyOwner{canon, strings.TrimSpace(f), langs})
		}
	}
}

// langsOverlap reports whether entries limited to a and b can apply to one
// text: either applies to every language (an empty list), or they share a
// language subtag ("en-GB" and "en" do; no and nb do too: langBase).
func langsOverlap(a, b []language.Tag) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		bx := langBase(x)
		for _, y := range b {
			if langBase(y) == bx {
				return true
			}
		}
	}
	return false
}

// sameLangs reports whether a and b list the same languages.
func sameLangs(a, b []language.Tag) bool {
	s := func(ls []language.Tag) string {
		t := langStrings(ls)
		slices.Sort(t)
		return strings.Join(slices.Compact(t), " ")
	}
	return s(a) == s(b)
}

// CheckConflicts returns a *ConflictError when [Conflicts] finds any, else
// nil.
func CheckConflicts(existing, added []Entry) error {
	if c := Conflicts(existing, added); len(c) > 0 {
		return &ConflictError{Conflicts: c}
	}
	return nil
}

// MissingEntries returns a warning for each of names that is not the
// canonical form of any of entries: one that is a variant says of which
// entry (`no entry “Saeedreza” (a variant of “Saeed Reza”)`; removing
// that entry would remove its other spellings too), another names the
// canonical form it was probably meant for (one with the same key) if
// there is one: `no entry “Saeedreza” (did you mean “Saeed Reza”?)`.
func MissingEntries(entries []Entry, names []string) []string {
	canon := map[string]bool{}
	byKey := map[string]string{}
	variantOf := map[string]string{}
	for _, e := range entries {
		canon[e.Canonical] = true
		byKey[Key(e.Canonical)] = e.Canonical
		for _, v := range e.Variants {
			variantOf[v] = e.Canonical
		}
	}
	var out []string
	for _, n := range names {
		if canon[n] {
			continue
		}
		w := "no entry " + textio.QuoteText(n)
		if c, ok := variantOf[n]; ok {
			w += " (a variant of " + textio.QuoteText(c) + ")"
		} else if m := byKey[Key(n)]; m != "" {
			w += " (did you mean " + textio.QuoteText(m) + "?)"
		} else if slices.ContainsFunc(defaultEntries(), func(d Entry) bool { return d.Canonical == n }) {
			w += " (an entry of the default glossary, which cannot be removed: add a user entry to override it)"
		}
		out = append(out, w)
	}
	return out
}

// LangChanges returns a warning for each of added that limits an entry of
// stored to other languages than it had: the TM replaces an entry's
// languages with a new list, so that 'names add Tehran Téhéran -l fr' to
// an entry for English makes it an entry for French alone:
// `“Tehran” now applies to fr only (it applied to en)`.
func LangChanges(stored, added []Entry) []string {
	had := map[string][]language.Tag{}
	for _, e := range stored {
		had[e.Canonical] = e.Langs
	}
	set := func(ls []language.Tag) string {
		s := langStrings(ls)
		slices.Sort(s)
		return strings.Join(slices.Compact(s), " ")
	}
	var out []string
	for _, e := range added {
		old, ok := had[strings.TrimSpace(e.Canonical)]
		if !ok || len(e.Langs) == 0 || set(old) == set(e.Langs) {
			continue
		}
		before := cmp.Or(set(old), "every language")
		out = append(out, fmt.Sprintf("%s now applies to %s only (it applied to %s)", textio.QuoteText(strings.TrimSpace(e.Canonical)), set(e.Langs), before))
	}
	return out
}

// VariantError is the error of [CheckVariants]: spellings asked to be
// removed as variants that are no variant of the user's glossary. It is bad
// input: nothing should be removed.
type VariantError struct{ Problems []string }

func (e *VariantError) Error() string {
	return "cannot remove a variant: " + strings.Join(e.Problems, "; ")
}

// BadInput reports true: the spellings are not the glossary's variants.
func (e *VariantError) BadInput() bool { return true }

// CheckVariants returns a *VariantError when one of spellings (white space
// around it aside) is no variant of entries, the user's glossary, naming
// what is there: the entry whose canonical form it is (removing the entry
// removes all its spellings), the user's entry with the same key and its
// variants ("teheran" for the variant "Teheran"), or the default glossary's
// entry that has it (which cannot be removed, only overridden); else nil.
// Removing every variant of an entry leaves the entry.
func CheckVariants(entries []Entry, spellings []string) error {
	isVariant, isCanon := map[string]bool{}, map[string]bool{}
	byKey := map[string]Entry{}
	for _, e := range entries {
		isCanon[e.Canonical] = true
		byKey[Key(e.Canonical)] = e
		for _, v := range e.Variants {
			isVariant[v] = true
			byKey[Key(v)] = e
		}
	}
	var problems []string
	for _, s := range spellings {
		s = strings.TrimSpace(s)
		switch e, ok := byKey[Key(s)]; {
		case isVariant[s]:
			continue
		case isCanon[s]:
			problems = append(problems, textio.QuoteText(s)+" is the canonical form of an entry, not a variant")
		case ok:
			problems = append(problems, fmt.Sprintf("no variant %s in the user's glossary (its entry %s has %s)", textio.QuoteText(s), textio.QuoteText(e.Canonical), quotedList(e.Variants)))
		default:
			p := "no variant " + textio.QuoteText(s) + " in the user's glossary"
			for _, d := range DefaultEntries() {
				if slices.Contains(d.Variants, s) {
					p += " (a variant of the default glossary's " + textio.QuoteText(d.Canonical) + ", which cannot be removed: add a user entry to override it)"
					break
				}
			}
			problems = append(problems, p)
		}
	}
	if len(problems) > 0 {
		return &VariantError{problems}
	}
	return nil
}

// quotedList is names quoted and joined with commas, or "no variants".
func quotedList(names []string) string {
	if len(names) == 0 {
		return "no variants"
	}
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = textio.QuoteText(n)
	}
	return strings.Join(q, ", ")
}
