// Package storekit is the Go the tm.Store implementations (tm/sqlite,
// tm/postgres) share around their SQL: reading result rows into tm types,
// the stored language tags, and the JSON of the meta columns.
//
// It holds no SQL and imports no driver: each store runs its own
// statements and hands their rows here. The functions that read rows
// document the columns they expect, in order; a store's query selects
// them so.
package storekit

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/internal/langcache"
	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

// Rows is a query's result as both drivers give it (*sql.Rows and
// pgx.Rows). The caller closes it.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// LangCache parses the language tags a store keeps as text (tm's
// UnitRecord.Langs and SrcLangText) back into tags, remembering them
// (langcache.Cache): a TM holds few distinct languages, and parsing each
// variant's tag would cost more than reading the rest of it. The zero
// value is ready to use; it is not safe for concurrent use, so each read
// makes its own.
type LangCache struct{ c langcache.Cache }

// Parse returns the tag of s, language.Und for "". A stored tag that does
// not parse (the database was edited by hand) is an error naming it.
func (c *LangCache) Parse(s string) (language.Tag, error) { return c.c.Parse(s, parseStored) }

// parseStored parses a stored tag for LangCache.Parse.
func parseStored(s string) (language.Tag, error) {
	if s == "" {
		return language.Und, nil
	}
	t, err := language.Parse(s)
	if err != nil {
		return language.Und, fmt.Errorf("stored language %q is not BCP 47", s)
	}
	return t, nil
}

// LangsText is the space-separated BCP 47 text of ls, as the glossary
// tables keep an entry's languages.
func LangsText(ls []language.Tag) string {
	s := make([]string, len(ls))
	for i, t := range ls {
		s[i] = t.String()
	}
	return strings.Join(s, " ")
}

// UnitLangs is what a unit's langs column holds: the languages of its
// variants (UnitRecord.Langs), each once, sorted, space-separated.
func UnitLangs(langs []string) string {
	switch len(langs) {
	case 0:
		return ""
	case 1:
		return langs[0]
	case 2: // most units: no slice to sort
		if langs[0] == langs[1] {
			return langs[0]
		}
		if langs[0] > langs[1] {
			return langs[1] + " " + langs[0]
		}
		return langs[0] + " " + langs[1]
	}
	ls := slices.Clone(langs)
	slices.Sort(ls)
	return strings.Join(slices.Compact(ls), " ")
}

// Meta is what the meta columns of units and variants hold, as JSON.
type Meta struct {
	Props []tm.Prop `json:"props,omitempty"`
	Notes []tm.Note `json:"notes,omitempty"`
	Attrs []tm.Attr `json:"attrs,omitempty"`
}

// MetaJSON encodes props, notes and attributes; ok is false when there
// are none (the column stays NULL).
func MetaJSON(props []tm.Prop, notes []tm.Note, attrs []tm.Attr) (j string, ok bool) {
	if len(props) == 0 && len(notes) == 0 && len(attrs) == 0 {
		return "", false
	}
	b, _ := json.Marshal(Meta{props, notes, attrs})
	return string(b), true
}

// DecodeMeta decodes a meta column's JSON; what does not decode is left
// out.
func DecodeMeta(s string) Meta {
	var m Meta
	json.Unmarshal([]byte(s), &m)
	return m
}

// unitGroup gathers the rows of a by-id query, one a variant, into units
// and hands each complete unit to f.
type unitGroup struct {
	f     func(*tm.StoredUnit) error
	langs LangCache
	cur   *tm.StoredUnit
	key   int64 // the position in the ids of the current unit
}

// add adds variant v (language lang, base base) of the unit id at position
// key of the ids; a new key starts a unit, which fill completes.
func (g *unitGroup) add(key, id int64, lang, base string, v tm.Variant, fill func(*tm.StoredUnit)) (err error) {
	if v.Lang, err = g.langs.Parse(lang); err != nil {
		return fmt.Errorf("unit %d: %w", id, err)
	}
	if g.cur == nil || key != g.key {
		if g.cur != nil {
			if err := g.f(g.cur); err != nil {
				return err
			}
		}
		g.cur, g.key = &tm.StoredUnit{ID: id, Bases: make([]string, 0, 2)}, key
		g.cur.Variants = make([]tm.Variant, 0, 2) // most units are a pair
		if fill != nil {
			fill(g.cur)
		}
	}
	g.cur.Variants = append(g.cur.Variants, v)
	g.cur.Bases = append(g.cur.Bases, base)
	return nil
}

// done hands over the last unit, unless the rows failed (err).
func (g *unitGroup) done(err error) error {
	if err != nil || g.cur == nil {
		return err
	}
	return g.f(g.cur)
}

