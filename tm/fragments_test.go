package tm_test

import (
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

func TestLookupFragments(t *testing.T) {
	d := openTemp(t)
	units := []tm.Unit{
		// A 2-1 merged unit: two English sentences, one French.
		pair("The minister arrived in Baghdad on Monday. He met the prime minister at noon.",
			"Arrivé lundi à Bagdad, le ministre a rencontré le Premier ministre à midi."),
		pair("The talks lasted three hours.", "Les entretiens ont duré trois heures."),
		pair("Unrelated words about the weather today.", "Rien à voir."),
		pair("After lunch the talks lasted three hours in all.", "Après le déjeuner, les entretiens ont duré trois heures en tout."),
	}
	if _, err := d.Import(ctx, seq(units...), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French}
	// A query found inside a longer stored segment.
	q := "He met the prime minister at noon."
	ms, err := d.Lookup(ctx, q, opt)
	if err != nil || len(ms) != 1 {
		t.Fatalf("Lookup(%q) = %+v, %v; want one fragment", q, ms, err)
	}
	m := ms[0]
	if m.Kind != tm.KindFragment || m.Source[m.Span[0]:m.Span[1]] != "He met the prime minister at noon" ||
		m.QuerySpan != [2]int{0, len(q)} || m.Target != units[0].Variants[1].Text || m.Score >= 100 {
		t.Errorf("fragment = %+v", m)
	}
	// A stored segment that is a sentence of the query.
	q = "The delegation arrived late. The talks lasted three hours."
	ms, err = d.Lookup(ctx, q, opt)
	if err != nil || len(ms) != 1 {
		t.Fatalf("Lookup(%q) = %+v, %v; want one fragment", q, ms, err)
	}
	m = ms[0]
	if m.Kind != tm.KindFragment || q[m.QuerySpan[0]:m.QuerySpan[1]] != "The talks lasted three hours." ||
		m.Target != "Les entretiens ont duré trois heures." || m.Score != 55 {
		t.Errorf("fragment = %+v", m)
	}
	// Fragments come after the fuzzy matches and fill Max.
	q = "The talks lasted three hours."
	ms, _ = d.Lookup(ctx, q, opt)
	if len(ms) != 2 || ms[0].Kind != tm.KindExact || ms[1].Kind != tm.KindFragment || ms[1].Span != [2]int{12, 40} {
		t.Errorf("Lookup(%q) = %+v; want the exact match, then the fragment", q, ms)
	}
	// Short queries are no fragments: "the" is in everything.
	if ms, _ := d.Lookup(ctx, "at noon", opt); len(ms) != 0 {
		t.Errorf("Lookup(at noon) = %+v; want nothing", ms)
	}
	// The JSON record names the kind and the spans.
	var b strings.Builder
	rw, _ := tm.NewResultWriter(&b, tm.FormatJSONL)
	rw.Matches(q, []tm.Match{{Kind: tm.KindFragment, Score: 50, Source: "ab", Span: [2]int{0, 2}, QuerySpan: [2]int{3, 5}, Count: 2}})
	if want := `"kind":"fragment","span":[0,2],"query_span":[3,5],"count":2}`; !strings.Contains(b.String(), want) {
		t.Errorf("record %s; want %s", b.String(), want)
	}
}

func TestLookupCollapsesDuplicates(t *testing.T) {
	d := openTemp(t)
	units := []tm.Unit{
		pair("Prices rose by 12 percent.", "Les prix ont augmenté de 12 %."),
		pair("Prices rose by 13 percent.", "Les prix ont augmenté de 13 %."),
		pair("Prices rose by 14 percent.", "Les prix ont augmenté de 14 %."),
		pair("The weather was fine.", "Il faisait beau."),
		pair("The weather was nice.", "Il faisait beau."),
	}
	if _, err := d.Import(ctx, seq(units...), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French}
	ms, err := d.Lookup(ctx, "Prices rose by 15 percent.", opt)
	if err != nil || len(ms) != 1 || ms[0].Count != 3 || ms[0].Target != "Les prix ont augmenté de 15 %." {
		t.Errorf("after substitution: %+v, %v; want one match proposed by 3 units", ms, err)
	}
	ms, _ = d.Lookup(ctx, "The weather was fine.", opt)
	if len(ms) != 1 || ms[0].Count != 2 || ms[0].Score != 100 || ms[0].Source != "The weather was fine." {
		t.Errorf("same target: %+v; want the exact match, proposed by 2 units", ms)
	}
	var b strings.Builder
	rw, _ := tm.NewResultWriter(&b, tm.FormatText)
	rw.Matches("x", ms)
	if want := "100\tIl faisait beau.\t[2 units]\n#4\tThe weather was fine.\n"; b.String() != want {
		t.Errorf("text %q; want %q", b.String(), want)
	}
}

// A group of duplicates is in context when one of its units is.
func TestLookupDuplicatesInContext(t *testing.T) {
	d := openTemp(t)
	gb := language.BritishEnglish
	doc := []tm.Unit{unit(gb, language.French, "The talks began.", "Les pourparlers ont commencé."),
		unit(gb, language.French, "Yes.", "Oui."), unit(gb, language.French, "The talks ended.", "Les pourparlers ont pris fin.")}
	if _, err := d.Import(ctx, seq(doc...), tm.ImportOptions{Sequential: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Add(ctx, pair("Yes.", "Oui.")); err != nil { // newer, no context
		t.Fatal(err)
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French, Prev: "The talks began.", Next: "The talks ended."}
	ms, err := d.Lookup(ctx, "Yes.", opt)
	if err != nil || len(ms) != 1 || ms[0].Score != tm.ContextScore || ms[0].Kind != tm.KindContext || ms[0].Count != 2 {
		t.Errorf("Lookup(Yes.) = %+v, %v; want one match at 101 proposed by 2 units", ms, err)
	}
}
