package tm_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

func resultWriter(t *testing.T, format tm.Format) (*tm.ResultWriter, *bytes.Buffer) {
	t.Helper()
	var b bytes.Buffer
	rw, err := tm.NewResultWriter(&b, format)
	if err != nil {
		t.Fatal(err)
	}
	return rw, &b
}

var (
	fuzzy = tm.Match{Score: 99, Source: "Prices rose by 12 percent.", Target: "Les prix ont augmenté de 15 %.",
		Diff: "Prices rose by [-12-]{+15+} percent.", SourceLang: language.English, TargetLang: language.French, Substituted: true,
		Origin: tm.Origin{File: "pairs.tsv"}, UnitID: 12}
	exact = tm.Match{UnitID: 3, Score: 100, Source: "Two\nlines.", Target: "Deux\r\nlignes.", SourceLang: language.English, TargetLang: language.French}
)

func TestResultWriterMatches(t *testing.T) {
	rw, b := resultWriter(t, tm.FormatText)
	if err := rw.Matches("Prices rose by 15 percent.", []tm.Match{fuzzy, exact}); err != nil {
		t.Fatal(err)
	}
	want := "99\tLes prix ont augmenté de 15 %.\t[numbers replaced]\n#12\tPrices rose by [-12-]{+15+} percent.\n" +
		"100\tDeux  lignes.\n#3\tTwo lines.\n" // line breaks in segments become spaces
	if b.String() != want {
		t.Errorf("text: %q; want %q", b, want)
	}

	b.Reset()
	rw.DocumentMatches(tm.DocumentMatches{Query: "Prices rose by 15 percent.", Matches: []tm.Match{fuzzy}})
	rw.DocumentMatches(tm.DocumentMatches{Query: "Nothing like it."})
	want = "# Prices rose by 15 percent.\n99\tLes prix ont augmenté de 15 %.\t[numbers replaced]\n#12\tPrices rose by [-12-]{+15+} percent.\n\n" +
		"# Nothing like it.\n\n"
	if b.String() != want {
		t.Errorf("text document: %q; want %q", b, want)
	}

	rw, b = resultWriter(t, tm.FormatJSONL)
	rw.Matches("Prices & wages", []tm.Match{fuzzy})
	rw.DocumentMatches(tm.DocumentMatches{Query: "Nothing like it."}) // no matches: no line
	want = `{"id":12,"query":"Prices & wages","score":99,"source":"Prices rose by 12 percent.","target":"Les prix ont augmenté de 15 %.",` +
		`"diff":"Prices rose by [-12-]{+15+} percent.","source_lang":"en","target_lang":"fr","substituted":true,"file":"pairs.tsv"}` + "\n"
	if b.String() != want {
		t.Errorf("jsonl:\n%s\nwant\n%s", b, want)
	}
}

func TestResultWriterHit(t *testing.T) {
	h := tm.Hit{UnitID: 4, Lang: language.English, Text: "The minister met the\nminister.", Spans: [][2]int{{4, 12}, {21, 29}},
		Translations: []tm.Variant{{Lang: language.French, Text: "Le ministre a vu le ministre."}, {Lang: language.German, Text: "Der Minister."}}}
	rw, b := resultWriter(t, tm.FormatText)
	rw.Hit(h)
	rw.Highlight = tm.HighlightANSI
	rw.Hit(tm.Hit{UnitID: 5, Lang: language.English, Text: "A minister.", Spans: [][2]int{{2, 10}}})
	want := "#4\tThe **minister** met the **minister**.\tLe ministre a vu le ministre.\tDer Minister.\n" +
		"#5\tA \x1b[1;31mminister\x1b[0m.\n"
	if b.String() != want {
		t.Errorf("text: %q; want %q", b, want)
	}

	rw, b = resultWriter(t, tm.FormatJSONL)
	rw.Hit(tm.Hit{Lang: language.English, Text: "A <b>minister</b>.", Spans: [][2]int{{5, 13}}})
	want = `{"id":0,"lang":"en","text":"A <b>minister</b>.","hits":[[5,13]],"translations":[]}` + "\n"
	if b.String() != want {
		t.Errorf("jsonl: %q; want %q", b, want)
	}
}

