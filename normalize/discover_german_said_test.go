package normalize

import (
	"context"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestDiscoverGermanSaid: in two German versions of one story, a one-word
// name the story writes after a verb of saying ("sagte Brandel") and one
// version once writes a letter apart ("Brandl") are one name (after
// WMT24 en-de refA/refB: "Cohren", "Cohen"; "Craith", "Criath"). Not when
// the word is never after a verb of saying (a noun as likely), the slip is
// after a determiner, or a determiner and an adjective (a noun: "die breite
// Masse" beside "sagte Massie"), in both versions, or in an unrelated text.
func TestDiscoverGermanSaid(t *testing.T) {
	story := func(said, extra string) string {
		return "„Wir gehen“, " + said + " Brandel. Hauptmann Orson Blake sah zu Leutnant Ravik Tenuk hinüber, " +
			"und die Wachen von Fort Howland folgten Brandel.\n" + extra + "\n"
	}
	other := "Regen fiel auf Oslo und Bergen. Brandl gewann das Rennen in Trondheim, vor Ingrid Moe.\n"
	const want = "Brandel | Brandl"
	for _, tc := range []struct {
		name  string
		texts []string
		want  bool
	}{
		{"slip once in one version", []string{story("sagte", "Brandl nickte."), story("sagte", "")}, true},
		{"slip twice in one version", []string{story("sagte", "Brandl nickte. Dann ging Brandl."), story("rief", "")}, true},
		{"no verb of saying", []string{story("und", "Brandl nickte."), story("und", "")}, false},
		{"slip after a determiner", []string{story("sagte", "Mit dem Brandl ging es."), story("sagte", "")}, false},
		{"slip after a determiner and an adjective", []string{story("sagte", "Da kam die breite Brandl."), story("sagte", "")}, false},
		{"slip in both versions", []string{story("sagte", "Brandl nickte."), story("sagte", "Brandl nickte.")}, false},
		{"unrelated text", []string{story("sagte", ""), other}, false},
	} {
		d := NewDiscovererFor(language.German)
		for i, text := range tc.texts {
			if err := d.AddSource(context.Background(), strings.NewReader(text), "t"+string(rune('a'+i))+".txt"); err != nil {
				t.Fatal(err)
			}
		}
		var got []string
		for _, c := range d.Clusters(SameThreshold) {
			var fs []string
			for _, v := range c.Variants {
				fs = append(fs, v.Form)
			}
			slices.Sort(fs)
			got = append(got, strings.Join(fs, " | "))
		}
		if slices.Contains(got, want) != tc.want {
			t.Errorf("%s: clusters %q; want %q among them: %v", tc.name, got, want, tc.want)
		}
	}
}

func TestWordsBefore(t *testing.T) {
	for _, tc := range []struct{ text, last, before string }{
		{"„Wir gehen“, sagte ", "sagte", ""},
		{"an die breite ", "breite", "die"},
		{"„Gut“ ", "", ""},
		{"sagte", "", ""},
		{"", "", ""},
	} {
		if l, b := wordsBefore(tc.text); l != tc.last || b != tc.before {
			t.Errorf("wordsBefore(%+q) = %q, %q; want %q, %q", tc.text, l, b, tc.last, tc.before)
		}
	}
}
