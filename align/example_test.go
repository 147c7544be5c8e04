package align_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/align/segment"
)

// Align an article with its translation: read and segment each side, align
// the sentences, and write the beads as JSON Lines (the format that
// `bitext tm import` reads).
func Example() {
	ctx := context.Background()
	en := "The minister arrived in Baghdad on Monday. He met Qassem Soleimani in 2019.\n\nTalks lasted three hours.\n"
	fr := "Le ministre est arrivé lundi à Bagdad. Il a rencontré Qassem Soleimani en 2019.\n\nLes discussions ont duré trois heures.\n"
	src, err := align.ReadDocument(ctx, strings.NewReader(en), align.DocumentOptions{Lang: language.English, Quotes: segment.QuotesSplit})
	if err != nil {
		panic(err)
	}
	tgt, err := align.ReadDocument(ctx, strings.NewReader(fr), align.DocumentOptions{Lang: language.French, Quotes: segment.QuotesSplit})
	if err != nil {
		panic(err)
	}
	res, err := align.Align(ctx, src, tgt, align.Options{})
	if err != nil {
		panic(err)
	}
	for _, b := range res.Beads {
		fmt.Printf("%v %v %q\n", b.Src, b.Tgt, tgt.Text(b.Tgt))
	}
	if err := align.WriteJSONL(os.Stdout, src, tgt, res.Beads[:1]); err != nil {
		panic(err)
	}
	// Output:
	// [0] [0] "Le ministre est arrivé lundi à Bagdad."
	// [1] [1] "Il a rencontré Qassem Soleimani en 2019."
	// [2] [2] "Les discussions ont duré trois heures."
	// {"src":[0],"tgt":[0],"score":0.693,"src_text":"The minister arrived in Baghdad on Monday.","tgt_text":"Le ministre est arrivé lundi à Bagdad."}
}
