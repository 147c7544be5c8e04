package tm_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

var ctx = context.Background()

func pair(src, tgt string) tm.Unit {
	return tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: src}, {Lang: language.French, Text: tgt}}}
}

func seq(units ...tm.Unit) iter.Seq2[tm.Unit, error] {
	return func(yield func(tm.Unit, error) bool) {
		for _, u := range units {
			if !yield(u, nil) {
				return
			}
		}
	}
}

var corpus = []tm.Unit{
	pair("The minister arrived in Tehran on Monday.", "Le ministre est arrivé à Téhéran lundi."),
	pair("The talks lasted 3 hours and ended at 5 pm.", "Les entretiens ont duré 3 heures et ont pris fin à 17 h."),
	pair("Thabit Mohammad Saeed Reza was killed in the attack.", "Thabit Mohammad Saeed Reza a été tué dans l'attaque."),
	pair("The weather was fine.", "Il faisait beau."),
	pair("Prices rose by 12 percent in 2019.", "Les prix ont augmenté de 12 % en 2019."),
	pair("He said the agreement would be signed soon.", "Il a dit que l'accord serait bientôt signé."),
}

func importCorpus(t testing.TB, d *tm.DB) {
	t.Helper()
	if _, err := d.Import(ctx, seq(corpus...), tm.ImportOptions{File: "corpus", Sequential: true}); err != nil {
		t.Fatal(err)
	}
}

func TestImportMergesDuplicates(t *testing.T) {
	d := openTemp(t)
	st, err := d.Import(ctx, seq(corpus...), tm.ImportOptions{})
	if err != nil || st.Added != len(corpus) || st.Merged != 0 {
		t.Fatalf("first Import = %+v, %v; want %d added", st, err, len(corpus))
	}
	again := append([]tm.Unit(nil), corpus[:2]...)
	again[0].UsageCount = 7
	again[0].Variants = []tm.Variant{again[0].Variants[1], again[0].Variants[0]} // order does not matter
	st, err = d.Import(ctx, seq(again...), tm.ImportOptions{})
	if err != nil || st.Added != 0 || st.Merged != 2 {
		t.Fatalf("second Import = %+v, %v; want 2 merged", st, err)
	}
	s, _ := d.Stats(ctx)
	if s.Units != len(corpus) {
		t.Errorf("Units = %d; want %d", s.Units, len(corpus))
	}
	for u, err := range d.Units(ctx, tm.ExportOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		if u.Variants[0].Text == corpus[0].Variants[0].Text && u.UsageCount != 7 {
			t.Errorf("merged unit usage count = %d; want 7", u.UsageCount)
		}
	}
}

func TestImportIsAtomic(t *testing.T) {
	d := openTemp(t)
	importCorpus(t, d)
	before, _ := d.Stats(ctx)
	bad := func(yield func(tm.Unit, error) bool) {
		if !yield(pair("new one", "nouveau"), nil) {
			return
		}
		yield(tm.Unit{}, errors.New("line 9: broken"))
	}
	if _, err := d.Import(ctx, bad, tm.ImportOptions{}); err == nil || !strings.Contains(err.Error(), "line 9") {
		t.Fatalf("Import(broken) = %v; want the iterator's error", err)
	}
	if _, err := d.Import(ctx, seq(pair("x", "y"), tm.Unit{}), tm.ImportOptions{}); !errors.Is(err, tm.ErrBadUnit) {
		t.Fatalf("Import(empty unit) = %v; want ErrBadUnit", err)
	}
	after, _ := d.Stats(ctx)
	if after.Units != before.Units || after.Imports != before.Imports {
		t.Errorf("failed imports changed the TM: %d units, %d imports; want %d, %d", after.Units, after.Imports, before.Units, before.Imports)
	}
}

