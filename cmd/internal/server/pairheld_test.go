package server

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
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
