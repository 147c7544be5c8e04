package server

import (
	"encoding/json"
	"net/http"
	"os"
	"strings"
	"testing"
)

// TestAPIAlignWrongLanguage: /api/v1/align refuses, with a 400 JSON error
// naming the side, texts swapped in the same script (German and French)
// and in two scripts (English given as Japanese), as bitext align does.
func TestAPIAlignWrongLanguage(t *testing.T) {
	ts, _ := testServer(t, Options{})
	words := func(lang string) string {
		b, err := os.ReadFile("../../../align/segment/testdata/ud/" + lang + ".heldout.txt")
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(strings.Fields(string(b))[:300], " ")
	}
	de, fr := words("de"), words("fr")
	body := func(src, tgt, st, tt string) string {
		b, _ := json.Marshal(map[string]any{"src": src, "tgt": tgt, "src_text": st, "tgt_text": tt, "no_tm": true})
		return string(b)
	}
	for _, c := range []struct{ body, want string }{
		{body("de", "fr", fr, de), "src_text: it reads as French, not German (de)"},
		{body("en", "ja", de, de), "tgt_text: its letters are in Latin script"},
	} {
		status, _, b := send(t, "POST", ts.URL+"/api/v1/align", c.body)
		var e errorBody
		if status != 400 || json.Unmarshal(b, &e) != nil || !strings.HasPrefix(e.Error, c.want) {
			t.Errorf("align: status %d, %s; want 400 %q", status, b, c.want)
		}
	}
	if st := call(t, "POST", ts.URL+"/api/v1/align", body("de", "fr", de, fr), nil); st != 200 {
		t.Errorf("align de/fr in order: status %d; want 200", st)
	}
}

// TestAPIAlignRefusesMarkup: /api/v1/align refuses an HTML page or an
// XML file given as a side's text (400 naming the side), as bitext align
// refuses such a file. The review page's Source file took the seed
// article's HTML page whole, and the server aligned its tags: 16 beads
// all "unmatched", "<!DOCTYPE html> <html lang="en">" a sentence to
// review.
func TestAPIAlignRefusesMarkup(t *testing.T) {
	ts, _ := testServer(t, Options{})
	page, err := os.ReadFile("../../../testdata/irgc-iraq.en.html")
	if err != nil {
		t.Fatal(err)
	}
	fr, err := os.ReadFile("../../../testdata/irgc-iraq.fr.txt")
	if err != nil {
		t.Fatal(err)
	}
	body := func(st, tt string) string {
		b, _ := json.Marshal(map[string]any{"src": "en", "tgt": "fr", "src_text": st, "tgt_text": tt, "no_tm": true})
		return string(b)
	}
	for _, c := range []struct{ body, want string }{
		{body(string(page), string(fr)), "src_text: an HTML document, not plain text"},
		{body("The minister arrived.", `<?xml version="1.0"?><tmx version="1.4"><body/></tmx>`), "tgt_text: an XML document, not plain text"},
	} {
		status, _, b := send(t, "POST", ts.URL+"/api/v1/align", c.body)
		var e errorBody
		if status != 400 || json.Unmarshal(b, &e) != nil || !strings.HasPrefix(e.Error, c.want) {
			t.Errorf("align: status %d, %.200s; want 400 %q", status, b, c.want)
		}
	}
}

// TestAlignVersions checks that /api/v1/align aligns two versions of a
// story in one language, as bitext align does (two agencies' English
// versions): it refused them ("src and tgt are both en").
func TestAlignVersions(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var out struct {
		Beads []struct {
			Src, Tgt []int
		} `json:"beads"`
	}
	body := `{"src":"en","tgt":"en","src_text":"The minister arrived on Monday. He met the premier.","tgt_text":"The minister arrived in Baghdad on Monday. He then met the prime minister."}`
	if st := call(t, "POST", ts.URL+"/api/v1/align", body, &out); st != http.StatusOK {
		t.Fatalf("status %d; want 200", st)
	}
	if len(out.Beads) != 2 {
		t.Errorf("beads %+v; want two 1-1 pairs", out.Beads)
	}
}
