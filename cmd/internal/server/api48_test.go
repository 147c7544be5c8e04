package server

import (
	"context"
	"encoding/json"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// noteCall sends method u (body, when not "", as JSON) with a deadline
// and returns the status, the header X-Bitext-Note and the body.
func noteCall(t *testing.T, method, u, body string) (int, string, []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u, rd)
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("X-Bitext-Note"), b
}

// TestLookupSaysPairNotHeld: GET lookup and concordance of a pair the TM
// holds no units in answered no matches (no hits), 200, without a word,
// where tm lookup and tm concordance note that the TM holds no units in
// the pair and which it holds (tm.DB.PairNote), and GET export says so in
// X-Bitext-Note (left48). They set that header too, on GET and HEAD, and
// so does POST lookup when no query matched; a pair held, a concordance
// without tgt, or a match, has no such header.
func TestLookupSaysPairNotHeld(t *testing.T) {
	ts, _ := testServer(t, Options{})
	const pair = "the TM holds no units in en-de (its language pairs: en-fr)"
	for _, c := range []struct {
		method, path, body, want string
	}{
		{"GET", "/api/v1/lookup?src=en&tgt=de&q=The+minister+arrived+in+Baghdad+on+Monday.", "", "no match: " + pair},
		{"HEAD", "/api/v1/lookup?src=en&tgt=de&q=The+minister+arrived+in+Baghdad+on+Monday.", "", "no match: " + pair},
		{"GET", "/api/v1/concordance?src=en&tgt=de&term=minister", "", "no hit: " + pair},
		{"HEAD", "/api/v1/concordance?src=en&tgt=de&term=minister", "", "no hit: " + pair},
		{"POST", "/api/v1/lookup", `{"src":"en","tgt":"de","queries":["The minister left Tehran on Tuesday.","Both sides."]}`, "no match: " + pair},
		{"POST", "/api/v1/lookup", `{"src":"en","tgt":"de","document":true,"queries":["The minister left Tehran on Tuesday.",""]}`, "no match: " + pair},
		// Held, or not asked: no note.
		{"GET", "/api/v1/lookup?src=en&tgt=fr&q=The+minister+arrived+in+Baghdad+on+Monday.", "", ""},
		{"GET", "/api/v1/lookup?src=en&tgt=fr&q=Nothing+like+it+at+all.", "", ""},
		{"GET", "/api/v1/lookup?src=fr-CA&tgt=en&q=Le+ministre+a+quitt%C3%A9+T%C3%A9h%C3%A9ran+mardi.", "", ""},
		{"GET", "/api/v1/concordance?src=en&tgt=fr&term=minister", "", ""},
		{"GET", "/api/v1/concordance?src=en&tgt=fr&term=zebra", "", ""},
		{"GET", "/api/v1/concordance?src=en&term=minister", "", ""},
		{"GET", "/api/v1/concordance?src=de&term=minister", "", ""},
		{"POST", "/api/v1/lookup", `{"src":"en","tgt":"fr","queries":["The minister left Tehran on Tuesday.","Nothing like it."]}`, ""},
	} {
		status, got, body := noteCall(t, c.method, ts.URL+c.path, c.body)
		if status != http.StatusOK || got != c.want {
			t.Errorf("%s %s %s: %d, X-Bitext-Note %q; want 200, %q", c.method, c.path, c.body, status, got, c.want)
		}
		if c.method == "HEAD" {
			continue
		}
		// The body is what it was: no matches, or no hits, when noted.
		var out struct {
			Matches []json.RawMessage `json:"matches"`
			Hits    []json.RawMessage `json:"hits"`
			Results []struct {
				Matches []json.RawMessage `json:"matches"`
			} `json:"results"`
		}
		if err := json.Unmarshal(body, &out); err != nil {
			t.Fatalf("%s %s: %v in %q", c.method, c.path, err, body)
		}
		found := len(out.Matches) + len(out.Hits)
		for _, r := range out.Results {
			found += len(r.Matches)
		}
		if c.want != "" && found != 0 {
			t.Errorf("%s %s %s: noted, but answered %s", c.method, c.path, c.body, body)
		}
	}
}

// exportAnswer is a status and a body; status -1 and the error's message in
// body when there was no answer.
type exportAnswer struct {
	status int
	body   []byte
}

// getExport sends GET /api/v1/export to the server at base, with a
// deadline, and sends the answer on out (not t.Fatal: it runs in a
// goroutine of its own).
func getExport(base string, out chan<- exportAnswer) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", base+"/api/v1/export", nil)
	if err != nil {
		out <- exportAnswer{-1, []byte(err.Error())}
		return
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		out <- exportAnswer{-1, []byte(err.Error())}
		return
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		out <- exportAnswer{-1, []byte(err.Error())}
		return
	}
	out <- exportAnswer{resp.StatusCode, b}
}

