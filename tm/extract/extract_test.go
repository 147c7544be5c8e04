package extract_test

import (
	"os"
	"strings"
	"testing"

	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/tm/extract"
	"github.com/bitext/bitext/tm/xliff"
	"golang.org/x/text/language"
)

func segmenter(t testing.TB) *segment.Segmenter {
	s, err := segment.New(language.English, segment.WithQuotes(segment.QuotesSplit))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func sources(d *extract.Document) map[string]string {
	m := map[string]string{}
	for _, s := range d.Segments {
		m[s.ID] = xliff.Segment{Text: s.Text, Markup: s.Markup}.XML()
	}
	return m
}

func TestHTMLArticle(t *testing.T) {
	doc, err := os.ReadFile("../../testdata/irgc-iraq.en.html") // the seed article as a web page (testdata/README.md)
	if err != nil {
		t.Fatal(err)
	}
	d, err := extract.HTML(doc, segmenter(t))
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, s := range d.Segments {
		all.WriteString(s.Text + "\n")
		if s.Markup != "" {
			if _, _, err := xliff.Parse(s.Markup); err != nil {
				t.Errorf("segment %s markup %q: %v", s.ID, s.Markup, err)
			}
		}
	}
	got := all.String()
	for _, bad := range []string{"Politics", "Read more", "Iraq must not be turned", "Most viewed", "Sidebar text", "All rights reserved", "Iran Press</title>"} {
		if strings.Contains(got, bad) {
			t.Errorf("boilerplate %q extracted:\n%s", bad, got)
		}
	}
	for _, want := range []string{"IRGC Chief Commander meets Iraqi Defense Minister\n", "Tehran (IP) - The Chief Commander", "Let's follow Iran's use of experiences and educational cooperation more than in the past.\"\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("article text %q not extracted:\n%s", want, got)
		}
	}
	if n := len(d.Segments); n != 16 { // the headline, 13 paragraphs, two of two sentences
		t.Errorf("%d segments", n)
	}
	markups := map[string]bool{}
	for _, s := range d.Segments {
		markups[s.Markup] = true
	}
	for _, want := range []string{
		`<bpt id="1" ctype="bold">&lt;strong&gt;</bpt>Tehran (IP)<ept id="1">&lt;/strong&gt;</ept> - The Chief`,
		`Ministry of Defense of <it id="1" pos="open">&lt;em&gt;</it>Iraq.`,
		`To Iran<it id="1" pos="close">&lt;/em&gt;</it>, I am very pleased`,
		`Islamic<ph id="1">&lt;br&gt;</ph>` + "\n" + `world,`,
	} {
		found := false
		for m := range markups {
			if strings.Contains(m, want) {
				found = true
			}
		}
		if !found {
			t.Errorf("no segment markup holds %q", want)
		}
	}
	back, err := extract.Merge(extract.KindHTML, d.Skeleton, sources(d))
	if err != nil {
		t.Fatal(err)
	}
	if string(back) != string(doc) {
		t.Errorf("Merge of the sources differs from the document:\n%s", back)
	}
}

func TestText(t *testing.T) {
	doc, err := os.ReadFile("../../testdata/irgc-iraq.en.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := extract.Text(doc, segmenter(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Segments) != 18 || d.Segments[0].Block != 0 || d.Segments[len(d.Segments)-1].Block < 10 {
		t.Errorf("%d segments, last block %d", len(d.Segments), d.Segments[len(d.Segments)-1].Block)
	}
	back, err := extract.Merge(extract.KindText, d.Skeleton, sources(d))
	if err != nil || string(back) != string(doc) {
		t.Errorf("Merge of the sources = %v, differs: %q", err, back)
	}
	m := sources(d)
	m["1"] = "Téhéran &amp; <g id=\"1\">x</g>"
	back, _ = extract.Merge(extract.KindText, d.Skeleton, m)
	if !strings.HasPrefix(string(back), "Téhéran & x\n") {
		t.Errorf("Merge of a translation: %q", back[:40])
	}
	delete(m, "2")
	if _, err := extract.Merge(extract.KindText, d.Skeleton, m); err == nil {
		t.Errorf("Merge without segment 2 took it")
	}
	if _, err := extract.Text([]byte("a \ue000 b"), segmenter(t)); err == nil {
		t.Errorf("Text took a document holding the marker")
	}
}

func TestHTMLEdgeCases(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{`<p>One. <b>Two.</b> Three.</p>`, `One.|<bpt id="1" ctype="bold">&lt;b&gt;</bpt>Two.<ept id="1">&lt;/b&gt;</ept>|Three.|`},
		{`<p>A <a href="x">link</a> here.<p>Next &amp; last.`, `A <bpt id="1" ctype="link">&lt;a href="x"&gt;</bpt>link<ept id="1">&lt;/a&gt;</ept> here.|Next &amp; last.|`},
		{`<div><nav><p>Menu</p></nav><p>Body.</p><footer><p>Foot</p></footer></div>`, `Body.|`},
		{`<ul><li><a href="/1">Linked headline</a></li><li>Plain item.</li></ul>`, `Plain item.|`},
		{`<h2>Read more</h2><p>x<script>var a = "<p>";</script>y.</p>`, `x|y.|`},
		// An inline end tag that closes the block opened inside it ends
		// the block: the text after it stays after it.
		{`<b><p>One.</b> Two.</p>`, `One.<it id="1" pos="close">&lt;/b&gt;</it>|`},
		{`<article><a href="x"><h1>T</a>0</h1></article>`, `T<it id="1" pos="close">&lt;/a&gt;</it>|`},
		// An element opened after the last sentence's end is closed
		// there too: both tags stay in the skeleton, in their order.
		{`<li>Item one<a id="x"></a></li>`, `Item one|`},
		{`<p>One.<a id="x"></a> Two.</p>`, `One.|Two.|`},
	} {
		d, err := extract.HTML([]byte(tc.doc), segmenter(t))
		if err != nil {
			t.Fatal(err)
		}
		var got strings.Builder
		for _, s := range d.Segments {
			got.WriteString(xliff.Segment{Text: s.Text, Markup: s.Markup}.XML() + "|")
		}
		if got.String() != tc.want {
			t.Errorf("HTML(%q) = %q; want %q", tc.doc, got.String(), tc.want)
		}
		back, err := extract.Merge(extract.KindHTML, d.Skeleton, sources(d))
		if err != nil || string(back) != tc.doc {
			t.Errorf("Merge(HTML(%q)) = %q, %v", tc.doc, back, err)
		}
	}
}
