package server

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
)

// openAPI is the OpenAPI description of /api/v1, served at
// /api/v1/openapi.json; a test checks it against the routes.
//
//go:embed openapi.json
var openAPI []byte

// Limits of one request.
const (
	maxBatch    = 1000  // queries of a batch lookup
	maxHits     = 1000  // concordance hits
	maxSegments = 20000 // sentences of one side of an alignment
)

// OriginReviewed is the Origin.File of the pairs that a person confirmed
// on the review page (POST /api/v1/units with "reviewed": true); lookup
// shows it as the match's "file", and the unit carries the prop
// x-bitext-reviewed naming who confirmed it. Its aligner's score costs
// it no points in a lookup (tm.AlignPenalty).
const OriginReviewed = tm.ReviewedFile

func (s *Server) apiRoutes() {
	const v = "/api/v1"
	s.handle("GET", v+"/openapi.json", open, func(w http.ResponseWriter, _ *http.Request) error {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openAPI)
		return nil
	})
	s.handle("GET", v+"/lookup", reads, s.lookupOne)
	s.handle("POST", v+"/lookup", reads, s.lookupBatch)
	s.handle("GET", v+"/concordance", reads, s.concordance)
	s.handle("POST", v+"/segment", reads, s.segment)
	s.handleBulk("POST", v+"/align", reads, s.align)
	s.handle("POST", v+"/normalize", reads, s.normalize)
	s.handle("POST", v+"/check", reads, s.check)
	s.handleBulk("POST", v+"/names/discover", reads, s.discover)
	s.handle("POST", v+"/names/match", reads, s.namesMatch)
	s.handle("GET", v+"/glossary", reads, s.glossary)
	s.handle("POST", v+"/glossary", writes, s.glossaryAdd)
	s.handle("DELETE", v+"/glossary/{canonical}", writes, s.glossaryRemove)
	s.handle("POST", v+"/glossary/{canonical}/variants", writes, s.glossaryAddVariants)
	s.handle("DELETE", v+"/glossary/{canonical}/variants/{variant}", writes, s.glossaryRemoveVariant)
	s.handleBulk("POST", v+"/units", writes, s.unitsAdd)
	s.handle("GET", v+"/stats", reads, s.stats)
	s.handle("GET", v+"/health", open, s.health)
	s.handleBulk("POST", v+"/import", writes, s.importFile)
	s.handleBulk("GET", v+"/export", reads, s.export)
}

// matchJSON is a lookup match: the command's JSON record (with its kind:
// context, exact, fuzzy or fragment) and the unit's id.
type matchJSON struct {
	tm.MatchRecord
	UnitID int64 `json:"unit_id"`
}

// queryMatches are the matches of one query.
type queryMatches struct {
	Query   string      `json:"query"`
	Matches []matchJSON `json:"matches"`
}

// rankReviewed puts, among matches of equal score, the pairs a person
// confirmed (OriginReviewed) before the others; otherwise the order is
// Lookup's: fragments stay after the other matches, whatever their
// score (a share of words covered, not a match score).
func rankReviewed(ms []tm.Match) {
	slices.SortStableFunc(ms, func(a, b tm.Match) int {
		if fa, fb := a.Kind == tm.KindFragment, b.Kind == tm.KindFragment; fa != fb {
			if fa {
				return 1
			}
			return -1
		}
		if a.Score != b.Score {
			return b.Score - a.Score
		}
		ra, rb := a.Origin.File == OriginReviewed, b.Origin.File == OriginReviewed
		switch {
		case ra && !rb:
			return -1
		case rb && !ra:
			return 1
		}
		return 0
	})
}

func newQueryMatches(query string, ms []tm.Match) queryMatches {
	rankReviewed(ms)
	out := queryMatches{Query: query, Matches: make([]matchJSON, 0, len(ms))}
	for _, m := range ms {
		out.Matches = append(out.Matches, matchJSON{tm.NewMatchRecord(query, m), m.UnitID})
	}
	return out
}

// lookupRequest is the body of a batch lookup.
type lookupRequest struct {
	Src string `json:"src"`
	Tgt string `json:"tgt"`
	// Min and Max are nil when left out (the defaults); a pointer tells
	// an explicit 0 (min: every score; max: refused) from them.
	Min     *int     `json:"min"`
	Max     *int     `json:"max"`
	Queries []string `json:"queries"`
	// Document says the queries are consecutive segments of a document:
	// each one's neighbours are its context (101 matches).
	Document bool `json:"document"`
}

// lookupOptions checks the languages and limits of a lookup. A min of 0
// asks for every score (tm.NoMinimum), as tm lookup --min 0 and
// tmserver's min_similarity=0 do, and as the page's "min %" box means
// it: tm.LookupOptions reads its zero Min as tm.DefaultMin, and ?min=0
// answered as ?min=70.
func lookupOptions(src, tgt string, min, max int) (tm.LookupOptions, error) {
	s, t, err := langPair(src, tgt)
	if err != nil {
		return tm.LookupOptions{}, err
	}
	if min < -1 || min > tm.ContextScore {
		return tm.LookupOptions{}, badRequest("min %d: a score from 0 to %d is wanted (-1: every score)", min, tm.ContextScore)
	}
	if max < 1 || max > 100 {
		return tm.LookupOptions{}, badRequest("max %d: a number from 1 to 100 is wanted", max)
	}
	if min == 0 {
		min = tm.NoMinimum
	}
	return tm.LookupOptions{Src: s, Tgt: t, Min: min, Max: max}, nil
}

func (s *Server) lookupOne(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	min, err := queryInt(r, "min", tm.DefaultMin, -1, tm.ContextScore)
	if err != nil {
		return err
	}
	max, err := queryInt(r, "max", tm.DefaultMax, 1, 100)
	if err != nil {
		return err
	}
	opt, err := lookupOptions(q.Get("src"), q.Get("tgt"), min, max)
	if err != nil {
		return err
	}
	text := q.Get("q")
	if strings.TrimSpace(text) == "" && q.Has("term") {
		return badRequest("q is empty: a lookup's segment is ?q=TEXT (term is the concordance's)")
	}
	if err := checkText("q", text); err != nil {
		return err
	}
	opt.Prev, opt.Next = q.Get("prev"), q.Get("next")
	ms, err := s.opt.DB.Lookup(r.Context(), text, opt)
	if err != nil {
		return err
	}
	if len(ms) == 0 {
		if err := s.notePair(w, r, "no match: ", opt.Src, opt.Tgt); err != nil {
			return err
		}
	}
	writeJSON(w, http.StatusOK, newQueryMatches(text, ms))
	return nil
}

// notePair sets, on an answer that found nothing in the pair src-tgt,
// the header X-Bitext-Note (noteHeader) to prefix and tm.DB.PairNote when
// the TM holds no units in the pair: "no match: the TM holds no units in
// en-de (its language pairs: en-fr)", as tm lookup and tm concordance
// note it. It answered no matches, 200, without a word. The body keeps
// its shape; a pair held sets nothing.
func (s *Server) notePair(w http.ResponseWriter, r *http.Request, prefix string, src, tgt language.Tag) error {
	note, err := s.opt.DB.PairNote(r.Context(), src, tgt)
	if err != nil {
		return err
	}
	if note != "" {
		w.Header().Set(noteHeader, prefix+note)
	}
	return nil
}

