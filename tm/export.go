package tm

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"strings"

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

// exportBatch is how many units the reading goroutine of Units hands over
// at a time.
const exportBatch = 256

// Units iterates over the stored units in the order they were added. A
// goroutine reads them (two sequential scans, of units and of variants,
// merged by unit id) while the caller works on the previous batch, so
// writing TMX and reading SQLite overlap; memory stays at a few batches.
// Stopping the iteration early stops the reading.
func (d *DB) Units(ctx context.Context, opt ExportOptions) iter.Seq2[Unit, error] {
	return func(yield func(Unit, error) bool) {
		type batch struct {
			units []Unit
			err   error
		}
		ch := make(chan batch, 2)
		done := make(chan struct{})
		defer func() {
			close(done)
			for range ch {
			}
		}()
		go func() {
			defer close(ch)
			b := make([]Unit, 0, exportBatch)
			err := d.scanUnits(ctx, opt, func(u Unit) bool {
				b = append(b, u)
				if len(b) < exportBatch {
					return true
				}
				select {
				case ch <- batch{units: b}:
				case <-done:
					return false
				}
				b = make([]Unit, 0, exportBatch)
				return true
			})
			select {
			case ch <- batch{units: b, err: err}:
			case <-done:
			}
		}()
		for b := range ch {
			for _, u := range b.units {
				if !yield(u, nil) {
					return
				}
			}
			if b.err != nil {
				yield(Unit{}, b.err)
				return
			}
		}
	}
}

// scanUnits calls f for each unit (that opt keeps) until f returns false.
func (d *DB) scanUnits(ctx context.Context, opt ExportOptions, f func(Unit) bool) error {
	// The text columns come joined by a unit separator: each column costs
	// a cgo call and a conversion, and most are empty.
	urows, err := d.db.QueryContext(ctx, `SELECT id, tuid || x'1f' || srclang || x'1f' || created || x'1f' ||
		created_by || x'1f' || changed || x'1f' || changed_by || x'1f' || last_used || x'1f' || file || x'1f' ||
		src_doc || x'1f' || tgt_doc, usage_count, coalesce(score, 0), meta FROM unit ORDER BY id`)
	if err != nil {
		return fmt.Errorf("read units: %w", err)
	}
	defer urows.Close()
	vrows, err := d.db.QueryContext(ctx, `SELECT id, lang, base, text, markup, meta FROM variant ORDER BY id`)
	if err != nil {
		return fmt.Errorf("read units: %w", err)
	}
	defer vrows.Close()

	filter := opt.Src != language.Und && opt.Tgt != language.Und
	src, tgt := baseTag(opt.Src), baseTag(opt.Tgt)
	// en-US and en-GB are one language: then compare whole tags.
	exact := src == tgt
	if exact {
		src, tgt = opt.Src.String(), opt.Tgt.String()
	}
	// The variant read ahead, belonging to a later unit.
	var (
		next    Variant
		nextUID int64 = -1
		base    string
		vmeta   sql.NullString
		more    = true
	)
	readVariant := func() error {
		if !vrows.Next() {
			more = false
			return vrows.Err()
		}
		var vid int64
		next = Variant{}
		if err := vrows.Scan(&vid, &next.Lang, &base, &next.Text, &next.Markup, &vmeta); err != nil {
			return err
		}
		nextUID = vid / maxVariants
		if vmeta.Valid {
			m := decodeMeta(vmeta)
			next.Props, next.Notes, next.Attrs = m.Props, m.Notes, m.Attrs
		}
		return nil
	}
	if err := readVariant(); err != nil {
		return fmt.Errorf("read units: %w", err)
	}
	for urows.Next() {
		var (
			uid    int64
			joined string
			umeta  sql.NullString
			u      Unit
		)
		if err := urows.Scan(&uid, &joined, &u.UsageCount, &u.Origin.Score, &umeta); err != nil {
			return fmt.Errorf("read units: %w", err)
		}
		cols := strings.Split(joined, "\x1f")
		if len(cols) != 10 { // a separator inside a value: read the columns one by one
			cols = make([]string, 10)
			err := d.db.QueryRowContext(ctx, `SELECT tuid, srclang, created, created_by, changed, changed_by,
				last_used, file, src_doc, tgt_doc FROM unit WHERE id = ?`, uid).Scan(
				&cols[0], &cols[1], &cols[2], &cols[3], &cols[4], &cols[5], &cols[6], &cols[7], &cols[8], &cols[9])
			if err != nil {
				return fmt.Errorf("read units: %w", err)
			}
		}
		u.ID, u.SrcLang, u.CreatedBy, u.ChangedBy = cols[0], cols[1], cols[3], cols[5]
		u.Origin.File, u.Origin.SrcDoc, u.Origin.TgtDoc = cols[7], cols[8], cols[9]
		u.Created, u.Changed, u.LastUsed = parseDate(cols[2]), parseDate(cols[4]), parseDate(cols[6])
		if umeta.Valid {
			m := decodeMeta(umeta)
			u.Props, u.Notes, u.Attrs = m.Props, m.Notes, m.Attrs
		}
		hasSrc, hasTgt := false, false
		for more && nextUID <= uid {
			if nextUID == uid {
				keep := true
				if filter {
					b := base
					if exact {
						b = next.Lang
					}
					switch b {
					case src:
						hasSrc = true
					case tgt:
						hasTgt = true
					default:
						keep = false
					}
				}
				if keep {
					u.Variants = append(u.Variants, next)
				}
			}
			if err := readVariant(); err != nil {
				return fmt.Errorf("read units: %w", err)
			}
		}
		if len(u.Variants) == 0 || (filter && !(hasSrc && hasTgt)) {
			continue
		}
		if !f(u) {
			return nil
		}
	}
	return urows.Err()
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

// Export writes the units translating between src and tgt to w as
// format: "tmx" (a TMX 1.4b document whose header names the creation tool
// version) or "tsv" (one source TAB target pair a line, tabs and line
// breaks in a segment turned into spaces). Both stream: memory does not
// grow with the TM.
func (d *DB) Export(ctx context.Context, w io.Writer, format string, src, tgt language.Tag, version string) error {
	switch format {
	case FormatTSV:
		clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
		for p, err := range d.Pairs(ctx, src, tgt) {
			if err != nil {
				return err
			}
			if _, err := fmt.Fprintf(w, "%s\t%s\n", clean.Replace(p.Source), clean.Replace(p.Target)); err != nil {
				return err
			}
		}
		return nil
	case FormatTMX:
	default:
		return fmt.Errorf("export: format %q: want tmx or tsv", format)
	}
	h, err := d.ExportHeader(ctx, src, version)
	if err != nil {
		return err
	}
	tw, err := tmx.NewWriter(w, h)
	if err != nil {
		return err
	}
	for u, err := range d.Units(ctx, ExportOptions{Src: src, Tgt: tgt}) {
		if err != nil {
			return err
		}
		tu := ToTMX(&u)
		if err := tw.Write(&tu); err != nil {
			return err
		}
	}
	return tw.Close()
}