// scanGate is a store whose Scan (an export's read of the TM) says on
// started that it runs, then waits for open to be closed (or its
// context to end).
type scanGate struct {
	tm.Store
	started chan struct{}
	open    chan struct{}
}

func (g *scanGate) Scan(ctx context.Context) iter.Seq2[*tm.StoredUnit, error] {
	return func(yield func(*tm.StoredUnit, error) bool) {
		g.started <- struct{}{}
		select {
		case <-g.open:
		case <-ctx.Done():
			yield(nil, ctx.Err())
			return
		}
		for su, err := range g.Store.Scan(ctx) {
			if !yield(su, err) {
				return
			}
		}
	}
}

// TestExportsBounded: at most DefaultMaxExports exports are read from the TM at
// once. Each held a read (on PostgreSQL a connection of the pool) while
// it was written, and six at once took the pool: a health 503, a 6.5 s
// lookup (ops48). A further export waits its turn, up to exportWait,
// then is a 503 JSON error with Retry-After; one that gets its turn is
// whole. Health and lookups are answered meanwhile.
func TestExportsBounded(t *testing.T) {
	for _, wait := range []time.Duration{100 * time.Millisecond, time.Minute} {
		gate := &scanGate{Store: newStore(t), started: make(chan struct{}, 10), open: make(chan struct{})}
		db := tm.New(gate)
		t.Cleanup(func() { db.Close() })
		if _, err := db.Import(context.Background(), unitSeq([]tm.Unit{pairUnit(language.English, language.French, seed[0], seed[1], tm.Origin{File: "seed.tmx"})}), tm.ImportOptions{File: "seed.tmx"}); err != nil {
			t.Fatal(err)
		}
		s := newServer(t, Options{DB: db, ExportWait: wait})
		ts := httptest.NewServer(s)
		t.Cleanup(ts.Close)

		answers := make(chan exportAnswer, DefaultMaxExports+1)
		for range DefaultMaxExports {
			go getExport(ts.URL, answers)
		}
		deadline := time.After(time.Minute)
		for range DefaultMaxExports {
			select {
			case <-gate.started:
			case <-deadline:
				t.Fatalf("wait %v: %d exports did not start reading", wait, DefaultMaxExports)
			}
		}
		if status, _, body := noteCall(t, "GET", ts.URL+"/api/v1/health", ""); status != http.StatusOK {
			t.Errorf("wait %v: health while %d exports are written: %d %s", wait, DefaultMaxExports, status, body)
		}
		if status, _, body := noteCall(t, "GET", ts.URL+"/api/v1/lookup?src=en&tgt=fr&q=The+minister+arrived+in+Baghdad+on+Monday.", ""); status != http.StatusOK {
			t.Errorf("wait %v: lookup while %d exports are written: %d %s", wait, DefaultMaxExports, status, body)
		}
		if wait < time.Second {
			// Its answer within 10 s: an export that reads the TM
			// waits for the gate.
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			req, err := http.NewRequestWithContext(ctx, "GET", ts.URL+"/api/v1/export", nil)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				close(gate.open)
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			cancel()
			var e errorBody
			if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") != "10" || json.Unmarshal(body, &e) != nil || !strings.Contains(e.Error, "writing 2 exports already") || resp.Header.Get("Content-Disposition") != "" {
				t.Errorf("export beyond %d at once: %d, Retry-After %q, Content-Disposition %q, %s; want 503, 10, none, a JSON error saying exports are being written", DefaultMaxExports, resp.StatusCode, resp.Header.Get("Retry-After"), resp.Header.Get("Content-Disposition"), body)
			}
			select {
			case <-gate.started:
				t.Errorf("export beyond %d at once read the TM", DefaultMaxExports)
			default:
			}
			close(gate.open)
		} else {
			// One more waits for a slot, and gets it when one ends.
			go getExport(ts.URL, answers)
			select {
			case <-gate.started:
				t.Errorf("export beyond %d at once read the TM before one ended", DefaultMaxExports)
			case <-time.After(300 * time.Millisecond):
			}
			close(gate.open)
		}
		n := DefaultMaxExports
		if wait >= time.Second {
			n++
		}
		for range n {
			select {
			case a := <-answers:
				if a.status != http.StatusOK || strings.Count(string(a.body), "<tu ") != 1 {
					t.Errorf("wait %v: an export: %d %q; want 200 and the unit", wait, a.status, a.body)
				}
			case <-deadline:
				t.Fatalf("wait %v: the exports did not end", wait)
			}
		}
	}
}