func (s *Server) lookupBatch(w http.ResponseWriter, r *http.Request) error {
	var req lookupRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	min, max := tm.DefaultMin, tm.DefaultMax
	if req.Min != nil {
		min = *req.Min
	}
	if req.Max != nil {
		max = *req.Max
	}
	opt, err := lookupOptions(req.Src, req.Tgt, min, max)
	if err != nil {
		return err
	}
	if len(req.Queries) == 0 || len(req.Queries) > maxBatch {
		return badRequest("queries: from 1 to %d segments are wanted, not %d", maxBatch, len(req.Queries))
	}
	// A blank query is refused as GET ?q= is, but in a document, where it
	// is a paragraph break (a document of breaks alone is refused).
	blank := 0
	for i, q := range req.Queries {
		if strings.TrimSpace(q) == "" && !req.Document {
			return badRequest("query %d is empty: each of queries is a segment (a blank one is a paragraph break only with \"document\": true)", i+1)
		} else if strings.TrimSpace(q) == "" {
			blank++
		}
		if err := checkChars(fmt.Sprintf("query %d", i+1), q); err != nil {
			return err
		}
	}
	if blank == len(req.Queries) {
		return badRequest("queries: every segment is empty")
	}
	results := make([]queryMatches, 0, len(req.Queries))
	if req.Document {
		queries := func(yield func(string, error) bool) {
			for _, q := range req.Queries {
				if !yield(q, nil) {
					return
				}
			}
		}
		// LookupDocument yields nothing for a blank query (a paragraph
		// break): it is answered here with no matches, so that
		// results[i] answers queries[i] in both modes.
		i := 0
		for dm, err := range s.opt.DB.LookupDocument(r.Context(), queries, opt) {
			if err != nil {
				return err
			}
			for ; i < len(req.Queries) && strings.TrimSpace(req.Queries[i]) == ""; i++ {
				results = append(results, newQueryMatches(req.Queries[i], nil))
			}
			results = append(results, newQueryMatches(req.Queries[i], dm.Matches))
			i++
		}
		for ; i < len(req.Queries); i++ {
			results = append(results, newQueryMatches(req.Queries[i], nil))
		}
	} else {
		for _, q := range req.Queries {
			ms, err := s.opt.DB.Lookup(r.Context(), q, opt)
			if err != nil {
				return err
			}
			results = append(results, newQueryMatches(q, ms))
		}
	}
	// As tm lookup: the pair is noted when no query had a match.
	if !slices.ContainsFunc(results, func(qm queryMatches) bool { return len(qm.Matches) > 0 }) {
		if err := s.notePair(w, r, "no match: ", opt.Src, opt.Tgt); err != nil {
			return err
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"results": results})
	return nil
}

// hitJSON is a concordance hit: the command's JSON record and the unit's
// id.
type hitJSON struct {
	tm.HitRecord
	UnitID int64 `json:"unit_id"`
}

func (s *Server) concordance(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	src, err := parseLang("src", q.Get("src"))
	if err != nil {
		return err
	}
	tgt, err := optLang("tgt", q.Get("tgt"))
	if err != nil {
		return err
	}
	max, err := pageSize(r, 100, 1, maxHits) // max, or limit as the listings name it
	if err != nil {
		return err
	}
	// offset pages through a term that many segments hold: the hits'
	// order is the same from one request to the next (Concordance ranks
	// them), so the next page starts at offset+max.
	offset, err := queryInt(r, "offset", 0, 0, 1<<30)
	if err != nil {
		return err
	}
	term := q.Get("term")
	if strings.TrimSpace(term) == "" && q.Has("q") {
		return badRequest("term is empty: a concordance's words are ?term=WORDS (q is the lookup's)")
	}
	if err := checkText("term", term); err != nil {
		return err
	}
	hits := []hitJSON{}
	more, skip, found := false, offset, false
	for h, err := range s.opt.DB.Concordance(r.Context(), term, tm.ConcordanceOptions{Lang: src, Tgt: tgt}) {
		if errors.Is(err, tm.ErrNoWords) {
			// Refused, and said why: the word index holds letters and
			// digits, so a term of emoji or punctuation alone (a flag, a family of emoji)
			// matches nothing it could look up, and answering "no hit"
			// would say the TM holds none. Quoted as typed (QuoteText):
			// %q showed an emoji family's joiners as \u200d.
			return badRequest("term %s: no words to search (a concordance looks for words: letters or digits; emoji and punctuation alone are not indexed)", textio.QuoteText(term))
		} else if err != nil {
			return err
		}
		found = true
		if skip > 0 {
			skip--
			continue
		}
		if len(hits) == max {
			more = true // a hit beyond this page
			break
		}
		hits = append(hits, hitJSON{tm.NewHitRecord(h), h.UnitID})
	}
	// As tm concordance --tgt: no hit translated into tgt notes the pair
	// (a page past the last hit is no such case: found is true).
	if !found && tgt != language.Und {
		if err := s.notePair(w, r, "no hit: ", src, tgt); err != nil {
			return err
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"term": term, "hits": hits, "offset": offset, "more": more})
	return nil
}

// segmentRequest is the body of /segment.
type segmentRequest struct {
	Text   string `json:"text"`
	Lang   string `json:"lang"`
	Quotes string `json:"quotes"` // keep (default) or split
}

// quoteMode parses a quotes field; def when it is empty.
func quoteMode(s string, def segment.QuoteMode) (segment.QuoteMode, error) {
	switch s {
	case "":
		return def, nil
	case "keep":
		return segment.QuotesKeep, nil
	case "split":
		return segment.QuotesSplit, nil
	}
	return def, badRequest("quotes %q: keep or split is wanted", s)
}

func (s *Server) segment(w http.ResponseWriter, r *http.Request) error {
	var req segmentRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	lang, err := parseLang("lang", req.Lang)
	if err != nil {
		return err
	}
	qm, err := quoteMode(req.Quotes, segment.QuotesKeep)
	if err != nil {
		return err
	}
	if err := checkText("text", req.Text); err != nil {
		return err
	}
	seg, err := segment.New(lang, segment.WithQuotes(qm))
	if err != nil {
		return err
	}
	out := []segment.Record{}
	for _, st := range seg.SplitString(req.Text) {
		out = append(out, segment.Record{Text: st.Text, Start: st.Start, End: st.End, Para: st.Para})
	}
	writeJSON(w, http.StatusOK, map[string]any{"sentences": out})
	return nil
}

// alignRequest is the body of /align: two texts and their languages.
type alignRequest struct {
	Src          string `json:"src"`
	Tgt          string `json:"tgt"`
	SrcText      string `json:"src_text"`
	TgtText      string `json:"tgt_text"`
	SrcDoc       string `json:"src_doc"`
	TgtDoc       string `json:"tgt_doc"`
	Presegmented bool   `json:"presegmented"`
	Quotes       string `json:"quotes"` // split (default, as align) or keep
	// NoTM skips learning word translations from the TM's pairs.
	NoTM bool `json:"no_tm"`
	// NoDefaultDict aligns a Chinese-English pair without the built-in
	// CC-CEDICT, as the command's --no-default-dict.
	NoDefaultDict bool `json:"no_default_dict"`
}

