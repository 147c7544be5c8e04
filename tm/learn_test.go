package tm_test

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/tm"
)

// readPair reads a presegmented document pair named a.en.txt and
// a.fr.txt.
func readPair(t *testing.T, src, tgt string) *align.Pair {
	t.Helper()
	file := func(name, text string) align.File {
		return align.File{Name: name, Open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(text)), nil }}
	}
	p, err := align.ReadPair(context.Background(),
		align.Input{File: file("a.en.txt", src), Lang: language.English},
		align.Input{File: file("a.fr.txt", tgt), Lang: language.French},
		align.PairOptions{Doc: align.DocumentOptions{Presegmented: true}})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestStorePair stores an aligned pair: one unit a bead with both sides
// and a positive score, in document order, with the documents' names and
// the beads' scores; storing it again adds nothing.
func TestStorePair(t *testing.T) {
	ctx := context.Background()
	d := openTemp(t)
	p := readPair(t, "He arrived.\nHe left.\nOnly source.\nTalks ended.\n", "Il est venu.\nIl est parti.\nLes pourparlers ont pris fin.\n")
	p.Beads = []align.Bead{
		{Src: align.Span{Start: 0, End: 1}, Tgt: align.Span{Start: 0, End: 1}, Score: 0.9},
		{Src: align.Span{Start: 1, End: 2}, Tgt: align.Span{Start: 1, End: 2}, Score: 0.8},
		{Src: align.Span{Start: 2, End: 3}, Tgt: align.Span{Start: 2, End: 2}},
		{Src: align.Span{Start: 3, End: 4}, Tgt: align.Span{Start: 2, End: 3}, Score: 0.7},
	}
	st, err := d.StorePair(ctx, p, "maryam")
	if err != nil || st.Read != 3 || st.Added != 3 {
		t.Fatalf("StorePair = %+v, %v; want 3 read, 3 added", st, err)
	}
	var got []tm.Unit
	for u, err := range d.Units(ctx, tm.ExportOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, u)
	}
	want := []struct {
		src   string
		score float64
	}{{"He arrived.", 0.9}, {"He left.", 0.8}, {"Talks ended.", 0.7}}
	if len(got) != len(want) {
		t.Fatalf("stored %d units; want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		u := got[i]
		if u.Variants[0].Text != w.src || u.Origin.Score != w.score || u.Origin.SrcDoc != "a.en.txt" || u.Origin.TgtDoc != "a.fr.txt" ||
			u.CreatedBy != "maryam" || u.Created.IsZero() {
			t.Errorf("unit %d: %+v; want source %q, score %v, documents a.en.txt and a.fr.txt, created by maryam", i, u, w.src, w.score)
		}
	}
	if st, err := d.StorePair(ctx, p, ""); err != nil || st.Read != 3 || st.Added != 0 {
		t.Errorf("StorePair again = %+v, %v; want 3 read, none added", st, err)
	}
}

// TestAlignPair aligns a pair learning from the TM's pairs: the aligner
// learns more word pairs than from the document pair alone.
func TestAlignPair(t *testing.T) {
	ctx := context.Background()
	d := openTemp(t)
	var units []tm.Unit
	for _, s := range [][2]string{
		{"The ministers held talks in Baghdad.", "Les ministres ont tenu des pourparlers à Bagdad."},
		{"The talks lasted three hours.", "Les pourparlers ont duré trois heures."},
		{"The minister left on Monday.", "Le ministre est parti lundi."},
	} {
		units = append(units, tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: s[0]}, {Lang: language.French, Text: s[1]}}})
	}
	if _, err := d.Import(ctx, seq(units...), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	src, tgt := "The minister arrived on Monday.\nTalks lasted three hours.\n", "Le ministre est arrivé lundi.\nLes pourparlers ont duré trois heures.\n"
	alone, learned := readPair(t, src, tgt), readPair(t, src, tgt)
	if err := alone.Align(ctx, align.PairOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := d.AlignPair(ctx, learned, align.PairOptions{}); err != nil {
		t.Fatal(err)
	}
	if len(learned.Beads) != 2 || learned.Learned <= alone.Learned {
		t.Errorf("AlignPair: beads %v, learned %d word pairs; want 2 beads and more than the %d learned without the TM", learned.Beads, learned.Learned, alone.Learned)
	}
	// No TM (a nil DB): the pair alone.
	none := readPair(t, src, tgt)
	if err := (*tm.DB)(nil).AlignPair(ctx, none, align.PairOptions{}); err != nil || none.Learned != alone.Learned || len(none.Beads) != len(alone.Beads) {
		t.Errorf("nil DB AlignPair: %v, learned %d; want the alignment without a TM (%d)", err, none.Learned, alone.Learned)
	}
	// An error reading the TM's pairs names the TM.
	d.Close()
	if err := d.AlignPair(ctx, readPair(t, src, tgt), align.PairOptions{}); err == nil || !strings.Contains(err.Error(), "read pairs from "+d.Path()) {
		t.Errorf("AlignPair(closed TM) error %v; want one naming %s", err, d.Path())
	}
}

// TestStorePairInterrupted: an interrupted StorePair says so in words
// ("interrupted; nothing was stored", not "context canceled"), still
// wraps context.Canceled (exit 130), and leaves the TM empty.
func TestStorePairInterrupted(t *testing.T) {
	d := openTemp(t)
	p := readPair(t, "He arrived.\nHe left.\n", "Il est venu.\nIl est parti.\n")
	p.Beads = []align.Bead{
		{Src: align.Span{Start: 0, End: 1}, Tgt: align.Span{Start: 0, End: 1}, Score: 0.9},
		{Src: align.Span{Start: 1, End: 2}, Tgt: align.Span{Start: 1, End: 2}, Score: 0.8},
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := d.StorePair(ctx, p, "")
	if want := "store pairs in " + d.Path() + ": interrupted; nothing was stored"; err == nil || err.Error() != want || !errors.Is(err, context.Canceled) {
		t.Errorf("interrupted StorePair: %v; want %q, wrapping context.Canceled", err, want)
	}
	for u, err := range d.Units(context.Background(), tm.ExportOptions{}) {
		t.Fatalf("the interrupted StorePair stored %+v (%v)", u, err)
	}
}

// TestStorePairUntranslated: a bead whose French side is its English
// source letter for letter is left out and counted, the others stored.
func TestStorePairUntranslated(t *testing.T) {
	ctx := context.Background()
	d := openTemp(t)
	p := readPair(t, "He arrived.\nThe locales package requires configuration.\n", "Il est venu.\nThe locales package requires configuration.\n")
	p.Beads = []align.Bead{
		{Src: align.Span{Start: 0, End: 1}, Tgt: align.Span{Start: 0, End: 1}, Score: 0.9},
		{Src: align.Span{Start: 1, End: 2}, Tgt: align.Span{Start: 1, End: 2}, Score: 0.95},
	}
	st, err := d.StorePair(ctx, p, "")
	if err != nil || st.Read != 1 || st.Added != 1 || st.Skipped.Untranslated != 1 {
		t.Fatalf("StorePair = %+v, %v; want 1 read, 1 added, 1 untranslated", st, err)
	}
}
