package server

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// TestImportOfNoUnitsWarns: POST /api/v1/import of a valid file of no units
// (OmegaT's first align.tmx, an XLIFF of an empty body, a PO of its header
// alone, an empty TSV or JSON Lines body) is a 200, as tm import's exit 0,
// with a warning that it holds none; it was "read": 0 and nothing more
// (trial39). No import is logged for it.
func TestImportOfNoUnitsWarns(t *testing.T) {
	ts, db := testServer(t, Options{})
	before, err := db.Stats(context.Background()) // the test server's TM holds a unit and its import
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ query, body string }{
		{"name=align.tmx", `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.1"><header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" segtype="sentence" srclang="en"/><body></body></tmx>`},
		{"name=a.xlf", `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="fr" datatype="plaintext"><body></body></file></xliff>`},
		{"name=a.po&src=en&tgt=fr", "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: fr\\n\"\n"},
		{"name=a.tsv&format=tsv&src=en&tgt=fr", ""},
		{"name=a.jsonl&format=jsonl&src=en&tgt=fr", ""},
	} {
		st, _, b := send(t, "POST", ts.URL+"/api/v1/import?"+c.query, c.body)
		name := strings.TrimPrefix(strings.Split(c.query, "&")[0], "name=")
		if st != http.StatusOK || !strings.Contains(string(b), `"warning":"`+name+` holds no translation units: nothing was imported from it"`) || !strings.Contains(string(b), `"read":0`) {
			t.Errorf("POST /api/v1/import?%s of no units: %d %s; want 200 with a warning", c.query, st, b)
		}
	}
	if sts, err := db.Stats(context.Background()); err != nil || sts.Imports != before.Imports {
		t.Errorf("imports logged: %d, %v; want %d, as before", sts.Imports, err, before.Imports)
	}
	st, _, b := send(t, "POST", ts.URL+"/api/v1/import?name=a.tsv&format=tsv&src=en&tgt=fr", "Hello.\tBonjour.\n")
	if st != http.StatusOK || strings.Contains(string(b), "warning") {
		t.Errorf("POST /api/v1/import of a unit: %d %s; want 200 without a warning", st, b)
	}
}

// TestImportEmptySideSaid: POST /api/v1/import of a TSV with lines of an
// empty column answered their count nowhere (read 1, left_out 0). It
// counts them in empty_side (part of left_out) and says where they are
// in "note", as tm import does.
func TestImportEmptySideSaid(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var got map[string]any
	st := call(t, "POST", ts.URL+"/api/v1/import?name=t.tsv&src=en&tgt=fr", "One.\tUn.\nTwo.\t\n\t\n\tQuatre.\n\n", &got)
	note, _ := got["note"].(string)
	if st != 200 || got["read"] != 1.0 || got["empty_side"] != 3.0 || got["left_out"] != 3.0 ||
		!strings.HasPrefix(note, "t.tsv: 3 lines with an empty column left out (lines 2, 3, 4): ") {
		t.Errorf("POST /import of a TSV with 3 lines of an empty column: %d %v; want read 1, empty_side 3, left_out 3 and a note of lines 2, 3, 4", st, got)
	}
	got = nil
	if st := call(t, "POST", ts.URL+"/api/v1/import?name=u.tsv&src=en&tgt=fr", "Five.\tCinq.\n", &got); st != 200 || got["note"] != nil || got["empty_side"] != 0.0 {
		t.Errorf("POST /import of complete pairs: %d %v; want no note, empty_side 0", st, got)
	}
}

