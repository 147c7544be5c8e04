package align

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// macItems are the MAC development documents as a batch.
func macItems(t testing.TB) ([]BatchItem, []devDoc, []Link) {
	docs, gold := devSet(t, "mac_dev_zh-en")
	var items []BatchItem
	for k, d := range docs {
		items = append(items, BatchItem{
			Src: Input{File: textFile(fmt.Sprintf("%d.zh", k), strings.Join(d.src, "\n")+"\n", nil), Lang: language.Chinese},
			Tgt: Input{File: textFile(fmt.Sprintf("%d.en", k), strings.Join(d.tgt, "\n")+"\n", nil), Lang: language.English},
		})
	}
	return items, docs, gold
}

// TestBatch aligns the MAC documents in one batch: each result in order,
// each pair the same documents as ReadPair reads, and the later pairs
// learning from the earlier ones (the batch's strict F1 is logged beside
// aligning each document alone). Without a dictionary the batch must do
// at least as well as each alone, less 0.01; with the built-in CC-CEDICT
// (the default for zh -> en) sharing the pool costs a little (0.856 in
// one batch, 0.868 each alone, 3 December 2026): less 0.02.
func TestBatch(t *testing.T) {
	items, docs, gold := macItems(t)
	for _, tc := range []struct {
		noDict bool
		slack  float64
	}{{true, 0.01}, {false, 0.02}} {
		opt := PairOptions{Doc: DocumentOptions{Presegmented: true}, Align: Options{NoDefaultDict: tc.noDict}}
		var hyp []Link
		k := 0
		for r := range Batch(context.Background(), slices.Values(items), opt) {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			if r.Index != k || r.Pair.SrcName != items[k].Src.Name || len(r.Pair.Src.Sentences) != len(docs[k].src) {
				t.Fatalf("result %d: index %d, %s with %d sentences; want %s with %d", k, r.Index, r.Pair.SrcName, len(r.Pair.Src.Sentences), items[k].Src.Name, len(docs[k].src))
			}
			for _, b := range r.Pair.Beads {
				hyp = append(hyp, docs[k].link(b))
			}
			k++
		}
		if k != len(items) {
			t.Fatalf("%d results; want %d", k, len(items))
		}
		batch := Evaluate(gold, hyp)
		alone := Evaluate(gold, alignSet(t, docs, opt.Align))
		t.Logf("MAC zh-en, built-in dictionary %v: strict F1 %.3f in one batch, %.3f each alone", !tc.noDict, batch.Strict.F1, alone.Strict.F1)
		if batch.Strict.F1 < alone.Strict.F1-tc.slack {
			t.Errorf("built-in dictionary %v: batch strict F1 %.3f; want at least that of each alone (%.3f) less %.2f", !tc.noDict, batch.Strict.F1, alone.Strict.F1, tc.slack)
		}
	}
}

// TestBatchError: a file that cannot be read ends the batch with its
// error, after the pairs before it.
func TestBatchError(t *testing.T) {
	errOpen := errors.New("no such file")
	good := BatchItem{Src: Input{File: textFile("a.en", "One sentence.\n", nil)}, Tgt: Input{File: textFile("a.fr", "Une phrase.\n", nil)}}
	bad := BatchItem{Src: Input{File: File{Name: "b.en", Open: func() (io.ReadCloser, error) { return nil, errOpen }}}, Tgt: good.Tgt}
	var got []string
	for r := range Batch(context.Background(), slices.Values([]BatchItem{good, bad, good}), PairOptions{}) {
		if r.Err != nil {
			got = append(got, fmt.Sprintf("%d: %v", r.Index, r.Err))
			continue
		}
		got = append(got, fmt.Sprintf("%d: %s", r.Index, r.Pair.SrcName))
	}
	if want := []string{"0: a.en", "1: no such file"}; !slices.Equal(got, want) {
		t.Errorf("Batch yielded %q; want %q", got, want)
	}
}

// TestBatchSmall: news-sized pairs in a batch use the batch's lexicon
// instead of learning from themselves (one pass), and align as well as
// alone: the seed article's French version, twelve times.
func TestBatchSmall(t *testing.T) {
	en := readTestdata(t, "irgc-iraq.en.seg.txt")
	fr := readTestdata(t, "irgc-iraq.fr.seg.txt")
	gold := readGold(t, "../testdata/irgc-iraq.en-fr.gold.txt")
	var items []BatchItem
	for k := range 12 {
		items = append(items, BatchItem{
			Src: Input{File: textFile(fmt.Sprintf("%d.en", k), en, nil), Lang: language.English},
			Tgt: Input{File: textFile(fmt.Sprintf("%d.fr", k), fr, nil), Lang: language.French},
		})
	}
	n := 0
	for r := range Batch(context.Background(), slices.Values(items), PairOptions{Doc: DocumentOptions{Presegmented: true}}) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		var hyp []Link
		for _, b := range r.Pair.Beads {
			hyp = append(hyp, LinkOf(b))
		}
		if s := Evaluate(gold, hyp); s.Strict.F1 < 0.95 {
			t.Errorf("pair %d: strict F1 %.3f; want >= 0.95", r.Index, s.Strict.F1)
		}
		n++
	}
	if n != len(items) {
		t.Errorf("%d results; want %d", n, len(items))
	}
}
