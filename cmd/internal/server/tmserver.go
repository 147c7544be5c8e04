package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
)

// Translate Toolkit's tmserver (translate/services/tmserver.py, over
// translate/storage/tmdb.py) answers, under the prefix /tmserver:
//
//	GET    /{slang}/{tlang}/unit/{text}   suggestions: a JSON list of
//	                                      {"source","target","context","quality"}, best first
//	PUT    /{slang}/{tlang}/unit/{text}   add the unit of the JSON body {"source","target"}
//	POST   /{slang}/{tlang}/unit/{text}   update it (tmdb adds it, as here)
//	DELETE /{slang}/{tlang}/unit/{text}   forget the units of that source text
//	                                      (with a JSON body {"target"}: of that pair only)
//	GET    /{slang}/{tlang}/store/{name}  statistics
//	PUT    /{slang}/{tlang}/store/{name}  import the body, a translation file
//	POST   /{slang}/{tlang}/store/{name}  add the JSON list of {"source","target"} units
//	DELETE /{slang}/{tlang}/store/{name}  forget the units that came from that store
//
// tmserver itself stubs the two DELETE routes (they answer "FIXME" and
// forget nothing) and the statistics; here they forget, in one
// transaction, and answer 404 when there is nothing to forget, and the
// statistics are the store's document's, 404 when there is none.
// Weblate's client (weblate/machinery/tmserver.py) also asks GET
// /languages/ for {"sourceLanguages":[...],"targetLanguages":[...]}, sends
// codes lower-cased with underscores (pt_br), the text cut at 500
// characters and percent-encoded ("/" too), and keeps suggestions of
// quality 75 or more. tmdb's defaults are kept: at most 3 suggestions of
// quality 75 or more. The quality is bitext's match score, 100 at most
// (a context match, 101, is 100 here). tmdb's "context" is a gettext
// msgctxt, which a bitext TM does not keep: it is always "".
//
// tmserver takes the least quality and the most suggestions as its
// command's options (--min-similarity, --max-candidates) and reads no
// query parameter but a JSONP callback. Here a request may ask for other
// ones with min_similarity (0 to 100) and max_candidates (1 to 100); a
// value out of range, or not a whole number, is a 400 naming the range:
// it was ignored, and a client asking for 900 got suggestions of 75.
const (
	tmserverMin = 75
	tmserverMax = 3
	// tmserverMaxCandidates is the most suggestions a request may ask
	// for, as /api/v1/lookup's max.
	tmserverMaxCandidates = 100
	// tmserverMaxText is tmdb's max_length: longer queries find nothing
	// there; here they are refused.
	tmserverMaxText = 1000
)

// suggestion is one answer of a tmserver unit query.
type suggestion struct {
	Source  string `json:"source"`
	Target  string `json:"target"`
	Context string `json:"context"`
	Quality int    `json:"quality"`
}

// tmUnit is a unit as tmserver clients send it.
type tmUnit struct {
	Source  string `json:"source"`
	Target  string `json:"target"`
	Context string `json:"context,omitempty"`
}

func (s *Server) tmserverRoutes() {
	const unit = "/tmserver/{slang}/{tlang}/unit/{text...}"
	const store = "/tmserver/{slang}/{tlang}/store/{name...}"
	s.handle("GET", "/tmserver/languages/{$}", reads, s.tmLanguages)
	s.handle("GET", unit, reads, s.tmSuggest)
	s.handle("PUT", unit, writes, s.tmAddUnit)
	s.handle("POST", unit, writes, s.tmAddUnit)
	s.handle("DELETE", unit, writes, s.tmForgetUnit)
	s.handle("GET", store, reads, s.tmStoreStats)
	s.handleBulk("PUT", store, writes, s.tmUploadStore)
	s.handleBulk("POST", store, writes, s.tmAddStore)
	s.handleBulk("DELETE", store, writes, s.tmForgetStore)
}

// tmLangs parses the slang and tlang of a tmserver path.
func tmLangs(r *http.Request) (src, tgt language.Tag, err error) {
	return langPair(r.PathValue("slang"), r.PathValue("tlang"))
}

