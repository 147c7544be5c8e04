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
		{"Anna Lindqvist", "Maria Elisabet Anna Lindqvist"},  // the given name in use and the surname
		{"Ragnar von Essen", "Carl Johan Ragnar von Essen"},  // the same, the surname's particle
	}
	apart := [][2]string{
		{"Ayman al-Zawahiri", "Ayman Muhammad Rabi al-Zarqawi"},       // another surname
		{"Ahmad Shah Massoud", "Ahmad Zia Massoud"},                   // brothers
		{"Muhammad Rabi", "Ayman Muhammad Rabi al-Zawahiri"},          // the chain's inner words alone
		{"Khalid Salih", "Khalid Ahmad Salih al-Juburi"},              // the grandfather's name, not the father's
		{"Georg Friedrich", "Georg Wilhelm Friedrich Hegel"},          // given names, no surname
		{"John Smith", "John Smith Paul Jones"},                       // not a chain: another surname after
		{"Hankyu Group", "Hankyu Hanshin Toho Group"},                 // an organisation
		{"Anna Lindqvist", "Maria Elisabet Anna Berg"},                // another surname
		{"Elisabet Anna", "Maria Elisabet Anna Lindqvist"},            // given names, no surname
		{"Democratic Georgia", "Georgian Dream - Democratic Georgia"}, // two names joined by a dash
		{"United States", "Virgin Islands of the United States"},      // an entity: words in small letters
		{"For San Marino", "Euro-Populars for San Marino"},            // the same, "for" written with a capital in one
		{"Virgin Islands", "United States Virgin Islands"},            // a place's plural noun, no surname
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
		{"Anna Lindqvist", "Maria Elisabet Anna Lindqvist"},
	} {
		if s := c.Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("in text %q, %q: %.3f, want under %.2f", p[0], p[1], s, SameThreshold)
		}
	}
}

// givenNamesBefore reads the longer name's words as written: capitals,
// the shorter name's particles in small letters, no dash, no place's
// plural noun at the end of the shorter name.
func TestGivenNamesBefore(t *testing.T) {
	for _, c := range []struct {
		long, short string
		want        bool
	}{
		{"Maria Elisabet Anna Lindqvist", "Anna Lindqvist", true},
		{"Carl Johan Ragnar von Essen", "Ragnar von Essen", true},
		{"Carl Johan Ragnar von Essen", "Ragnar Von Essen", false}, // "von" not in the shorter as written
		{"Estado de São Paulo", "São Paulo", false},
		{"Georgian Dream — Democratic Georgia", "Democratic Georgia", false},
		{"Georgian Dream - Democratic Georgia", "Democratic Georgia", false},
		{"United States Virgin Islands", "Virgin Islands", false},
		{"Ida Maria _marja_ Lahti", "Marja Lahti", true}, // no small letter first
	} {
		if got := givenNamesBefore(c.long, c.short); got != c.want {
			t.Errorf("givenNamesBefore(%q, %q) = %v; want %v", c.long, c.short, got, c.want)
		}
	}
}
