package normalize

import "testing"

// A person's press form against the full name (shortfull): the given name
// and surname of a Western name whose middle names are left out, the given
// and family names of an Arabic chain that leaves out the father's and
// grandfather's names (Ayman al-Zawahiri), and its given and father's names
// (Saddam Hussein), in both orders; and the names that must stay apart:
// another surname, a brother's middle name, the inner words of a chain
// alone, a Western name with words added after the surname.
func TestShortFullNames(t *testing.T) {
	m := devMatcher()
	kept := [][2]string{
		{"Ayman al-Zawahiri", "Ayman Muhammad Rabi al-Zawahiri"},
		{"Muammar Gaddafi", "Muammar Mohammed Abu Minyar Gaddafi"},
		{"Georg Hegel", "Georg Wilhelm Friedrich Hegel"},
		{"Friedrich Schelling", "Friedrich Wilhelm Joseph Schelling"},
		{"Khalid Ahmad", "Khalid Ahmad Salih al-Juburi"},     // given and father's names
		{"Khalid Ahmad", "Khalid Ahmad bin Salih al-Juburi"}, // the same, "son of" written
	}
	apart := [][2]string{
		{"Ayman al-Zawahiri", "Ayman Muhammad Rabi al-Zarqawi"}, // another surname
		{"Ahmad Shah Massoud", "Ahmad Zia Massoud"},             // brothers
		{"Muhammad Rabi", "Ayman Muhammad Rabi al-Zawahiri"},    // the chain's inner words alone
		{"Khalid Salih", "Khalid Ahmad Salih al-Juburi"},        // the grandfather's name, not the father's
		{"Georg Friedrich", "Georg Wilhelm Friedrich Hegel"},    // given names, no surname
		{"John Smith", "John Smith Paul Jones"},                 // not a chain: another surname after
		{"Hankyu Group", "Hankyu Hanshin Toho Group"},           // an organisation
	}
	checkApartBy(t, m.Similarity, bothOrders(apart), bothOrders(kept))
}

// In running text (a checkSim: normalize --check, names discover) the
// press form and the full name are not one spelling: the rule is off.
func TestShortFullNotInText(t *testing.T) {
	c := newCheckSim()
	for _, p := range [][2]string{
		{"Georg Hegel", "Georg Wilhelm Friedrich Hegel"},
		{"Hankyu Line", "Hankyu Takarazuka Main Line"},
		{"Khalid Ahmad", "Khalid Ahmad Salih al-Juburi"},
	} {
		if s := c.Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("in text %q, %q: %.3f, want under %.2f", p[0], p[1], s, SameThreshold)
		}
	}
}
