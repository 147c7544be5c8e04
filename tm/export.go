package tm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

// ExportOptions say what Units yields and what Export writes. The zero
// value exports every unit, with all its variants, as TMX.
type ExportOptions struct {
	// Format is what Export writes: FormatTMX, FormatTSV (pairs in Src
	// and Tgt, which it needs) or FormatXLIFF (XLIFF 1.2, Src the source
	// and Tgt the target, which it needs). The zero value ("") and
	// FormatAuto mean FormatTMX. Units ignores it.
	Format Format
	// Src and Tgt, when both are set (not language.Und, the zero value),
	// keep only units with a variant in both languages (compared as
	// SameLanguage does: "en" takes en-US and en-GB, zh-TW takes zh-HK
	// and not zh-CN; unless SameLanguage takes Src and Tgt for one, en-US
	// and en-GB, when whole tags are compared; between two scripts of
	// one language, zh-CN and zh-TW, only variants whose tags tell the
	// script count) and only those
	// variants: the first in Src first, the first in Tgt second, then the
	// others in their stored order. With either left language.Und, every unit is kept with all
	// its variants. For TMX, Src is the header's srclang ("*all*" when
	// it is language.Und).
	Src, Tgt language.Tag
	// ToolVersion is the version of the creating tool that the TMX
	// header names (creationtoolversion); "" leaves it empty.
	ToolVersion string
	// Filter keeps only the units it keeps (by document, origin and
	// date); the zero value keeps every unit.
	Filter UnitFilter
}

// exportBatch is how many units the reading goroutine of Units hands over
// at a time.
const exportBatch = 256

// Units iterates over the stored units in the order they were added. A
// goroutine reads them (Store.Scan) while the caller works on the previous
// batch, so writing TMX and reading the store overlap; memory stays at a
// few batches.
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
	if err := checkFilter(opt.Filter); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if opt.Filter.Doc != "" {
		if err := d.CheckDocument(ctx, opt.Filter.Doc); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	some := opt.Filter != (UnitFilter{})
	filter := opt.Src != language.Und && opt.Tgt != language.Und
	pair := newPairLangs(opt.Src, opt.Tgt)
	for su, err := range d.s.Scan(ctx) {
		if err != nil {
			return fmt.Errorf("read units: %w", err)
		}
		u := su.Unit
		if some && !opt.Filter.Keep(u.Origin, u.Created, u.Changed) {
			continue
		}
		takeContext(&u)
		if prev, next := ownContext(&u); su.PrevHash != ctxHash(prev) || su.NextHash != ctxHash(next) {
			// A context Import derived (Sequential): stored as hashes.
			u.ctxPrev, u.ctxNext = su.PrevHash, su.NextHash
		}
		if filter {
			// The first source variant, then the first target one, then
			// the others in their order: a reader that takes a <tu>'s
			// first two <tuv> as source and target (Translate Toolkit)
			// reads the pair that Pairs and TSV export give.
			first, second := -1, -1
			var rest []Variant
			for i, v := range u.Variants {
				switch pair.side(su.Bases[i], v.Lang) {
				case 0:
					if first < 0 {
						first = i
						continue
					}
				case 1:
					if second < 0 {
						second = i
						continue
					}
				default:
					continue
				}
				rest = append(rest, v)
			}
			if first < 0 || second < 0 {
				continue
			}
			kept := append([]Variant{u.Variants[first], u.Variants[second]}, rest...)
			if u.SrcLang != language.Und && !slices.ContainsFunc(kept, func(v Variant) bool { return v.Lang == u.SrcLang }) {
				// A srclang names one of the <tu>'s variants.
				u.SrcLang = kept[0].Lang
			}
			u.Variants = kept
		}
		if len(u.Variants) == 0 {
			continue
		}
		if !f(u) {
			return nil
		}
	}
	return nil
}

// Pairs iterates over the stored segments in language src with their
// translation in tgt (the first variant of each language in a unit; the
// languages are compared as SameLanguage does, or by whole tag when
// SameLanguage takes them for one: en-US and en-GB; zh-CN and zh-TW as
// SameLanguage, of the variants whose tags tell the script). Both are needed: with either language.Und there are none. An
// aligner can learn a lexicon from them.
func (d *DB) Pairs(ctx context.Context, src, tgt language.Tag) iter.Seq2[Pair, error] {
	return d.pairs(ctx, ExportOptions{Src: src, Tgt: tgt})
}