func TestResultWriterStats(t *testing.T) {
	s := tm.Stats{Path: "/tmp/a&b/tm.db", SchemaVersion: 3, Units: 2, Variants: 5, Imports: 1, Words: 9, Bytes: 4096,
		Langs: []tm.LangCount{{language.English, 2}, {language.French, 2}, {language.German, 1}}}
	rw, b := resultWriter(t, tm.FormatText)
	rw.Stats(s)
	want := "path\t/tmp/a&b/tm.db\nunits\t2\nsegments\t5\nlang en\t2\nlang fr\t2\nlang de\t1\nimports\t1\nindex words\t9\nbytes\t4096\nschema\t3\n"
	if b.String() != want {
		t.Errorf("text: %q; want %q", b, want)
	}
	rw, b = resultWriter(t, tm.FormatJSONL)
	rw.Stats(s)
	want = `{"bytes":4096,"imports":1,"index_words":9,"langs":{"de":1,"en":2,"fr":2},"path":"/tmp/a&b/tm.db","schema":3,"segments":5,"units":2}` + "\n"
	if b.String() != want {
		t.Errorf("jsonl: %q; want %q", b, want)
	}
}

type failWriter struct{}

var errFull = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errFull }

// TestResultWriterErrors: an unknown format is refused, and write errors
// come back in both formats.
func TestResultWriterErrors(t *testing.T) {
	if _, err := tm.NewResultWriter(&bytes.Buffer{}, "xml"); err == nil || !strings.Contains(err.Error(), `"xml"`) {
		t.Errorf("NewResultWriter(xml): %v; want an error naming it", err)
	}
	for _, format := range []tm.Format{tm.FormatText, tm.FormatJSONL} {
		rw, _ := tm.NewResultWriter(failWriter{}, format)
		for what, err := range map[string]error{
			"Matches":         rw.Matches("q", []tm.Match{exact}),
			"DocumentMatches": rw.DocumentMatches(tm.DocumentMatches{Query: "q", Matches: []tm.Match{exact}}),
			"Hit":             rw.Hit(tm.Hit{Text: "x"}),
			"Stats":           rw.Stats(tm.Stats{}),
		} {
			if !errors.Is(err, errFull) {
				t.Errorf("%s %s on a full disk: %v; want %v", format, what, err, errFull)
			}
		}
	}
}

func ExampleResultWriter() {
	ms := []tm.Match{{UnitID: 7, Score: 85, Source: "The minister arrived in Tehran on Monday.",
		Target: "Le ministre est arrivé à Téhéran lundi.", Diff: "The minister arrived in [-Tehran-]{+Baghdad+} on Monday."}}
	rw, _ := tm.NewResultWriter(os.Stdout, tm.FormatText)
	rw.Matches("The minister arrived in Baghdad on Monday.", ms)
	// Output:
	// 85	Le ministre est arrivé à Téhéran lundi.
	// #7	The minister arrived in [-Tehran-]{+Baghdad+} on Monday.
}

