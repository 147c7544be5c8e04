package normalize

import (
	"slices"
	"testing"
)

// TestDiscoverVersionSlips: two translators' versions of one story (the
// same other names around them), one spelling a name a letter away from
// the other (replaced, left out, swapped; not the first or last letter),
// are one name; the same look-alikes in two unrelated articles, a last
// letter apart (Petrov, Petrova), or in one text (typoOf's business) are
// not joined by this rule.
func TestDiscoverVersionSlips(t *testing.T) {
	story := func(name string) string {
		return "Putin met Shoigu in Kronstadt. The ships of Admiral Yevmenov left Baltiysk for Kaliningrad.\n" +
			"The expedition of Bellingshausen and " + name + " reached Antarctica.\n"
	}
	other := func(name string) string {
		return "Rain fell on Oslo and Bergen. " + name + " won the race in Trondheim.\n"
	}
	for _, tc := range []struct {
		name  string
		texts []string
		want  string // a cluster wanted ("" none)
		never string // a cluster not wanted
	}{
		{"replaced", []string{story("Mikhail Lazarev"), story("Mikhail Lavarev")}, "Mikhail Lavarev | Mikhail Lazarev", ""},
		{"left out", []string{story("Serpukhov"), story("Sepukhov")}, "Sepukhov | Serpukhov", ""},
		{"added", []string{story("Kalyazin"), story("Kalyzazin")}, "Kalyazin | Kalyzazin", ""},
		{"unrelated articles", []string{story("Serpukhov"), other("Sepukhov")}, "", "Sepukhov | Serpukhov"},
		{"last letter", []string{story("Seleznev"), story("Selezneva")}, "", "Seleznev | Selezneva"},
		{"first letter", []string{story("Mazarov"), story("Lazarov")}, "", "Lazarov | Mazarov"},
	} {
		got := discoverSources(t, tc.texts...)
		if tc.want != "" && !slices.Contains(got, tc.want) {
			t.Errorf("%s: clusters %q; want %q among them", tc.name, got, tc.want)
		}
		if tc.never != "" && slices.Contains(got, tc.never) {
			t.Errorf("%s: clusters %q; want no %q", tc.name, got, tc.never)
		}
	}
}

// TestDiscoverShortBlocks: one-word spellings that differ early in the
// word ("Astrakhan", "Asrakhan": no common block of the first letters)
// are still compared.
func TestDiscoverShortBlocks(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"The fleet left Astrakhan for Baku.\n", "The fleet left Asrakhan for Baku.\n", "Asrakhan | Astrakhan"},
	} {
		if got := discoverSources(t, tc.a, tc.b); !slices.Contains(got, tc.want) {
			t.Errorf("clusters %q; want %q among them", got, tc.want)
		}
	}
}

// TestDiscoverDescriptorPortfolio: after "Minister of", a descriptor of
// one word ("Defense") is the portfolio and the two words after it the
// name, though the text never writes the surname alone.
func TestDiscoverDescriptorPortfolio(t *testing.T) {
	got := discoverSources(t, "Putin met the defense minister, Sergei Shoigu, in Moscow.\n",
		"Putin met Minister of Defense Sergei Shoygu in Moscow.\n")
	if want := "Sergei Shoigu | Sergei Shoygu"; !slices.Contains(got, want) {
		t.Errorf("clusters %q; want %q among them", got, want)
	}
	for _, c := range got {
		if c == "Defense Sergei Shoygu" {
			t.Errorf("clusters %q: the portfolio kept in the name", got)
		}
	}
}