// UnitsByID reads the rows of a units-by-id query into units and calls f
// with each, for tm.Store's UnitsByID. A row is one variant, a unit's rows
// together, in the order of the ids; its columns are the position in the
// ids (any integer that changes from one unit to the next), the unit id,
// prev, next, file, src_doc, tgt_doc, score (0 for NULL), srclang,
// created, created_by, changed and changed_by (dates as TMX dates as
// stored), and the variant's lang, base, text and markup.
func UnitsByID(rows Rows, f func(*tm.StoredUnit) error) error {
	g := unitGroup{f: f}
	var (
		// Scan's destinations, made once: each row overwrites them all,
		// and what is kept is copied.
		key, id, prev, next  int64
		o                    tm.Origin
		v                    tm.Variant
		lang, base           string
		srclang              string
		created, changed     string
		createdBy, changedBy string
	)
	// One slice of destinations: made per row, a variadic call through
	// the Rows interface allocates it on the heap.
	dest := []any{&key, &id, &prev, &next, &o.File, &o.SrcDoc, &o.TgtDoc, &o.Score,
		&srclang, &created, &createdBy, &changed, &changedBy, &lang, &base, &v.Text, &v.Markup}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		src, err := g.langs.Parse(srclang)
		if err != nil {
			return fmt.Errorf("unit %d: %w", id, err)
		}
		if err := g.add(key, id, lang, base, v, func(u *tm.StoredUnit) {
			u.PrevHash, u.NextHash, u.Origin = prev, next, o
			u.Created, u.Changed = tmx.ParseDate(created), tmx.ParseDate(changed)
			u.CreatedBy, u.ChangedBy, u.SrcLang = createdBy, changedBy, src
		}); err != nil {
			return err
		}
	}
	return g.done(rows.Err())
}

// VariantsByID is UnitsByID for a query of the variants only, for
// tm.Store's VariantsByID: its columns are the position in the ids, an id
// from which unitID gives the unit's (nil: the unit id itself), and the
// variant's lang, base, text and markup.
func VariantsByID(rows Rows, unitID func(int64) int64, f func(*tm.StoredUnit) error) error {
	g := unitGroup{f: f}
	var (
		key, id    int64
		v          tm.Variant
		lang, base string
	)
	dest := []any{&key, &id, &lang, &base, &v.Text, &v.Markup} // once, as in UnitsByID
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		if unitID != nil {
			id = unitID(id)
		}
		if err := g.add(key, id, lang, base, v, nil); err != nil {
			return err
		}
	}
	return g.done(rows.Err())
}

// Glossary reads the glossary's rows into entries. A row's columns are
// canonical, kind, langs (LangsText) and one variant (NULL for an entry
// without variants), an entry's rows together.
func Glossary(rows Rows) ([]normalize.Entry, error) {
	var (
		out   []normalize.Entry
		cache LangCache
	)
	for rows.Next() {
		var canon, kind, langs string
		var variant *string
		if err := rows.Scan(&canon, &kind, &langs, &variant); err != nil {
			return nil, err
		}
		if len(out) == 0 || out[len(out)-1].Canonical != canon {
			e := normalize.Entry{Canonical: canon, Kind: normalize.Kind(kind)}
			for _, l := range strings.Fields(langs) {
				t, err := cache.Parse(l)
				if err != nil {
					return nil, fmt.Errorf("glossary entry %q: %w", canon, err)
				}
				e.Langs = append(e.Langs, t)
			}
			out = append(out, e)
		}
		if variant != nil {
			e := &out[len(out)-1]
			e.Variants = append(e.Variants, *variant)
		}
	}
	return out, rows.Err()
}

// CheckGlossary reads the glossary's rows (as Glossary does) and calls
// check with the entries: both stores check a glossary write against the
// glossary as the write's transaction reads it.
func CheckGlossary(rows Rows, check func([]normalize.Entry) error) error {
	stored, err := Glossary(rows)
	if err != nil {
		return err
	}
	return check(stored)
}

// SortedStrings reads rows of one text column and returns the values
// sorted: an entry's variants, as DeleteGlossaryVariant returns them.
func SortedStrings(rows Rows) ([]string, error) {
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	slices.Sort(out)
	return out, rows.Err()
}

// LangCounts reads rows of a language and a count, for tm.Stats.
func LangCounts(rows Rows) ([]tm.LangCount, error) {
	var (
		out   []tm.LangCount
		langs LangCache
	)
	for rows.Next() {
		var (
			lc   tm.LangCount
			lang string
			err  error
		)
		if err := rows.Scan(&lang, &lc.Count); err != nil {
			return out, err
		}
		if lc.Lang, err = langs.Parse(lang); err != nil {
			return out, err
		}
		out = append(out, lc)
	}
	return out, rows.Err()
}