// TestResultWriterAllDocumentMatches: each query of a document is written as
// DocumentMatches writes it, in order; the first error stops the writing.
func TestResultWriterAllDocumentMatches(t *testing.T) {
	dms := []tm.DocumentMatches{{Query: "One."}, {Query: "Two."}}
	var b strings.Builder
	rw, err := tm.NewResultWriter(&b, tm.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	failed := errors.New("read failed")
	err = rw.AllDocumentMatches(func(yield func(tm.DocumentMatches, error) bool) {
		for _, dm := range dms {
			if !yield(dm, nil) {
				return
			}
		}
		if yield(tm.DocumentMatches{}, failed) {
			t.Error("AllDocumentMatches asked for more after an error")
		}
	})
	if err != failed || b.String() != "# One.\n\n# Two.\n\n" {
		t.Errorf("AllDocumentMatches wrote %q, %v; want both queries then the error", b.String(), err)
	}
}

func TestDocumentOutput(t *testing.T) {
	at := time.Date(2026, 12, 2, 19, 17, 5, 0, time.UTC)
	docs := []tm.DocumentInfo{
		{Name: "irgc.en.txt", Units: 12, Langs: []string{"en", "fr"}, FirstStored: at.Add(-time.Hour), LastStored: at},
		{Name: "old\nname.tmx", Units: 7, Langs: []string{"de", "en"}},
	}
	rw, b := resultWriter(t, tm.FormatText)
	for _, d := range docs {
		if err := rw.Document(d); err != nil {
			t.Fatal(err)
		}
	}
	if want := "12\tirgc.en.txt\ten fr\t20261202T191705Z\n7\told name.tmx\tde en\tunknown\n"; b.String() != want {
		t.Errorf("text = %q; want %q", b.String(), want)
	}
	rw, b = resultWriter(t, tm.FormatJSONL)
	for _, d := range docs {
		if err := rw.Document(d); err != nil {
			t.Fatal(err)
		}
	}
	want := `{"doc":"irgc.en.txt","units":12,"langs":["en","fr"],"first_stored":"2026-12-02T18:17:05Z","last_stored":"2026-12-02T19:17:05Z"}
{"doc":"old\nname.tmx","units":7,"langs":["de","en"]}
`
	if b.String() != want {
		t.Errorf("jsonl = %s; want %s", b.String(), want)
	}
}

func TestNoMatchNote(t *testing.T) {
	for _, tc := range []struct {
		matches []int // matches of each query written
		min     int
		want    string
	}{
		{[]int{1}, 0, ""},
		{[]int{0}, 0, "no match at or above 70%"},
		{[]int{0}, 90, "no match at or above 90%"},
		{[]int{0}, tm.NoMinimum, "no match"},
		{[]int{0, 2, 0}, 70, "for 2 of 3 queries: no match at or above 70%"},
		{nil, 0, ""},
	} {
		rw, err := tm.NewResultWriter(io.Discard, tm.FormatJSONL)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range tc.matches {
			if err := rw.Matches("q", make([]tm.Match, n)); err != nil {
				t.Fatal(err)
			}
		}
		if got := rw.NoMatchNote(tc.min); got != tc.want {
			t.Errorf("matches %v: NoMatchNote(%d) = %q; want %q", tc.matches, tc.min, got, tc.want)
		}
	}
}

func TestNoHitNote(t *testing.T) {
	rw, err := tm.NewResultWriter(io.Discard, tm.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := rw.NoHitNote("zebra", language.English, language.Und), `no en segment has "zebra"`; got != want {
		t.Errorf("NoHitNote, no hit = %q; want %q", got, want)
	}
	if got, want := rw.NoHitNote("zebra", language.English, language.French), `no en segment translated into fr has "zebra"`; got != want {
		t.Errorf("NoHitNote, no hit, --tgt fr = %q; want %q", got, want)
	}
	if err := rw.Hit(tm.Hit{UnitID: 1, Text: "a zebra"}); err != nil {
		t.Fatal(err)
	}
	if got := rw.NoHitNote("zebra", language.English, language.Und); got != "" {
		t.Errorf("NoHitNote after a hit = %q; want none", got)
	}
}

// A stored unit with inline codes is an exact match of the plain-text
// query (the score contract: 100), and the output says the query lacks
// its codes: a mark in text, query_lacks_codes in JSON Lines. A unit
// without codes has neither.
func TestMatchesSayStoredCodes(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	for _, u := range []tm.Unit{
		{Variants: []tm.Variant{
			{Lang: language.English, Text: "Click Save to store your settings.", Markup: `Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> to store your settings.`},
			{Lang: language.French, Text: "Cliquez sur Enregistrer pour conserver vos paramètres.", Markup: `Cliquez sur <bpt i="1">&lt;b&gt;</bpt>Enregistrer<ept i="1">&lt;/b&gt;</ept> pour conserver vos paramètres.`}}},
		{Variants: []tm.Variant{
			{Lang: language.English, Text: "Click Cancel to leave."},
			{Lang: language.French, Text: "Cliquez sur Annuler pour quitter."}}},
	} {
		if _, err := db.Add(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French, Min: 70, Max: 1}
	for _, c := range []struct {
		query string
		codes bool
	}{{"Click Save to store your settings.", true}, {"Click Cancel to leave.", false}} {
		ms, err := db.Lookup(ctx, c.query, opt)
		if err != nil || len(ms) != 1 || ms[0].Score != 100 || ms[0].Kind != tm.KindExact {
			t.Fatalf("%q: %+v, %v; want one exact match at 100", c.query, ms, err)
		}
		rw, b := resultWriter(t, tm.FormatText)
		if err := rw.Matches(c.query, ms); err != nil {
			t.Fatal(err)
		}
		first, _, _ := strings.Cut(b.String(), "\n")
		if strings.HasSuffix(first, "\t[stored with inline codes the query lacks]") != c.codes || !strings.HasPrefix(first, "100\t") {
			t.Errorf("%q: text %q; want the codes mark %v", c.query, first, c.codes)
		}
		rw, b = resultWriter(t, tm.FormatJSONL)
		if err := rw.Matches(c.query, ms); err != nil {
			t.Fatal(err)
		}
		var r tm.MatchRecord
		if err := json.Unmarshal(b.Bytes(), &r); err != nil || r.Score != 100 || r.QueryLacksCodes != c.codes ||
			strings.Contains(b.String(), "query_lacks_codes") != c.codes {
			t.Errorf("%q: jsonl %s (%v); want score 100, query_lacks_codes %v", c.query, b, err, c.codes)
		}
	}
}
