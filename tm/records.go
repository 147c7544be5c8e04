package tm

// The records of this file are the JSON form of lookup, concordance and
// stats results: `bitext tm ... --format jsonl` writes one a line, and a
// server answering the same questions writes the same. Languages are BCP
// 47 text in them, as in every file bitext writes.

import "time"

// MatchRecord is a lookup result as JSON: the query and one Match.
type MatchRecord struct {
	// ID is the unit's id (Match.UnitID), which `bitext tm edit` and
	// `tm delete` take.
	ID          int64  `json:"id"`
	Query       string `json:"query"`
	Score       int    `json:"score"`
	Source      string `json:"source"`
	Target      string `json:"target"`
	Diff        string `json:"diff"`
	SourceLang  string `json:"source_lang"`
	TargetLang  string `json:"target_lang"`
	Substituted bool   `json:"substituted,omitempty"`
	Note        string `json:"note,omitempty"`
	Kind        string `json:"kind,omitempty"`
	// Span and QuerySpan are a fragment's (Match.Span, Match.QuerySpan).
	Span      *[2]int `json:"span,omitempty"`
	QuerySpan *[2]int `json:"query_span,omitempty"`
	// Count is Match.Count, left out when 1.
	Count      int     `json:"count,omitempty"`
	File       string  `json:"file,omitempty"`
	SrcDoc     string  `json:"src_doc,omitempty"`
	TgtDoc     string  `json:"tgt_doc,omitempty"`
	AlignScore float64 `json:"align_score,omitempty"`
	// Penalty is Match.Penalty: the points the match's origin costs it in
	// the ranking.
	Penalty int `json:"penalty,omitempty"`
	// AlignPenalty is Match.AlignPenalty: the points already taken from
	// Score because the unit is an aligned pair scored (AlignScore) under
	// TrustedAlignScore.
	AlignPenalty int `json:"align_penalty,omitempty"`
	// QueryLacksCodes says the stored source has inline codes
	// (formatting: bold, a link, a line break) and the query, plain text,
	// has none: Target is the stored translation's text without them. The
	// score does not say so (an exact match stays 100); Pretranslate,
	// whose segments have codes, compares them (exactScoreOtherCodes).
	QueryLacksCodes bool `json:"query_lacks_codes,omitempty"`
}

// NewMatchRecord is the record of m, a match of query.
func NewMatchRecord(query string, m Match) MatchRecord {
	r := MatchRecord{ID: m.UnitID, Query: query, Score: m.Score, Source: m.Source, Target: m.Target, Diff: m.Diff,
		SourceLang: m.SourceLang.String(), TargetLang: m.TargetLang.String(), Substituted: m.Substituted, Note: m.Note,
		File: m.Origin.File, SrcDoc: m.Origin.SrcDoc, TgtDoc: m.Origin.TgtDoc, AlignScore: m.Origin.Score, Kind: m.Kind,
		Penalty: m.Penalty, AlignPenalty: m.AlignPenalty, QueryLacksCodes: m.SourceMarkup != ""}
	if m.Kind == KindFragment {
		r.Span, r.QuerySpan = &m.Span, &m.QuerySpan
	}
	if m.Count > 1 {
		r.Count = m.Count
	}
	return r
}

// HitRecord is a concordance hit as JSON. Hits are byte offsets
// [start, end) into Text; Translations is never null.
type HitRecord struct {
	// ID is the unit's id (Hit.UnitID).
	ID           int64               `json:"id"`
	Lang         string              `json:"lang"`
	Text         string              `json:"text"`
	Hits         [][2]int            `json:"hits"`
	Kind         string              `json:"kind,omitempty"`
	Translations []TranslationRecord `json:"translations"`
	// AlignScore is Hit.AlignScore: the aligner's score of a doubtful
	// aligned pair (under TrustedAlignScore), left out for other units.
	AlignScore float64 `json:"align_score,omitempty"`
}

// TranslationRecord is a translation in a HitRecord.
type TranslationRecord struct {
	Lang string `json:"lang"`
	Text string `json:"text"`
}

// NewHitRecord is the record of h.
func NewHitRecord(h Hit) HitRecord {
	r := HitRecord{ID: h.UnitID, Lang: h.Lang.String(), Text: h.Text, Hits: h.Spans, Kind: string(h.Kind), Translations: make([]TranslationRecord, 0, len(h.Translations)), AlignScore: h.AlignScore}
	if r.Hits == nil {
		r.Hits = [][2]int{}
	}
	for _, t := range h.Translations {
		r.Translations = append(r.Translations, TranslationRecord{t.Lang.String(), t.Text})
	}
	return r
}

// StatsRecord is Stats as JSON; Langs maps each language to its number of
// segments.
type StatsRecord struct {
	Bytes      int64          `json:"bytes"`
	Imports    int            `json:"imports"`
	IndexWords int            `json:"index_words"`
	Langs      map[string]int `json:"langs"`
	Path       string         `json:"path"`
	Schema     int            `json:"schema"`
	Segments   int            `json:"segments"`
	Units      int            `json:"units"`
}

// NewStatsRecord is the record of s.
func NewStatsRecord(s Stats) StatsRecord {
	r := StatsRecord{Bytes: s.Bytes, Imports: s.Imports, IndexWords: s.Words, Langs: map[string]int{},
		Path: s.Path, Schema: s.SchemaVersion, Segments: s.Variants, Units: s.Units}
	for _, l := range s.Langs {
		r.Langs[l.Lang.String()] = l.Count
	}
	return r
}

// DocumentRecord is a stored document (DocumentInfo) as JSON.
type DocumentRecord struct {
	Doc   string   `json:"doc"`
	Units int      `json:"units"`
	Langs []string `json:"langs"`
	// FirstStored and LastStored are RFC 3339 times (UTC), left out when
	// the import log has no entry of the document's name.
	FirstStored string `json:"first_stored,omitempty"`
	LastStored  string `json:"last_stored,omitempty"`
}

// NewDocumentRecord is d as JSON.
func NewDocumentRecord(d DocumentInfo) DocumentRecord {
	r := DocumentRecord{Doc: d.Name, Units: d.Units, Langs: d.Langs}
	if r.Langs == nil {
		r.Langs = []string{}
	}
	if !d.FirstStored.IsZero() {
		r.FirstStored, r.LastStored = d.FirstStored.UTC().Format(time.RFC3339), d.LastStored.UTC().Format(time.RFC3339)
	}
	return r
}
