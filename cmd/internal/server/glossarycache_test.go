package server

import (
	"context"
	"testing"

	"github.com/bitext/bitext/normalize"
	"golang.org/x/text/language"
)

// TestNormalizeSeesGlossaryWrites: the server keeps the glossary it
// compiled while the entries stay the same (GlossaryCache), and a write to
// the glossary after it was compiled, through the API or by another
// process on the TM (here the DB itself, as `bitext names add` would), is
// seen by the next request.
func TestNormalizeSeesGlossaryWrites(t *testing.T) {
	ts, db := testServer(t, Options{})
	ctx := context.Background()
	normalizeText := func(text string) string {
		t.Helper()
		var norm struct{ Text string }
		if st := call(t, "POST", ts.URL+"/api/v1/normalize", `{"text":"`+text+`","lang":"en"}`, &norm); st != 200 {
			t.Fatalf("normalize: status %d", st)
		}
		return norm.Text
	}
	const text = "Abdulrahim Musavi met Brigadier Kazemi."
	if got := normalizeText(text); got != text {
		t.Fatalf("before any entry: %q", got)
	}
	// Another process adds an entry.
	if err := db.PutGlossary(ctx, []normalize.Entry{{Canonical: "Abdolrahim Mousavi", Variants: []string{"Abdulrahim Musavi"}, Kind: normalize.KindPerson}}); err != nil {
		t.Fatal(err)
	}
	if got, want := normalizeText(text), "Abdolrahim Mousavi met Brigadier Kazemi."; got != want {
		t.Errorf("after an entry was stored: %q, want %q", got, want)
	}
	// The API adds another; then only its languages change.
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Qazemi","variants":["Kazemi"]}]}`, nil); st != 200 {
		t.Fatalf("glossary add: %d", st)
	}
	if got, want := normalizeText(text), "Abdolrahim Mousavi met Brigadier Qazemi."; got != want {
		t.Errorf("after the API added an entry: %q, want %q", got, want)
	}
	if err := db.PutGlossary(ctx, []normalize.Entry{{Canonical: "Qazemi", Langs: []language.Tag{language.French}}}); err != nil {
		t.Fatal(err)
	}
	if got, want := normalizeText(text), "Abdolrahim Mousavi met Brigadier Kazemi."; got != want {
		t.Errorf("after the entry became French only: %q, want %q", got, want)
	}
	// Another process removes the first entry.
	if _, err := db.DeleteGlossary(ctx, "Abdolrahim Mousavi"); err != nil {
		t.Fatal(err)
	}
	if got := normalizeText(text); got != text {
		t.Errorf("after the entry was removed: %q, want it as it was", got)
	}
}