// tmCode is a language as tmserver clients name it: lower case, "_" for
// "-" (Weblate compares its own codes mapped so).
func tmCode(t language.Tag) string {
	return strings.ToLower(strings.ReplaceAll(t.String(), "-", "_"))
}

func (s *Server) tmLanguages(w http.ResponseWriter, r *http.Request) error {
	st, err := s.opt.DB.Stats(r.Context())
	if err != nil {
		return err
	}
	codes := []string{}
	for _, lc := range st.Langs {
		if c := tmCode(lc.Lang); !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	slices.Sort(codes)
	writeJSON(w, http.StatusOK, map[string][]string{"sourceLanguages": codes, "targetLanguages": codes})
	return nil
}

func (s *Server) tmSuggest(w http.ResponseWriter, r *http.Request) error {
	src, tgt, err := tmLangs(r)
	if err != nil {
		return err
	}
	text := r.PathValue("text")
	if err := checkChars("text", text); err != nil {
		return err
	}
	if len([]rune(text)) > tmserverMaxText {
		return badRequest("text: longer than %d characters", tmserverMaxText)
	}
	minQ, err := queryInt(r, "min_similarity", tmserverMin, 0, 100)
	if err != nil {
		return err
	}
	maxN, err := queryInt(r, "max_candidates", tmserverMax, 1, tmserverMaxCandidates)
	if err != nil {
		return err
	}
	if minQ == 0 {
		minQ = tm.NoMinimum // Lookup's 0 is its default
	}
	out := []suggestion{}
	if strings.TrimSpace(text) != "" {
		ms, err := s.opt.DB.Lookup(r.Context(), text, tm.LookupOptions{Src: src, Tgt: tgt, Min: minQ, Max: maxN})
		if err != nil {
			return err
		}
		rankReviewed(ms)
		for _, m := range ms {
			out = append(out, suggestion{Source: m.Source, Target: m.Target, Quality: min(m.Score, 100)})
		}
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// tmUnits makes TM units of tmserver units, each checked, from the
// document file (the store's name; "tmserver" for single units).
func tmUnits(src, tgt language.Tag, in []tmUnit, file string) ([]tm.Unit, error) {
	units := make([]tm.Unit, 0, len(in))
	for i, u := range in {
		if err := checkText(fmt.Sprintf("unit %d: source", i+1), u.Source); err != nil {
			return nil, err
		}
		if err := checkText(fmt.Sprintf("unit %d: target", i+1), u.Target); err != nil {
			return nil, err
		}
		units = append(units, pairUnit(src, tgt, u.Source, u.Target, tm.Origin{File: file}))
	}
	return units, nil
}

// pairUnit is the unit of a source and its translation.
func pairUnit(src, tgt language.Tag, source, target string, o tm.Origin) tm.Unit {
	return tm.Unit{SrcLang: src, Variants: []tm.Variant{{Lang: src, Text: source}, {Lang: tgt, Text: target}}, Origin: o}
}

func (s *Server) tmAddUnit(w http.ResponseWriter, r *http.Request) error {
	src, tgt, err := tmLangs(r)
	if err != nil {
		return err
	}
	var u tmUnit
	if err := decodeJSON(r, &u); err != nil {
		return err
	}
	units, err := tmUnits(src, tgt, []tmUnit{u}, "tmserver")
	if err != nil {
		return err
	}
	if _, err := s.opt.DB.Import(r.Context(), unitSeq(units), tm.ImportOptions{File: "tmserver", By: who(r)}); err != nil {
		return err
	}
	writePlain(w, "")
	return nil
}

// tmForgetUnit forgets the units whose source is the path's text, or,
// given a body {"target": ...}, the units of that one pair.
func (s *Server) tmForgetUnit(w http.ResponseWriter, r *http.Request) error {
	src, tgt, err := tmLangs(r)
	if err != nil {
		return err
	}
	text := r.PathValue("text")
	if err := checkText("text", text); err != nil {
		return err
	}
	var body struct {
		Target string `json:"target"`
	}
	// No body (a chunked one may be empty too) forgets every unit of the
	// source; a body names the one target to forget, and a blank one is
	// refused rather than taken for no body.
	raw, err := io.ReadAll(r.Body)
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(raw)) > 0 {
		r.Body = io.NopCloser(bytes.NewReader(raw))
		if err := decodeJSON(r, &body); err != nil {
			return err
		}
		if err := checkText("target", body.Target); err != nil {
			return err
		}
	}
	ids, err := s.opt.DB.UnitsWithText(r.Context(), text, src, tgt)
	if err != nil {
		return err
	}
	if body.Target != "" {
		ids, err = s.withTarget(r, ids, tgt, body.Target)
		if err != nil {
			return err
		}
	}
	if len(ids) == 0 {
		what := "the source " + textio.QuoteText(text)
		if body.Target != "" {
			what += " and the target " + textio.QuoteText(body.Target)
		}
		return &httpError{http.StatusNotFound, fmt.Errorf("no %s-%s unit has %s: nothing was forgotten", src, tgt, what)}
	}
	n, err := s.opt.DB.DeleteUnits(r.Context(), ids...)
	if err != nil {
		return err
	}
	writePlain(w, "forgot "+textio.Count(n, "unit", "units"))
	return nil
}

// withTarget keeps the units of ids that have target, white space
// collapsed, in language tgt (any region; tm.SameLanguage).
func (s *Server) withTarget(r *http.Request, ids []int64, tgt language.Tag, target string) ([]int64, error) {
	want := strings.Join(strings.Fields(target), " ")
	var keep []int64
	for _, id := range ids {
		u, err := s.opt.DB.Unit(r.Context(), id)
		if err != nil {
			return nil, err
		}
		for _, v := range u.Variants {
			if tm.SameLanguage(v.Lang, tgt) && strings.Join(strings.Fields(v.Text), " ") == want {
				keep = append(keep, id)
				break
			}
		}
	}
	return keep, nil
}

// tmForgetStore forgets the units imported as the store name (by PUT or
// POST to it, or any import of a file of that name).
func (s *Server) tmForgetStore(w http.ResponseWriter, r *http.Request) error {
	if _, _, err := tmLangs(r); err != nil {
		return err
	}
	name, err := storeName(r)
	if err != nil {
		return err
	}
	n, err := s.opt.DB.DeleteDocument(r.Context(), name)
	if errors.Is(err, tm.ErrNoSuchDocument) {
		return &httpError{http.StatusNotFound, errors.New("no units came from the store " + textio.QuoteText(name) + ": nothing was forgotten")}
	} else if err != nil {
		return err
	}
	writePlain(w, fmt.Sprintf("forgot %s from %s", textio.Count(n, "unit", "units"), name))
	return nil
}

func (s *Server) tmAddStore(w http.ResponseWriter, r *http.Request) error {
	src, tgt, err := tmLangs(r)
	if err != nil {
		return err
	}
	var in []tmUnit
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	if in == nil { // null: [] is an empty list
		return badRequest("request body: null; a JSON list of units is wanted ([] for none)")
	}
	name, err := storeName(r)
	if err != nil {
		return err
	}
	units, err := tmUnits(src, tgt, in, name)
	if err != nil {
		return err
	}
	st, err := s.opt.DB.Import(r.Context(), unitSeq(units), tm.ImportOptions{File: name, By: who(r)})
	if err != nil {
		return err
	}
	writePlain(w, fmt.Sprintf("added %s from %s", textio.Count(st.Read, "unit", "units"), name))
	return nil
}

func (s *Server) tmUploadStore(w http.ResponseWriter, r *http.Request) error {
	src, tgt, err := tmLangs(r)
	if err != nil {
		return err
	}
	name, err := storeName(r)
	if err != nil {
		return err
	}
	body, _, err := uploadBody(r)
	if err != nil {
		return err
	}
	st, err := s.importBody(r.Context(), body, name, tm.ReadOptions{Src: src, Tgt: tgt}, false)
	if err != nil {
		return err
	}
	writePlain(w, fmt.Sprintf("added %s from %s", textio.Count(st.Read, "unit", "units"), name))
	return nil
}

// tmStoreStats answers the statistics of the store name: the document of
// that name (its units, languages and import times, as GET
// /api/v1/documents lists it), or a 404 when no unit came from it.
// Translate Toolkit's tmserver stubs this route (it answers "FIXME"
// whatever the name), and neither Weblate's nor Virtaal's client asks it;
// here it answered the whole TM's stats whatever the name, so that a
// mistyped store looked like one holding every unit.
func (s *Server) tmStoreStats(w http.ResponseWriter, r *http.Request) error {
	if _, _, err := tmLangs(r); err != nil {
		return err
	}
	name, err := storeName(r)
	if err != nil {
		return err
	}
	docs, _, err := s.opt.DB.DocumentsPage(r.Context(), tm.DocumentQuery{Keep: func(n string) bool { return n == name }, Limit: 1})
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return &httpError{http.StatusNotFound, errors.New("no units came from the store " + textio.QuoteText(name) + ": GET /api/v1/documents lists the stores (documents) the TM holds")}
	}
	writeJSON(w, http.StatusOK, tm.NewDocumentRecord(docs[0]))
	return nil
}

// storeName is the name of a tmserver store: the base of the path's name,
// a label for the import log and never a file to open; it is refused when
// it is not text.
func storeName(r *http.Request) (string, error) {
	name := path.Base("/" + r.PathValue("name"))
	if name == "/" || name == "." {
		return "tmserver", nil
	}
	if err := checkLabel("store name", name); err != nil {
		return "", err
	}
	return name, nil
}

// importBody imports body, a file called name, in one transaction: on
// any error nothing is stored, and the error says so. It waits its turn
// among Options.MaxImports. With dry, the import is rolled back at its
// end (tm.ImportOptions.DryRun): the stats say what it would store.
//
// The body is read whole first (spoolBody; at most cap(s.uploads) at
// once, a further upload answered 503 unread), before the import takes its turn and opens its transaction: read from the network inside it, a
// body that came in slowly (an upload over a slow link, a client that
// stalls) held the TM's write lock as long, and on SQLite every other
// write (a reviewer's edit, a glossary entry) waited for it and was
// answered 503 at its time limit.
func (s *Server) importBody(ctx context.Context, body io.Reader, name string, opt tm.ReadOptions, dry bool) (tm.ImportStats, error) {
	// Every upload slot taken is answered at once (503, Retry-After):
	// waiting for one, unread, until the time limit, a real import got no
	// answer for as long as stalled uploads held the slots (100 of them:
	// over 60 s; they free at ReadTimeout, 5 min).
	select {
	case s.uploads <- struct{}{}:
	default:
		return tm.ImportStats{}, &retryLater{uploadsRetryAfter, fmt.Errorf("import %s: the server is receiving %d uploads already, its most at once: try again in %d s; nothing from %s was stored", name, cap(s.uploads), int(uploadsRetryAfter/time.Second), name)}
	}
	defer func() { <-s.uploads }()
	f, err := spoolBody(ctx, body, name)
	if err != nil {
		return tm.ImportStats{}, err
	}
	defer f.Close()
	s.importsWaiting.Add(1)
	select {
	case s.imports <- struct{}{}:
		s.importsWaiting.Add(-1)
	case <-ctx.Done():
		s.importsWaiting.Add(-1)
		return tm.ImportStats{}, fmt.Errorf("import %s: waited for the %d imports running: %w; nothing from %s was stored", name, cap(s.imports), ctx.Err(), name)
	}
	defer func() { <-s.imports }()
	st, err := s.opt.DB.ImportFile(ctx, f, name, tm.ImportFileOptions{ReadOptions: opt, DryRun: dry, By: whoIn(ctx)})
	if err != nil {
		if errors.As(err, new(*textio.Error)) { // "read NAME: line N: ...": named once, as tm import does
			return st, fmt.Errorf("%w; nothing from %s was stored", err, name)
		}
		return st, fmt.Errorf("import %s: %w; nothing from %s was stored", name, err, name)
	}
	return st, nil
}

// spoolBody reads body, the upload of a file called name, whole into a
// temporary file ($TMPDIR, unlinked as soon as it is made, else removed
// when it is closed), and returns it
// at its start. A body over the server's limit is a bigUpload (413), one
// cut short (the client gone, or too slow for the server's ReadTimeout)
// a 400, or the error of ctx when it ended meanwhile (the server
// stopping, the time limit: a 503); a temporary file that cannot be
// written (a full disk) a 503.
// spoolErr is spoolBody's error when its temporary file cannot be made or
// written: 507 for want of room (as a write to the TM on a full disk),
// else 503. It names the file without its folder, the server's $TMPDIR,
// which a client has no business knowing.
func spoolErr(name string, err error) error {
	status, err := tempFileErr(err)
	return &httpError{status, fmt.Errorf("import %s: the server cannot keep the upload in a temporary file: %v; nothing from %s was stored", name, err, name)}
}

// tempFileErr is the status and the words of an error of the server's own
// temporary file (an upload's, an export's): 507 for want of room, else
// 503; a path error names the file without its folder.
func tempFileErr(err error) (int, error) {
	status := http.StatusServiceUnavailable
	if errors.Is(err, syscall.ENOSPC) {
		status = http.StatusInsufficientStorage
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = fmt.Errorf("%s %s: %w", pe.Op, filepath.Base(pe.Path), pe.Err)
	}
	return status, err
}

func spoolBody(ctx context.Context, body io.Reader, name string) (*spooled, error) {
	f, err := os.CreateTemp("", "bitext-upload-*")
	if err != nil {
		return nil, spoolErr(name, err)
	}
	// Unlinked at once, read through f: a server killed with the file
	// open (kill -9, a crash, the machine's memory) left it in $TMPDIR,
	// as large as the upload, for ever. Where an open file cannot be
	// removed (Windows) Close removes it.
	os.Remove(f.Name())
	sp := &spooled{f}
	rd := &readErr{r: body}
	if _, err := io.Copy(f, rd); err != nil {
		sp.Close()
		var mbe *http.MaxBytesError
		switch {
		case errors.As(rd.err, &mbe):
			return nil, &bigUpload{rd.err}
		case rd.err != nil && ctx.Err() != nil:
			return nil, fmt.Errorf("import %s: %w; nothing from %s was stored", name, ctx.Err(), name)
		case rd.err != nil:
			return nil, badRequest("import %s: request body cut short: %v; nothing from %s was stored", name, rd.err, name)
		}
		return nil, spoolErr(name, err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		sp.Close()
		return nil, spoolErr(name, err)
	}
	return sp, nil
}

// spooled is the temporary file of an upload: Close removes it.
type spooled struct{ *os.File }

func (s *spooled) Close() error {
	err := s.File.Close()
	os.Remove(s.Name())
	return err
}

// readErr reads r and keeps its error (io.EOF aside): io.Copy's error
// does not say whether the reading or the writing failed.
type readErr struct {
	r   io.Reader
	err error
}

func (r *readErr) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	if err != nil && err != io.EOF {
		r.err = err
	}
	return n, err
}

// bigUpload is a file upload over the server's limit on a body.
type bigUpload struct{ err error }

func (e *bigUpload) Error() string { return e.err.Error() }
func (e *bigUpload) Unwrap() error { return e.err }

// writePlain answers a write with tmserver's text ("" for a unit, "added N
// units from NAME" for a store) as a JSON string: Virtaal's client
// (virtaal/support/tmclient.py) parses every 2xx answer as JSON, which
// tmserver's bare text is not.
func writePlain(w http.ResponseWriter, text string) {
	writeJSON(w, http.StatusOK, text)
}

// unitSeq iterates over units, as Import takes them.
func unitSeq(units []tm.Unit) iter.Seq2[tm.Unit, error] {
	return func(yield func(tm.Unit, error) bool) {
		for _, u := range units {
			if !yield(u, nil) {
				return
			}
		}
	}
}
