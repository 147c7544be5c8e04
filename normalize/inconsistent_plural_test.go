package normalize

import (
	"slices"
	"strings"
	"testing"
)

// TestCheckPluralNoSpelling: a phrase of common nouns in the singular and
// the plural ("Public License", "Public Licenses"; "FIREWALL-POLICIES",
// "Firewall policy") is no name spelt two ways, when the text writes its
// last word in lower case; a name spelt two ways still is one.
func TestCheckPluralNoSpelling(t *testing.T) {
	text := "The Firewall Policy is a policy. Each FIREWALL-POLICY lists FIREWALL-POLICIES.\n" +
		"The FIREWALL-POLICIES command. FIREWALL-POLICIES again.\nCreate a Firewall policy.\n" +
		strings.Repeat("Ahmed Mirzaei spoke. ", 3) + "Ahmad Mirzaei left.\n"
	// main reported the three forms of "firewall policy" as spellings of
	// "FIREWALL-POLICIES".
	if got, want := checkPairs(t, text), []string{"Ahmad Mirzaei>Ahmed Mirzaei"}; !slices.Equal(got, want) {
		t.Errorf("check of singulars and plurals reported %q; want %q", got, want)
	}
	// pluralOf itself: the plural endings, on the last word, of a common
	// word of the text, in a phrase of two words or more.
	d := NewDiscovererFor(DefaultGlossary().lang)
	d.Add("Each rule and each policy of the firewall. John Roberts spoke.")
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Firewall Policy", "FIREWALL-POLICIES", true},
		{"Cloud Volume QuotaRules", "Cloud Volume Quota Rule", true},
		{"Firewall Rule", "Firewall Rules", true},
		{"John Robert", "John Roberts", false}, // never "roberts"
		{"Rule", "Rules", false},               // one word
		{"Firewall Rule", "Firewall Rule", false},
		{"Firewalls Rule", "Firewall Rule", false}, // not the last word
		{"Firewall Rule", "Firewall Ruler", false},
		{"Firewall Policy", "Firewall Policys", true},
		{"Firewall Policy", "Firewall Polices", false},
	} {
		if got := d.pluralOf(c.a, c.b); got != c.want {
			t.Errorf("pluralOf(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
		if got := d.pluralOf(c.b, c.a); got != c.want {
			t.Errorf("pluralOf(%q, %q) = %v; want %v", c.b, c.a, got, c.want)
		}
	}
}
