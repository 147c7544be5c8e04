package tm_test

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/tm"
)

// TestAlignBatchStopped: a batch that stops after storing the pairs of
// some documents (a file that does not open, an interrupt) says how many
// pairs of how many documents stay stored, and where; the error it wraps
// is still there (errors.Is). It said only "context canceled", or the
// missing file, so the user could not tell what the TM now holds.
func TestAlignBatchStopped(t *testing.T) {
	file := func(name, text string) align.File {
		return align.File{Name: name, Open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(text)), nil }}
	}
	missing := align.File{Name: "b.fr.txt", Open: func() (io.ReadCloser, error) { return nil, fs.ErrNotExist }}
	good := align.BatchItem{
		Src: align.Input{File: file("a.en.txt", "Good morning.\nThe talks ended.\n"), Lang: language.English},
		Tgt: align.Input{File: file("a.fr.txt", "Bonjour.\nLes pourparlers ont pris fin.\n"), Lang: language.French},
	}
	bad := align.BatchItem{
		Src: align.Input{File: file("b.en.txt", "Good night.\n"), Lang: language.English},
		Tgt: align.Input{File: missing, Lang: language.French},
	}
	opt := func(d *tm.DB) tm.BatchOptions {
		return tm.BatchOptions{Pair: align.PairOptions{Doc: align.DocumentOptions{Presegmented: true}}, Into: d}
	}
	items := func(yield func(align.BatchItem) bool) { _ = yield(good) && yield(bad) }

	d := openTemp(t)
	stored, err := tm.AlignBatch(context.Background(), items, opt(d))
	var be *tm.BatchStoppedError
	if !errors.As(err, &be) || !errors.Is(err, fs.ErrNotExist) || be.Docs != 1 || be.Pairs != stored.Read || stored.Read != 2 ||
		!strings.Contains(err.Error(), "the 2 pairs of the 1 document aligned before are stored in "+d.Path()) {
		t.Errorf("AlignBatch stopped by a missing file: %+v, %v; want a BatchStoppedError wrapping it, saying 2 pairs of 1 document are stored in %s", stored, err, d.Path())
	}

	// Interrupted after the first pair.
	d = openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	interrupted := func(yield func(align.BatchItem) bool) {
		if yield(good) {
			cancel()
			yield(bad)
		}
	}
	_, err = tm.AlignBatch(ctx, interrupted, opt(d))
	if !errors.Is(err, context.Canceled) || !strings.HasPrefix(fmtErr(err), "the batch was interrupted; the 2 pairs of the 1 document aligned before are stored in ") {
		t.Errorf("AlignBatch interrupted after one pair: %v; want it to say it was interrupted and what is stored", err)
	}

	// Nothing stored yet: the error as it was.
	d = openTemp(t)
	_, err = tm.AlignBatch(context.Background(), func(yield func(align.BatchItem) bool) { yield(bad) }, opt(d))
	if errors.As(err, &be) || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("AlignBatch failing at its first pair: %v; want the file's error alone", err)
	}
}

func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestAlignBatchAgain: AlignBatch says how many of the pairs it stored
// are new, so that a batch run a second time into the same TM can say it
// added none (the command said "stored 25 pairs" both times, as if the
// TM now held them twice).
func TestAlignBatchAgain(t *testing.T) {
	file := func(name, text string) align.File {
		return align.File{Name: name, Open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(text)), nil }}
	}
	items := func(yield func(align.BatchItem) bool) {
		yield(align.BatchItem{
			Src: align.Input{File: file("a.en.txt", "Good morning.\nThe talks ended.\n"), Lang: language.English},
			Tgt: align.Input{File: file("a.fr.txt", "Bonjour.\nLes pourparlers ont pris fin.\n"), Lang: language.French},
		})
	}
	d := openTemp(t)
	opt := tm.BatchOptions{Pair: align.PairOptions{Doc: align.DocumentOptions{Presegmented: true}}, Into: d}
	if st, err := tm.AlignBatch(context.Background(), items, opt); err != nil || st != (tm.ImportStats{Read: 2, Added: 2, Docs: 1}) {
		t.Errorf("AlignBatch = %+v, %v; want 2 read, 2 added", st, err)
	}
	if st, err := tm.AlignBatch(context.Background(), items, opt); err != nil || st != (tm.ImportStats{Read: 2, Merged: 2, Docs: 1}) {
		t.Errorf("AlignBatch again = %+v, %v; want 2 read, none added, 2 merged", st, err)
	}
}
