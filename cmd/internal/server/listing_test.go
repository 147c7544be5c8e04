package server

import (
	"context"
	"net/url"
	"slices"
	"testing"

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
