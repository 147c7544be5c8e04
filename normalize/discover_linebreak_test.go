package normalize

import (
	"context"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestDiscoverParagraphEndNoLongForm: in text written one paragraph a
// line (a line runs on past any fill column, 100 characters before its
// last space) a line break ends a paragraph, so a run of capitals over one
// (a headline's source, then the name that opens the story) is no long
// form of that name: "Lopez" is no short form of "Valley Herald Lopez".
// In hard-wrapped text (no such line; a long URL has no space to wrap at)
// a name over a line break still is ("Maria\nLopez").
func TestDiscoverParagraphEndNoLongForm(t *testing.T) {
	body := " said on Tuesday that the storm had closed every school in the district for the rest of the week, and Lopez said the buses would not run.\n"
	for _, tc := range []struct {
		in, long string
		related  bool
	}{
		{"Storm closes schools across the region for a second day as rivers rise | Valley Herald\nLopez" + body, "Valley Herald Lopez", false},
		{"Storm in Lisbon\nCosta" + body + "Costa left.\n", "Lisbon Costa", false},
		{"Floods in Porto (Evening Courier) - Daily News\nPires" + body + "Pires left.\n", "Daily News Pires", false},
		// Hard-wrapped at 72 columns: the name goes on over the break.
		{"The storm closed every school in the district, the regional envoy Maria\nLopez said on Tuesday, and Lopez added that the buses would not run.\n", "Maria Lopez", true},
		{"See the notice at\nhttps://example.org/storm-notices/storm-notices/storm-notices/storm-notices/storm-notices/storm-notices/\n" +
			"for the envoy Maria\nLopez and her staff. Lopez left.\n", "Maria Lopez", true},
	} {
		if got, clusters := hasShortForm(tc.in, tc.long); got != tc.related {
			t.Errorf("%q: %q has a short form: %v, want %v (clusters %v)", tc.in, tc.long, got, tc.related, clusters)
		}
	}
}

// hasShortForm discovers the names of text and reports whether the cluster
// whose canonical form is long lists a related form as its short form, with
// the clusters for the test's message (the line-break, headline and region
// rules' tests).
func hasShortForm(text, long string) (bool, []Cluster) {
	d := NewDiscoverer()
	d.Add(text)
	clusters := d.Clusters(SameThreshold)
	for _, c := range clusters {
		if c.Canonical != long {
			continue
		}
		for _, r := range c.Related {
			if r.Why == "short form" {
				return true, clusters
			}
		}
	}
	return false, clusters
}

// TestDiscoverLongLineCounts: a text without line breaks is read in pieces
// cut at a space, and the cut fell inside a name as often as not ("Qasem |
// Suleimani"): of 90,000 mentions on one line 89,998 were counted, where
// the same text a sentence a line counted 90,000. A piece is cut at a
// space between two words that do not start with a capital now, so that
// no name of capitalized words (or with a particle inside, "bin") is cut.
func TestDiscoverLongLineCounts(t *testing.T) {
	const n = 90000
	sentence := "Officials said Qassem Soleimani met them on Monday, and reports said Qasem Suleimani had travelled. "
	for _, text := range []string{strings.Repeat(sentence, n), strings.Repeat(strings.TrimSpace(sentence)+"\n", n)} {
		d := NewDiscovererFor(language.English)
		if err := d.AddReader(context.Background(), strings.NewReader(text)); err != nil {
			t.Fatal(err)
		}
		counts := map[string]int{}
		for _, c := range d.Clusters(0) {
			for _, v := range c.Variants {
				counts[v.Form] = v.Count
			}
		}
		if counts["Qassem Soleimani"] != n || counts["Qasem Suleimani"] != n {
			t.Errorf("discover of %d sentences (%d lines): counts %v; want %d of each spelling", n, strings.Count(text, "\n"), counts, n)
		}
	}
}
