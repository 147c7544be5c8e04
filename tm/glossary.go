package tm

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

// Glossary returns the user's glossary entries, sorted by canonical form.
func (d *DB) Glossary(ctx context.Context) ([]normalize.Entry, error) {
	es, err := d.s.Glossary(ctx)
	if err != nil {
		return nil, fmt.Errorf("read glossary: %w", err)
	}
	return es, nil
}

// PutGlossary stores entries in one transaction. An entry whose canonical form
// is already stored gains the new variants; a non-empty kind or language list
// replaces the stored one (an empty list, the zero value, keeps it). A
// spelling of entries that another entry claims, stored or earlier in
// entries, and for a language of the entry's (see
// [normalize.CheckConflicts]: entries of disjoint languages may share a
// spelling), is a *normalize.ConflictError
// and nothing is stored; the check is made in the transaction that
// writes, so that two users adding at once cannot both pass it.
func (d *DB) PutGlossary(ctx context.Context, entries []normalize.Entry) error {
	clean, err := cleanGlossary(entries)
	if err != nil {
		return err
	}
	_, _, err = d.putGlossary(ctx, clean, false)
	return err
}

// cleanGlossary checks entries as PutGlossary stores them and returns them
// as the Store wants them (see [Store.PutGlossary]).
func cleanGlossary(entries []normalize.Entry) ([]normalize.Entry, error) {
	clean := make([]normalize.Entry, 0, len(entries))
	for _, e := range entries {
		canon := strings.TrimSpace(e.Canonical)
		if canon == "" {
			return nil, fmt.Errorf("glossary entry with an empty canonical form")
		}
		if err := checkName("glossary spelling", canon, e.Variants...); err != nil {
			return nil, err
		}
		// What a glossary file may not hold, an entry added otherwise
		// (names add, the API) may not either: a tab or a newline in
		// a name was stored, and the TSV names export wrote of it
		// names import refused. The spelling checked is the one stored,
		// trimmed: white space around a name is dropped, not refused.
		for _, sp := range append([]string{canon}, e.Variants...) {
			if err := normalize.CheckSpelling(strings.TrimSpace(sp)); err != nil {
				return nil, fmt.Errorf("glossary spelling: %w", textio.NewBadInput(err.Error()))
			}
		}
		c := normalize.Entry{Canonical: canon, Kind: e.Kind}
		for _, v := range e.Variants {
			if v = strings.TrimSpace(v); v != "" && v != canon {
				c.Variants = append(c.Variants, v)
			}
		}
		if len(e.Langs) > 0 {
			c.Langs = slices.Clone(e.Langs)
			slices.SortFunc(c.Langs, func(a, b language.Tag) int { return strings.Compare(a.String(), b.String()) })
			c.Langs = slices.Compact(c.Langs)
		}
		clean = append(clean, c)
	}
	return clean, nil
}

// putGlossary stores entries, cleaned by cleanGlossary, in one transaction
// after the conflict check, and returns what each became (see
// [GlossaryPut]) and the language lists it replaced (see
// [normalize.LangChanges]), both worked out from the glossary as the
// transaction read it. With existing, an entry whose canonical form is not
// stored is a *GlossaryVariantError (NoEntry) and nothing is stored.
func (d *DB) putGlossary(ctx context.Context, clean []normalize.Entry, existing bool) ([]GlossaryPut, []string, error) {
	var (
		puts     []GlossaryPut
		warnings []string
	)
	err := d.writeAgain(ctx, func() error {
		return d.s.PutGlossary(ctx, clean, func(stored []normalize.Entry) error {
			puts = glossaryPuts(stored, clean)
			warnings = normalize.LangChanges(stored, clean)
			if existing {
				for _, p := range puts {
					if !p.Existed {
						return &GlossaryVariantError{Canonical: p.Entry.Canonical, NoEntry: true}
					}
				}
			}
			return normalize.CheckConflicts(stored, clean)
		})
	}, nil)
	if err != nil {
		return nil, nil, err
	}
	return puts, warnings, nil
}

// GlossaryPut is what a put made of one entry given it.
type GlossaryPut struct {
	// Entry is the entry as stored after the put: the stored variants
	// and the new ones, sorted; the kind and languages given, or the
	// stored ones when none were given.
	Entry normalize.Entry
	// Existed says an entry of that canonical form was stored before.
	Existed bool
	// Added counts the variants the put added to it.
	Added int
}

