package tm_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
	"golang.org/x/text/language"
)

// This example pretranslates a small web page into XLIFF against a TM of
// one pair, prints the analysis, and writes the page back from the XLIFF
// (here untouched by a translator): the menu stays, the paragraph's first
// sentence comes back in French. Its bold lead (<b>The minister</b>) is
// inside the sentence's words and the stored pair has none: the match is a
// 99, to review, the bold after the text for the translator to place.
func ExampleDB_Pretranslate() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "tm")
	defer os.RemoveAll(dir)
	store, err := sqlite.Open(ctx, filepath.Join(dir, "tm.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	db := tm.New(store)
	defer db.Close()
	db.Add(ctx, tm.Unit{Variants: []tm.Variant{
		{Lang: language.English, Text: "The minister arrived in Baghdad on Monday."},
		{Lang: language.French, Text: "Le ministre est arrivé à Bagdad lundi."},
	}})
	page := []byte(`<nav><a href="/">Home</a></nav>
<p><b>The minister</b> arrived in Baghdad on Monday. He left today.</p>`)
	var xlf bytes.Buffer
	an, err := db.Pretranslate(ctx, page, &xlf, tm.PretranslateOptions{Src: language.English, Tgt: language.French, Name: "story.html"})
	if err != nil {
		fmt.Println(err)
		return
	}
	tm.WriteAnalysis(os.Stdout, an, tm.FormatText)
	var back bytes.Buffer
	if _, err := tm.TranslateBack(&xlf, &back); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(back.String())
	// Output:
	// match      segments    words percent
	// 101               0        0     0.0
	// repetition        0        0     0.0
	// 100               0        0     0.0
	// 95-99             1        7    70.0
	// 85-94             0        0     0.0
	// 75-84             0        0     0.0
	// 50-74             0        0     0.0
	// no match          1        3    30.0
	// total             2       10   100.0
	// <nav><a href="/">Home</a></nav>
	// <p>Le ministre est arrivé à Bagdad lundi.<b></b> He left today.</p>
}
