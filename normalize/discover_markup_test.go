package normalize

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestDiscoverReadsNoMarkup: names discover read an HTML page's markup as
// text: of a page writing "Ahmed Mirzaei" twice in its text and "Ahmad
// Mirzaei" in a link, a title and a script, it offered "Ahmad Mirzaei"
// (3, all markup) as the canonical. It reads the text between the tags,
// as normalize does, with scripts, comments and tags followed over the
// blank lines it cuts its pieces at, and the places (file:line) of the
// page.
func TestDiscoverReadsNoMarkup(t *testing.T) {
	discover := func(page string) (*Discoverer, []Cluster) {
		t.Helper()
		d := NewDiscoverer()
		if err := d.AddSource(context.Background(), strings.NewReader(page), "page.html"); err != nil {
			t.Fatal(err)
		}
		return d, d.Clusters(SameThreshold)
	}
	markup := "<a href=\"/people/Ahmad Mirzaei\" title=\"Ahmad Mirzaei\">Profile</a>\n<script>var name = \"Ahmad Mirzaei\";</script>\n"
	d, clusters := discover("<p>Mr. Ahmed Mirzaei met the press.</p>\n<p>Ahmed Mirzaei said the talks went well.</p>\n" + markup)
	if n, m := d.counts["Ahmed Mirzaei"], d.counts["Ahmad Mirzaei"]; n != 2 || m != 0 {
		t.Errorf("a page with \"Ahmed Mirzaei\" twice in its text, \"Ahmad Mirzaei\" 3 times in its markup: counted %d and %d; want 2 and 0 (clusters %v)", n, m, clusters)
	}

	// Markup over blank lines: a script and a comment holding them, a tag
	// cut by one; the text's other spelling, and where each is first seen.
	page := "<p>Ahmad Mirzaei will travel.</p>\n" + // 1
		"<a href=\"/people/Ahmed Mirzaei\" title=\"Ahmed Mirzaei\">Profile</a>\n" + // 2
		"<script>\nvar a = \"Ahmed Mirzaei\";\n\nvar b = \"Ahmed Mirzaei\";\n</script>\n\n" + // 3-8
		"<p>Mr. Ahmed Mirzaei met the press.</p>\n\n" + // 9-10
		"<!-- Ahmed Mirzaei\n\nAhmed Mirzaei -->\n" + // 11-13
		"<img alt=\"Ahmed Mirzaei\"\n\n src=\"Ahmed Mirzaei.jpg\">\n" + // 14-16
		"<p>Ahmed Mirzaei said so.</p>\n" // 17
	_, clusters = discover(page)
	want := []FormCount{{"Ahmed Mirzaei", 2, "page.html:9"}, {"Ahmad Mirzaei", 1, "page.html:1"}}
	if len(clusters) != 1 || !slices.Equal(clusters[0].Variants, want) {
		t.Errorf("clusters of a page with markup over blank lines = %v; want one of %v", clusters, want)
	}

	// A "<" that opens no tag is text, in every piece after it too.
	d, _ = discover("If a <b then Ahmed Mirzaei left.\n\nAhmed Mirzaei said x<5 and 3 < 4.\n\nAhmed Mirzaei <ahmed@example.org> wrote.\n")
	if n := d.counts["Ahmed Mirzaei"]; n != 3 {
		t.Errorf("text with a \"<\" that opens no tag: %d \"Ahmed Mirzaei\"; want 3", n)
	}

	// A run of capitals ends at a tag, as a rewrite's match does.
	d, _ = discover("<ul><li>Baghdad</li><li>Tehran</li></ul>\n<p>Karim Jones</p><p>Tom Lee met him.</p>\n")
	for _, form := range []string{"Baghdad", "Tehran", "Karim Jones", "Tom Lee"} {
		if d.counts[form] != 1 {
			t.Errorf("a list of two places and two paragraphs: %q counted %d times; want 1 (the candidates: %v)", form, d.counts[form], d.counts)
		}
	}

	// A line longer than a piece (a page with no line breaks): a tag the
	// cut splits is read whole in the next piece.
	var b strings.Builder
	for b.Len() < 2*discoverPiece+discoverPiece/2 {
		b.WriteString("<p>Ahmed Mirzaei spoke.</p> <a href=\"/people/Ahmad Mirzaei\" title=\"Ahmad Mirzaei and Ahmad Mirzaei\">x</a> ")
	}
	n := strings.Count(b.String(), "<p>Ahmed")
	d, _ = discover(b.String())
	if got, m := d.counts["Ahmed Mirzaei"], d.counts["Ahmad Mirzaei"]; got != n || m != 0 {
		t.Errorf("a page of %d bytes on one line: counted %d \"Ahmed Mirzaei\" and %d \"Ahmad Mirzaei\"; want %d and 0", b.Len(), got, m, n)
	}
}

// FuzzDiscoverMarkupLines: a page read in pieces, its markup blanked,
// gives each spelling the line it is first seen on: the line holds the
// spelling's first word.
func FuzzDiscoverMarkupLines(f *testing.F) {
	f.Add("<p>Ahmad Mirzaei will travel.</p>\n<script>\nvar a = \"Ahmed Mirzaei\";\n\nb = 1;\n</script>\n\n<p>Mr. Ahmed Mirzaei met the press.</p>\n")
	f.Add("<img alt=\"Ahmed Mirzaei\"\n\n src=\"x.jpg\">\nAhmed Mirzaei <b\n\nAhmad Mirzaei said so.\n")
	f.Add("<!-- Ahmed\n\nMirzaei -->\r\nTom Lee met Tom Lea.\n\n<style>\n.Tom {}\n\n</style>Tom Lee\n")
	f.Fuzz(func(t *testing.T, page string) {
		if !utf8.ValidString(page) {
			return
		}
		d := NewDiscoverer()
		if err := d.AddSource(context.Background(), strings.NewReader(page), "p"); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(page, "\n")
		for form, seen := range d.seen {
			n, err := strconv.Atoi(strings.TrimPrefix(seen, "p:"))
			if err != nil || n < 1 || n > len(lines) {
				t.Fatalf("%q seen at %q: no line of the page", form, seen)
			}
			first, _, _ := strings.Cut(form, " ")
			if !strings.Contains(lines[n-1], first) {
				t.Fatalf("%q seen at line %d: %q", form, n, lines[n-1])
			}
		}
	})
}
