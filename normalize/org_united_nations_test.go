package normalize

import "testing"

// TestUnitedNationsLeftOut checks unitedNationsLeftOut
// (org_united_nations.go) both ways round and through the matcher: a
// body of the United Nations with and without its name, and the names
// it keeps apart.
func TestUnitedNationsLeftOut(t *testing.T) {
	cases := []ruleCase{
		{"Food and Agriculture Organization", "Food and Agriculture Organization of the United Nations", true}, // org-wp
		{"Office of the High Commissioner for Human Rights", "Office of the United Nations High Commissioner for Human Rights", true},
		{"Industrial Development Organization", "United Nations Industrial Development Organization", true},
		{"Development Programme", "United Nations Development Programme", false},                                // two words: any body's
		{"Food and Agriculture Organization", "Food and Agriculture Organization of the United Kingdom", false}, // not the United Nations
		{"Food and Agriculture Organization", "Food and Fisheries Organization of the United Nations", false},   // another word
		{"Food and Agriculture Organization", "Food and Agriculture Organization of United Nations", false},     // not "of the"
		{"Food and Agriculture Organization", "Food and Agriculture Organization of the United Nations Association", false},
		{"Association of the United Nations", "Association of the United Nations in Finland", false},
		{"Food and Agriculture Organization", "Food and Agriculture OrganizationUnited Nations", false},
		{"Food and Agriculture Organization", "Food and Agriculture Organization", false}, // one name: no rule needed
	}
	checkOrgRule(t, "unitedNationsLeftOut", func(a, b string) bool { return unitedNationsLeftOut(a, b, nil) }, cases)
	for _, c := range cases {
		if got := unitedNationsLeftOut(c.b, c.a, nil); got != c.want {
			t.Errorf("unitedNationsLeftOut(%q, %q) = %v; want %v", c.b, c.a, got, c.want)
		}
	}
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Food and Agriculture Organization", "Food and Agriculture Organization of the United Nations", true},
		{"Food and Agriculture Organization", "Food and Fisheries Organization of the United Nations", false},
	})
}
