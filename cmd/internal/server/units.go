package server

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/bitext/bitext/tm"
)

// unitRoutes are the TM maintenance routes: a unit by id (get, edit,
// delete), the units of a document, and the documents units came from
// (list, delete).
func (s *Server) unitRoutes() {
	const v = "/api/v1"
	s.handle("GET", v+"/units", reads, s.documentUnits)
	s.handle("GET", v+"/units/{id}", reads, s.unitGet)
	s.handle("PATCH", v+"/units/{id}", writes, s.unitEdit)
	s.handle("DELETE", v+"/units/{id}", writes, s.unitDelete)
	s.handle("GET", v+"/documents", reads, s.documents)
	s.handleBulk("DELETE", v+"/documents/{name}", writes, s.documentDelete)
}

// unitID parses the id of a units route.
func unitID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, badRequest("unit id %q: a positive whole number is wanted", r.PathValue("id"))
	}
	return id, nil
}

// maintErr gives the maintenance errors their status: 404 for a unit or
// document that is not stored, 409 for an edit that would duplicate a unit
// or that started from a text changed since.
func maintErr(err error) error {
	switch {
	case errors.Is(err, tm.ErrNoUnit), errors.Is(err, tm.ErrNoSuchDocument):
		return &httpError{http.StatusNotFound, err}
	case errors.Is(err, tm.ErrDuplicate), errors.Is(err, tm.ErrChanged):
		return &httpError{http.StatusConflict, err}
	}
	return err
}

// unitJSON is a stored unit.
type unitJSON struct {
	ID        int64         `json:"id"`
	SrcLang   string        `json:"src_lang,omitempty"`
	Variants  []variantJSON `json:"variants"`
	Props     []tm.Prop     `json:"props,omitempty"`
	CreatedBy string        `json:"created_by,omitempty"`
	ChangedBy string        `json:"changed_by,omitempty"`
	File      string        `json:"file,omitempty"`
	SrcDoc    string        `json:"src_doc,omitempty"`
	TgtDoc    string        `json:"tgt_doc,omitempty"`
	Score     float64       `json:"align_score,omitempty"`
}

type variantJSON struct {
	Lang string `json:"lang"`
	Text string `json:"text"`
}

func (s *Server) unitGet(w http.ResponseWriter, r *http.Request) error {
	id, err := unitID(r)
	if err != nil {
		return err
	}
	u, err := s.opt.DB.Unit(r.Context(), id)
	if err != nil {
		return maintErr(err)
	}
	writeJSON(w, http.StatusOK, unitOut(id, u))
	return nil
}

// unitOut is the stored unit id as JSON.
func unitOut(id int64, u tm.Unit) unitJSON {
	out := unitJSON{ID: id, Props: u.Props, CreatedBy: u.CreatedBy, ChangedBy: u.ChangedBy,
		File: u.Origin.File, SrcDoc: u.Origin.SrcDoc, TgtDoc: u.Origin.TgtDoc, Score: u.Origin.Score, Variants: []variantJSON{}}
	if !u.SrcLang.IsRoot() {
		out.SrcLang = u.SrcLang.String()
	}
	for _, v := range u.Variants {
		out.Variants = append(out.Variants, variantJSON{v.Lang.String(), v.Text})
	}
	return out
}

// defaultUnitsPage is how many units GET units gives without a limit.
const defaultUnitsPage = 100

// documentUnits gives a page of the units of the document doc, in the
// order they were stored.
func (s *Server) documentUnits(w http.ResponseWriter, r *http.Request) error {
	doc := r.URL.Query().Get("doc")
	if doc == "" {
		return badRequest("doc is missing: the name of a stored document (GET documents lists them) is wanted")
	}
	if err := checkChars("doc", doc); err != nil {
		return err
	}
	limit, err := queryInt(r, "limit", defaultUnitsPage, 1, maxList)
	if err != nil {
		return err
	}
	offset, err := queryInt(r, "offset", 0, 0, 1<<30)
	if err != nil {
		return err
	}
	units, total, err := s.opt.DB.DocumentUnits(r.Context(), doc, offset, limit)
	if err != nil {
		return maintErr(err)
	}
	out := make([]unitJSON, 0, len(units))
	for _, u := range units {
		// The page's units come without props; one changed since it was
		// stored may have an edit's history (tm.PropWas), which the review
		// page's panel shows: it is read whole.
		if !u.Changed.IsZero() {
			if whole, err := s.opt.DB.Unit(r.Context(), u.ID); err == nil {
				u.Unit = whole
			} else if !errors.Is(err, tm.ErrNoUnit) { // one deleted since stays as listed
				return err
			}
		}
		out = append(out, unitOut(u.ID, u.Unit))
	}
	writeJSON(w, http.StatusOK, map[string]any{"doc": doc, "units": out, "total": total, "offset": offset,
		"more": offset+limit < total})
	return nil
}

func (s *Server) unitEdit(w http.ResponseWriter, r *http.Request) error {
	id, err := unitID(r)
	if err != nil {
		return err
	}
	var req struct {
		Lang string `json:"lang"`
		Text string `json:"text"`
		By   string `json:"by"`
		Was  string `json:"was"`
	}
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	lang, err := langText(req.Lang, req.Text)
	if err != nil {
		return err
	}
	if err := s.opt.DB.EditUnit(r.Context(), id, tm.UnitEdit{Lang: lang, Text: req.Text, By: strings.TrimSpace(req.By), Was: req.Was}); err != nil {
		return maintErr(err)
	}
	writeJSON(w, http.StatusOK, okf("unit %d edited", id))
	return nil
}

func (s *Server) unitDelete(w http.ResponseWriter, r *http.Request) error {
	id, err := unitID(r)
	if err != nil {
		return err
	}
	if _, err := s.opt.DB.DeleteUnits(r.Context(), id); err != nil {
		return maintErr(err)
	}
	writeJSON(w, http.StatusOK, okf("unit %d deleted", id))
	return nil
}

// documents lists the stored documents, sorted by name: those whose name
// holds q (ignoring case), a page of them when limit is given; each with
// its units, languages, and the times it was first and last stored (left
// out when the import log does not know them).
func (s *Server) documents(w http.ResponseWriter, r *http.Request) error {
	lq, err := parseListQuery(r)
	if err != nil {
		return err
	}
	docs, total, err := s.opt.DB.DocumentsPage(r.Context(), tm.DocumentQuery{Keep: textMatcher(lq.q, false), Offset: lq.offset, Limit: lq.limit})
	if err != nil {
		return err
	}
	out := make([]map[string]any, 0, len(docs))
	for _, d := range docs {
		rec := tm.NewDocumentRecord(d)
		doc := map[string]any{"name": d.Name, "units": d.Units, "langs": rec.Langs}
		if rec.FirstStored != "" {
			doc["first_stored"], doc["last_stored"] = rec.FirstStored, rec.LastStored
		}
		out = append(out, doc)
	}
	writeJSON(w, http.StatusOK, map[string]any{"documents": out, "total": total, "offset": lq.offset,
		"more": lq.limit > 0 && lq.offset+lq.limit < total})
	return nil
}

func (s *Server) documentDelete(w http.ResponseWriter, r *http.Request) error {
	// A name that is not text is no stored document (PostgreSQL refused
	// it with a 500 in its own words).
	if err := checkChars("document name", r.PathValue("name")); err != nil {
		return err
	}
	n, err := s.opt.DB.DeleteDocument(r.Context(), r.PathValue("name"))
	if err != nil {
		return maintErr(err)
	}
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "deleted": n})
	return nil
}