// glossaryPuts returns what putting entries (cleaned, each canonical
// form once) into the glossary stored makes of each, as the stores do it:
// variants are added to an entry of the same canonical form, a non-empty
// kind or language list replaces its own.
func glossaryPuts(stored, entries []normalize.Entry) []GlossaryPut {
	byCanon := make(map[string]normalize.Entry, len(stored))
	for _, e := range stored {
		byCanon[e.Canonical] = e
	}
	puts := make([]GlossaryPut, 0, len(entries))
	for _, e := range entries {
		old, existed := byCanon[e.Canonical]
		held := normalize.Entry{Canonical: e.Canonical, Kind: old.Kind, Langs: old.Langs, Variants: slices.Clone(old.Variants)}
		if e.Kind != "" {
			held.Kind = e.Kind
		}
		if len(e.Langs) > 0 {
			held.Langs = e.Langs
		}
		added := 0
		for _, v := range e.Variants {
			if !slices.Contains(held.Variants, v) {
				held.Variants = append(held.Variants, v)
				added++
			}
		}
		slices.Sort(held.Variants)
		puts = append(puts, GlossaryPut{Entry: held, Existed: existed, Added: added})
	}
	return puts
}

// AddGlossary is PutGlossary that also returns what each entry became (an
// entry of the canonical form stored gains the variants: names add says
// how many, and how many it has now) and a warning for each entry whose
// stored language list the put replaced with another (see
// [normalize.LangChanges]): adding a French variant with its language to an
// entry for English makes it an entry for French alone.
func (d *DB) AddGlossary(ctx context.Context, entries []normalize.Entry) ([]GlossaryPut, []string, error) {
	clean, err := cleanGlossary(entries)
	if err != nil {
		return nil, nil, err
	}
	return d.putGlossary(ctx, clean, false)
}

// AddGlossaryVariants adds the variant spellings to the stored entry of
// canonical form canonical and returns what it became. The entry is
// checked in the transaction that writes: when the glossary has none (a
// user deleted it meanwhile) the error is a *GlossaryVariantError with
// NoEntry and nothing is stored, where PutGlossary would make a new entry
// of the one variant. A spelling another entry claims is a
// *normalize.ConflictError, as in PutGlossary.
func (d *DB) AddGlossaryVariants(ctx context.Context, canonical string, variants ...string) (GlossaryPut, error) {
	clean, err := cleanGlossary([]normalize.Entry{{Canonical: canonical, Variants: variants}})
	if err != nil {
		return GlossaryPut{}, err
	}
	puts, _, err := d.putGlossary(ctx, clean, true)
	if err != nil {
		return GlossaryPut{}, err
	}
	return puts[0], nil
}

// DeleteGlossaryVariants removes the variant spellings from their entries
// (an entry left with no variant stays) and reports how many there were. A
// spelling that is no variant of the user's glossary is a
// *normalize.VariantError (see [normalize.CheckVariants]) and nothing is
// removed.
func (d *DB) DeleteGlossaryVariants(ctx context.Context, spellings ...string) (int, error) {
	if err := checkName("glossary variant", "", spellings...); err != nil {
		return 0, err
	}
	trimmed := make([]string, len(spellings))
	for i, s := range spellings {
		trimmed[i] = strings.TrimSpace(s)
	}
	var n int
	err := d.writeAgain(ctx, func() (err error) {
		n, err = d.s.DeleteGlossaryVariants(ctx, trimmed, func(stored []normalize.Entry) error {
			return normalize.CheckVariants(stored, trimmed)
		})
		return err
	}, nil)
	return n, err
}

// DeleteGlossaryVariant removes the variant spelling from the entry of
// canonical form canonical, which stays (with no variant, if it was the
// last). The entry is checked in the transaction that removes: a
// *GlossaryVariantError when the glossary has no such entry or the entry
// no such variant, and nothing is removed (a spelling another user moved
// to another entry meanwhile is not removed from that one).
func (d *DB) DeleteGlossaryVariant(ctx context.Context, canonical, variant string) error {
	canonical, variant = strings.TrimSpace(canonical), strings.TrimSpace(variant)
	if err := checkName("glossary spelling", canonical, variant); err != nil {
		return err
	}
	var (
		has   []string
		found bool
	)
	err := d.writeAgain(ctx, func() (err error) {
		has, found, err = d.s.DeleteGlossaryVariant(ctx, canonical, variant)
		return err
	}, nil)
	if err != nil {
		return fmt.Errorf("remove a glossary variant: %w", err)
	}
	if !found || !slices.Contains(has, variant) {
		return &GlossaryVariantError{Canonical: canonical, Variant: variant, NoEntry: !found, Variants: has}
	}
	return nil
}