func TestLookup(t *testing.T) {
	d := openTemp(t)
	importCorpus(t, d)
	en, fr := language.English, language.French
	tests := []struct {
		query      string
		score      int    // of the best match; -1: none
		target     string // of the best match, if set
		diff       string
		substitute bool
	}{
		{query: "The weather was fine.", score: 100, target: "Il faisait beau."},
		{query: "The  weather was fine. ", score: 100},
		{query: "The weather was Fine.", score: 99},
		{query: "The weather was fine!", score: 99},
		{query: "The weather was nice.", score: 75, diff: "The weather was [-fine-]{+nice+}."},
		// Differing numbers are substituted in the proposal.
		{query: "Prices rose by 15 percent in 2019.", score: 99, target: "Les prix ont augmenté de 15 % en 2019.", substitute: true},
		// A name written another way is not a difference.
		{query: "Thabit Mohammad Saeedreza was killed in the attack.", score: 99},
		{query: "The minister arrived in Baghdad on Monday.", score: 85, diff: "The minister arrived in [-Tehran-]{+Baghdad+} on Monday."},
		{query: "Completely unrelated words here", score: -1},
	}
	for _, tc := range tests {
		ms, err := d.Lookup(ctx, tc.query, tm.LookupOptions{Src: en, Tgt: fr})
		if err != nil {
			t.Fatal(err)
		}
		if tc.score < 0 {
			if len(ms) > 0 {
				t.Errorf("Lookup(%q) = %+v; want no match", tc.query, ms[0])
			}
			continue
		}
		if len(ms) == 0 {
			t.Errorf("Lookup(%q) found nothing; want score %d", tc.query, tc.score)
			continue
		}
		m := ms[0]
		if m.Score != tc.score {
			t.Errorf("Lookup(%q) score = %d; want %d (source %q)", tc.query, m.Score, tc.score, m.Source)
		}
		if tc.target != "" && m.Target != tc.target {
			t.Errorf("Lookup(%q) target = %q; want %q", tc.query, m.Target, tc.target)
		}
		if tc.diff != "" && m.Diff != tc.diff {
			t.Errorf("Lookup(%q) diff = %q; want %q", tc.query, m.Diff, tc.diff)
		}
		if m.Substituted != tc.substitute {
			t.Errorf("Lookup(%q) substituted = %v; want %v", tc.query, m.Substituted, tc.substitute)
		}
	}
}

func TestLookupContext(t *testing.T) {
	d := openTemp(t)
	importCorpus(t, d)
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French,
		Prev: corpus[2].Variants[0].Text, Next: corpus[4].Variants[0].Text}
	ms, err := d.Lookup(ctx, "The weather was fine.", opt)
	if err != nil || len(ms) == 0 || ms[0].Score != tm.ContextScore {
		t.Fatalf("Lookup in context = %+v, %v; want score 101", ms, err)
	}
	opt.Next = "Something else."
	ms, _ = d.Lookup(ctx, "The weather was fine.", opt)
	if len(ms) == 0 || ms[0].Score != 100 {
		t.Fatalf("Lookup in another context = %+v; want score 100", ms)
	}
}

// TestLookupContextBeatsNewerExact: the exact match stored in the query's
// context (101) comes first even when newer exact matches out of context
// would fill Max: the context is not judged only among the matches kept.
func TestLookupContextBeatsNewerExact(t *testing.T) {
	d := openTemp(t)
	doc := func(name, tgt string) {
		units := []tm.Unit{pair("The talks began.", "Les pourparlers ont commencé."),
			pair("Yes.", tgt), pair("The talks ended.", "Les pourparlers ont pris fin.")}
		for i := range units {
			units[i].Origin.File = name
		}
		if _, err := d.Import(ctx, seq(units...), tm.ImportOptions{File: name, Sequential: true}); err != nil {
			t.Fatal(err)
		}
	}
	doc("minutes.txt", "Oui.")          // the context of the query
	doc("letter.txt", "Oui, en effet.") // newer, in the same context
	for _, u := range []tm.Unit{pair("Yes.", "Si."), pair("Yes.", "D'accord.")} {
		if _, err := d.Add(ctx, u); err != nil { // newer still, no context
			t.Fatal(err)
		}
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French,
		Prev: "The talks began.", Next: "The talks ended."}
	for _, max := range []int{1, 2, 3} {
		opt.Max = max
		ms, err := d.Lookup(ctx, "Yes.", opt)
		if err != nil || len(ms) == 0 || ms[0].Score != tm.ContextScore {
			t.Errorf("Lookup(Max %d) = %+v, %v; want the in-context match (101) first", max, ms, err)
		}
	}
}