// beadJSON is a bead: the command's JSON record.
type beadJSON = align.BeadRecord

// regionJSON is a low-confidence region: [start, end) sentence ranges,
// and why it is to be reviewed (align.Region's Reason: "unmatched",
// "paragraphs joined", ...), which the review page shows on its beads.
type regionJSON struct {
	Src    [2]int  `json:"src"`
	Tgt    [2]int  `json:"tgt"`
	Score  float64 `json:"score"`
	Reason string  `json:"reason"`
}

func (s *Server) align(w http.ResponseWriter, r *http.Request) error {
	var req alignRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	p, err := req.pair()
	if err != nil {
		return err
	}
	popt := align.PairOptions{Align: align.Options{ReviewBelow: align.DefaultReviewBelow, MaxExamples: 20000, NoDefaultDict: req.NoDefaultDict}}
	if req.NoTM {
		err = p.Align(r.Context(), popt)
	} else {
		err = s.opt.DB.AlignPair(r.Context(), p, popt)
	}
	if err != nil {
		return err
	}
	beads := make([]beadJSON, 0, len(p.Beads))
	for _, b := range p.Beads {
		beads = append(beads, align.NewBeadRecord(p.Src, p.Tgt, b))
	}
	review := make([]regionJSON, 0, len(p.Review))
	for _, rg := range p.Review {
		review = append(review, regionJSON{[2]int{rg.Src.Start, rg.Src.End}, [2]int{rg.Tgt.Start, rg.Tgt.End}, rg.Score, rg.Reason})
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"src_sentences": nonNil(p.Src.Sentences), "tgt_sentences": nonNil(p.Tgt.Sentences),
		"beads": beads, "review": review, "learned": p.Learned,
	})
	return nil
}

// pair is the request's pair of documents, segmented and checked as
// bitext align checks its files: each side's language, text and script,
// at most maxSegments sentences a side. Its errors are bad requests.
func (req *alignRequest) pair() (*align.Pair, error) {
	// One language on both sides is two versions of a story, which
	// bitext align aligns too.
	src, err := parseLang("src", req.Src)
	if err != nil {
		return nil, err
	}
	tgt, err := parseLang("tgt", req.Tgt)
	if err != nil {
		return nil, err
	}
	qm, err := quoteMode(req.Quotes, segment.QuotesSplit)
	if err != nil {
		return nil, err
	}
	if err := checkText("src_text", req.SrcText); err != nil {
		return nil, err
	}
	if err := checkText("tgt_text", req.TgtText); err != nil {
		return nil, err
	}
	// A web page or a TMX file given as a text (the review page's Source
	// file takes any file) is refused as bitext align refuses it: its
	// tags were aligned as sentences, every bead unmatched.
	for _, side := range [][2]string{{"src_text", req.SrcText}, {"tgt_text", req.TgtText}} {
		switch textio.MarkupKind(side[1]) {
		case "HTML":
			return nil, badRequest("%s: an HTML document, not plain text: align reads running text, or one sentence a line; extract its text first (bitext tm pretranslate reads HTML)", side[0])
		case "XML":
			return nil, badRequest("%s: an XML document, not plain text: align reads running text, or one sentence a line; a TMX or XLIFF file is aligned already (import it on the Documents tab, or with bitext tm import)", side[0])
		}
	}
	p := &align.Pair{SrcLang: src, TgtLang: tgt, SrcName: req.SrcDoc, TgtName: req.TgtDoc}
	dopt := align.DocumentOptions{Presegmented: req.Presegmented, Quotes: qm}
	dopt.Lang = src
	if p.Src, err = align.SegmentText(req.SrcText, dopt); err != nil {
		return nil, badRequest("src_text: %v", err)
	}
	dopt.Lang = tgt
	if p.Tgt, err = align.SegmentText(req.TgtText, dopt); err != nil {
		return nil, badRequest("tgt_text: %v", err)
	}
	if len(p.Src.Sentences) > maxSegments || len(p.Tgt.Sentences) > maxSegments {
		return nil, badRequest("more than %d sentences on a side: align them with the bitext command", maxSegments)
	}
	// A side in another language or script than its own (the texts
	// swapped) is refused as bitext align refuses it.
	named := *p
	named.SrcName, named.TgtName = "src_text", "tgt_text"
	if err := named.CheckLanguages(); err != nil {
		return nil, badRequest("%v", err)
	}
	return p, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// textRequest is the body of /normalize and /check.
type textRequest struct {
	Text string `json:"text"`
	Lang string `json:"lang"`
	// NoDefault uses only the user's glossary.
	NoDefault bool `json:"no_default"`
}

// discoverRequest is the body of /names/discover. It was textRequest
// with MinConfidence: /normalize and /check took min_confidence, and
// /names/discover no_default, and ignored them without a word; now each
// is an unknown field where it means nothing.
type discoverRequest struct {
	Text string `json:"text"`
	Lang string `json:"lang"`
	// MinConfidence is the least confidence of a cluster.
	MinConfidence float64 `json:"min_confidence"`
}

// mentionJSON is a name found in a text: its byte offsets, its form,
// its house form and the rule that found it.
type mentionJSON struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Form      string `json:"form"`
	Canonical string `json:"canonical"`
	Rule      string `json:"rule"`
	// Rewrites: the rewrite (the response's replacements) changes the
	// form. A variant it keeps, such as one set beside its house form
	// ("Wolodymyr Selenskyj and Volodymyr Zelenskyy"), says false.
	Rewrites bool `json:"rewrites"`
}

// rewrite runs the glossary in use over req.Text: the rewritten text (when
// out is set) and the replacements, as `bitext normalize` reports them.
// A text of no lang is read (normalize.GlossarySet.ForText): the
// response's "language_read" says so when that left entries out.
func (s *Server) rewrite(r *http.Request, req *textRequest, out *bytes.Buffer) (*normalize.Glossary, []normalize.ReplacementRecord, *languageJSON, error) {
	lang, err := langText(req.Lang, req.Text)
	if err != nil {
		return nil, nil, nil, err
	}
	user, err := s.opt.Glossary(r.Context())
	if err != nil {
		return nil, nil, nil, err
	}
	head := req.Text[:min(len(req.Text), normalize.HeadSize)]
	g, read := s.glossaries.Set(user, s.opt.NoDefaultGlossary || req.NoDefault).ForText(lang, []byte(head)) // compiled once until the entries change
	var lj *languageJSON
	if read.Lang != language.Und {
		lj = &languageJSON{read.Lang.String(), read.Name, read.LeftOut}
	}
	reps := []normalize.ReplacementRecord{}
	var dst io.Writer // nil: a check writes nothing
	if out != nil {
		dst = out
	}
	err = g.Rewrite(dst, strings.NewReader(req.Text), func(rep normalize.Replacement) error {
		reps = append(reps, rep.Record("text"))
		return nil
	})
	return g, reps, lj, err
}

// languageJSON is the language a text of no lang was read as, and how
// many glossary entries limited to other languages that left out.
type languageJSON struct {
	Lang     string `json:"lang"`
	Language string `json:"language"`
	LeftOut  int    `json:"left_out"`
}

