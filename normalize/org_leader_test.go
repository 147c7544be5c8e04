package normalize

import "testing"

// TestLeaderSubtitle checks org_leader.go's reading of a party's name with
// its leader's name after a dash (pairs of the Party Facts design part and
// written here) alone, and that names match's matcher calls the pairs it
// reads one name and leaves the look-alikes apart: a split, a faction or
// an alliance's other member after the dash is another party.
func TestLeaderSubtitle(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"We are family — Boris Kollar", "We Are Family", true},
		{"We Are Family", "We are family -- Boris Kollar", true},
		{"Sme Rodina — Boris Kollár", "Sme Rodina", true},
		{"Balgarski Zemedelski Naroden Suyuz – \"Nikola Petkov\"", "Balgarski Zemedelski Naroden Sayuz", true},
		{"Citizens' Union - Anna Novak", "Citizens' Union", true},
		// one word, a head noun, a translated word or a country after the dash
		{"Indonesian Democratic Party – Struggle", "Indonesian Democratic Party", false},
		{"Forum for the Restoration of Democracy – Kenya", "Forum for the Restoration of Democracy", false},
		{"Georgian Dream – Democratic Georgia", "Georgian Dream", false},
		{"Russia's Democratic Choice – United Democrats", "Russia's Democratic Choice", false},
		{"Zimbabwe African National Union – Patriotic Front", "Zimbabwe African National Union", false},
		{"Citizens' Union - Free Poland", "Citizens' Union", false},
		// the other name has its own dash part, or another head
		{"Independent List -- Ivan Grubisic", "Independent List -- Milan Bandic", false},
		{"Independent List -- Ivan Grubisic", "Independent List of Milan Bandic", false},
		{"Democratic Left Alliance – Anna Novak", "Labour Union", false},
		// a hyphen without spaces joins words
		{"Alsace-Lorraine Party", "Alsace", false},
	} {
		if got := leaderSubtitle(c.a, c.b, nil); got != c.want {
			t.Errorf("leaderSubtitle(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
		if got := m.Same(c.a, c.b); c.want && !got {
			t.Errorf("Same(%q, %q) = false (%.3f); want true", c.a, c.b, m.Similarity(c.a, c.b))
		}
	}
	for _, c := range [][2]string{
		{"Indonesian Democratic Party – Struggle", "Indonesian Democratic Party"},
		{"Georgian Dream – Democratic Georgia", "Democratic Georgia"},
		{"Union of Democratic Forces – Centre", "Union of Democratic Forces - Liberal"},
	} {
		if m.Same(c[0], c[1]) {
			t.Errorf("Same(%q, %q) = true (%.3f); want false", c[0], c[1], m.Similarity(c[0], c[1]))
		}
	}
}

// TestMayHaveDash checks leaderSubtitle's quick test.
func TestMayHaveDash(t *testing.T) {
	for s, want := range map[string]bool{
		"Zares - New Politics":        true,
		"Independent List -- Ivan":    true,
		"Smer–SD":                     true,
		"Georgian Dream — Democratic": true,
		"Alsace-Lorraine Party":       false,
		"Jean-Luc Picard":             false,
		"Vladimir Putin":              false,
		"":                            false,
	} {
		if got := mayHaveDash(s); got != want {
			t.Errorf("mayHaveDash(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestLeaderWith checks the reading of a list's name with its leader's
// after "with", alone and through names match's matcher.
func TestLeaderWith(t *testing.T) {
	checkOrgRule(t, "leaderWith", leaderWith, []ruleCase{
		{"The Other Europe", "The Other Europe with Tsipras", true},
		{"Civic Choice", "Civic Choice with Monti per Italy", true},
		{"Civic Choice", "Civic Choice with Italy", false},           // a country
		{"Civic Choice", "Civic Choice with the Greens", false},      // a connector
		{"Civic Choice", "Civic Choice with Socialists", false},      // a word the tables know
		{"Europe", "Europe with Tsipras", false},                     // one word
		{"The Other Europe", "The Other Europe of Tsipras", false},   // not "with"
		{"The Other Europe", "The Other Europe with tsipras", false}, // not capitalised
	})
}

// TestLeaderAppended: a native name in sentence case and that name with
// its leader's after it (Party Facts' variants), and what stays apart: a
// person's name with more names, an organisation's word after it, one
// word, a name in title case.
func TestLeaderAppended(t *testing.T) {
	checkOrgRule(t, "leaderAppended", func(a, b string) bool { return leaderAppended(a, b, nil) }, []ruleCase{
		{"Úsvit přímé demokracie", "Úsvit přímé demokracie Tomia Okamury", true},
		{"Drzavljanska lista", "Državljanska Lista Gregorja Viranta", true}, // the rest by the letters
		{"Lista Gregorja Viranta Državljanska lista", "Državljanska lista", false},
		// people's names: no word in small letters, or only a connector
		{"José María", "José María Aznar López", false},
		{"Maria della Rovere", "Maria della Rovere Anna Bianchi", false},
		// the words after it are no leader's name
		{"Úsvit přímé demokracie", "Úsvit přímé demokracie Czech Republic", false},
		{"Úsvit přímé demokracie", "Úsvit přímé demokracie Národní Koalice", false},
		{"Úsvit přímé demokracie", "Úsvit přímé demokracie Okamury", false},
		{"Úsvit přímé demokracie", "Úsvit přímé Tomia Okamury", false},
	})
	m := devMatcher()
	if m.Same("José María", "José María Aznar López") {
		t.Errorf("Same(%q, %q) = true; want false", "José María", "José María Aznar López")
	}
}
