package normalize

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// discoverSources runs discovery over texts, each added as a source of
// its own (as 'names discover DIR' adds files), and returns the forms of
// each cluster joined by " | ", sorted.
func discoverSources(t *testing.T, texts ...string) []string {
	t.Helper()
	d := NewDiscoverer()
	for i, text := range texts {
		if err := d.AddSource(context.Background(), strings.NewReader(text), "t"+string(rune('a'+i))+".txt"); err != nil {
			t.Fatal(err)
		}
	}
	var out []string
	for _, c := range d.Clusters(SameThreshold) {
		var fs []string
		for _, v := range c.Variants {
			fs = append(fs, v.Form)
		}
		slices.Sort(fs)
		out = append(out, strings.Join(fs, " | "))
	}
	slices.Sort(out)
	return out
}

// TestDiscoverUnrelatedSources: two look-alike one-word names, each in
// its own article, whose articles share no other name, are two names
// (Holland the footballer, Hollande the president; Monday, Mondi); the
// same look-alikes in one text, in articles of one story (the same other
// names around them), or sharing a word (a surname), are one name.
func TestDiscoverUnrelatedSources(t *testing.T) {
	football := "Holland scored for Ajax against Feyenoord. Later Holland was rested by Ajax in Amsterdam.\n"
	politics := "Hollande met Merkel in Paris. Hollande told Le Monde of his plans.\n"
	market := "On Monday shares fell in Tokyo and Sydney. By Monday night Tokyo had closed.\n"
	company := "Mondi, the paper maker, rose in Johannesburg after Sappi reported.\n"
	filler := "Rain fell on Oslo. Bergen stayed dry.\n"
	for _, tc := range []struct {
		name  string
		texts []string
		want  string // a cluster wanted ("" none)
		never string // a cluster not wanted
	}{
		{"unrelated articles", []string{football, politics, market, company, filler}, "", "Holland | Hollande"},
		{"unrelated articles, a name after a sentence opener", []string{football, "Then Hollande met Merkel in Paris.\n", market, company, filler}, "", "Holland | Hollande"},
		{"unrelated articles, a day", []string{football, politics, market, company, filler}, "", "Monday | Mondi"},
		{"one text", []string{football + politics}, "Holland | Hollande", ""},
		{"one article of two", []string{football + politics, filler}, "Holland | Hollande", ""},
		{"one story", []string{
			"Gaddafi spoke in Tripoli. Gaddafi's forces held Sirte and Misrata against Benghazi.\n",
			"Qaddafi was seen in Tripoli. Rebels in Benghazi said Qaddafi had fled Sirte.\n",
			football, filler}, "Gaddafi | Qaddafi", ""},
		{"a word in common", []string{
			"Dmitri Medvedev spoke in Moscow.\n", "Dmitry Medvedev visited Hanoi.\n", filler},
			"Dmitri Medvedev | Dmitry Medvedev", ""},
		{"the same letters joined", []string{
			"Many still run Windows XP at home.\n", "Old copies of WindowsXP need a licence.\n", filler},
			"Windows XP | WindowsXP", ""},
	} {
		got := discoverSources(t, tc.texts...)
		if tc.want != "" && !slices.Contains(got, tc.want) {
			t.Errorf("%s: no cluster %q in %q", tc.name, tc.want, got)
		}
		if tc.never != "" && slices.Contains(got, tc.never) {
			t.Errorf("%s: cluster %q, want two names (all: %q)", tc.name, tc.never, got)
		}
	}
}

// TestDiscoverDemonymAfterY: a demonym in -ian that drops the y of its
// place ("Italy", "Italian") is a word of its own, no spelling of a
// look-alike name ("Tallinn").
func TestDiscoverDemonymAfterY(t *testing.T) {
	got := discoverSources(t, "Italy won. The Italian coach flew to Tallinn, and Tallinn cheered.\n")
	if slices.Contains(got, "Italian | Tallinn") {
		t.Errorf("cluster Italian | Tallinn, want two names (all: %q)", got)
	}
}
