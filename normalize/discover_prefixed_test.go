package normalize

import (
	"strings"
	"testing"
)

// TestDiscoverPrefixedName: a one-word name that is another whole with
// two letters or more before it is a name of its own (Aomori the
// prefecture, Mori the batter), in one text as over a folder; one letter
// more (a typo's length) and a joined article are not told apart so.
func TestDiscoverPrefixedName(t *testing.T) {
	clusters := func(text string) []string {
		d := NewDiscoverer()
		d.Add(text)
		var out []string
		for _, c := range d.Clusters(SameThreshold) {
			if len(c.Variants) > 1 {
				var fs []string
				for _, v := range c.Variants {
					fs = append(fs, v.Form)
				}
				out = append(out, strings.Join(fs, " | "))
			}
		}
		return out
	}
	if got := clusters("Mori hit a double. The batter Mori ran home and Mori scored. The team flew to Aomori for the next game.\n"); len(got) != 0 {
		t.Errorf("clusters %q: Mori and Aomori are two names", got)
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Aomori", "Mori", true}, {"Mori", "Aomori", true}, {"Okubo", "Kubo", false},
		{"Alhashimi", "Hashimi", false}, {"Mori Ogai", "Ogai", false}, {"Hamori", "Mori", true},
	} {
		if got := prefixedApart(tc.a, tc.b); got != tc.want {
			t.Errorf("prefixedApart(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