// pairs is Pairs of opt.Src and opt.Tgt, of the units opt.Filter keeps.
func (d *DB) pairs(ctx context.Context, opt ExportOptions) iter.Seq2[Pair, error] {
	src, tgt := opt.Src, opt.Tgt
	return func(yield func(Pair, error) bool) {
		pair := newPairLangs(src, tgt)
		for u, err := range d.Units(ctx, opt) {
			if err != nil {
				yield(Pair{}, err)
				return
			}
			var p Pair
			s, t := false, false
			for _, v := range u.Variants {
				switch pair.side(baseTag(v.Lang), v.Lang) {
				case 0:
					if !s {
						p.Source, s = v.Text, true
					}
				case 1:
					if !t {
						p.Target, t = v.Text, true
					}
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
	h := bitextHeader(src, version)
	imports, err := d.s.Imports(ctx)
	if err != nil {
		return h, err
	}
	seen := map[string]bool{}
	for _, im := range imports {
		if im.Header == nil {
			continue
		}
		for _, u := range im.Header.UDEs {
			j, _ := json.Marshal(u)
			if !seen[string(j)] {
				seen[string(j)] = true
				h.UDEs = append(h.UDEs, u)
			}
		}
	}
	return h, nil
}

// ErrNeedPair is what Export says of a TSV or XLIFF export without both a
// source and a target language.
var ErrNeedPair = errors.New("a TSV or XLIFF export holds one language pair: it needs its source and target language (a TMX export holds them all)")

// ErrTMXPair is what a TMX export given only one of a source and a
// target language lacks: a TMX unit holds every language, and the pair
// keeps the units in both, so one language alone names no set of units
// (GET /api/v1/export's src and tgt go together too).
var ErrTMXPair = errors.New("a TMX export with a source and a target language keeps the units in both (those two variants): give both, or neither for every unit in every language")

// PairError is what an export in format f given one language of a pair,
// or none when f needs one, lacks: ErrTMXPair for TMX, else ErrNeedPair.
func PairError(f Format) error {
	if f == FormatTMX || f == FormatAuto || f == "" {
		return ErrTMXPair
	}
	return ErrNeedPair
}

// Export writes the units opt keeps to w in opt.Format: TMX (a TMX 1.4b
// document whose header names bitext and opt.ToolVersion as the creation
// tool, and the user-defined encodings of the imported files; the export
// of one document imported from a TMX file, opt.Filter.Doc, has that
// file's header, its props and notes, as documentHeader says), or TSV
// (one source TAB target pair a line, the first variant of each language
// in a unit, tabs and line breaks in a segment turned into spaces) or
// XLIFF 1.2 (a trans-unit a unit, see exportXLIFF); TSV and XLIFF need
// opt.Src and opt.Tgt, else ErrNeedPair. A TMX export marks the units
// without a document (propNoDoc), which Import keeps so. All stream:
// memory does not grow with the TM.
func (d *DB) Export(ctx context.Context, w io.Writer, opt ExportOptions) error {
	if (opt.Format == FormatTSV || opt.Format == FormatXLIFF) && (opt.Src == language.Und || opt.Tgt == language.Und) {
		return fmt.Errorf("export: %w", ErrNeedPair)
	}
	switch opt.Format {
	case FormatXLIFF:
		return d.exportXLIFF(ctx, w, opt)
	case FormatTSV:
		clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
		for p, err := range d.pairs(ctx, opt) {
			if err != nil {
				return err
			}
			if _, err := fmt.Fprintf(w, "%s\t%s\n", clean.Replace(p.Source), clean.Replace(p.Target)); err != nil {
				return err
			}
		}
		return nil
	case FormatTMX, FormatAuto, "":
	default:
		return fmt.Errorf("export: format %q: want tmx, tsv or xliff", opt.Format)
	}
	h, err := d.exportHeader(ctx, opt)
	if err != nil {
		return err
	}
	return writeTMX(w, h, d.Units(ctx, opt), true)
}

// exportHeader is the header of a TMX export: ExportHeader's, or for the
// export of one document (opt.Filter.Doc) imported from a TMX file, that
// file's header (documentHeader).
func (d *DB) exportHeader(ctx context.Context, opt ExportOptions) (tmx.Header, error) {
	if opt.Filter.Doc != "" {
		imports, err := d.s.Imports(ctx)
		if err != nil {
			return tmx.Header{}, err
		}
		for _, im := range slices.Backward(imports) {
			if im.File != opt.Filter.Doc {
				continue
			}
			if im.Header == nil {
				break // the last import of that name was no TMX file
			}
			return documentHeader(*im.Header, opt.Src, opt.ToolVersion, d.docHasLang(ctx, opt.Filter.Doc)), nil
		}
	}
	return d.ExportHeader(ctx, opt.Src, opt.ToolVersion)
}

// documentHeader is the header of a document's export, made from the
// header h of the TMX file it was imported from (the import log's last
// entry of its name): the file's attributes (o-tmf, segtype, adminlang,
// datatype, o-encoding, creationdate, creationid, changedate, changeid,
// ...), props, notes and user-defined encodings, in their order, with
// bitext (version) as the creationtool and creationtoolversion, which
// name the tool that wrote the document (TMX 1.4b). The srclang is src
// when the export has a pair (the source it writes first); otherwise the
// file's, unless has says the document no longer has a variant in that
// base language (its variants deleted, or edited into another
// document's), when it is "*all*": a header names no source its units
// lack.
func documentHeader(h tmx.Header, src language.Tag, version string, has func(lang string) bool) tmx.Header {
	out := tmx.Header{Version: "1.4", Props: slices.Clone(h.Props), Notes: slices.Clone(h.Notes), UDEs: slices.Clone(h.UDEs)}
	out.Attrs = slices.Clone(h.Attrs)
	out.Attrs = tmx.Set(out.Attrs, "creationtool", "bitext")
	out.Attrs = tmx.Set(out.Attrs, "creationtoolversion", version)
	srclang := tmx.Get(out.Attrs, "srclang")
	switch {
	case src != language.Und:
		srclang = src.String()
	case srclang != "" && srclang != "*all*" && !has(srclang):
		srclang = "*all*"
	}
	out.Attrs = tmx.Set(out.Attrs, "srclang", srclang)
	return out
}

// docHasLang returns whether the stored units of the document name have
// a variant in a language (BCP 47 text) or another of its base language
// (a t5memory file says srclang="de-DE" of variants in de). When the store keeps
// no document listing, or it cannot be read, every language is taken to
// be there.
func (d *DB) docHasLang(ctx context.Context, name string) func(string) bool {
	all := func(string) bool { return true }
	m, ok := d.s.(Maintainer)
	if !ok {
		return all
	}
	docs, _, err := m.Documents(ctx, DocumentQuery{Keep: func(n string) bool { return n == name }})
	if err != nil || len(docs) != 1 {
		return all
	}
	return func(lang string) bool {
		want, err := language.Parse(lang)
		if err != nil {
			return true
		}
		wantBase, _ := want.Base()
		for _, l := range docs[0].Langs {
			if t, err := language.Parse(l); err == nil {
				if b, _ := t.Base(); b == wantBase {
					return true
				}
			}
		}
		return false
	}
}

// NewHeader returns the header of a TMX document that bitext writes:
// bitext (version) as the creation tool, src as the source language
// ("*all*" for language.Und), the creation date now, and the other
// attributes TMX 1.4b requires.
func NewHeader(src language.Tag, version string, now time.Time) tmx.Header {
	h := bitextHeader(src, version)
	h.Attrs = append(h.Attrs, tmx.Attr{Name: "creationdate", Value: tmx.FormatDate(now)})
	return h
}

// bitextHeader is the TMX 1.4 header of a document bitext writes: bitext
// and version as the creation tool, src as the source language ("*all*"
// for language.Und), plain-text sentence segments.
func bitextHeader(src language.Tag, version string) tmx.Header {
	srclang := "*all*"
	if src != language.Und {
		srclang = src.String()
	}
	return tmx.Header{Version: "1.4", Attrs: []tmx.Attr{
		{Name: "creationtool", Value: "bitext"}, {Name: "creationtoolversion", Value: version},
		{Name: "segtype", Value: "sentence"}, {Name: "o-tmf", Value: "bitext"}, {Name: "adminlang", Value: "en"},
		{Name: "srclang", Value: srclang}, {Name: "datatype", Value: "plaintext"},
	}}
}

// WriteTMX writes units to w as a TMX 1.4b document with header h, each
// unit converted by ToTMX (so an aligned unit's score and documents travel
// as the props x-bitext-score, x-bitext-src-doc, ..., which FromTMX and
// Import read back). It stops at the first error of units or of w.
func WriteTMX(w io.Writer, h tmx.Header, units iter.Seq2[Unit, error]) error {
	return writeTMX(w, h, units, false)
}

// propNoDoc is the prop of a unit in a TM's export that has no document
// (Origin.File ""; tm add, POST /units): x-bitext-file with no text. Import
// reads it and keeps the unit without one, where a unit of any other TMX
// takes the file's name: a backup restored so is the TM it was. An
// aligner's TMX (WriteTMX) has no such prop: its pairs are the file's.
var propNoDoc = Prop{Type: "x-bitext-file"}

// ownContext is the context u came with (Prev and Next as takeContext
// gives them back, else OmegaT's prev and next props, which FromTMX read
// into them): what Import hashed, unless it derived the context.
func ownContext(u *Unit) (prev, next string) {
	prev, next = u.Prev, u.Next
	for _, p := range u.Props {
		switch {
		case p.Type == "prev" && prev == "":
			prev = p.Text
		case p.Type == "next" && next == "":
			next = p.Text
		}
	}
	return prev, next
}

// writeTMX is WriteTMX; noDoc (Export: a TM's export) marks the units
// without a document with propNoDoc, and writes the context Import
// derived for a unit as propContext.
func writeTMX(w io.Writer, h tmx.Header, units iter.Seq2[Unit, error], noDoc bool) error {
	tw, err := tmx.NewWriter(w, h)
	if err != nil {
		return err
	}
	var langs langCache
	for u, err := range units {
		if err != nil {
			return err
		}
		tu := langs.toTMX(&u)
		tu.Props = oneReviewEach(tu.Props) // a unit stored before Import kept one a reviewer
		if noDoc && u.Origin.File == "" {
			tu.Props = append(tu.Props, propNoDoc)
		}
		if noDoc && (u.ctxPrev != 0 || u.ctxNext != 0) {
			tu.Props = append(tu.Props, Prop{Type: propContext, Text: formatContext(u.ctxPrev, u.ctxNext)})
		}
		if err := tw.Write(&tu); err != nil {
			return err
		}
	}
	return tw.Close()
}
