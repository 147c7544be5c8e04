package server

import (
	"context"
	"fmt"
	"net/url"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// glossaryPage is the answer of GET /api/v1/glossary.
type glossaryPage struct {
	Entries []entryJSON
	Total   int
	Offset  int
	More    bool
}

func (p glossaryPage) canonicals() []string {
	var out []string
	for _, e := range p.Entries {
		out = append(out, e.Canonical)
	}
	return out
}

// TestGlossaryList: GET /api/v1/glossary filters by canonical form or
// variant (ignoring case, and by name key: "musavi" finds "Mousavi" and
// the Persian spelling), pages with limit and offset and says how many
// match and whether more follow; without parameters it lists every entry
// as it did.
func TestGlossaryList(t *testing.T) {
	ts, db := testServer(t, Options{})
	err := db.PutGlossary(context.Background(), []normalize.Entry{
		{Canonical: "Abdolrahim Mousavi", Variants: []string{"Abdulrahim Musavi"}, Kind: normalize.KindPerson},
		{Canonical: "Ali Akbar Ahmadian", Variants: []string{"Ali-Akbar Ahmadian"}},
		{Canonical: "Qasem Soleimani", Variants: []string{"Qassem Suleimani", "قاسم سلیمانی"}, Langs: []language.Tag{language.English, language.Persian}},
		{Canonical: "Tehran", Variants: []string{"Teheran"}, Kind: normalize.KindPlace},
	})
	if err != nil {
		t.Fatal(err)
	}
	get := func(query string) glossaryPage {
		t.Helper()
		var p glossaryPage
		if st := call(t, "GET", ts.URL+"/api/v1/glossary"+query, "", &p); st != 200 {
			t.Fatalf("GET glossary%s: %d", query, st)
		}
		return p
	}
	all := []string{"Abdolrahim Mousavi", "Ali Akbar Ahmadian", "Qasem Soleimani", "Tehran"}
	for _, c := range []struct {
		query string
		want  []string
		total int
		more  bool
	}{
		{"", all, 4, false},
		{"?q=TEHER", []string{"Tehran"}, 1, false}, // a variant, any case
		{"?q=" + url.QueryEscape("mūsavī"), []string{"Abdolrahim Mousavi"}, 1, false}, // by name key
		{"?q=sulaymani", []string{"Qasem Soleimani"}, 1, false},
		{"?q=QASEM+sulaymani", []string{"Qasem Soleimani"}, 1, false}, // every word
		{"?q=sulaymani+ali", nil, 0, false},
		{"?q=" + url.QueryEscape("سلیمانی"), []string{"Qasem Soleimani"}, 1, false},
		{"?q=nobody", nil, 0, false},
		{"?limit=2", all[:2], 4, true},
		{"?limit=2&offset=2", all[2:], 4, false},
		{"?limit=1&offset=1&q=a", []string{"Ali Akbar Ahmadian"}, 4, true},
		{"?offset=9", nil, 4, false},
	} {
		p := get(c.query)
		if !slices.Equal(p.canonicals(), c.want) || p.Total != c.total || p.More != c.more {
			t.Errorf("GET glossary%s = %q, total %d, more %v; want %q, %d, %v", c.query, p.canonicals(), p.Total, p.More, c.want, c.total, c.more)
		}
	}
	p := get("?q=soleimani")
	if e := p.Entries[0]; len(e.Variants) != 2 || !slices.Equal(e.Langs, []string{"en", "fa"}) {
		t.Errorf("entry listed = %+v; want its variants and languages", e)
	}
	if p := get("?q=tehran"); p.Entries[0].Kind != "place" {
		t.Errorf("entry listed = %+v; want its kind", p.Entries[0])
	}
	for _, q := range []string{"?limit=0", "?limit=1001", "?limit=x", "?offset=-1", "?offset=1.5", "?q=%FF"} {
		if st := call(t, "GET", ts.URL+"/api/v1/glossary"+q, "", nil); st != 400 {
			t.Errorf("GET glossary%s: %d; want 400", q, st)
		}
	}
}

// TestDocumentsList: GET /api/v1/documents filters by name (ignoring case)
// and pages like the glossary; a name with a slash is deleted through its
// escaped path.
func TestDocumentsList(t *testing.T) {
	db := newDB(t)
	var us []tm.Unit
	for i, f := range []string{"news/2024-05.tmx", "News-2024-06.tmx", "sports.tmx"} {
		us = append(us, pairUnit(language.English, language.French, "Sentence number "+string(rune('a'+i))+".", "Phrase "+string(rune('a'+i))+".", tm.Origin{File: f}))
	}
	if _, err := db.Import(context.Background(), unitSeq(us), tm.ImportOptions{File: "x"}); err != nil {
		t.Fatal(err)
	}
	ts, _ := testServer(t, Options{DB: db})
	type docsPage struct {
		Documents []struct {
			Name  string
			Units int
		}
		Total int
		More  bool
	}
	get := func(query string) ([]string, docsPage) {
		t.Helper()
		var p docsPage
		if st := call(t, "GET", ts.URL+"/api/v1/documents"+query, "", &p); st != 200 {
			t.Fatalf("GET documents%s: %d", query, st)
		}
		var names []string
		for _, d := range p.Documents {
			names = append(names, d.Name)
		}
		return names, p
	}
	for _, c := range []struct {
		query string
		want  []string
		total int
		more  bool
	}{
		{"", []string{"News-2024-06.tmx", "news/2024-05.tmx", "sports.tmx"}, 3, false},
		{"?q=news", []string{"News-2024-06.tmx", "news/2024-05.tmx"}, 2, false},
		{"?q=news&limit=1", []string{"News-2024-06.tmx"}, 2, true},
		{"?q=news&limit=1&offset=1", []string{"news/2024-05.tmx"}, 2, false},
	} {
		if got, p := get(c.query); !slices.Equal(got, c.want) || p.Total != c.total || p.More != c.more {
			t.Errorf("GET documents%s = %q, total %d, more %v; want %q, %d, %v", c.query, got, p.Total, p.More, c.want, c.total, c.more)
		}
	}
	for _, q := range []string{"?limit=0", "?limit=-3", "?offset=x"} {
		if st := call(t, "GET", ts.URL+"/api/v1/documents"+q, "", nil); st != 400 {
			t.Errorf("GET documents%s: %d; want 400", q, st)
		}
	}
	var del struct{ Deleted int }
	if st := call(t, "DELETE", ts.URL+"/api/v1/documents/"+url.PathEscape("news/2024-05.tmx"), "", &del); st != 200 || del.Deleted != 1 {
		t.Errorf("DELETE news/2024-05.tmx: %d, %+v", st, del)
	}
	if got, _ := get("?q=news"); !slices.Equal(got, []string{"News-2024-06.tmx"}) {
		t.Errorf("documents after the delete = %q", got)
	}
}

// TestDocumentUnits: GET documents gives each document's languages and
// when it was stored (what POST units stores is logged under its file;
// units whose file the import did not log have no date), and GET units
// pages a document's units in the order stored, with their ids, texts and
// aligner scores; an edit shows in the next page read.
func TestDocumentUnits(t *testing.T) {
	db := newDB(t)
	other := pairUnit(language.English, language.German, "Elsewhere.", "Anderswo.", tm.Origin{File: "other.tmx"})
	if _, err := db.Import(context.Background(), unitSeq([]tm.Unit{other}), tm.ImportOptions{File: "bundle.tmx"}); err != nil {
		t.Fatal(err)
	}
	ts, _ := testServer(t, Options{DB: db})
	body := `{"src":"en","tgt":"fr","sequential":true,"pairs":[{"source":"One.","target":"Un.","score":0.9},
		{"source":"Two.","target":"Trois.","score":0.4},{"source":"Three.","target":"Trois.","score":0.85}]}`
	if st := call(t, "POST", ts.URL+"/api/v1/units", body, nil); st != 200 {
		t.Fatalf("POST units: %d", st)
	}
	var docs struct {
		Documents []struct {
			Name        string
			Units       int
			Langs       []string
			FirstStored *string `json:"first_stored"`
			LastStored  *string `json:"last_stored"`
		}
	}
	if st := call(t, "GET", ts.URL+"/api/v1/documents", "", &docs); st != 200 || len(docs.Documents) != 2 {
		t.Fatalf("GET documents: %d, %+v", st, docs)
	}
	api, oth := docs.Documents[0], docs.Documents[1]
	if api.Name != "api" || api.Units != 3 || !slices.Equal(api.Langs, []string{"en", "fr"}) || api.FirstStored == nil || api.LastStored == nil {
		t.Errorf("GET documents: %+v; want api, 3 units, en fr, stored now", api)
	} else if at, err := time.Parse(time.RFC3339, *api.LastStored); err != nil || time.Since(at) > time.Hour || time.Until(at) > time.Minute {
		t.Errorf("api last stored %q: %v; want about now", *api.LastStored, err)
	}
	if oth.Name != "other.tmx" || !slices.Equal(oth.Langs, []string{"de", "en"}) || oth.FirstStored != nil {
		t.Errorf("GET documents: %+v; want other.tmx, de en, no date (logged as bundle.tmx)", oth)
	}

	type unitsPage struct {
		Doc   string
		Units []struct {
			ID       int64
			Variants []struct{ Lang, Text string }
			Score    float64 `json:"align_score"`
		}
		Total  int
		Offset int
		More   bool
	}
	get := func(query string) unitsPage {
		t.Helper()
		var p unitsPage
		if st := call(t, "GET", ts.URL+"/api/v1/units"+query, "", &p); st != 200 {
			t.Fatalf("GET units%s: %d", query, st)
		}
		return p
	}
	p := get("?doc=api&limit=2")
	if p.Doc != "api" || p.Total != 3 || !p.More || len(p.Units) != 2 || p.Units[0].ID != 2 || p.Units[1].ID != 3 ||
		p.Units[0].Variants[0].Text != "One." || p.Units[0].Variants[1].Lang != "fr" || p.Units[0].Score != 0.9 || p.Units[1].Score != 0.4 {
		t.Errorf("GET units?doc=api&limit=2 = %+v; want units 2 and 3 of 3, scores 0.9 and 0.4", p)
	}
	if p := get("?doc=api&limit=2&offset=2"); p.Total != 3 || p.More || p.Offset != 2 || len(p.Units) != 1 || p.Units[0].Variants[0].Text != "Three." {
		t.Errorf("GET units offset 2 = %+v; want unit Three., the last", p)
	}
	if p := get("?doc=other.tmx"); p.Total != 1 || len(p.Units) != 1 || p.Units[0].Score != 0 || p.Units[0].Variants[1].Text != "Anderswo." {
		t.Errorf("GET units?doc=other.tmx = %+v", p)
	}
	// The wrong pair fixed: it loses its aligner score.
	if st := call(t, "PATCH", ts.URL+"/api/v1/units/3", `{"lang":"fr","text":"Deux."}`, nil); st != 200 {
		t.Fatalf("PATCH units/3: %d", st)
	}
	if p := get("?doc=api"); len(p.Units) != 3 || p.Units[1].Variants[1].Text != "Deux." || p.Units[1].Score != 0 {
		t.Errorf("GET units after the edit = %+v; want Deux., no score", p)
	}
	for _, q := range []string{"", "?doc=", "?doc=api&limit=0", "?doc=api&limit=1001", "?doc=api&offset=-1", "?doc=api&offset=x", "?doc=a%00b"} {
		if st := call(t, "GET", ts.URL+"/api/v1/units"+q, "", nil); st != 400 {
			t.Errorf("GET units%s: %d; want 400", q, st)
		}
	}
	if st := call(t, "GET", ts.URL+"/api/v1/units?doc=nothing.txt", "", nil); st != 404 {
		t.Errorf("GET units of a document not stored: %d; want 404", st)
	}
}

// TestDocumentUnitsAsByID: each unit GET units?doc= lists is the unit GET
// units/{id} gives, field for field: a TMX import's unit props (x-domain)
// were left out of the listing of a unit never edited (an edited one was
// read whole), though a client reads both as the same record.
func TestDocumentUnitsAsByID(t *testing.T) {
	ts, _ := testServer(t, Options{})
	tmx := `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
<body>
<tu creationid="anna"><prop type="x-domain">news</prop><prop type="x-client">AFP</prop><note>a note</note>
<tuv xml:lang="en"><prop type="x-variant">kept apart</prop><seg>The talks resumed.</seg></tuv><tuv xml:lang="fr"><seg>Les pourparlers ont repris.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>No props here.</seg></tuv><tuv xml:lang="fr"><seg>Pas de props ici.</seg></tuv></tu>
<tu><prop type="x-domain">sport</prop>
<tuv xml:lang="en"><seg>An edited unit.</seg></tuv><tuv xml:lang="fr"><seg>Une unité modifiée.</seg></tuv></tu>
</body></tmx>`
	if st := call(t, "POST", ts.URL+"/api/v1/import?name=props.tmx", tmx, nil); st != 200 {
		t.Fatalf("import: %d", st)
	}
	var page struct {
		Units []map[string]any
	}
	if st := call(t, "GET", ts.URL+"/api/v1/units?doc=props.tmx", "", &page); st != 200 || len(page.Units) != 3 {
		t.Fatalf("GET units?doc=props.tmx: %d, %d units; want 3", st, len(page.Units))
	}
	id := fmt.Sprint(page.Units[2]["id"])
	if st := call(t, "PATCH", ts.URL+"/api/v1/units/"+id, `{"lang":"fr","text":"Une unité changée."}`, nil); st != 200 {
		t.Fatalf("PATCH units/%s: %d", id, st)
	}
	if st := call(t, "GET", ts.URL+"/api/v1/units?doc=props.tmx", "", &page); st != 200 || len(page.Units) != 3 {
		t.Fatalf("GET units?doc=props.tmx: %d, %d units; want 3", st, len(page.Units))
	}
	for i, listed := range page.Units {
		var own map[string]any
		if st := call(t, "GET", ts.URL+"/api/v1/units/"+fmt.Sprint(listed["id"]), "", &own); st != 200 {
			t.Fatalf("GET units/%v: %d", listed["id"], st)
		}
		if !reflect.DeepEqual(listed, own) {
			t.Errorf("unit %d listed:\n%v\nGET units/%v:\n%v", i+1, listed, listed["id"], own)
		}
	}
	if props, _ := page.Units[0]["props"].([]any); len(props) != 2 {
		t.Errorf("the first unit's props = %v; want x-domain and x-client", page.Units[0]["props"])
	}
}
