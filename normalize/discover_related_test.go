package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestDiscoverRelated holds the kinds of related form: each is found, and
// each look-alike beside it is not.
func TestDiscoverRelated(t *testing.T) {
	d := NewDiscoverer()
	d.Add(`Maj. Gen. Hossein Salami met the minister. Salami said so. Later, Salami left.
The Islamic Revolutionary Guard Corps spoke. The IRGC said it twice, the IRGC said.
Daesh claimed it. Fighters of ISIS fled.
Stressing Iran's role, he spoke of Islamic Iran and the Islamic Revolution. Iran and Iran again.
Arab Islamic countries met. Islamic Jihad spoke.
Abdul Karim Salami is another man.`)
	rel := map[string]string{} // related form -> canonical of its cluster
	for _, c := range d.Clusters(SameThreshold) {
		for _, r := range c.Related {
			rel[r.Form+" ("+r.Why+")"] = c.Canonical
		}
	}
	for form, want := range map[string]string{
		"Islamic Revolutionary Guard Corps (glossary)": "IRGC", // the more frequent receives
		"ISIS (glossary)": "Daesh",
	} {
		if rel[form] != want {
			t.Errorf("related %s: in %q, want %q (all: %v)", form, rel[form], want, rel)
		}
	}
	for form := range rel {
		for _, never := range []string{"Iran (", "Islamic (", "Salami ("} {
			// "Iran" would be a short form of "Islamic Iran" but "Islamic"
			// is a name on its own; "Islamic" is a modifier; "Salami"
			// ends two names (Hossein Salami, Abdul Karim Salami).
			if strings.HasPrefix(form, never) {
				t.Errorf("%s is a related form of %q; want none", form, rel[form])
			}
		}
	}
	d = NewDiscoverer()
	d.Add("Maj. Gen. Hossein Salami met the minister. Salami said so. The IRGA spoke.")
	cs := d.Clusters(SameThreshold)
	if len(cs) != 1 || cs[0].Canonical != "Hossein Salami" || len(cs[0].Related) != 1 || cs[0].Related[0].Why != "short form" {
		t.Errorf("Clusters = %+v, want Hossein Salami with the short form Salami", cs)
	}
	if e := ClusterEntries(cs, KindPerson, language.Und); len(e) != 0 {
		t.Errorf("ClusterEntries of a cluster of one spelling = %v, want none stored", e)
	}
}

// TestDottedAcronym: "U.S." is one candidate, an acronym of "United
// States"; initials with spaces stay apart.
func TestDottedAcronym(t *testing.T) {
	for in, want := range map[string]string{"U.S. forces": "U.S.", "U.N.": "U.N.", "J.R.R. Tolkien": "J.R.R.", "A. Smith": "A", "US": "US"} {
		s, e := nextToken(in, 0)
		if got := in[s:dottedAcronymEnd(in, s, e)]; got != want {
			t.Errorf("dottedAcronymEnd(%q) = %q, want %q", in, got, want)
		}
	}
	d := NewDiscoverer()
	d.Add("The United States said so. U.S. troops left. The GM plant and George Mason met.")
	cs := d.Clusters(SameThreshold)
	if len(cs) != 1 || cs[0].Canonical != "United States" || cs[0].Related[0].Form != "U.S." {
		t.Errorf("Clusters = %+v, want United States with the acronym U.S. (and GM, two undotted letters, alone)", cs)
	}
}
