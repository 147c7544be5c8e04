package normalize

import (
	"strings"
	"testing"
)

// markSegments is the shape of the OmegaT manual's menu items: two
// opposite names ("Mark Translated Segments", "Mark Untranslated
// Segments": 0.800, a negating prefix) that each score 0.92 with a
// shorter one, "Mark Segments".
const markSegments = `In the menu, the Mark Translated Segments item colours the translated ones.
The Mark Translated Segments item is off by default.
When the Mark Translated Segments item is on, you see them.
The Mark Untranslated Segments item colours the rest.
With the Mark Untranslated Segments item on, you see those.
Both are under the Mark Segments menu.
`

// TestDiscoverKeepsDifferentApart: two forms the matcher calls different
// are in no one cluster, though each is linked to a third; the check
// reports neither as a spelling of the other.
func TestDiscoverKeepsDifferentApart(t *testing.T) {
	const a, b = "Mark Translated Segments", "Mark Untranslated Segments"
	if s := Similarity(a, b); s >= SameThreshold {
		t.Fatalf("Similarity(%q, %q) = %.3f: the test wants a pair the matcher calls different", a, b, s)
	}
	for _, bridge := range []string{a, b} {
		if s := Similarity(bridge, "Mark Segments"); s < SameThreshold {
			t.Fatalf("Similarity(%q, Mark Segments) = %.3f: the test wants it linked", bridge, s)
		}
	}
	d := NewDiscoverer()
	d.Add(markSegments)
	for _, c := range d.Clusters(SameThreshold) {
		var forms []string
		for _, v := range c.Variants {
			forms = append(forms, v.Form)
		}
		for _, r := range c.Related {
			forms = append(forms, r.Form)
		}
		all := "|" + strings.Join(forms, "|") + "|"
		if strings.Contains(all, "|"+a+"|") && strings.Contains(all, "|"+b+"|") {
			t.Errorf("Clusters: %q and %q in one cluster: %q", a, b, forms)
		}
	}
	if got := checkPairs(t, markSegments); len(got) != 0 {
		t.Errorf("check reports %q; want nothing", got)
	}
}

// TestLinkSetJoin: links are taken strongest first, and a link between
// two forms that are no spellings of each other that would put two forms
// found different (below the cutoff) in one set is left out when a
// cluster could list the two as spellings of one name; a shorter form
// linked to both goes to the closer. A long and a short form of one name
// (no spelling pair), a chain of spellings, and two forms a test left
// apart that the matcher calls the same, do not keep sets apart.
func TestLinkSetJoin(t *testing.T) {
	cases := []struct {
		name  string
		forms []string
		links [][3]float64 // i, j, similarity
		apart [][3]float64 // i, j, similarity or unscored
		same  [][2]int     // pairs wanted in one set
		other [][2]int     // pairs wanted in two
	}{
		{"opposites through a shorter form",
			[]string{"Mark Segments", "Mark Translated Segments", "Mark Untranslated Segments"},
			[][3]float64{{0, 2, 0.92}, {0, 1, 0.93}}, [][3]float64{{1, 2, 0.8}},
			[][2]int{{0, 1}}, [][2]int{{1, 2}, {0, 2}}},
		{"the stronger link first, whatever the order found",
			[]string{"Mark Segments", "Mark Translated Segments", "Mark Untranslated Segments"},
			[][3]float64{{0, 1, 0.92}, {0, 2, 0.93}}, [][3]float64{{1, 2, 0.8}},
			[][2]int{{0, 2}}, [][2]int{{1, 2}, {0, 1}}},
		{"a longer form is no spelling",
			[]string{"Yakushi Nyorai", "Yakushi Ruriko Nyorai", "Yakushi-Nyorai"},
			[][3]float64{{0, 1, 0.9}, {0, 2, 1}}, [][3]float64{{1, 2, 0.7}},
			[][2]int{{0, 1}, {0, 2}, {1, 2}}, nil},
		{"a chain of spellings, its ends just apart",
			[]string{"Hezbollah", "Hizbollah", "Hezballah"},
			[][3]float64{{0, 1, 1}, {0, 2, 0.886}}, [][3]float64{{1, 2, 0.843}},
			[][2]int{{0, 1}, {0, 2}, {1, 2}}, nil},
		{"apart by a test, the same to the matcher",
			[]string{"Jizo Bosatsu", "Jizo Bosatsu Statue", "Jizo-Bosatsu", "Jizo-Bosatsu Statue"},
			[][3]float64{{0, 1, 0.9}, {2, 3, 0.9}, {1, 3, 0.95}}, [][3]float64{{0, 2, unscored}},
			[][2]int{{0, 2}}, nil},
	}
	for _, tc := range cases {
		cands := make([]candidate, len(tc.forms))
		for i, f := range tc.forms {
			cands[i] = candidate{form: f}
		}
		ls := newLinkSet(cands, SameThreshold)
		for _, l := range tc.links {
			ls.link(int(l[0]), int(l[1]), l[2])
		}
		for _, p := range tc.apart {
			ls.notLinked(int(p[0]), int(p[1]), p[2])
		}
		sets := newUnionFind(len(cands))
		ls.join(sets)
		for _, p := range tc.same {
			if sets.find(p[0]) != sets.find(p[1]) {
				t.Errorf("%s: %q and %q in two sets; want one", tc.name, tc.forms[p[0]], tc.forms[p[1]])
			}
		}
		for _, p := range tc.other {
			if sets.find(p[0]) == sets.find(p[1]) {
				t.Errorf("%s: %q and %q in one set; want two", tc.name, tc.forms[p[0]], tc.forms[p[1]])
			}
		}
	}
}