// TestUnitsScoredZero: POST /units with a pair's "score": 0 (an aligner's
// pair with no evidence) stored it as a pair with no score, a person's,
// whose matches lose no points, where one scored 0.05 loses 80. It is now
// left out and counted (scored_zero, part of left_out), as bitext align
// --into and tm import leave out pairs scored 0. A pair whose score is
// left out is stored with none, as before; so is one scored 0 that a
// person confirmed (reviewed: the page's edited beads).
func TestUnitsScoredZero(t *testing.T) {
	ts, db := testServer(t, Options{})
	var got map[string]int
	st := call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","pairs":[
		{"source":"No evidence at all.","target":"Aucune preuve.","score":0},
		{"source":"A low score.","target":"Un score bas.","score":0.05},
		{"source":"No score given.","target":"Pas de score."}]}`, &got)
	if st != 200 || got["added"] != 2 || got["scored_zero"] != 1 || got["left_out"] != 1 {
		t.Errorf("POST /units with a pair scored 0: %d %v; want 2 added, 1 scored_zero left out", st, got)
	}
	for q, want := range map[string]int{"No evidence at all.": 0, "A low score.": 1, "No score given.": 1} {
		ms, err := db.Lookup(t.Context(), q, tm.LookupOptions{Src: language.English, Tgt: language.French, Min: tm.NoMinimum})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, m := range ms {
			if m.Source == q {
				n++
			}
		}
		if n != want {
			t.Errorf("%q stored %d times; want %d", q, n, want)
		}
	}
	st = call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","reviewed":true,"pairs":[{"source":"Confirmed by a person.","target":"Confirmé par une personne.","score":0}]}`, &got)
	if st != 200 || got["added"] != 1 || got["scored_zero"] != 0 {
		t.Errorf("POST /units reviewed with a pair scored 0: %d %v; want it stored (a person confirmed it)", st, got)
	}
}

// TestImportBadBytesNamedOnce: an upload of bytes that are not UTF-8 is
// named once in the error, as tm import names it ("read a.tsv: line 2:
// invalid UTF-8 ..."), not "import a.tsv: read a.tsv: ..." (trial56), and
// still says nothing was stored; the TM is as it was.
func TestImportBadBytesNamedOnce(t *testing.T) {
	ts, db := testServer(t, Options{})
	before, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	st, _, b := send(t, "POST", ts.URL+"/api/v1/import?name=a.tsv&src=en&tgt=fr", "Good night.\tBonne nuit.\nCaf\xe9.\tCaf\xe9.\n")
	want := `{"error":"read a.tsv: line 2: invalid UTF-8 (byte 0xe9); nothing from a.tsv was stored"}`
	if st != http.StatusBadRequest || strings.TrimSpace(string(b)) != want {
		t.Errorf("POST /api/v1/import of Latin-1 bytes: %d %s; want 400 %s", st, b, want)
	}
	if after, err := db.Stats(context.Background()); err != nil || after.Units != before.Units || after.Imports != before.Imports {
		t.Errorf("after a failed import: %+v, %v; want the TM as it was, %+v", after, err, before)
	}
}

// TestImportTSVHeaderSaid: POST /api/v1/import (the page's Import a file)
// of a TSV whose first line names its columns stored it as a unit. It is
// left out: "header" gives it and "note" says so, beside the note of lines
// with an empty column.
func TestImportTSVHeaderSaid(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var got map[string]any
	st := call(t, "POST", ts.URL+"/api/v1/import?name=h.tsv&src=en&tgt=fr", "source\ttarget\nOne.\tUn.\nTwo.\t\n", &got)
	note, _ := got["note"].(string)
	if st != 200 || got["read"] != 1.0 || got["header"] != "source\ttarget" || got["left_out"] != 1.0 ||
		!strings.HasPrefix(note, `h.tsv: line 1 "source\ttarget" read as the columns' header, not stored; h.tsv: 1 line with an empty column left out (line 3)`) {
		t.Errorf("POST /import of a TSV with a header: %d %v; want read 1, the header, a note of it and of line 3", st, got)
	}
	got = nil
	if st := call(t, "POST", ts.URL+"/api/v1/import?name=u.tsv&src=en&tgt=fr", "Source\tQuelle\nFive.\tCinq.\n", &got); st != 200 || got["read"] != 2.0 || got["header"] != nil || got["note"] != nil {
		t.Errorf("POST /import of a first line of other words: %d %v; want read 2, no header, no note", st, got)
	}
}

// TestImportBinarySaid: POST /api/v1/import (the page's Import a file) of
// random bytes named .tmx was refused with the bytes quoted by the XML
// reader; it is a 400 that says the file is binary, where, and what its
// name promised.
func TestImportBinarySaid(t *testing.T) {
	ts, _ := testServer(t, Options{})
	st, _, b := send(t, "POST", ts.URL+"/api/v1/import?name=rnd.tmx", "\x97B\x9b \xe9\xdbG\x00\x01<&N\x90-\xec")
	if want := "rnd.tmx: line 1: not text: binary data (invalid UTF-8 (0x97) at byte 1), not a TMX file"; st != http.StatusBadRequest || !strings.Contains(string(b), want) {
		t.Errorf("POST /import of random bytes named rnd.tmx: %d %s; want 400 and %q", st, b, want)
	}
}
