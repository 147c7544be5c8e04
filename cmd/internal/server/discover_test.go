package server

import (
	"strconv"
	"testing"
)

// TestAPIDiscoverReadsNoMarkup: POST /api/v1/names/discover of an HTML
// page read its markup as text, as names discover did: "Ahmad Mirzaei" in
// a link, a title and a script (3) outvoted the text's "Ahmed Mirzaei"
// (2) as the canonical. It reads the text only: one spelling, no cluster.
func TestAPIDiscoverReadsNoMarkup(t *testing.T) {
	ts, _ := testServer(t, Options{})
	page := "<p>Mr. Ahmed Mirzaei met the press.</p>\n<p>Ahmed Mirzaei said the talks went well.</p>\n" +
		"<a href=\"/people/Ahmad Mirzaei\" title=\"Ahmad Mirzaei\">Profile</a>\n<script>var name = \"Ahmad Mirzaei\";</script>\n"
	var out struct {
		Clusters []struct {
			Canonical string `json:"canonical"`
		}
	}
	if code := call(t, "POST", ts.URL+"/api/v1/names/discover", `{"lang":"en","text":`+strconv.Quote(page)+`}`, &out); code != 200 || len(out.Clusters) != 0 {
		t.Errorf("discover of a page spelling a name one way in its text, another in its markup: %d %+v; want 200 and no cluster", code, out)
	}
}
