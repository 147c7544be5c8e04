package normalize

import (
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

// FuzzMarkupSpans: the spans are ordered, apart, within the text, each
// starting at a "<".
func FuzzMarkupSpans(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "<script>x<y</script>", "<!-- a", "a < b > c", "<a href='x'", "<style", "<?xml ?><!DOCTYPE x>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, sp := range markupSpans(s) {
			if sp[0] < last || sp[1] <= sp[0] || sp[1] > len(s) || s[sp[0]] != '<' {
				t.Fatalf("markupSpans(%q): span %v after %d", s, sp, last)
			}
			last = sp[1]
		}
	})
}
