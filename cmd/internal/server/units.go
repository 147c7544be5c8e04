package server

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

// unitRoutes are the TM maintenance routes: a unit by id (get, edit,
// delete, and restore what a delete answered: its undo), the units of a document, and the documents units came from
// (list, delete).
func (s *Server) unitRoutes() {
	const v = "/api/v1"
	s.handle("GET", v+"/units", reads, s.documentUnits)
	s.handle("GET", v+"/units/{id}", reads, s.unitGet)
	s.handle("PATCH", v+"/units/{id}", writes, s.unitEdit)
	s.handle("DELETE", v+"/units/{id}", writes, s.unitDelete)
	s.handle("POST", v+"/units/restore", writes, s.unitRestore)
	s.handle("GET", v+"/documents", reads, s.documents)
	s.handleBulk("DELETE", v+"/documents/{name}", writes, s.documentDelete)
	s.handleBulk("POST", v+"/documents/restore", writes, s.documentRestore)
}

// unitID parses the id of a units route.
func unitID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, badRequest("unit id %s: a positive whole number is wanted", textio.Quote(r.PathValue("id")))
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

// unitErr is maintErr for a route of one unit, id: a unit not stored (404)
// says how a deleted one comes back. PATCH of a unit deleted said only
// "unit 1: no such unit", and nothing said that a delete can be undone.
// The TM keeps no record of what was deleted, so both ways are said.
func unitErr(err error, id int64) error {
	if !errors.Is(err, tm.ErrNoUnit) {
		return maintErr(err)
	}
	return &httpError{http.StatusNotFound, fmt.Errorf("%w: it was deleted, or never stored; a unit deleted is stored again, under its id, by POST /api/v1/units/restore with the \"unit\" that its DELETE /api/v1/units/%d answered (the page's Undo)", err, id)}
}

// unitJSON is a stored unit.
type unitJSON struct {
	ID        int64         `json:"id"`
	SrcLang   string        `json:"src_lang,omitempty"`
	Variants  []variantJSON `json:"variants"`
	Props     []tm.Prop     `json:"props,omitempty"`
	Created   string        `json:"created,omitempty"` // RFC 3339, UTC, to the second; left out when unknown
	CreatedBy string        `json:"created_by,omitempty"`
	Changed   string        `json:"changed,omitempty"` // the last edit's date, as Created
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
		return unitErr(err, id)
	}
	writeJSON(w, http.StatusOK, unitOut(id, u))
	return nil
}

