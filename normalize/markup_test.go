package normalize

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestRewriteLeavesMarkup: normalize of an HTML page rewrote names in its
// markup too: a link's address ("/tag/Daesh" -> "/tag/Islamic State"), an
// image file, a class or id, a script's string, a stylesheet, a comment,
// which broke the page. The text between the tags is rewritten as before,
// and a text with a "<" that opens no tag is prose throughout.
func TestRewriteLeavesMarkup(t *testing.T) {
	g := DefaultGlossary()
	for _, c := range []struct{ in, want string }{
		{`<div class="ISIS" id="Daesh" data-name="Qasim Soleimani"><a href="/tag/Daesh">Daesh</a> and Qasim Soleimani</div>`,
			`<div class="ISIS" id="Daesh" data-name="Qasim Soleimani"><a href="/tag/Daesh">Islamic State</a> and Qassem Soleimani</div>`},
		{"<img\n  src=\"img/Qasim Soleimani.jpg\"\n  alt=\"Daesh\">Daesh fighters.",
			"<img\n  src=\"img/Qasim Soleimani.jpg\"\n  alt=\"Daesh\">Islamic State fighters."},
		{"<p>Daesh.</p>\n<script>var s = \"Daesh\"; if (a < b) { f('Daesh'); }</script>\n<style>.Daesh { color: red }</style>\n<!-- Daesh > ISIS -->\n<p>ISIS</p>",
			"<p>Islamic State.</p>\n<script>var s = \"Daesh\"; if (a < b) { f('Daesh'); }</script>\n<style>.Daesh { color: red }</style>\n<!-- Daesh > ISIS -->\n<p>Islamic State</p>"},
		{"<SCRIPT type=\"text/javascript\">x = 'Daesh'</SCRIPT>Daesh", "<SCRIPT type=\"text/javascript\">x = 'Daesh'</SCRIPT>Islamic State"},
		// Prose with a "<" that opens no tag.
		{"If a < b, Daesh > 3 and x<5 Daesh.", "If a < b, Islamic State > 3 and x<5 Islamic State."},
		{"Daesh <-> ISIS.", "Islamic State <-> Islamic State."},
	} {
		var out strings.Builder
		if err := g.Rewrite(&out, strings.NewReader(c.in), nil); err != nil {
			t.Fatal(err)
		}
		if out.String() != c.want {
			t.Errorf("Rewrite(%+q)\n = %+q\nwant %+q", c.in, out.String(), c.want)
		}
	}
}

// FuzzMarkupSpans: the spans are ordered, apart and within the text; and
// a text read in two chunks, the first cut after white space as Rewrite
// cuts (and cut again before a tag it ends in, as Rewrite does), has the same bytes in markup as the
// text read whole: a script, comment or tag the cut splits is markup on
// both sides.
func FuzzMarkupSpans(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "<script>x<y</script>", "<!-- a", "a < b > c", "<a href='x'", "<style", "<?xml ?><!DOCTYPE x>",
		"a <script>var s = 'Daesh';</script> b", "x <!-- Daesh --> y", "p <a href='/tag/Daesh'>Daesh</a>", "<script>a = 1; b = 'Daesh';</script> c", "<!-- a b --> Daesh"} {
		f.Add(s, len(s)/2)
	}
	marked := func(n int, spans [][2]int, off int, in []bool) {
		for _, sp := range spans {
			for i := sp[0]; i < sp[1]; i++ {
				in[off+i] = true
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string, k int) {
		whole, _ := markupSpans(s, new(markupState), true)
		last := 0
		for _, sp := range whole {
			if sp[0] < last || sp[1] <= sp[0] || sp[1] > len(s) || s[sp[0]] != '<' {
				t.Fatalf("markupSpans(%q): span %v after %d", s, sp, last)
			}
			last = sp[1]
		}
		if len(s) < 2 || strings.LastIndexByte(s, '<') > strings.LastIndexByte(s, '>') {
			return // an input ending in a "<" never closed: prose read whole, markup up to a cut in it
		}
		k = 1 + (k%(len(s)-1)+len(s)-1)%(len(s)-1) // 1 .. len(s)-1
		if !isSpaceByte(s[k-1]) {
			return // Rewrite cuts after white space (but in 64 KiB without any)
		}
		var st markupState
		first, open := markupSpans(s[:k], &st, false)
		if open == 0 {
			return // a tag as long as the chunk: its end tells (Rewrite's chunks are 256 KiB)
		}
		if open > 0 {
			k, first = open, first[:len(first)-1]
			st = markupState{}
		}
		second, _ := markupSpans(s[k:], &st, true)
		want, got := make([]bool, len(s)), make([]bool, len(s))
		marked(len(s), whole, 0, want)
		marked(len(s), first, 0, got)
		marked(len(s), second, k, got)
		for i := range want {
			if want[i] != got[i] {
				t.Fatalf("markupSpans(%q) cut at %d: byte %d markup %v, whole %v (whole %v; %v + %v)", s, k, i, got[i], want[i], whole, first, second)
			}
		}
	})
}