// GlossaryVariantError is DeleteGlossaryVariant's error when the glossary
// has no entry Canonical (NoEntry), or the entry has no variant Variant;
// Variants are the ones it has.
type GlossaryVariantError struct {
	Canonical, Variant string
	NoEntry            bool
	Variants           []string
}

func (e *GlossaryVariantError) Error() string {
	if e.NoEntry {
		return "no glossary entry " + textio.QuoteText(e.Canonical)
	}
	vs := "no variants"
	if len(e.Variants) > 0 {
		q := make([]string, len(e.Variants))
		for i, v := range e.Variants {
			q[i] = textio.QuoteText(v)
		}
		vs = strings.Join(q, ", ")
	}
	return fmt.Sprintf("glossary entry %s has no variant %s (it has %s)", textio.QuoteText(e.Canonical), textio.QuoteText(e.Variant), vs)
}

// DeleteGlossary removes the entries with the given canonical forms and
// reports how many there were.
func (d *DB) DeleteGlossary(ctx context.Context, canonical ...string) (int, error) {
	if err := checkName("glossary entry", "", canonical...); err != nil {
		return 0, err
	}
	var n int
	err := d.writeAgain(ctx, func() (err error) {
		n, err = d.s.DeleteGlossary(ctx, canonical)
		return err
	}, nil)
	return n, err
}

// checkName refuses a name the user gives, what (a document, a glossary
// entry) with its other spellings, that is not UTF-8 text or has a NUL
// byte (textio.NotText, as textio.CheckArg does for the command's
// arguments; the name comes from the API too, so it is no "argument"):
// none is stored, so a delete finds nothing, and PostgreSQL refuses it in
// its own words ("invalid byte sequence for encoding \"UTF8\""), which
// read as a failure of the store's. The error is bad input (exit 2).
func checkName(what, name string, others ...string) error {
	for _, s := range append([]string{name}, others...) {
		if err := textio.NotText(s); err != nil {
			return fmt.Errorf("%s %q: %w", what, s, err)
		}
	}
	return nil
}

// GlossaryPutsNote says what a put of several entries made of the
// glossary, for "imported 2 entries" and the like: "" when every entry
// was new, else ": " and how many were new, how many stored before
// gained variants (and how many), and how many stored before had every
// variant already ("2 stored before, with no new variant").
func GlossaryPutsNote(puts []GlossaryPut) string {
	var fresh, grew, added, same int
	for _, p := range puts {
		switch {
		case !p.Existed:
			fresh++
		case p.Added > 0:
			grew++
			added += p.Added
		default:
			same++
		}
	}
	if grew+same == 0 {
		return ""
	}
	var parts []string
	if fresh > 0 {
		parts = append(parts, fmt.Sprintf("%d new", fresh))
	}
	if grew > 0 {
		parts = append(parts, fmt.Sprintf("%d stored before gained %s", grew, textio.Count(added, "variant", "variants")))
	}
	if same > 0 {
		parts = append(parts, fmt.Sprintf("%d stored before, with no new variant", same))
	}
	return ": " + strings.Join(parts, ", ")
}

// GlossaryPutText says what a put of one entry did, as names add and the
// API's glossary routes say it: `added “Kyiv” with 1 variant` for a new
// entry; `added 1 variant to "Henry Morgan", which has 3 variants now` for
// a stored one (its count was the variants given alone, which read as if
// the entry had no others). Of no puts, or several, it counts the entries.
func GlossaryPutText(puts []GlossaryPut) string {
	if len(puts) != 1 {
		return "added " + textio.Count(len(puts), "entry", "entries")
	}
	p := puts[0]
	has := textio.Count(len(p.Entry.Variants), "variant", "variants")
	if !p.Existed {
		return fmt.Sprintf("added %s with %s", textio.QuoteText(p.Entry.Canonical), has)
	}
	return fmt.Sprintf("added %s to %s, which has %s now", textio.Count(p.Added, "variant", "variants"), textio.QuoteText(p.Entry.Canonical), has)
}
