package tm_test

import (
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// TestImportScoredZero: a pair given an aligner's score of 0 (no evidence
// that the two are translations) is left out and counted, as bitext align
// --into leaves out the beads it scores 0. tm import of a TSV's score
// column (and of bead JSON Lines) stored it as a pair with no score at
// all, a person's or a TMX's, whose matches lose no points: the lowest
// score an aligner gives became the most trusted.
func TestImportScoredZero(t *testing.T) {
	for _, c := range []struct {
		format tm.Format
		doc    string
	}{
		{tm.FormatTSV, "Kept.\tGardé.\t0.9\nNo evidence.\tAucune preuve.\t0\nNo score.\tPas de score.\n"},
		{tm.FormatJSONL, `{"src":[0],"tgt":[0],"score":0.9,"src_text":"Kept.","tgt_text":"Gardé."}
{"src":[1],"tgt":[1],"score":0,"src_text":"No evidence.","tgt_text":"Aucune preuve."}
`},
	} {
		d := openTemp(t)
		units, iopt, err := tm.OpenImport(strings.NewReader(c.doc), tm.ReadOptions{Format: c.format, Src: language.English, Tgt: language.French})
		if err != nil {
			t.Fatal(err)
		}
		st, err := d.Import(ctx, units, iopt)
		if err != nil {
			t.Fatal(err)
		}
		if st.Skipped.ScoredZero != 1 || st.Skipped.Total() != 1 || !strings.Contains(st.Skipped.String(), "1 scored 0") {
			t.Errorf("%s: skipped %+v (%q); want the pair scored 0 counted as left out", c.format, st.Skipped, st.Skipped.String())
		}
		ms, err := d.Lookup(ctx, "No evidence.", tm.LookupOptions{Src: language.English, Tgt: language.French, Min: tm.NoMinimum})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			if m.Target == "Aucune preuve." {
				t.Errorf("%s: the pair scored 0 was stored: %+v", c.format, m)
			}
		}
	}
}