// unitOut is the stored unit id as JSON.
func unitOut(id int64, u tm.Unit) unitJSON {
	out := unitJSON{ID: id, Props: u.Props, Created: jsonDate(u.Created), CreatedBy: u.CreatedBy, Changed: jsonDate(u.Changed), ChangedBy: u.ChangedBy,
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
	limit, err := pageSize(r, defaultUnitsPage, 1, maxList) // or max
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
	// The units come with their props (DocumentUnits reads them): a TMX
	// import's, and an edit's history (tm.PropWas), which the review
	// page's panel shows. Each is what GET units/{id} gives of it.
	out := make([]unitJSON, 0, len(units))
	for _, u := range units {
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
	if err := checkLabel("by", req.By); err != nil {
		return err
	}
	lang, err := langText(req.Lang, req.Text)
	if err != nil {
		return err
	}
	by := strings.TrimSpace(req.By)
	if by == "" {
		by = who(r) // the token's name
	}
	// A text that is the stored one already changes nothing (a retried
	// save, a script that writes every text back): the unit keeps its
	// change date and changer, and the answer says "unchanged". The
	// review page sends only the texts a person changed, so no save of
	// its moves either way; an aligned pair saved as it is is still
	// confirmed (it loses the aligner's score), a change.
	changed, err := s.opt.DB.EditUnitIfChanged(r.Context(), id, tm.UnitEdit{Lang: lang, Text: req.Text, By: by, Was: req.Was})
	if err != nil {
		return unitErr(err, id)
	}
	u, err := s.opt.DB.Unit(r.Context(), id)
	if err != nil {
		return unitErr(err, id)
	}
	msg := okf("unit %d edited", id)
	if !changed {
		msg = okf("unit %d not changed: the text given is the one stored", id)
	}
	writeJSON(w, http.StatusOK, editedJSON{msg, !changed, unitOut(id, u)})
	return nil
}

// editedJSON answers PATCH units/{id}: what was done, whether the unit
// was left as it was (its text the one given), and the unit as stored
// after it.
type editedJSON struct {
	okStatus
	Unchanged bool     `json:"unchanged"`
	Unit      unitJSON `json:"unit"`
}

func (s *Server) unitDelete(w http.ResponseWriter, r *http.Request) error {
	id, err := unitID(r)
	if err != nil {
		return err
	}
	su, err := s.opt.DB.DeleteUnit(r.Context(), id)
	if err != nil {
		return unitErr(err, id)
	}
	writeJSON(w, http.StatusOK, deletedJSON{okf("unit %d deleted", id), wholeOut(su)})
	return nil
}

// deletedJSON answers DELETE units/{id}: the unit removed, whole, which
// POST units/restore takes back.
type deletedJSON struct {
	okStatus
	Unit wholeUnitJSON `json:"unit"`
}

// wholeUnitJSON is a unit with everything the TM keeps of it: what a
// delete answers and a restore stores again as it was. Dates are RFC 3339
// in UTC, to the second, left out when unknown; the context hashes are
// decimal strings (64 bits, more than a JavaScript number holds).
type wholeUnitJSON struct {
	ID         int64              `json:"id"`
	TUID       string             `json:"tuid,omitempty"`
	SrcLang    string             `json:"src_lang,omitempty"`
	Variants   []wholeVariantJSON `json:"variants"`
	Props      []tm.Prop          `json:"props,omitempty"`
	Notes      []tm.Note          `json:"notes,omitempty"`
	Attrs      []attrJSON         `json:"attrs,omitempty"`
	Created    string             `json:"created,omitempty"`
	CreatedBy  string             `json:"created_by,omitempty"`
	Changed    string             `json:"changed,omitempty"`
	ChangedBy  string             `json:"changed_by,omitempty"`
	LastUsed   string             `json:"last_used,omitempty"`
	UsageCount int                `json:"usage_count,omitempty"`
	File       string             `json:"file,omitempty"`
	SrcDoc     string             `json:"src_doc,omitempty"`
	TgtDoc     string             `json:"tgt_doc,omitempty"`
	Score      float64            `json:"align_score,omitempty"`
	Prev       string             `json:"prev,omitempty"`
	Next       string             `json:"next,omitempty"`
	PrevHash   int64              `json:"prev_hash,omitempty,string"`
	NextHash   int64              `json:"next_hash,omitempty,string"`
}

type wholeVariantJSON struct {
	Lang   string     `json:"lang"`
	Text   string     `json:"text"`
	Markup string     `json:"markup,omitempty"`
	Props  []tm.Prop  `json:"props,omitempty"`
	Notes  []tm.Note  `json:"notes,omitempty"`
	Attrs  []attrJSON `json:"attrs,omitempty"`
}

type attrJSON struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// jsonDate is t as the API gives dates: RFC 3339 in UTC, to the second,
// "" (left out) when unknown.
func jsonDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// wholeOut is su as JSON.
func wholeOut(su *tm.StoredUnit) wholeUnitJSON {
	u := &su.Unit
	date := jsonDate
	attrs := func(as []tm.Attr) []attrJSON {
		var out []attrJSON
		for _, a := range as {
			out = append(out, attrJSON{a.Name, a.Value})
		}
		return out
	}
	out := wholeUnitJSON{ID: su.ID, TUID: u.ID, Props: u.Props, Notes: u.Notes, Attrs: attrs(u.Attrs),
		Created: date(u.Created), CreatedBy: u.CreatedBy, Changed: date(u.Changed), ChangedBy: u.ChangedBy,
		LastUsed: date(u.LastUsed), UsageCount: u.UsageCount, File: u.Origin.File, SrcDoc: u.Origin.SrcDoc,
		TgtDoc: u.Origin.TgtDoc, Score: u.Origin.Score, Prev: u.Prev, Next: u.Next, PrevHash: su.PrevHash,
		NextHash: su.NextHash, Variants: []wholeVariantJSON{}}
	if !u.SrcLang.IsRoot() {
		out.SrcLang = u.SrcLang.String()
	}
	for _, v := range u.Variants {
		out.Variants = append(out.Variants, wholeVariantJSON{v.Lang.String(), v.Text, v.Markup, v.Props, v.Notes, attrs(v.Attrs)})
	}
	return out
}

// wholeIn is the unit of j, checked: a field that is wrong is a 400
// naming it.
func wholeIn(j *wholeUnitJSON) (*tm.StoredUnit, error) {
	if j.ID <= 0 {
		return nil, badRequest("id %d: the positive id of the unit deleted is wanted", j.ID)
	}
	if len(j.Variants) < 2 {
		return nil, badRequest("variants: %d; a unit has two or more", len(j.Variants))
	}
	su := &tm.StoredUnit{ID: j.ID, PrevHash: j.PrevHash, NextHash: j.NextHash}
	u := &su.Unit
	var err error
	if u.SrcLang, err = optLang("src_lang", j.SrcLang); err != nil {
		return nil, err
	}
	date := func(field, s string, t *time.Time) {
		if s == "" || err != nil {
			return
		}
		if *t, err = time.Parse(time.RFC3339, s); err != nil {
			err = badRequest("%s %q: an RFC 3339 date is wanted (2026-12-05T20:30:00Z)", field, s)
		}
		*t = t.UTC()
	}
	date("created", j.Created, &u.Created)
	date("changed", j.Changed, &u.Changed)
	date("last_used", j.LastUsed, &u.LastUsed)
	if err != nil {
		return nil, err
	}
	if j.UsageCount < 0 {
		return nil, badRequest("usage_count %d: a count is wanted", j.UsageCount)
	}
	attrs := func(as []attrJSON) []tm.Attr {
		var out []tm.Attr
		for _, a := range as {
			out = append(out, tm.Attr{Name: a.Name, Value: a.Value})
		}
		return out
	}
	u.ID, u.Props, u.Notes, u.Attrs = j.TUID, j.Props, j.Notes, attrs(j.Attrs)
	u.CreatedBy, u.ChangedBy, u.UsageCount = j.CreatedBy, j.ChangedBy, j.UsageCount
	u.Origin = tm.Origin{File: j.File, SrcDoc: j.SrcDoc, TgtDoc: j.TgtDoc, Score: j.Score}
	u.Prev, u.Next = j.Prev, j.Next
	for i, v := range j.Variants {
		var lang language.Tag
		field := "variants[" + strconv.Itoa(i) + "]"
		if lang, err = parseLang(field+".lang", v.Lang); err != nil {
			return nil, err
		}
		if v.Markup == "" {
			if err := checkText(field+".text", v.Text); err != nil {
				return nil, err
			}
		}
		u.Variants = append(u.Variants, tm.Variant{Lang: lang, Text: v.Text, Markup: v.Markup, Props: v.Props, Notes: v.Notes, Attrs: attrs(v.Attrs)})
	}
	return su, nil
}

// unitRestore stores again the unit that DELETE units/{id} answered,
// under its id and as it was: the undo of a delete. 409 when a unit of
// that id is stored (restored already) or another unit is the same one
// (stored again since); 404 when the TM never had the id.
func (s *Server) unitRestore(w http.ResponseWriter, r *http.Request) error {
	var j wholeUnitJSON
	if err := decodeJSON(r, &j); err != nil {
		return err
	}
	su, err := wholeIn(&j)
	if err != nil {
		return err
	}
	if err := s.opt.DB.RestoreUnit(r.Context(), su); err != nil {
		return maintErr(err)
	}
	u, err := s.opt.DB.Unit(r.Context(), su.ID)
	if err != nil {
		return maintErr(err)
	}
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "message": "unit " + strconv.FormatInt(su.ID, 10) + " restored",
		"unit": unitOut(su.ID, u)})
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
	n, units, err := s.opt.DB.DeleteDocumentUnits(r.Context(), r.PathValue("name"), undoLimit)
	if err != nil {
		return maintErr(err)
	}
	answer := map[string]any{"ok": true, "deleted": n}
	if units != nil {
		out := make([]wholeUnitJSON, len(units))
		for i, su := range units {
			out[i] = wholeOut(su)
		}
		answer["units"] = out
	}
	writeJSON(w, http.StatusOK, answer)
	return nil
}