func (s *Server) normalize(w http.ResponseWriter, r *http.Request) error {
	var req textRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	var out bytes.Buffer
	g, reps, read, err := s.rewrite(r, &req, &out)
	if err != nil {
		return err
	}
	resp := map[string]any{"text": out.String(), "replacements": reps, "mentions": mentions(g, req.Text, reps)}
	if read != nil {
		resp["language_read"] = read
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

func (s *Server) check(w http.ResponseWriter, r *http.Request) error {
	var req textRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	g, reps, read, err := s.rewrite(r, &req, nil)
	if err != nil {
		return err
	}
	resp := map[string]any{"clean": len(reps) == 0, "replacements": reps, "mentions": mentions(g, req.Text, reps)}
	if read != nil {
		resp["language_read"] = read
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

// mentions are the glossary's names in text.
func mentions(g *normalize.Glossary, text string, reps []normalize.ReplacementRecord) []mentionJSON {
	out := []mentionJSON{}
	r := 0 // reps are in the text's order, as the mentions
	for m := range g.Find(text) {
		// A mention rewrites when a replacement covers its start: the
		// rule alone said so of a variant the rewrite keeps (beside its
		// house form, in markup), and the page marked it "→ house form"
		// while its status line counted one variant fewer.
		for r < len(reps) && int(reps[r].Offset)+len(reps[r].Form) <= m.Start {
			r++
		}
		rewrites := m.Rewrites() && r < len(reps) && int(reps[r].Offset) <= m.Start
		out = append(out, mentionJSON{m.Start, m.End, m.Form, m.Canonical, m.Rule, rewrites})
	}
	return out
}

func (s *Server) discover(w http.ResponseWriter, r *http.Request) error {
	var req discoverRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	lang, err := langText(req.Lang, req.Text)
	if err != nil {
		return err
	}
	if req.MinConfidence < 0 || req.MinConfidence > 1 {
		return badRequest("min_confidence %v: a number from 0 to 1 is wanted", req.MinConfidence)
	}
	d := normalize.NewDiscovererFor(lang)
	if err := d.AddReader(r.Context(), strings.NewReader(req.Text)); err != nil {
		return err
	}
	user, err := s.opt.Glossary(r.Context())
	if err != nil {
		return err
	}
	g := s.glossaries.Set(user, s.opt.NoDefaultGlossary).For(lang)
	clusters := []clusterJSON{}
	for _, c := range d.Clusters(req.MinConfidence) {
		cj := clusterJSON{ClusterRecord: c.Record()}
		a := normalize.AcceptCluster(c, normalize.KindOther, language.Und, g)
		cj.Known, cj.Extends = a.Known, a.Extends
		if a.Entry.Canonical != "" {
			e := entryOf(a.Entry)
			cj.Store = &e
		}
		clusters = append(clusters, cj)
	}
	writeJSON(w, http.StatusOK, map[string]any{"clusters": clusters})
	return nil
}

// clusterJSON is a discovered cluster and what its Accept stores, as
// `names discover --accept` decides it (normalize.AcceptCluster over the
// glossary in use): the page offered an Accept of every cluster, and one
// of a single spelling (IRGC, its other forms related ones) was refused.
type clusterJSON struct {
	normalize.ClusterRecord
	// Store is the entry Accept stores: the cluster's, or the glossary
	// entry it extends (Extends) with its new spellings. Absent when
	// there is nothing to store: Known, or a single spelling.
	Store *entryJSON `json:"store,omitempty"`
	// Extends is the canonical form of the glossary entry Store extends.
	Extends string `json:"extends,omitempty"`
	// Known is the canonical form of the glossary entry that has every
	// spelling of the cluster already.
	Known string `json:"known,omitempty"`
}

// entryJSON is a glossary entry.
type entryJSON struct {
	Canonical string   `json:"canonical"`
	Variants  []string `json:"variants"`
	Kind      string   `json:"kind,omitempty"`
	Langs     []string `json:"langs,omitempty"`
}

// glossary lists the user's entries, sorted by canonical form: those
// whose canonical form or a variant matches q (textMatcher, by name key
// too), a page of them when limit is given.
func (s *Server) glossary(w http.ResponseWriter, r *http.Request) error {
	lq, err := parseListQuery(r)
	if err != nil {
		return err
	}
	all, err := s.opt.Glossary(r.Context())
	if err != nil {
		return err
	}
	match := textMatcher(lq.q, true)
	p := pageOf(all, lq, func(e normalize.Entry) bool {
		return match(e.Canonical) || slices.ContainsFunc(e.Variants, match)
	})
	out := make([]entryJSON, 0, len(p.items))
	for _, e := range p.items {
		out = append(out, entryOf(e))
	}
	writeJSON(w, http.StatusOK, map[string]any{"entries": out, "total": p.total, "offset": lq.offset, "more": p.more})
	return nil
}

// entryOf returns e as JSON.
func entryOf(e normalize.Entry) entryJSON {
	ej := entryJSON{Canonical: e.Canonical, Variants: e.Variants, Kind: string(e.Kind)}
	if ej.Variants == nil {
		ej.Variants = []string{}
	}
	for _, l := range e.Langs {
		ej.Langs = append(ej.Langs, l.String())
	}
	return ej
}

// repeatedEntries says of each entry merged into an earlier one
// (normalize.MergeRepeated's into) which it repeats, in one pass: a
// slices.Index for each entry was quadratic in a body of many entries.
func repeatedEntries(into []int) []string {
	first := map[int]int{} // the first entry merged into each
	var repeats []string
	for i, m := range into {
		f, seen := first[m]
		if !seen {
			first[m] = i
			continue
		}
		repeats = append(repeats, fmt.Sprintf("entry %d repeats the canonical form of entry %d", i+1, f+1))
	}
	return repeats
}

// variantSpellings returns the variants of a glossary request, read as
// pointers to tell null from a string (encoding/json made null "", which
// the store dropped without a word): a null or blank one is a 400 naming
// it after where (the entry, or nothing for a route's one entry).
func variantSpellings(where string, vs []*string) ([]string, error) {
	var out []string
	for j, v := range vs {
		switch {
		case v == nil:
			return nil, badRequest("%svariant %d is null: a variant is a spelling (a string); nothing was stored", where, j+1)
		case strings.TrimSpace(*v) == "":
			return nil, badRequest("%svariant %d is empty: a variant is a spelling; nothing was stored", where, j+1)
		}
		if err := checkNameKey(fmt.Sprintf("%svariant %d", where, j+1), *v); err != nil {
			return nil, err
		}
		out = append(out, *v)
	}
	return out, nil
}

// checkNameKey refuses a glossary spelling with no letter or digit ("!!!",
// "—"), as names add and names import refuse it: it matches no name, and
// the glossary names export wrote of it was one names import refused.
func checkNameKey(what, s string) error {
	if normalize.Key(s) == "" {
		return badRequest("%s %s is not a name: it has no letters or digits; nothing was stored", what, textio.QuoteText(s))
	}
	return nil
}

func (s *Server) glossaryAdd(w http.ResponseWriter, r *http.Request) error {
	// A variant is read as a pointer, to tell null from a string:
	// encoding/json made null "", which the store dropped without a word.
	var req struct {
		Entries []struct {
			Canonical string    `json:"canonical"`
			Variants  []*string `json:"variants"`
			Kind      string    `json:"kind,omitempty"`
			Langs     []string  `json:"langs,omitempty"`
		} `json:"entries"`
	}
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	if len(req.Entries) == 0 {
		return badRequest("entries: none given")
	}
	entries := make([]normalize.Entry, 0, len(req.Entries))
	for i, ej := range req.Entries {
		e := normalize.Entry{Canonical: strings.TrimSpace(ej.Canonical)}
		if e.Canonical == "" {
			return badRequest("entry %d: the canonical form is empty", i+1)
		}
		if err := checkNameKey(fmt.Sprintf("entry %d: the canonical form", i+1), e.Canonical); err != nil {
			return err
		}
		vs, err := variantSpellings(fmt.Sprintf("entry %d: ", i+1), ej.Variants)
		if err != nil {
			return err
		}
		e.Variants = vs
		if ej.Kind != "" {
			k, err := normalize.ParseKind(ej.Kind)
			if err != nil {
				return badRequest("entry %d: %v", i+1, err)
			}
			e.Kind = k
		}
		for _, l := range ej.Langs {
			t, err := parseLang(fmt.Sprintf("entry %d: lang", i+1), l)
			if err != nil {
				return err
			}
			e.Langs = append(e.Langs, t)
		}
		entries = append(entries, e)
	}
	// Entries of one canonical form are one entry, as in a file names
	// import reads: their variants are merged, and the answer counts the
	// entries stored and says which were merged (it said "added 2
	// entries" of one entry given twice). A client that sends a batch
	// gathered from several lists gets them stored as names import
	// would, and a count it can check against what it sent.
	merged, into := normalize.MergeRepeated(entries)
	repeats := repeatedEntries(into)
	// A spelling another user entry has is refused, as names add refuses
	// it: the glossary would rewrite it to either canonical form.
	// PutGlossary checks in the transaction that writes.
	// One entry is said as names add says it: what it gained and holds
	// now, when it was stored before; a language list the put replaced
	// is said too, as names add warns of it.
	puts, langChanges, err := s.opt.DB.AddGlossary(r.Context(), merged)
	if err != nil {
		var ce *normalize.ConflictError
		if errors.As(err, &ce) {
			return &httpError{http.StatusConflict, fmt.Errorf("%w; nothing was stored", err)}
		}
		return err
	}
	msg := tm.GlossaryPutText(puts)
	if len(repeats) > 0 {
		msg += fmt.Sprintf(" (%d given: %s, its variants merged into it)", len(entries), strings.Join(repeats, "; "))
	}
	if len(langChanges) > 0 {
		msg += "; " + strings.Join(langChanges, "; ")
	}
	writeJSON(w, http.StatusOK, okStatus{true, msg})
	return nil
}

func (s *Server) glossaryRemove(w http.ResponseWriter, r *http.Request) error {
	name := strings.TrimSpace(r.PathValue("canonical"))
	if name == "" {
		return badRequest("canonical: empty")
	}
	if err := checkChars("canonical", name); err != nil {
		return err
	}
	// The entry as it is before the delete, for the answer: the page's
	// Undo stores it again (POST glossary) as it was. An entry is its
	// canonical form, kind, languages and variants; no id of it is seen.
	all, err := s.opt.DB.Glossary(r.Context())
	if err != nil {
		return err
	}
	var entry *entryJSON
	if i := slices.IndexFunc(all, func(e normalize.Entry) bool { return e.Canonical == name }); i >= 0 {
		ej := entryOf(all[i])
		entry = &ej
	}
	n, err := s.opt.DB.DeleteGlossary(r.Context(), name)
	if err != nil {
		return err
	}
	if n == 0 {
		return &httpError{http.StatusNotFound, errors.New("no glossary entry " + textio.QuoteText(name))}
	}
	writeJSON(w, http.StatusOK, struct {
		okStatus
		Entry *entryJSON `json:"entry,omitempty"`
	}{okf("removed %s", textio.QuoteText(name)), entry})
	return nil
}

// glossaryRemoveVariant removes one variant spelling from an entry, which
// stays: 404 when the user's glossary has no entry of that canonical form,
// or the entry no such variant. The entry is checked in the transaction
// that removes (DB.DeleteGlossaryVariant), so a spelling another user
// moved to another entry meanwhile is not removed from that one.
func (s *Server) glossaryRemoveVariant(w http.ResponseWriter, r *http.Request) error {
	name, variant := strings.TrimSpace(r.PathValue("canonical")), strings.TrimSpace(r.PathValue("variant"))
	if name == "" || variant == "" {
		return badRequest("canonical and variant: both are wanted")
	}
	if err := checkChars("canonical", name); err != nil {
		return err
	}
	if err := checkChars("variant", variant); err != nil {
		return err
	}
	if err := s.opt.DB.DeleteGlossaryVariant(r.Context(), name, variant); err != nil {
		var ve *tm.GlossaryVariantError
		if errors.As(err, &ve) {
			return &httpError{http.StatusNotFound, fmt.Errorf("%w: nothing was removed", err)}
		}
		return err
	}
	writeJSON(w, http.StatusOK, okf("removed the variant %s of %s", textio.QuoteText(variant), textio.QuoteText(name)))
	return nil
}

// glossaryAddVariants adds variant spellings to a stored entry, which the
// page does when a reviewer adds a variant to an entry it lists: 404 when
// the user's glossary has no entry of that canonical form (another client
// deleted it meanwhile), where POST /glossary makes a new entry of the one
// variant. The entry is checked in the transaction that writes
// (DB.AddGlossaryVariants); a spelling another entry has is a 409.
func (s *Server) glossaryAddVariants(w http.ResponseWriter, r *http.Request) error {
	name := strings.TrimSpace(r.PathValue("canonical"))
	if name == "" {
		return badRequest("canonical: empty")
	}
	if err := checkChars("canonical", name); err != nil {
		return err
	}
	var req struct {
		Variants []*string `json:"variants"`
	}
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	if len(req.Variants) == 0 {
		return badRequest("variants: none given")
	}
	variants, err := variantSpellings("", req.Variants)
	if err != nil {
		return err
	}
	put, err := s.opt.DB.AddGlossaryVariants(r.Context(), name, variants...)
	if err != nil {
		var (
			ve *tm.GlossaryVariantError
			ce *normalize.ConflictError
		)
		switch {
		case errors.As(err, &ve):
			return &httpError{http.StatusNotFound, fmt.Errorf("%w; nothing was stored", err)}
		case errors.As(err, &ce):
			return &httpError{http.StatusConflict, fmt.Errorf("%w; nothing was stored", err)}
		}
		return err
	}
	writeJSON(w, http.StatusOK, okStatus{true, tm.GlossaryPutText([]tm.GlossaryPut{put})})
	return nil
}

// unitsRequest is the body of POST /units: pairs in one language pair,
// stored in one transaction, in document order when Sequential.
type unitsRequest struct {
	Src   string `json:"src"`
	Tgt   string `json:"tgt"`
	Pairs []struct {
		Source string `json:"source"`
		Target string `json:"target"`
		// Score is the aligner's score; nil (left out) for a pair with
		// none, a person's. One of 0 (no evidence) leaves the pair out
		// unless Reviewed, as bitext align --into and tm import leave
		// out pairs scored 0.
		Score *float64 `json:"score"`
	} `json:"pairs"`
	SrcDoc string `json:"src_doc"`
	TgtDoc string `json:"tgt_doc"`
	// Reviewed says a person confirmed the pairs (the review page's
	// "store in TM"); By names them.
	Reviewed   bool   `json:"reviewed"`
	By         string `json:"by"`
	Sequential bool   `json:"sequential"`
}

func (s *Server) unitsAdd(w http.ResponseWriter, r *http.Request) error {
	var req unitsRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	src, tgt, err := langPair(req.Src, req.Tgt)
	if err != nil {
		return err
	}
	if len(req.Pairs) == 0 {
		return badRequest("pairs: none given")
	}
	for _, l := range [][2]string{{"src_doc", req.SrcDoc}, {"tgt_doc", req.TgtDoc}, {"by", req.By}} {
		if err := checkLabel(l[0], l[1]); err != nil {
			return err
		}
	}
	file := "api"
	if req.Reviewed {
		file = OriginReviewed
	}
	units := make([]tm.Unit, 0, len(req.Pairs))
	var zero int // pairs an aligner scored 0, left out
	for i, p := range req.Pairs {
		if err := checkText(fmt.Sprintf("pair %d: source", i+1), p.Source); err != nil {
			return err
		}
		if err := checkText(fmt.Sprintf("pair %d: target", i+1), p.Target); err != nil {
			return err
		}
		var score float64
		if p.Score != nil {
			score = *p.Score
		}
		if score < 0 || score > 1 {
			return badRequest("pair %d: score %v: a number from 0 to 1 is wanted", i+1, score)
		}
		if p.Score != nil && score == 0 && !req.Reviewed {
			zero++ // an aligner's pair with no evidence: stored, it would lose no points as a person's pair
			continue
		}
		u := pairUnit(src, tgt, p.Source, p.Target, tm.Origin{File: file, SrcDoc: req.SrcDoc, TgtDoc: req.TgtDoc, Score: score})
		if req.Reviewed {
			by := strings.TrimSpace(req.By)
			if by == "" {
				by = who(r) // the token's name
			}
			if by == "" {
				by = "a person"
			}
			u.Props = []tm.Prop{{Type: tm.PropReviewed, Text: by}}
			u.CreatedBy = by
		}
		units = append(units, u)
	}
	st, err := s.opt.DB.Import(r.Context(), unitSeq(units), tm.ImportOptions{File: file, Sequential: req.Sequential, By: who(r)})
	if err != nil {
		return err
	}
	st.Skipped.ScoredZero += zero
	writeJSON(w, http.StatusOK, importJSON(st))
	return nil
}

// importJSON is what an import did: read = added + merged + updated
// (updated: reviewed units of bitext's own XLIFF export that replaced the
// target of the unit they came from; conflicts: those added beside it,
// part of added), and read +
// left_out the units of the file, left_out being unconfirmed +
// untranslated + not_to_translate + empty_source + other_languages +
// scored_zero + empty_side (pairs of a TSV or JSON Lines file with an
// empty side, whose first lines "note" gives);
// match_candidates (alt-trans, mtc:match) are not units and not imported.
func importJSON(st tm.ImportStats) map[string]int {
	sk := st.Skipped
	return map[string]int{"read": st.Read, "added": st.Added, "merged": st.Merged, "updated": st.Updated, "conflicts": st.Conflicts,
		"unconfirmed": sk.Unconfirmed, "untranslated": sk.Untranslated,
		"left_out": sk.Total(), "not_to_translate": sk.NotToTranslate, "empty_source": sk.EmptySource,
		"other_languages": sk.OtherLangs, "scored_zero": sk.ScoredZero, "empty_side": sk.EmptySide, "match_candidates": sk.Candidates}
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) error {
	st, err := s.opt.DB.Stats(r.Context())
	if err != nil {
		return err
	}
	st.Path = tmName(st.Path)
	writeJSON(w, http.StatusOK, tm.NewStatsRecord(st))
	return nil
}

// tmName is the name of the TM at loc (Store.Location) as the server shows
// it to any reader: a file's base name, a PostgreSQL database's name (with
// its schema); not the folders, the user, the host or the port, which tell
// a reader of the API about the machine and its accounts. bitext tm stats
// shows the whole location to its local user.
func tmName(loc string) string {
	if u, err := url.Parse(loc); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		name := strings.TrimPrefix(u.Path, "/")
		if sp := u.Query().Get("search_path"); sp != "" {
			name += "?search_path=" + sp
		}
		return name
	}
	return filepath.Base(loc)
}

// HealthTimeout bounds the store's answer to GET /api/v1/health: a lookup
// reads in milliseconds, so a TM that has not answered a read in 2 s is not
// ready for one, and a load balancer's probe (Kubernetes waits 1 s by
// default, HAProxy 2 s) should hear so rather than give up on its own.
const HealthTimeout = 2 * time.Second

// health answers 200 {"status":"ok"} when the TM answers the reads of a
// lookup (tm.DB.Ready: its schema, units, variants and word index) within
// HealthTimeout, else 503: the readiness check a load balancer or a
// service manager probes. A database that is down, a table locked by
// another session (a lookup would wait for it) or a store too slow to
// answer fails it. It needs no token; the reason goes only to a request
// that could read the TM.
func (s *Server) health(w http.ResponseWriter, r *http.Request) error {
	ctx, cancel := context.WithTimeout(r.Context(), HealthTimeout)
	defer cancel()
	if err := s.opt.DB.Ready(ctx); err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) && r.Context().Err() == nil {
			// What the store said then ("canceling statement due to user
			// request") tells nothing more.
			err = fmt.Errorf("no answer to a read within %v: a table may be locked by another session, or the database slow to answer; try again later", HealthTimeout)
		}
		if !s.mayRead(r) {
			return &httpError{http.StatusServiceUnavailable, errors.New("the translation memory does not answer (a request with a token is told why)")}
		}
		return &httpError{http.StatusServiceUnavailable, fmt.Errorf("the translation memory does not answer: %w", err)}
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	return nil
}

// readOptions parses the format, src and tgt query parameters of an
// import.
func readOptions(r *http.Request) (tm.ReadOptions, error) {
	q := r.URL.Query()
	f, err := tm.ParseFormat(q.Get("format"))
	if err != nil {
		return tm.ReadOptions{}, badRequest("format: %v", err)
	}
	opt := tm.ReadOptions{Format: f}
	if opt.Src, err = optLang("src", q.Get("src")); err != nil {
		return opt, err
	}
	if opt.Tgt, err = optLang("tgt", q.Get("tgt")); err != nil {
		return opt, err
	}
	if (opt.Src == language.Und) != (opt.Tgt == language.Und) {
		return opt, badRequest("src and tgt go together: give both or neither")
	}
	return opt, nil
}

func (s *Server) importFile(w http.ResponseWriter, r *http.Request) error {
	opt, err := readOptions(r)
	if err != nil {
		return err
	}
	dry, err := queryBool(r, "dry_run") // the import rolled back: what it would store
	if err != nil {
		return err
	}
	body, fileName, err := uploadBody(r)
	if err != nil {
		return err
	}
	name := r.URL.Query().Get("name")
	if name == "" {
		// A form's file name, without the folder some browsers send.
		name = path.Base(strings.ReplaceAll(fileName, "\\", "/"))
		if fileName == "" || name == "." || name == "/" {
			name = "upload"
		}
	}
	if err := checkLabel("name", name); err != nil {
		return err
	}
	if strings.ContainsAny(name, "/\\") || name == "." || name == ".." {
		return badRequest("name %q: a file name without a folder is wanted (it labels the import; no file is opened)", name)
	}
	st, err := s.importBody(r.Context(), body, name, opt, dry)
	if errors.Is(err, tm.ErrNeedLangs) {
		// The command's hint is --src and --tgt; a client gives them in
		// the query.
		return badRequest("%v; give the languages in the query: ?src=LANG&tgt=LANG (/api/v1/import?src=en&tgt=fr)", err)
	}
	if err != nil {
		return err
	}
	out := map[string]any{}
	for k, v := range importJSON(st) {
		out[k] = v
	}
	if dry {
		out["dry_run"] = true
	}
	if warn := st.NoUnits(name); warn != "" { // a valid file of no units: 200, as tm import's exit 0, with its warning
		out["warning"] = warn
	}
	if notes := st.Skipped.Notes(name); len(notes) > 0 { // tm import's notes: a TSV's header, lines left out and where
		out["note"] = strings.Join(notes, "; ")
	}
	if st.Skipped.Header != "" { // a TSV's first line that names its columns: not stored
		out["header"] = st.Skipped.Header
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// queryBool reads the yes-or-no query parameter name: 1 or true, 0 or
// false, false when it is absent.
func queryBool(r *http.Request, name string) (bool, error) {
	switch v := r.URL.Query().Get(name); strings.ToLower(strings.TrimSpace(v)) {
	case "", "0", "false":
		return false, nil
	case "1", "true":
		return true, nil
	default:
		return false, badRequest("%s %q: 1 or true, 0 or false is wanted", name, v)
	}
}

// uploadBody is the file a request carries: its body, or the first file
// of a multipart form (curl -F file=@tm.tmx, an HTML form), with the name
// the form gives it. A form's other fields are skipped.
func uploadBody(r *http.Request) (io.Reader, string, error) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" {
		return r.Body, "", nil
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, "", badRequest("request body: a multipart form: %v", err)
	}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return nil, "", badRequest("request body: a multipart form without a file: send one (curl -F file=@FILE), or the file as the body (curl --data-binary @FILE)")
		}
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return nil, "", err
			}
			return nil, "", badRequest("request body: a multipart form: %v", err)
		}
		if p.FileName() != "" {
			return p, p.FileName(), nil
		}
	}
}