// Documents reads rows of a file name and its count of units.
func Documents(rows Rows) ([]tm.DocumentInfo, error) {
	var out []tm.DocumentInfo
	for rows.Next() {
		var d tm.DocumentInfo
		if err := rows.Scan(&d.Name, &d.Units); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// LastChanges reads rows of a unit's id, creation date and change date,
// for tm.LastChanges, and calls f with each.
func LastChanges(rows Rows, f func(id int64, created, changed string)) error {
	var (
		id               int64
		created, changed string
	)
	for rows.Next() {
		if err := rows.Scan(&id, &created, &changed); err != nil {
			return err
		}
		f(id, created, changed)
	}
	return rows.Err()
}

// PropsByID reads rows of a unit id and its meta column (NULL for
// none) and calls f with the props of each unit that has some, for
// tm.UnitProps.
func PropsByID(rows Rows, f func(id int64, props []tm.Prop)) error {
	var (
		id   int64
		meta *string
	)
	for rows.Next() {
		if err := rows.Scan(&id, &meta); err != nil {
			return err
		}
		if meta == nil {
			continue
		}
		if m := DecodeMeta(*meta); len(m.Props) > 0 {
			f(id, m.Props)
		}
	}
	return rows.Err()
}

// Langs reads rows of language tags (text: one, or a unit's langs column,
// several space-separated) and returns them sorted, each once: a
// document's languages.
func Langs(rows Rows) ([]string, error) {
	var langs []string
	for rows.Next() {
		var lang string
		if err := rows.Scan(&lang); err != nil {
			return nil, err
		}
		langs = append(langs, strings.Fields(lang)...) // a langs column's value holds several
	}
	slices.Sort(langs)
	return slices.Compact(langs), rows.Err()
}

// DocumentLangs adds to docs (as Documents read them) the languages of
// rows of a file name and language tags (one, or a unit's langs column),
// in any order, each once; each
// document's Langs end sorted. A row of a file docs lack is skipped.
func DocumentLangs(docs []tm.DocumentInfo, rows Rows) error {
	byName := documentsByName(docs)
	for rows.Next() {
		var file, lang string
		if err := rows.Scan(&file, &lang); err != nil {
			return err
		}
		if d := byName[file]; d != nil {
			d.Langs = append(d.Langs, strings.Fields(lang)...) // a langs column's value holds several
		}
	}
	for i := range docs {
		slices.Sort(docs[i].Langs)
		docs[i].Langs = slices.Compact(docs[i].Langs)
	}
	return rows.Err()
}

// DocumentTimes sets FirstStored and LastStored of docs (as Documents
// read them) from rows of a file name and two times, which scan reads
// (the stores keep them in different types). A row of a file docs lack
// is skipped.
func DocumentTimes(docs []tm.DocumentInfo, rows Rows, scan func(rows Rows) (file string, first, last time.Time, err error)) error {
	byName := documentsByName(docs)
	for rows.Next() {
		file, first, last, err := scan(rows)
		if err != nil {
			return err
		}
		if d := byName[file]; d != nil {
			d.FirstStored, d.LastStored = first.UTC(), last.UTC()
		}
	}
	return rows.Err()
}

func documentsByName(docs []tm.DocumentInfo) map[string]*tm.DocumentInfo {
	m := make(map[string]*tm.DocumentInfo, len(docs))
	for i := range docs {
		m[docs[i].Name] = &docs[i]
	}
	return m
}

// idBatch is how many ids IDBatches hands over at a time.
const idBatch = 1024

// IDBatches reads rows of one id and calls f with them in batches of up to
// 1,024 (a batch is reused after f returns). Between batches it stops when
// ctx is done.
func IDBatches(ctx context.Context, rows Rows, f func(ids []int64)) error {
	buf := make([]int64, 0, idBatch)
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return err
		}
		if buf = append(buf, id); len(buf) == cap(buf) {
			if err := ctx.Err(); err != nil {
				return err
			}
			f(buf)
			buf = buf[:0]
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(buf) > 0 {
		f(buf)
	}
	return nil
}

// HashIDs reads the rows of an insert's RETURNING id, hash into ids, the
// new id of each unit hash.
func HashIDs(rows Rows, ids map[int64]int64) error {
	for rows.Next() {
		var id, h int64
		if err := rows.Scan(&id, &h); err != nil {
			return err
		}
		ids[h] = id
	}
	return rows.Err()
}

// LangSets reads rows of a unit's langs column (each distinct set once,
// as a loose index scan gives them) into the sets and whether they are
// complete: a row of ” (units written by a process that opened the TM
// before the column was added) makes them incomplete.
func LangSets(rows Rows) (sets []string, complete bool, err error) {
	complete = true
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, false, err
		}
		if s == "" {
			complete = false
			continue
		}
		sets = append(sets, s)
	}
	slices.Sort(sets)
	return slices.Compact(sets), complete, rows.Err()
}
