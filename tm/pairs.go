package tm

import (
	"context"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// maxPairsSaid is how many of the TM's language pairs PairNote names.
const maxPairsSaid = 8

// PairNote says, for a lookup or a pretranslation from src into tgt that
// found no match, that the TM holds no unit with both languages (their
// base languages, as lookups match them), and which pairs it holds: "the
// TM holds no units in en-de (its language pairs: en-fr, en-ja)", or "the
// TM holds no units" when it is empty. It is "" when the TM holds units
// in the pair (the query found no match among them), or when its store
// cannot tell without reading every unit (not a LangSetLister, or units
// whose languages it has not indexed). A lookup in a pair the TM has no
// unit of said "no match" only, as if the TM had nothing like the query.
// It reads an index (see LangSetLister): a seek for each language set of
// each document.
func (d *DB) PairNote(ctx context.Context, src, tgt language.Tag) (string, error) {
	ls, ok := d.s.(LangSetLister)
	if !ok {
		return "", nil
	}
	sets, complete, err := ls.LangSets(ctx)
	if err != nil || !complete {
		return "", err
	}
	if len(sets) == 0 {
		return "the TM holds no units", nil
	}
	s, t := langLabel(src), langLabel(tgt)
	var pairs []string
	tags := make(map[string]language.Tag) // parsed once
	for _, set := range sets {
		var ts []language.Tag
		for _, tag := range strings.Fields(set) {
			lt, ok := tags[tag]
			if !ok {
				lt, _ = language.Parse(tag)
				tags[tag] = lt
			}
			if lt != language.Und {
				ts = append(ts, lt)
			}
		}
		for i := range ts {
			for j := range ts {
				if i != j && sameLang(ts[i], src) && sameLang(ts[j], tgt) {
					return "", nil // the pair is held
				}
			}
		}
		var bs []string
		for _, lt := range ts {
			bs = append(bs, langLabel(lt))
		}
		slices.Sort(bs)
		bs = slices.Compact(bs)
		for i := range bs {
			for j := i + 1; j < len(bs); j++ {
				pairs = append(pairs, bs[i]+"-"+bs[j])
			}
		}
	}
	slices.Sort(pairs)
	pairs = slices.Compact(pairs)
	note := "the TM holds no units in " + s + "-" + t
	switch {
	case len(pairs) == 0:
		return note + " (nor in any other pair: each of its units is in one language)", nil
	case len(pairs) > maxPairsSaid:
		return note + " (its language pairs: " + strings.Join(pairs[:maxPairsSaid], ", ") + ", ...)", nil
	}
	return note + " (its language pairs: " + strings.Join(pairs, ", ") + ")", nil
}

// langLabel names the language of t as lookups tell languages apart
// (inLang): its language subtag, with the script when t tells it
// (langScript): en, zh-Hant, sr-Latn.
func langLabel(t language.Tag) string {
	if sc, ok := langScript(t); ok {
		return baseTag(t) + "-" + sc.String()
	}
	return baseTag(t)
}

// NotePair sets rw.PairNote to PairNote(src, tgt) when what rw wrote
// found nothing: not one match for any query (Lookup, LookupDocument),
// or no concordance hit translated into tgt (tgt not language.Und).
// NoMatchNote and NoHitNote then say it.
func (d *DB) NotePair(ctx context.Context, rw *ResultWriter, src, tgt language.Tag) error {
	if rw.Queries > 0 && rw.Unmatched < rw.Queries || rw.Queries == 0 && (rw.Hits > 0 || tgt == language.Und) {
		return nil
	}
	var err error
	rw.PairNote, err = d.PairNote(ctx, src, tgt)
	return err
}

// ExportNote says, of an export of the pair src-tgt, that the TM holds no
// units in the pair (PairNote), as "note: exported no units: the TM holds
// no units in en-de (its language pairs: en-fr)"; "" when src or tgt is
// language.Und (an export of every unit) or the TM holds units in the
// pair. Such an export wrote an empty file without a word.
func (d *DB) ExportNote(ctx context.Context, src, tgt language.Tag) (string, error) {
	if src == language.Und || tgt == language.Und {
		return "", nil
	}
	note, err := d.PairNote(ctx, src, tgt)
	if note != "" {
		note = "note: exported no units: " + note
	}
	return note, err
}

// AnalysisNote says, of a pretranslation from src into tgt whose analysis
// is an and which matched no segment, that the TM holds no units in the
// pair (PairNote), as "note: no segment matched: the TM holds no units in
// en-de (...)"; "" otherwise. The analysis alone said "no match" for every
// segment, as if the TM had nothing like the article. Of an XLIFF file
// (an.Src set) with no segment to pretranslate it says so: the analysis
// alone was a table of zeros and the file came out as it went in.
func (d *DB) AnalysisNote(ctx context.Context, an Analysis, src, tgt language.Tag) (string, error) {
	if an.Segments == 0 && an.Src != language.Und {
		return "note: nothing to pretranslate: no unit of the file waits for a translation (a unit whose target holds text, one with no source text or one marked translate=\"no\" is left as it is; an empty target is filled)", nil
	}
	if an.Segments == 0 || an.Matched() > 0 {
		return "", nil
	}
	if an.Src != language.Und && an.Tgt != language.Und { // the XLIFF file's
		src, tgt = an.Src, an.Tgt
	}
	note, err := d.PairNote(ctx, src, tgt)
	if note != "" {
		note = "note: no segment matched: " + note
	}
	return note, err
}