// export answers GET (and HEAD) /export: the TM, or the part the query
// asks for (exportOptions), as a TMX, TSV or XLIFF file, with tm
// export's note as a header when the pair has no units. The export is
// written whole to a temporary file, then sent (sendExport): a
// client slow to read (a paused download, a slow link) kept the TM's
// read open for as long as it took, up to WriteTimeout. On
// PostgreSQL that held one of the pool's few connections each, and
// four such downloads left every other request waiting (503 after
// 30 s, health 503); on SQLite the read's snapshot kept the WAL from
// being checkpointed, and it grew with every write meanwhile (350 MB
// for 300 units stored). An export that fails is then an error
// status, not a body cut short, and the answer has its length.
func (s *Server) export(w http.ResponseWriter, r *http.Request) error {
	opt, err := exportOptions(r.URL.Query(), s.opt.Version)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", map[tm.Format]string{tm.FormatTMX: "application/x-tmx+xml", tm.FormatTSV: "text/tab-separated-values", tm.FormatXLIFF: "application/xliff+xml"}[opt.Format]+"; charset=utf-8")
	w.Header().Set("Content-Disposition", exportFilename(opt.Filter.Doc, opt.Format))
	w.Header().Add("Vary", "Accept-Encoding")
	// A pair the TM holds no units in: tm export's note, as a header (the
	// body is the file); it was an empty TMX, 200, without a word.
	if note, err := s.opt.DB.ExportNote(r.Context(), opt.Src, opt.Tgt); err != nil {
		w.Header().Del("Content-Disposition")
		return maintErr(err)
	} else if note != "" {
		w.Header().Set(noteHeader, strings.TrimPrefix(note, "note: "))
	}
	if r.Method == http.MethodHead { // GET's status and headers, without the export's work
		return nil
	}
	// At most Options.MaxExports are read from the TM at once; the others wait
	// their turn (exportSlot). The slot is given back once the file is
	// written: sending it holds no read.
	release, err := s.exportSlot(r.Context())
	if err != nil {
		w.Header().Del("Content-Disposition")
		w.Header().Del(noteHeader)
		return err
	}
	body, err := s.spoolExport(r.Context(), opt, acceptsGzip(r.Header.Values("Accept-Encoding")))
	release()
	if err != nil {
		w.Header().Del("Content-Disposition")
		return maintErr(err)
	}
	defer body.Close()
	return sendExport(w, r, body)
}

