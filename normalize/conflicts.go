package normalize

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// A Conflict is a spelling that two entries of the user's glossary would
// both claim: rewriting could not tell which canonical form it stands for.
type Conflict struct {
	Form      string // the spelling, as the added entry writes it
	Canonical string // the added entry's canonical form
	Other     string // the canonical form of the entry that already claims it
}

func (c Conflict) String() string {
	if c.Form == c.Canonical {
		return fmt.Sprintf("%q already belongs to the entry %q", c.Form, c.Other)
	}
	return fmt.Sprintf("%q (a variant of %q) already belongs to the entry %q", c.Form, c.Canonical, c.Other)
}

// ConflictError is the error of [CheckConflicts]: the conflicts found, in
// the order of the added entries. It is bad input: nothing should be stored.
type ConflictError struct{ Conflicts []Conflict }

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
		b.WriteString(c.String())
	}
	return b.String()
}

// BadInput reports true: the entries contradict the glossary.
func (e *ConflictError) BadInput() bool { return true }

// Conflicts returns the spellings of added (canonical forms and variants)
// that share a key with a spelling of another entry: one of existing (the
// user's glossary) or an earlier one of added. An entry is identified by its
// canonical form, as the TM stores it: adding variants to an entry that
// exists is no conflict, and neither is a spelling that only the default
// glossary knows (a user entry overrides default entries; see
// [MergeEntries]).
func Conflicts(existing, added []Entry) []Conflict {
	owner := map[string]string{} // key -> canonical form
	claim := func(e Entry, report func(form, other string)) {
		canon := strings.TrimSpace(e.Canonical)
		for i, f := range append([]string{e.Canonical}, e.Variants...) {
			if i > 0 && strings.TrimSpace(f) == canon {
				continue
			}
			k := Key(f)
			if k == "" {
				continue
			}
			if o, ok := owner[k]; ok && o != canon {
				if report != nil {
					report(strings.TrimSpace(f), o)
				}
				continue
			}
			owner[k] = canon
		}
	}
	for _, e := range existing {
		claim(e, nil)
	}
	var out []Conflict
	for _, e := range added {
		claim(e, func(form, other string) {
			out = append(out, Conflict{Form: form, Canonical: strings.TrimSpace(e.Canonical), Other: other})
		})
	}
	return out
}

// CheckConflicts returns a *ConflictError when [Conflicts] finds any, else
// nil.
func CheckConflicts(existing, added []Entry) error {
	if c := Conflicts(existing, added); len(c) > 0 {
		return &ConflictError{c}
	}
	return nil
}

// MissingEntries returns a warning for each of names that is not the
// canonical form of any of entries: one that is a variant says of which
// entry (`no entry "Saeedreza" (a variant of "Saeed Reza")`; removing
// that entry would remove its other spellings too), another names the
// canonical form it was probably meant for (one with the same key) if
// there is one: `no entry "Saeedreza" (did you mean "Saeed Reza"?)`.
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
		w := fmt.Sprintf("no entry %q", n)
		if c, ok := variantOf[n]; ok {
			w += fmt.Sprintf(" (a variant of %q)", c)
		} else if m := byKey[Key(n)]; m != "" {
			w += fmt.Sprintf(" (did you mean %q?)", m)
		}
		out = append(out, w)
	}
	return out
}

// LangChanges returns a warning for each of added that limits an entry of
// stored to other languages than it had: the TM replaces an entry's
// languages with a new list, so that 'names add Tehran Téhéran -l fr' to
// an entry for English makes it an entry for French alone:
// `"Tehran" now applies to fr only (it applied to en)`.
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
		out = append(out, fmt.Sprintf("%q now applies to %s only (it applied to %s)", strings.TrimSpace(e.Canonical), set(e.Langs), before))
	}
	return out
}
