package tm

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"iter"

	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

// ExportOptions select what Units yields.
type ExportOptions struct {
	// Src and Tgt, when set (not language.Und), keep only units with a
	// variant in both languages (compared by language subtag: "en" takes
	// en-US and en-GB) and only those variants.
	Src, Tgt language.Tag
}

// Units iterates over the stored units in the order they were added,
// reading them one at a time.
func (d *DB) Units(ctx context.Context, opt ExportOptions) iter.Seq2[Unit, error] {
	return func(yield func(Unit, error) bool) {
		rows, err := d.db.QueryContext(ctx, `SELECT u.id, u.tuid, u.srclang, u.created, u.created_by,
			u.changed, u.changed_by, u.last_used, u.usage_count, u.file, u.src_doc, u.tgt_doc,
			coalesce(u.score, 0), u.meta, v.id, v.lang, v.base, v.text, v.markup, v.meta
			FROM variant v JOIN unit u ON u.id = v.id / 256 ORDER BY v.id`)
		if err != nil {
			yield(Unit{}, fmt.Errorf("read units: %w", err))
			return
		}
		defer rows.Close()
		filter := opt.Src != language.Und && opt.Tgt != language.Und
		src, tgt := baseTag(opt.Src), baseTag(opt.Tgt)
		// en-US and en-GB are one language: then compare whole tags.
		exact := src == tgt
		if exact {
			src, tgt = opt.Src.String(), opt.Tgt.String()
		}
		var cur Unit
		curID := int64(-1)
		hasSrc, hasTgt := false, false
		emit := func() bool {
			if curID < 0 || (filter && !(hasSrc && hasTgt)) {
				return true
			}
			return yield(cur, nil)
		}
		for rows.Next() {
			var (
				uid, vid                  int64
				created, changed, lastUse string
				umeta, vmeta              sql.NullString
				v                         Variant
				base                      string
				u                         Unit
			)
			if err := rows.Scan(&uid, &u.ID, &u.SrcLang, &created, &u.CreatedBy, &changed, &u.ChangedBy,
				&lastUse, &u.UsageCount, &u.Origin.File, &u.Origin.SrcDoc, &u.Origin.TgtDoc, &u.Origin.Score,
				&umeta, &vid, &v.Lang, &base, &v.Text, &v.Markup, &vmeta); err != nil {
				yield(Unit{}, fmt.Errorf("read units: %w", err))
				return
			}
			if uid != curID {
				if !emit() {
					return
				}
				u.Created, u.Changed, u.LastUsed = parseDate(created), parseDate(changed), parseDate(lastUse)
				m := decodeMeta(umeta)
				u.Props, u.Notes, u.Attrs = m.Props, m.Notes, m.Attrs
				cur, curID = u, uid
				hasSrc, hasTgt = false, false
			}
			if filter {
				if exact {
					base = v.Lang
				}
				switch base {
				case src:
					hasSrc = true
				case tgt:
					hasTgt = true
				default:
					continue
				}
			}
			if vmeta.Valid {
				m := decodeMeta(vmeta)
				v.Props, v.Notes, v.Attrs = m.Props, m.Notes, m.Attrs
			}
			cur.Variants = append(cur.Variants, v)
		}
		if err := rows.Err(); err != nil {
			yield(Unit{}, fmt.Errorf("read units: %w", err))
			return
		}
		emit()
	}
}

// Pairs iterates over the stored segments in language src with their
// translation in tgt (the first variant of each language in a unit; the
// languages are compared by language subtag). An aligner can learn a
// lexicon from them.
func (d *DB) Pairs(ctx context.Context, src, tgt language.Tag) iter.Seq2[Pair, error] {
	return func(yield func(Pair, error) bool) {
		sb, tb := baseTag(src), baseTag(tgt)
		exact := sb == tb
		if exact {
			sb, tb = src.String(), tgt.String()
		}
		for u, err := range d.Units(ctx, ExportOptions{Src: src, Tgt: tgt}) {
			if err != nil {
				yield(Pair{}, err)
				return
			}
			var p Pair
			s, t := false, false
			for _, v := range u.Variants {
				b, _ := baseOf(v.Lang)
				if exact {
					b = v.Lang
				}
				if b == sb && !s {
					p.Source, s = v.Text, true
				} else if b == tb && !t {
					p.Target, t = v.Text, true
				}
			}
			if s && t && !yield(p, nil) {
				return
			}
		}
	}
}

// ExportHeader is the TMX header for an export: bitext as the creation
// tool, the source language (or "*all*"), and the user-defined encodings of
// every imported TMX file.
func (d *DB) ExportHeader(ctx context.Context, src language.Tag, version string) (tmx.Header, error) {
	h := tmx.Header{Version: "1.4"}
	srclang := "*all*"
	if src != language.Und {
		srclang = src.String()
	}
	h.Attrs = []tmx.Attr{{Name: "creationtool", Value: "bitext"}, {Name: "creationtoolversion", Value: version},
		{Name: "segtype", Value: "sentence"}, {Name: "o-tmf", Value: "bitext"}, {Name: "adminlang", Value: "en"},
		{Name: "srclang", Value: srclang}, {Name: "datatype", Value: "plaintext"}}
	rows, err := d.db.QueryContext(ctx, "SELECT header FROM import WHERE header IS NOT NULL ORDER BY id")
	if err != nil {
		return h, err
	}
	defer rows.Close()
	seen := map[string]bool{}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return h, err
		}
		var ih tmx.Header
		if json.Unmarshal([]byte(s), &ih) != nil {
			continue
		}
		for _, u := range ih.UDEs {
			j, _ := json.Marshal(u)
			if !seen[string(j)] {
				seen[string(j)] = true
				h.UDEs = append(h.UDEs, u)
			}
		}
	}
	return h, rows.Err()
}