// exportOptions reads the export's options from its query q: format
// (tmx, the default, tsv or xliff), src and tgt (both or neither; TSV
// and XLIFF need them), and doc, origin and since, which narrow the
// export as tm export's --doc, --origin and --since do (the route
// ignored them and gave the whole TM to a script that asked for one
// document). A bad value is a 400 naming it.
func exportOptions(q url.Values, version string) (tm.ExportOptions, error) {
	opt := tm.ExportOptions{Format: tm.FormatTMX, ToolVersion: version}
	switch f := q.Get("format"); f {
	case "", "tmx":
	case "tsv":
		opt.Format = tm.FormatTSV
	case "xliff":
		opt.Format = tm.FormatXLIFF
	default:
		return opt, badRequest("format %q: tmx, tsv or xliff is wanted", f)
	}
	var err error
	if opt.Src, err = optLang("src", q.Get("src")); err != nil {
		return opt, err
	}
	if opt.Tgt, err = optLang("tgt", q.Get("tgt")); err != nil {
		return opt, err
	}
	if opt.Format != tm.FormatTMX && (opt.Src == language.Und || opt.Tgt == language.Und) {
		return opt, badRequest("format %s needs src and tgt: a TSV or XLIFF export holds one language pair (GET /api/v1/stats lists the TM's languages)", opt.Format)
	}
	if (opt.Src == language.Und) != (opt.Tgt == language.Und) {
		return opt, badRequest("src and tgt go together: give both (the units in both languages) or neither (every unit)")
	}
	if opt.Src != language.Und && opt.Src == opt.Tgt { // tm export's "--src and --tgt are both en"; it was an empty 200
		return opt, badRequest("src and tgt are both %s", opt.Src)
	}
	// A document not stored is a 404 (tm refuses it before writing
	// anything).
	opt.Filter.Doc = q.Get("doc")
	if err := checkChars("doc", opt.Filter.Doc); err != nil {
		return opt, err
	}
	opt.Filter.Origin = q.Get("origin")
	if o := opt.Filter.Origin; o != "" && !slices.Contains(tm.OriginKinds, o) {
		return opt, badRequest("origin %q: aligned, imported or added is wanted", o)
	}
	if v := q.Get("since"); v != "" { // tm export's --since
		if opt.Filter.Since, err = tm.ParseSince(v); err != nil {
			return opt, badRequest("since %q: %v", v, err)
		}
	}
	return opt, nil
}

