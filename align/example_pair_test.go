package align_test

import (
	"context"
	"io"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/align"
)

// Align two named inputs as a front end does (the command line, a server
// with uploads): read them as a Pair, align it keeping the beads that
// score at least 0.5, list the regions to review, and write the beads.
func ExampleReadPair() {
	ctx := context.Background()
	text := func(name, s string) align.File {
		return align.File{Name: name, Open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(s)), nil }}
	}
	en := text("story.en.txt", "The minister arrived in Baghdad on Monday.\nHe met Qassem Soleimani in 2019.\n\nRead more: example.com\n")
	fr := text("story.fr.txt", "Le ministre est arrivé lundi à Bagdad.\nIl a rencontré Qassem Soleimani en 2019.\n")
	opt := align.PairOptions{Doc: align.DocumentOptions{Presegmented: true}, MinScore: 0.5}
	p, err := align.ReadPair(ctx, align.Input{File: en, Lang: language.English}, align.Input{File: fr, Lang: language.French}, opt)
	if err != nil {
		panic(err)
	}
	if err := p.Align(ctx, opt); err != nil {
		panic(err)
	}
	p.WriteReview(os.Stdout, "")
	p.WriteTSV(os.Stdout)
	// Output:
	// review: story.en.txt [1-2] (lines 2-4) <-> story.fr.txt [1] (line 2): score 0.00 (low score; unmatched): "He met Qassem Soleimani in 2019." +1 <-> "Il a rencontré Qassem Soleimani en 2019."
	// The minister arrived in Baghdad on Monday.	Le ministre est arrivé lundi à Bagdad.	0.777
}
