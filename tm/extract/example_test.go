package extract_test

import (
	"fmt"
	"log"

	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/tm/extract"
	"golang.org/x/text/language"
)

// An article's segments taken out (the navigation is no segment: the
// skeleton keeps it as it was), and the document put back together with
// each segment replaced by its translation.
func Example() {
	page := []byte(`<html><body><nav><a href="/">Home</a></nav>
<article><h1>Talks resume</h1>
<p>The talks resumed in <b>Vienna</b>. No date was set.</p></article></body></html>`)
	seg, err := segment.New(language.English)
	if err != nil {
		log.Fatal(err)
	}
	doc, err := extract.HTML(page, seg)
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range doc.Segments {
		fmt.Printf("%s (block %d): %s\n", s.ID, s.Block, s.Text)
	}
	fmt.Println(doc.Segments[1].Markup) // the <b> as an XLIFF inline code

	german := map[string]string{
		"1": "Gespräche wieder aufgenommen",
		"2": `Die Gespräche wurden in <bpt id="1" ctype="bold">&lt;b&gt;</bpt>Wien<ept id="1">&lt;/b&gt;</ept> fortgesetzt.`,
		"3": "Ein Termin wurde nicht festgelegt.",
	}
	out, err := extract.Merge(doc.Kind, doc.Skeleton, german)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s\n", out)
	// Output:
	// 1 (block 0): Talks resume
	// 2 (block 1): The talks resumed in Vienna.
	// 3 (block 1): No date was set.
	// The talks resumed in <bpt id="1" ctype="bold">&lt;b&gt;</bpt>Vienna<ept id="1">&lt;/b&gt;</ept>.
	// <html><body><nav><a href="/">Home</a></nav>
	// <article><h1>Gespräche wieder aufgenommen</h1>
	// <p>Die Gespräche wurden in <b>Wien</b> fortgesetzt. Ein Termin wurde nicht festgelegt.</p></article></body></html>
}