// sendExport sends body, the export written whole, with its length and
// its encoding, within the route's time limit: a client that reads too
// slowly is cut off (cutShort), as it was while the export streamed.
func sendExport(w http.ResponseWriter, r *http.Request, body *exportFile) error {
	size, err := body.Seek(0, io.SeekEnd)
	if err == nil {
		_, err = body.Seek(0, io.SeekStart)
	}
	if err != nil {
		w.Header().Del("Content-Disposition")
		return exportSpoolErr(err)
	}
	if body.gzip {
		w.Header().Set("Content-Encoding", "gzip")
	}
	w.Header().Set("Content-Length", strconv.FormatInt(size, 10))
	deadline, limited := r.Context().Deadline()
	if limited {
		http.NewResponseController(w).SetWriteDeadline(deadline)
	}
	if n, err := io.Copy(w, body); err != nil {
		// A write past the deadline also cancels the request's
		// context, as a client gone away does: the cut is said.
		return &cutShort{n: n, err: err, late: limited && !time.Now().Before(deadline)}
	}
	return nil
}

// exportCount writes n exports: "1 export", "2 exports".
func exportCount(n int) string {
	if n == 1 {
		return "1 export"
	}
	return fmt.Sprintf("%d exports", n)
}

// waitWords writes d as the export's refusal says it: "30 s" when it is
// whole seconds (--export-wait's default), else as Go writes it ("500ms").
func waitWords(d time.Duration) string {
	if d%time.Second == 0 {
		return fmt.Sprintf("%d s", d/time.Second)
	}
	return d.String()
}

