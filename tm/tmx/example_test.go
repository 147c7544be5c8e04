package tmx_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/bitext/bitext/tm/tmx"
)

// A unit written with a Writer and read back with a Reader, which gives
// each variant's language as a BCP 47 tag and its plain text apart from
// its inline markup.
func Example() {
	var buf bytes.Buffer
	w, err := tmx.NewWriter(&buf, tmx.Header{Attrs: []tmx.Attr{{Name: "srclang", Value: "en"}}})
	if err != nil {
		log.Fatal(err)
	}
	err = w.Write(&tmx.TU{Variants: []tmx.TUV{
		{Lang: "en", Text: "The IRGC said so.", Markup: "The <bpt i=\"1\">&lt;b&gt;</bpt>IRGC<ept i=\"1\">&lt;/b&gt;</ept> said so."},
		{Lang: "fr", Text: "Le CGRI l'a dit."},
	}})
	if err != nil {
		log.Fatal(err)
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}

	r, err := tmx.NewReader(&buf)
	if err != nil {
		log.Fatal(err)
	}
	for tu, err := range r.All() {
		if err != nil {
			log.Fatal(err) // a *tmx.Error names the line
		}
		for _, v := range tu.Variants {
			fmt.Printf("%s: %s\n", v.Lang, v.Text)
		}
	}
	// Output:
	// en: The IRGC said so.
	// fr: Le CGRI l'a dit.
}
