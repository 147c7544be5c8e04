package normalize

import (
	"slices"
	"testing"
)

// TestDiscoverVersionSlips: two translators' versions of one story (the
// same other names around them), one spelling a name a letter away from
// the other (replaced, left out, swapped; not the first or last letter),
// are one name, and so are names of eight letters or more two letters
// apart; the same look-alikes in two unrelated articles, a last letter
// apart (Petrov, Petrova), shorter names two letters apart (Ivanov,
// Ivashov), or in one text (typoOf's business) are not joined by this
// rule.
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
		{"two letters", []string{story("Berzerker"), story("Beserker")}, "Berzerker | Beserker", ""},
		{"two letters added", []string{story("Denis Remenko"), story("Denis Remenyako")}, "Denis Remenko | Denis Remenyako", ""},
		{"two letters, short", []string{story("Ivanov"), story("Ivashov")}, "", "Ivanov | Ivashov"},
		{"two letters, last letter", []string{story("Aleksandrov"), story("Aleksandrova")}, "", "Aleksandrov | Aleksandrova"},
		{"two letters, unrelated articles", []string{story("Berzerker"), other("Beserker")}, "", "Berzerker | Beserker"},
		{"three letters", []string{story("Kalashnikov"), story("Kolochnikov")}, "", "Kalashnikov | Kolochnikov"},
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

// TestDiscoverVersionKinds: two versions of one story, one writing a
// street's or district's kind after its name ("Seleznev Street", "Louna
// District"), the other the Russian word in lower case and the name in
// the genitive or as an adjective ("ulitsa Selezneva", "Stavropolskaya
// ulitsa", "Prikuban district") or a letter apart ("the Lyuna
// district"): one name. Not joined: the name and its kind spelt alike
// ("Karasun District", "Karasun": one spelling), the two in one source
// (a woman Ivanova and Ivanov Street), the two in unrelated articles,
// and a name whose stem is two letters away (Gorodische District,
// Gorodishchensky).
func TestDiscoverVersionKinds(t *testing.T) {
	story := func(street string) string {
		return "Putin met Shoigu in Krasnodar. The round tables of Kondratyev and Nelyubov are held in Kuban.\n" +
			"The first is at 244 " + street + " on Monday.\n"
	}
	other := func(street string) string {
		return "Rain fell on Oslo and Bergen. The race started at " + street + " in Trondheim.\n"
	}
	for _, tc := range []struct {
		name  string
		texts []string
		want  string // a cluster wanted ("" none)
		never string // a cluster not wanted
	}{
		{"genitive", []string{story("Seleznev Street"), story("ulitsa Selezneva")}, "Seleznev Street | Selezneva", ""},
		{"adjective", []string{story("Stavropol Street"), story("Stavropolskaya ulitsa")}, "Stavropol Street | Stavropolskaya", ""},
		{"adjective and a letter", []string{story("Bazylianska street"), story("Baziliansky Street")}, "Baziliansky Street | Bazylianska", ""},
		{"district in lower case", []string{story("the Prikubansk District"), story("the Prikuban district")}, "Prikuban | Prikubansk District", ""},
		{"a letter apart", []string{story("the Louna District"), story("the Lyuna district")}, "Louna District | Lyuna", ""},
		{"one spelling", []string{story("the Karasun District"), story("the Karasun district")}, "", "Karasun | Karasun District"},
		{"one source", []string{story("Ivanov Street") + "Ivanova said so.\n", story("ulitsa Ivanova") + "Ivanova said so.\n"}, "", "Ivanov Street | Ivanova"},
		{"unrelated articles", []string{story("Seleznev Street"), other("ulitsa Selezneva")}, "", "Seleznev Street | Selezneva"},
		{"two letters", []string{story("the Gorodische District"), story("the Gorodishchensky district")}, "", "Gorodische District | Gorodishchensky"},
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

// TestPlaceStemsAlike: a street's name with a Russian ending and without
// it, or a letter apart, have alike stems; two names do not.
func TestPlaceStemsAlike(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Seleznev", "Selezneva", true},
		{"Kalnin", "Kalinina", true},
		{"Stavropol", "Stavropolskaya", true},
		{"Prikubansk", "Prikuban", true},
		{"Bazylianska", "Baziliansky", true},
		{"Gortsaranain", "Gortsaranian", true},
		{"Gorodische", "Gorodishchensky", false},
		{"Seleznev", "Kalinina", false},
		{"Lenina", "Lermontova", false},
	} {
		for _, p := range [][2]string{{tc.a, tc.b}, {tc.b, tc.a}} {
			if got := alikeStems(placeStems(p[0]), placeStems(p[1])); got != tc.want {
				t.Errorf("alikeStems(placeStems(%q), placeStems(%q)) = %v; want %v", p[0], p[1], got, tc.want)
			}
		}
	}
}

// TestDiscoverSlipInVersion: a slip one version writes once beside the
// right spelling, which the other version writes alone, is that name
// (Tatarsan beside Tatarstan); not a spelling written twice, nor one the
// other version writes too, nor one in two unrelated articles.
func TestDiscoverSlipInVersion(t *testing.T) {
	story := func(extra string) string {
		return "Putin met Shoigu in Tatarstan. The ships of Admiral Yevmenov left Baltiysk for Kaliningrad.\n" +
			"The expedition of Bellingshausen and Lazarev reached Antarctica." + extra + "\n"
	}
	other := "Rain fell on Oslo and Bergen. Tatarstan lost the match in Trondheim.\n"
	for _, tc := range []struct {
		name  string
		texts []string
		want  bool
	}{
		{"once in one version", []string{story(" Tatarsan is warm."), story("")}, true},
		{"twice in one version", []string{story(" Tatarsan is warm. Tatarsan is far."), story("")}, false},
		{"in both versions", []string{story(" Tatarsan is warm."), story(" Tatarsan is warm.")}, false},
		{"unrelated articles", []string{story(" Tatarsan is warm."), other}, false},
	} {
		got := slices.Contains(discoverSources(t, tc.texts...), "Tatarsan | Tatarstan")
		if got != tc.want {
			t.Errorf("%s: cluster Tatarsan | Tatarstan = %v; want %v", tc.name, got, tc.want)
		}
	}
}