// TestLookupExactInOtherLanguages: exact matches of the query that hold no
// translation in the target language do not crowd out a fuzzy match that
// does (a TM of several language pairs, one unit a pair).
func TestLookupExactInOtherLanguages(t *testing.T) {
	d := openTemp(t)
	const src = "The weather was fine on Monday."
	var units []tm.Unit
	for _, tag := range []string{"fr", "es", "it", "pt", "nl", "sv"} {
		units = append(units, tm.Unit{SrcLang: language.English, Variants: []tm.Variant{
			{Lang: language.English, Text: src}, {Lang: language.MustParse(tag), Text: "(" + tag + ")"}}})
	}
	units = append(units, tm.Unit{SrcLang: language.English, Variants: []tm.Variant{
		{Lang: language.English, Text: "The weather was fine on Tuesday."}, {Lang: language.German, Text: "Am Dienstag war das Wetter schön."}}})
	if _, err := d.Import(ctx, seq(units...), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	ms, err := d.Lookup(ctx, src, tm.LookupOptions{Src: language.English, Tgt: language.German})
	if err != nil || len(ms) != 1 || ms[0].Target != "Am Dienstag war das Wetter schön." {
		t.Errorf("Lookup(en to de) = %+v, %v; want the German fuzzy match", ms, err)
	}
	ms, err = d.Lookup(ctx, src, tm.LookupOptions{Src: language.English, Tgt: language.French, Max: 1})
	if err != nil || len(ms) != 1 || ms[0].Score != 100 || ms[0].Target != "(fr)" {
		t.Errorf("Lookup(en to fr) = %+v, %v; want the exact French match", ms, err)
	}
}

func TestLookupMinMax(t *testing.T) {
	d := openTemp(t)
	var us []tm.Unit
	for i := range 10 {
		us = append(us, pair(fmt.Sprintf("The committee met on day %d to discuss the budget of the city.", i), fmt.Sprintf("Le comité s'est réuni le jour %d (séance %c).", i, 'A'+i)))
	}
	if _, err := d.Import(ctx, seq(us...), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	ms, _ := d.Lookup(ctx, "The committee met on day 3 to discuss the budget of the town.", tm.LookupOptions{Src: language.English, Tgt: language.French, Max: 3})
	if len(ms) != 3 {
		t.Fatalf("Max 3: %d matches", len(ms))
	}
	if !strings.Contains(ms[0].Source, "day 3 ") {
		t.Errorf("best match = %q; want the one with day 3", ms[0].Source)
	}
	ms, _ = d.Lookup(ctx, "The committee met on day 3 to discuss the budget of the town.", tm.LookupOptions{Src: language.English, Tgt: language.French, Min: 95, Max: 20})
	if len(ms) != 0 {
		t.Errorf("Min 95: %d matches, best %d", len(ms), ms[0].Score)
	}
	// Below DefaultMin, only a fragment: the segment the query is in.
	ms, _ = d.Lookup(ctx, "The committee met on day 3.", tm.LookupOptions{Src: language.English, Tgt: language.French, Max: 20})
	if len(ms) != 1 || ms[0].Kind != tm.KindFragment || ms[0].Span != [2]int{0, 26} || ms[0].Source[:26] != "The committee met on day 3" {
		t.Errorf("Min 0 (DefaultMin): %+v; want 1 fragment, the query at 0:26", ms)
	}
	ms, _ = d.Lookup(ctx, "The committee met on day 3.", tm.LookupOptions{Src: language.English, Tgt: language.French, Min: tm.NoMinimum, Max: 20})
	if len(ms) != 10 {
		t.Errorf("Min NoMinimum: %d matches; want all 10", len(ms))
	}
	if _, err := d.Lookup(ctx, "The committee", tm.LookupOptions{Src: language.English, Tgt: language.French, Max: -1}); err == nil {
		t.Errorf("Lookup(Max -1) = nil error; want one")
	}
}

func TestPairsAndLanguages(t *testing.T) {
	d := openTemp(t)
	u := tm.Unit{Variants: []tm.Variant{{Lang: language.AmericanEnglish, Text: "color"}, {Lang: language.BritishEnglish, Text: "colour"}, {Lang: language.MustParse("fr-CA"), Text: "couleur"}}}
	if _, err := d.Import(ctx, seq(u, pair("one", "un")), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	var got []tm.Pair
	for p, err := range d.Pairs(ctx, language.English, language.French) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, p)
	}
	want := []tm.Pair{{"color", "couleur"}, {"one", "un"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Pairs = %q; want %q", got, want)
	}
	ms, _ := d.Lookup(ctx, "colour", tm.LookupOptions{Src: language.MustParse("en-GB"), Tgt: language.French})
	if len(ms) == 0 || ms[0].SourceLang != language.BritishEnglish || ms[0].Score != 100 {
		t.Errorf("Lookup(en-GB colour) = %+v; want the en-GB variant at 100", ms)
	}
}

func TestConcordance(t *testing.T) {
	d := openTemp(t)
	importCorpus(t, d)
	var got []string
	for h, err := range d.Concordance(ctx, "the MINISTER", tm.ConcordanceOptions{Lang: language.English}) {
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range h.Spans {
			got = append(got, h.Text[s[0]:s[1]])
		}
		if len(h.Translations) != 1 || h.Translations[0].Lang != language.French {
			t.Errorf("translations = %+v", h.Translations)
		}
	}
	if !reflect.DeepEqual(got, []string{"The minister"}) {
		t.Errorf("Concordance(the MINISTER) hits = %q", got)
	}
	n := 0
	for range d.Concordance(ctx, "téhéran", tm.ConcordanceOptions{Lang: language.French}) {
		n++
	}
	if n != 1 {
		t.Errorf("Concordance(téhéran, fr) = %d hits; want 1", n)
	}
}

// wrapErrStore is a store that wraps the errors of its by-id reads, f's
// included, as tm.Store allows (the conformance suite checks errors.Is).
type wrapErrStore struct{ tm.Store }

func (s wrapErrStore) VariantsByID(ctx context.Context, ids []int64, f func(*tm.StoredUnit) error) error {
	if err := s.Store.VariantsByID(ctx, ids, f); err != nil {
		return fmt.Errorf("read variants: %w", err)
	}
	return nil
}

// TestConcordanceStopsOnWrappingStore: breaking out of Concordance's loop
// stops it on a store that wraps f's error too (it panicked: the iterator
// took the wrapped stop for a failure and yielded it after the loop ended).
func TestConcordanceStopsOnWrappingStore(t *testing.T) {
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	d := tm.New(wrapErrStore{s})
	defer d.Close()
	importCorpus(t, d)
	if _, err := d.Add(ctx, pair("The minister arrived in Paris.", "Le ministre est arrivé à Paris.")); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, err := range d.Concordance(ctx, "minister arrived", tm.ConcordanceOptions{Lang: language.English}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		break
	}
	if n != 1 {
		t.Errorf("Concordance yielded %d hits before the break; want 1", n)
	}
}

// failingPostings is a store whose Postings fails once armed, after the
// list is read (as a cancelled request's lookup fails mid-way).
type failingPostings struct {
	tm.Store
	armed bool
	calls int
}

func (s *failingPostings) Postings(ctx context.Context, key int64, f func([]int64)) error {
	err := s.Store.Postings(ctx, key, f)
	if s.armed {
		if s.calls++; s.calls == 8 {
			return errors.New("connection lost")
		}
	}
	return err
}

// TestLookupAfterFailedLookup: a lookup that fails while reading the word
// index leaves nothing behind for the next one. The candidates' weights
// stayed in the reused accumulator, and the next lookup ranked the failed
// query's units above its own: here 40 of them took every candidate place
// and the match was not found.
func TestLookupAfterFailedLookup(t *testing.T) {
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	fs := &failingPostings{Store: s}
	d := tm.New(fs)
	defer d.Close()
	var units []tm.Unit
	for i := range 2000 {
		units = append(units, pair(fmt.Sprintf("The weather was fine on day %d.", i), "Il faisait beau."))
	}
	for i := range 40 {
		units = append(units, pair(fmt.Sprintf("Alpha bravo charlie delta echo foxtrot golf hotel %d.", i), "Alpha."))
	}
	units = append(units, pair("The weather was fine on Tuesday morning.", "Il faisait beau mardi matin."))
	if _, err := d.Import(ctx, seq(units...), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French, Min: tm.NoMinimum}
	fs.armed = true
	if _, err := d.Lookup(ctx, "Alpha bravo charlie delta echo foxtrot golf hotel", opt); err == nil {
		t.Fatal("Lookup with a failing store succeeded")
	}
	fs.armed = false
	ms, err := d.Lookup(ctx, "The weather was fine on Tuesday.", opt)
	if err != nil || len(ms) == 0 || ms[0].Target != "Il faisait beau mardi matin." {
		t.Errorf("Lookup after a failed one = %+v, %v; want the Tuesday match first", ms, err)
	}
}

// sampleTMX iterates over tmx's sample files that are well-formed (not
// the NEGATIVE ones), each by its name and a reader past its header.
func sampleTMX(t *testing.T) iter.Seq2[string, *tmx.Reader] {
	return func(yield func(string, *tmx.Reader) bool) {
		files, _ := filepath.Glob("tmx/testdata/*.tmx")
		if len(files) == 0 {
			t.Fatal("no sample TMX files in tmx/testdata")
		}
		for _, f := range files {
			if strings.Contains(f, "NEGATIVE") {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r, err := tmx.NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if !yield(f, r) {
				return
			}
		}
	}
}

func TestTMXRoundTrip(t *testing.T) {
	d := openTemp(t)
	var in []tm.Unit
	for f, r := range sampleTMX(t) {
		h := r.Header()
		var units []tm.Unit
		for u, err := range tm.ReadTMX(r) {
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			units = append(units, u)
		}
		st, err := d.Import(ctx, seq(units...), tm.ImportOptions{File: filepath.Base(f), Header: &h})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if st.Merged == 0 {
			in = append(in, units...)
		}
	}
	var buf bytes.Buffer
	h, err := d.ExportHeader(ctx, language.Und, "test")
	if err != nil {
		t.Fatal(err)
	}
	w, _ := tmx.NewWriter(&buf, h)
	n := 0
	for u, err := range d.Units(ctx, tm.ExportOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		tu := tm.ToTMX(&u)
		w.Write(&tu)
		n++
	}
	w.Close()
	r, err := tmx.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Header().UDEs) != 1 {
		t.Errorf("exported header UDEs = %+v; want the imported MacRoman one", r.Header().UDEs)
	}
	var out []tm.Unit
	for u, err := range tm.ReadTMX(r) {
		if err != nil {
			t.Fatal(err)
		}
		u.Origin.File = ""
		out = append(out, u)
	}
	if len(out) != n {
		t.Fatalf("read back %d units; want %d", len(out), n)
	}
	// Every unit imported (markup, props, notes, dates) comes back.
	key := func(u tm.Unit) string { return fmt.Sprintf("%+v", u.Variants) }
	have := map[string]tm.Unit{}
	for _, u := range out {
		have[key(u)] = u
	}
	for _, u := range in {
		got, ok := have[key(u)]
		if !ok {
			t.Errorf("unit %+v missing after export", u.Variants)
			continue
		}
		u.Origin.File = ""
		if u.Created.IsZero() { // Import gave it the import's time
			got.Created = u.Created
		}
		if !reflect.DeepEqual(got, u) {
			t.Errorf("round trip changed a unit:\n got %+v\nwant %+v", got, u)
		}
	}
}

func TestConcurrentReadersAndWriter(t *testing.T) {
	d := openTemp(t)
	importCorpus(t, d)
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	wg.Add(1)
	go func() {
		defer wg.Done()
		w, err := open(ctx, d.Path())
		if err != nil {
			errs <- err
			return
		}
		defer w.Close()
		for i := range 20 {
			var us []tm.Unit
			for j := range 50 {
				us = append(us, pair(fmt.Sprintf("Sentence %d of batch %d.", j, i), fmt.Sprintf("Phrase %d du lot %d.", j, i)))
			}
			if _, err := w.Import(ctx, seq(us...), tm.ImportOptions{}); err != nil {
				errs <- err
			}
		}
	}()
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := open(ctx, d.Path())
			if err != nil {
				errs <- err
				return
			}
			defer r.Close()
			for range 50 {
				if _, err := r.Lookup(ctx, "Sentence 3 of batch 7.", tm.LookupOptions{Src: language.English, Tgt: language.French}); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent use: %v", err)
	}
}

func BenchmarkLookup(b *testing.B) {
	d, err := open(ctx, filepath.Join(b.TempDir(), "tm.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	gen := func(yield func(tm.Unit, error) bool) {
		for i := range 20000 {
			if !yield(pair(fmt.Sprintf("Report %d says the minister met officials in city %d on day %d.", i, i%97, i%31),
				fmt.Sprintf("Le rapport %d dit que le ministre a rencontré des responsables.", i)), nil) {
				return
			}
		}
	}
	if _, err := d.Import(ctx, gen, tm.ImportOptions{}); err != nil {
		b.Fatal(err)
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French}
	b.Run("exact", func(b *testing.B) {
		for b.Loop() {
			d.Lookup(ctx, "Report 77 says the minister met officials in city 77 on day 15.", opt)
		}
	})
	b.Run("fuzzy", func(b *testing.B) {
		for b.Loop() {
			d.Lookup(ctx, "Report 77 says that the minister met officials in town 77 on day 15.", opt)
		}
	})
	// A curly apostrophe: the exact index is probed twice (as written,
	// and with the straight mark).
	b.Run("curly", func(b *testing.B) {
		for b.Loop() {
			d.Lookup(ctx, "Report 77 says the minister’s aides met officials in city 77 on day 15.", opt)
		}
	})
}

func TestExportFieldWithSeparator(t *testing.T) {
	d := openTemp(t)
	u := pair("a", "b")
	u.ID, u.Origin.SrcDoc = "x\x1fy", "doc"
	if _, err := d.Add(ctx, u); err != nil {
		t.Fatal(err)
	}
	for got, err := range d.Units(ctx, tm.ExportOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		if got.ID != u.ID || got.Origin.SrcDoc != "doc" {
			t.Errorf("Units() = id %q doc %q; want %q %q", got.ID, got.Origin.SrcDoc, u.ID, "doc")
		}
	}
}

func TestNameVariants(t *testing.T) {
	d := openTemp(t)
	if _, err := d.Add(ctx, pair("Qassem Suleimani met Abu Mahdi al-Muhandis in Baghdad.", "Qassem Suleimani a rencontré Abou Mahdi al-Mouhandis à Bagdad.")); err != nil {
		t.Fatal(err)
	}
	ms, err := d.Lookup(ctx, "Qasem Soleimani met Abu Mahdi al-Muhandis in Baghdad.", tm.LookupOptions{Src: language.English, Tgt: language.French})
	if err != nil || len(ms) == 0 || ms[0].Score != 99 {
		t.Fatalf("Lookup(other spelling of the names) = %+v, %v; want 99", ms, err)
	}
}

// datelessStore hides the store's LastChanges (and every other optional
// interface): a lookup scores every unit tied at its candidate cut.
type datelessStore struct{ tm.Store }

// TestLookupNewestAmongManyTies: 45 units share a query's words, more than
// the 30 candidates a lookup scores; the one stored first was changed
// last, and is the first of the equal fuzzy matches, on a store that reads
// dates (LastChanges chooses among the tied candidates of a query of more
// than ten words) and on one that does not (all tied units are scored),
// for a short query and a long one. Before, the 30 newest ids were scored
// and it was not among them.
func TestLookupNewestAmongManyTies(t *testing.T) {
	for _, c := range []struct{ src, query string }{
		{"The talks ended on Friday in Geneva.", "The talks ended on Saturday in Geneva."},
		{"The talks between the two delegations ended late on Friday evening in Geneva.", "The talks between the two delegations ended late on Saturday evening in Geneva."},
	} {
		for _, wrap := range []bool{false, true} {
			lookupNewestAmongTies(t, c.src, c.query, wrap)
		}
	}
}

func lookupNewestAmongTies(t *testing.T, src, query string, wrap bool) {
	t.Helper()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	var store tm.Store = s
	if wrap {
		store = datelessStore{s}
	}
	d := tm.New(store)
	defer d.Close()
	gen := func(yield func(tm.Unit, error) bool) {
		for i := range 45 {
			u := pair(src, fmt.Sprintf("Les pourparlers ont pris fin vendredi à Genève (version %d).", i))
			u.Created = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -i) // the first the newest
			if !yield(u, nil) {
				return
			}
		}
	}
	if _, err := d.Import(ctx, gen, tm.ImportOptions{Sequential: true}); err != nil {
		t.Fatal(err)
	}
	ms, err := d.Lookup(ctx, query, tm.LookupOptions{Src: language.English, Tgt: language.French, Max: 3})
	if err != nil || len(ms) != 3 || !strings.HasSuffix(ms[0].Target, "(version 0).") || !strings.HasSuffix(ms[2].Target, "(version 2).") {
		t.Errorf("dateless store %v: Lookup(%q) = %+v, %v; want versions 0, 1, 2 (the most recent)", wrap, query, ms, err)
	}
}

// TestLookupShortUnitAmongManyTies: 45 longer units hold every word of a
// three-word query, as one stored before them does with only its
// punctuation changed. They weigh the same in the word index, so the
// lookup of a short query must score them all: the short one is the match
// (98), not the newest or most recently changed of the long ones. Before,
// the 30 most recently changed tied units were scored and it was not among
// them (found beside OmegaT, which lists "Coeur de Gris?" for "Coeur de
// Gris." where bitext offered "Coeur de Gris and the villages thereof.").
func TestLookupShortUnitAmongManyTies(t *testing.T) {
	d := openTemp(t)
	if _, err := d.Add(ctx, pair(`Coeur de Gris?".`, "Coeur de Gris ?»")); err != nil {
		t.Fatal(err)
	}
	for i := range 45 {
		u := pair(fmt.Sprintf("Coeur de Gris went down to the harbour on day %d.", i), fmt.Sprintf("Coeur de Gris descendit au port le jour %d.", i))
		if _, err := d.Add(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	ms, err := d.Lookup(ctx, "Coeur de Gris.", tm.LookupOptions{Src: language.English, Tgt: language.French, Max: 1, Min: tm.NoMinimum})
	if err != nil || len(ms) != 1 || ms[0].Source != `Coeur de Gris?".` || ms[0].Score < 90 {
		t.Fatalf("Lookup(Coeur de Gris.) = %+v, %v; want the unit Coeur de Gris?\". scoring 90 or more", ms, err)
	}
}