// exportSlot takes one of the Options.MaxExports slots, waiting for one at most
// s.exportWait (or until ctx ends), and returns the function that gives
// it back. Refused, the error is a 503 with Retry-After
// (exportsRetryAfter) saying that exports are being written.
func (s *Server) exportSlot(ctx context.Context) (func(), error) {
	release := func() { <-s.exports }
	select {
	case s.exports <- struct{}{}:
		return release, nil
	default:
	}
	t := time.NewTimer(s.exportWait)
	defer t.Stop()
	select {
	case s.exports <- struct{}{}:
		return release, nil
	case <-t.C:
		return nil, &retryLater{exportsRetryAfter, fmt.Errorf("export: the server is writing %s already, its most at once, and none ended in %s: try again in %d s; nothing was sent", exportCount(cap(s.exports)), waitWords(s.exportWait), int(exportsRetryAfter/time.Second))}
	case <-ctx.Done():
		return nil, fmt.Errorf("export: waited for the %d exports being written: %w; nothing was sent", cap(s.exports), ctx.Err())
	}
}

// exportFile is an export written to an unlinked temporary file; gzip
// says it is gzip'd. Close removes it.
type exportFile struct {
	*spooled
	gzip bool
}

// spoolExport writes the export of opt, gzip'd when zip is set, to a
// temporary file ($TMPDIR, unlinked at once) and returns it. The TM is
// read at the disk's speed, whatever the client's.
func (s *Server) spoolExport(ctx context.Context, opt tm.ExportOptions, zip bool) (*exportFile, error) {
	f, err := os.CreateTemp("", "bitext-export-*")
	if err != nil {
		return nil, exportSpoolErr(err)
	}
	os.Remove(f.Name()) // as spoolBody: nothing left behind by a kill -9
	ef := &exportFile{&spooled{f}, zip}
	fw := &writeErr{w: f}
	bw := bufio.NewWriterSize(fw, 64<<10)
	var w io.Writer = bw
	var zw *gzip.Writer
	if zip {
		// A TMX export is tens of megabytes for a team's TM, and
		// compresses to a tenth or less; BestSpeed keeps the server's
		// work small.
		zw, _ = gzip.NewWriterLevel(bw, gzip.BestSpeed)
		w = zw
	}
	err = s.opt.DB.Export(ctx, w, opt)
	if err == nil && zw != nil {
		err = zw.Close()
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		ef.Close()
		if fw.err != nil {
			return nil, exportSpoolErr(fw.err)
		}
		return nil, err
	}
	return ef, nil
}

// writeErr writes to w and keeps its error: the export's error does not
// say whether the TM or the temporary file failed.
type writeErr struct {
	w   io.Writer
	err error
}

func (e *writeErr) Write(p []byte) (int, error) {
	n, err := e.w.Write(p)
	if err != nil && e.err == nil {
		e.err = err
	}
	return n, err
}

// exportSpoolErr is spoolExport's error when its temporary file cannot be
// made or written: 507 for want of room, else 503, naming the file
// without its folder (spoolErr's words for an upload).
func exportSpoolErr(err error) error {
	status, err := tempFileErr(err)
	return &httpError{status, fmt.Errorf("export: the server cannot keep the export in a temporary file: %v; nothing was sent", err)}
}

// noteHeader carries, on an export of a pair the TM holds no units in, tm
// export's note: "exported no units: the TM holds no units in en-de (its
// language pairs: en-fr)"; on a lookup or concordance of such a pair that
// found nothing, "no match: ..." or "no hit: ..." (notePair).
const noteHeader = "X-Bitext-Note"

// exportFilename is the Content-Disposition of an export: bitext.tmx, or
// a document's name and the format's (report.docx.tmx), which the page's
// Export saves straight to disk as the browser names it (the browser
// held the whole file in its memory to name it itself).
func exportFilename(doc string, f tm.Format) string {
	name := doc[strings.LastIndexAny(doc, `/\`)+1:]
	if name == "" {
		name = "bitext"
	}
	if h := mime.FormatMediaType("attachment", map[string]string{"filename": name + "." + string(f)}); h != "" {
		return h
	}
	return fmt.Sprintf("attachment; filename=\"bitext.%s\"", f)
}

// cutShort is the error of a route whose answer has begun (its status
// and n bytes of its body are sent): the answer can only be cut (see
// register).
type cutShort struct {
	n   int64
	err error
	// late is set when the answer was cut at the route's time limit
	// (the client too slow to read it), not by the client.
	late bool
}

func (c *cutShort) Error() string {
	return fmt.Sprintf("cut short after %d bytes sent: %v", c.n, c.err)
}
func (c *cutShort) Unwrap() error { return c.err }

// acceptsGzip reports whether the Accept-Encoding header values name gzip
// with a quality above 0.
func acceptsGzip(values []string) bool {
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
			if !strings.EqualFold(strings.TrimSpace(name), "gzip") {
				continue
			}
			q, ok := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q=")
			if !ok || strings.Trim(q, "0.") != "" {
				return true
			}
		}
	}
	return false
}