// TestCheckReadsNoMarkup: a check's rule "inconsistent" read the page's
// markup as text: a page that writes "Ahmed Mirzaei" twice in its text
// and "Ahmad Mirzaei" in a link, a title and a script reported the text's
// spelling as inconsistent with the markup's, and a real inconsistency of
// the text was placed against a spelling in a link. It reads the text
// between the tags only.
func TestCheckReadsNoMarkup(t *testing.T) {
	g := DefaultGlossary()
	check := func(page string) []string {
		t.Helper()
		var got []string
		if err := g.Rewrite(nil, strings.NewReader(page), func(r Replacement) error {
			got = append(got, fmt.Sprintf("%d:%d %s -> %s (%s %d:%d)", r.Line, r.Col, r.Form, r.Replacement, r.Rule, r.OtherLine, r.OtherCol))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return got
	}
	markup := "<a href=\"/people/Ahmad Mirzaei\" title=\"Ahmad Mirzaei\">Profile</a>\n<script>var name = \"Ahmad Mirzaei\";</script>\n"
	if got := check("<p>Mr. Ahmed Mirzaei met the press.</p>\n<p>Ahmed Mirzaei said the talks went well.</p>\n" + markup); len(got) != 0 {
		t.Errorf("check of a page whose text spells a name one way, its markup another: %q; want nothing", got)
	}
	page := "<p>Ahmad Mirzaei will travel.</p>\n" + strings.ReplaceAll(markup, "Ahmad", "Ahmed") + "<p>Mr. Ahmed Mirzaei met the press.</p>\n<p>Ahmed Mirzaei said so.</p>\n"
	if got, want := check(page), []string{"1:4 Ahmad Mirzaei -> Ahmed Mirzaei (inconsistent 4:8)"}; !slices.Equal(got, want) {
		t.Errorf("check of a page whose text spells a name two ways = %q; want %q (the other spelling in the text, not a link)", got, want)
	}
}

// TestRewriteMarkupAcrossChunks: Rewrite reads 256 KiB at a time, and
// found the markup of each chunk alone: a script, comment or tag the cut
// split had its rest rewritten as text ("var s = 'Islamic State'"). The
// markup is read on from one chunk to the next.
func TestRewriteMarkupAcrossChunks(t *testing.T) {
	g := DefaultGlossary()
	var b strings.Builder
	b.WriteString("<p>Daesh.</p>\n<script>\n")
	for b.Len() < 2*rewriteChunk {
		b.WriteString("var s = 'Daesh'; call(s, 'Qasim Soleimani');\n")
	}
	b.WriteString("</script>\n<p>Daesh.</p>\n<!--\n")
	for b.Len() < 4*rewriteChunk {
		b.WriteString("Daesh. Qasim Soleimani. ")
	}
	b.WriteString("-->\n<p>Daesh.</p>\n")
	for b.Len() < 6*rewriteChunk {
		b.WriteString("<a href=\"/tag/Daesh\" title=\"Daesh. Qasim Soleimani. ISIS.\"\n  class=\"Daesh\">x</a> ")
	}
	b.WriteString("\n<p>Daesh.</p>\n")
	in := b.String()
	var out strings.Builder
	if err := g.Rewrite(&out, strings.NewReader(in), nil); err != nil {
		t.Fatal(err)
	}
	if want := strings.ReplaceAll(in, "<p>Daesh.</p>", "<p>Islamic State.</p>"); out.String() != want {
		got := out.String()
		i := 0
		for i < min(len(got), len(want)) && got[i] == want[i] {
			i++
		}
		t.Errorf("Rewrite of a page of %d bytes: first difference at byte %d: %q; want %q", len(in), i, got[i:min(len(got), i+60)], want[i:min(len(want), i+60)])
	}
}

// TestRewriteStrayLessThanAcrossChunks: in plain text longer than a
// chunk, a "<" before a letter with no ">" after it ("if a <b then")
// was carried to the next chunk as a tag's start, and that chunk, with
// no ">" in it, as markup to its end, and so every chunk after it: of a
// 900 KB text's 30,970 "Daesh", 20,843 were left as they were. Such a
// "<" opens no tag, and the text after it is rewritten.
func TestRewriteStrayLessThanAcrossChunks(t *testing.T) {
	g := DefaultGlossary()
	var b strings.Builder
	for b.Len() < rewriteChunk-100 {
		b.WriteString("Daesh fighters left the town. ")
	}
	b.WriteString("If a <b then.\n")
	for b.Len() < 4*rewriteChunk {
		b.WriteString("Daesh fighters left the town.\n")
	}
	in := b.String()
	var out strings.Builder
	if err := g.Rewrite(&out, strings.NewReader(in), nil); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "Daesh"); n != 0 {
		t.Errorf("Rewrite of %d bytes of text with a stray \"<b\": %d of %d \"Daesh\" left as they were; want none", len(in), n, strings.Count(in, "Daesh"))
	}
	if want := strings.ReplaceAll(in, "Daesh", "Islamic State"); out.String() != want {
		t.Errorf("Rewrite of text with a stray \"<b\" differs from the text with each Daesh rewritten")
	}
}
