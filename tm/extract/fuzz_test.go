package extract_test

import (
	"testing"

	"github.com/bitext/bitext/tm/extract"
	"github.com/bitext/bitext/tm/xliff"
)

// FuzzHTML: any input extracts to segments whose markup is well-formed
// XLIFF content, and merging the sources back gives a document.
func FuzzHTML(f *testing.F) {
	f.Add(`<p>One. <b>Two.</b> Three.</p>`)
	f.Add(`<article><h1>T</h1><p>A <a href="x">link. Cut</a> here.<br>x<p>Next &amp; last.</article>`)
	f.Add(`<ul><li><a href="/1">Linked</a></li><li>Plain <i>item</li></ul><nav><p>x</p></nav>`)
	seg := segmenter(f)
	f.Fuzz(func(t *testing.T, doc string) {
		d, err := extract.HTML([]byte(doc), seg)
		if err != nil {
			return
		}
		for _, s := range d.Segments {
			if s.Markup == "" {
				continue
			}
			text, _, err := xliff.Parse(s.Markup)
			if err != nil {
				t.Fatalf("segment %s markup %q: %v", s.ID, s.Markup, err)
			}
			_ = text
		}
		if _, err := extract.Merge(extract.KindHTML, d.Skeleton, sources(d)); err != nil {
			t.Fatalf("Merge: %v", err)
		}
	})
}
