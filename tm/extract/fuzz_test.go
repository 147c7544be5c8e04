package extract_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm/extract"
	"github.com/bitext/bitext/tm/xliff"
)

// FuzzHTML: any input extracts to segments whose markup is well-formed
// XLIFF content, merging the sources back gives a document, and that
// document extracts to the same segments (text and markup: the merge
// escapes what the page wrote as an entity or a bare '>', which changes
// no text).
func FuzzHTML(f *testing.F) {
	f.Add(`<p>One. <b>Two.</b> Three.</p>`)
	f.Add(`<article><h1>T</h1><p>A <a href="x">link. Cut</a> here.<br>x<p>Next &amp; last.</article>`)
	f.Add(`<ul><li><a href="/1">Linked</a></li><li>Plain <i>item</li></ul><nav><p>x</p></nav>`)
	// A real page: the seed article as Iran Press published it.
	if b, err := os.ReadFile("../../testdata/irgc-iraq.en.html"); err == nil {
		f.Add(string(b))
	}
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
			if _, _, err := xliff.Parse(s.Markup); err != nil {
				t.Fatalf("segment %s markup %q: %v", s.ID, s.Markup, err)
			}
		}
		back, err := extract.Merge(extract.KindHTML, d.Skeleton, sources(d))
		if err != nil {
			t.Fatalf("Merge: %v", err)
		}
		d2, err := extract.HTML(back, seg)
		if err != nil {
			t.Fatalf("HTML of the merged %q: %v", back, err)
		}
		if len(d2.Segments) != len(d.Segments) {
			t.Fatalf("%q: %d segments; the merged %q has %d", doc, len(d.Segments), back, len(d2.Segments))
		}
		for i, s := range d.Segments {
			if s2 := d2.Segments[i]; s2.Text != s.Text || s2.Markup != s.Markup {
				t.Fatalf("%q: segment %d %q (%q); in the merged %q: %q (%q)", doc, i, s.Text, s.Markup, back, s2.Text, s2.Markup)
			}
		}
	})
}

// FuzzText: plain text extracts to segments that merge back, as their own
// sources, to the text but for the white space of a sentence wrapped over
// lines (a segment's text has a space for each run of white space with a
// line break in it: segment.Sentence's Text). Not a fixed point: the
// segmenter reads line breaks (a short line is a heading), which the
// merge takes out of a wrapped sentence.
func FuzzText(f *testing.F) {
	f.Add("One. Two.\n\nThree & <four>.\r\n")
	f.Add("A sentence wrapped\nover two lines. Next.\n")
	if b, err := os.ReadFile("../../testdata/irgc-iraq.en.txt"); err == nil {
		f.Add(string(b))
	}
	seg := segmenter(f)
	f.Fuzz(func(t *testing.T, doc string) {
		d, err := extract.Text([]byte(doc), seg)
		if err != nil {
			return
		}
		back, err := extract.Merge(extract.KindText, d.Skeleton, sources(d))
		if err != nil {
			t.Fatalf("Merge of the sources of %q: %v", doc, err)
		}
		if string(back) != doc && !slices.Equal(strings.Fields(string(back)), strings.Fields(doc)) {
			t.Fatalf("Merge of the sources of %q = %q: more than white space changed", doc, back)
		}
	})
}