// undoLimit is the most units a document's delete answers whole, for the
// page's Undo (POST documents/restore); a larger document is deleted
// without them (its answer would be megabytes).
const undoLimit = 1000

// documentRestore stores again the units a document's delete answered
// ({"units": [...]}), each under its id, in one transaction: all, or none
// (409 when one is stored again since, 404 for an id never given, 400 for a
// unit that is wrong, each naming the unit).
func (s *Server) documentRestore(w http.ResponseWriter, r *http.Request) error {
	var j struct {
		Units []wholeUnitJSON `json:"units"`
	}
	if err := decodeJSON(r, &j); err != nil {
		return err
	}
	if len(j.Units) == 0 {
		return badRequest("units: none given")
	}
	sus := make([]*tm.StoredUnit, len(j.Units))
	for i := range j.Units {
		su, err := wholeIn(&j.Units[i])
		if err != nil {
			return badRequest("unit %d of units: %v", i+1, err)
		}
		sus[i] = su
	}
	if err := s.opt.DB.RestoreUnits(r.Context(), sus); err != nil {
		return maintErr(err)
	}
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "restored": len(sus),
		"message": fmt.Sprintf("%d unit%s restored", len(sus), map[bool]string{true: "", false: "s"}[len(sus) == 1])})
	return nil
}
