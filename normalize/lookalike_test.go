package normalize

import "testing"

// checkApart asserts that each pair of apart scores under SameThreshold and
// each pair of kept at or over it.
func checkApart(t *testing.T, apart, kept [][2]string) {
	t.Helper()
	checkApartBy(t, Similarity, apart, kept)
}

// checkApartBy is checkApart with the scores of sim: a Matcher's
// Similarity (with a glossary, or the development set's devMatcher).
func checkApartBy(t *testing.T, sim func(a, b string) float64, apart, kept [][2]string) {
	t.Helper()
	for _, p := range apart {
		if s := sim(p[0], p[1]); s >= SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want under %.2f (different names)", p[0], p[1], s, SameThreshold)
		}
	}
	for _, p := range kept {
		if s := sim(p[0], p[1]); s < SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want at least %.2f (one name)", p[0], p[1], s, SameThreshold)
		}
	}
}

// bothOrders gives each pair of ps followed by the pair swapped, for a
// test that asks both orders: the rules read the two names of a pair in
// different parts (the shorter against the longer, the one with a title
// or an article), and a rule that reads one order only is a bug.
func bothOrders(ps [][2]string) [][2]string {
	out := make([][2]string, 0, 2*len(ps))
	for _, p := range ps {
		out = append(out, p, [2]string{p[1], p[0]})
	}
	return out
}

// sameCase is a pair of names and whether they are one name (a score at
// SameThreshold or over), for the tables that mix the two.
type sameCase struct {
	a, b string
	same bool
}

// checkSameBoth asserts each case's verdict with sim's scores in both
// orders of its pair, in checkApartBy's words.
func checkSameBoth(t *testing.T, sim func(a, b string) float64, cases []sameCase) {
	t.Helper()
	var apart, kept [][2]string
	for _, c := range cases {
		if c.same {
			kept = append(kept, [2]string{c.a, c.b})
		} else {
			apart = append(apart, [2]string{c.a, c.b})
		}
	}
	checkApartBy(t, sim, bothOrders(apart), bothOrders(kept))
}

// TestWadeGilesSyllablesDistinct: a Wade-Giles name read as Pinyin whose
// syllable is another Pinyin syllable is another name (Ao is not yü, Pinyin
// yu), though the letters are near; the readings of one name stay one.
func TestWadeGilesSyllablesDistinct(t *testing.T) {
	checkApart(t,
		[][2]string{{"Li Ao", "Li Yü"}, {"Ma Ao", "Ma Yü"}},
		[][2]string{{"Li Yü", "Li Yu"}, {"Li Yüan", "Li Yuan"}, {"Lu Hsün", "Lu Xun"}, {"Mao Tse-tung", "Mao Zedong"}, {"Chou En-lai", "Zhou Enlai"}})
}

// TestEndingDistinct: a word that ends in a consonant and e in one name and
// the same consonant and i in the other is another name (an Italian family
// plural, a Latvian declension); e and i elsewhere, after h or a vowel, or
// as English -y stay near.
func TestEndingDistinct(t *testing.T) {
	checkApart(t,
		[][2]string{{"Silvestre", "Silvestri"}, {"Priekule", "Priekuli"}, {"Marco Silvestre", "Marco Silvestri"}, {"Rossi", "Rosse"}},
		[][2]string{{"Salih", "Saleh"}, {"Ali Abdullah Saleh", "Ali Abdallah Salih"}, {"Cecilie", "Cécile"}, {"Jesse", "Jessy"}, {"Hezbollah", "Hizbollah"}, {"Mohammed", "Mohammad"}})
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Silvestre", "Silvestri", true},
		{"Priekule", "Priekuli", true},
		{"Salih", "Saleh", false},                     // h: Arabic ح, not an ending
		{"Marie", "Mare", false},                      // not one letter changed
		{"Kelle", "Kellee", false},                    // lengths differ
		{"Ana Rossi", "Ane Rossi", false},             // too short to end a stem
		{"Silvestre Rossi", "Silvestri Rosse", false}, // two words differ
	} {
		if got := endingDistinct(c.a, c.b); got != c.want {
			t.Errorf("endingDistinct(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestInnerHeadAdded: a head noun of organisation names added inside an
// organisation's name makes another organisation; a name that lists
// alternatives with slashes, and words added that are no head nouns, do not.
func TestInnerHeadAdded(t *testing.T) {
	checkApart(t,
		[][2]string{{"Islamic Group", "Islamic Jihad Group"}, {"National Liberation Army", "National Liberation Front Army"}},
		[][2]string{{"Revolutionary People's Liberation Party/Front", "Revolutionary People's Liberation Army/Front/Party"}, {"Al-Aqsa Martyrs Brigade", "Al-Aqsa Martyrs' Brigades"}, {"Liberation Tigers of Tamil Eelam", "Liberation Tigers of Tamil Ealam"}})
}

// TestKunyaAgainstName: a word that is a kunya's (after Abu or Umm) in one
// name and a name of its own in the other marks another person (the father
// of a Muhammad); the kunya written in one word, spelled otherwise, or
// added to a name whose own words match, stays one person.
func TestKunyaAgainstName(t *testing.T) {
	checkApart(t,
		[][2]string{{"Abu Muhammad al-Julani", "Muhammad al-Julani"}, {"Abu Bakr al-Baghdadi", "Bakr al-Baghdadi"}, {"Abu Umar al-Baghdadi", "Umar al-Baghdadi"}, {"Umm Ahmad al-Hashimi", "Ahmad al-Hashimi"}},
		[][2]string{{"Abou Mohammed al-Adnani", "Abu Muhammad al-Adnani"}, {"Abu Bakr", "Abubakar"}, {"Abubakar Shekau", "Abu Bakr Shekau"}, {"Abu Bakr al-Baghdadi", "Abubakr al-Baghdadi"}, {"Abu Hamza al-Masri", "Abu Hamza"}, {"Abu Musab al-Zarqawi", "Abu Musab Zarqawi"}})
}

// TestArabicHeadsAndSharedAliases: an organisation named by an Arabic,
// Urdu or Persian head noun with a place added is its branch, and a form
// that several listings of the alias table give joins a name to none of
// them; spellings of one such name, and two forms of one listing, stay one.
func TestArabicHeadsAndSharedAliases(t *testing.T) {
	m := devMatcher()
	for _, p := range [][2]string{
		{"Ansar al-Shari'a", "Ansar al-Sharia Derna"}, {"Ansar al-Sharia", "Ansar al-Sharia Benghazi"},
		{"Lashkar-e-Taiba", "Lashkar-e-Taiba Kashmir"}, {"Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar Pakistan"},
	} {
		if s := m.Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want under %.2f (an organisation and its branch)", p[0], p[1], s, SameThreshold)
		}
	}
	for _, p := range [][2]string{
		{"Ansar al-Sharia Benghazi", "Ansar al Charia Benghazi"}, {"Ansar al-Sharia Derna", "Ansar al-Charia Derna"},
		{"Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan"}, {"Jemaah Islamiyah", "Jemaah Islamiya"},
		{"Ansar Dine", "Ansar Eddine"}, {"Ansar Beit al-Maqdis", "Ansar Bayt al-Maqdis"},
	} {
		if s := m.Similarity(p[0], p[1]); s < SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want at least %.2f (one organisation)", p[0], p[1], s, SameThreshold)
		}
	}
}

// ruleCase is a pair of names and what a rule of two names answers: a
// wordApart rule (apartRule) whether it tells them apart, a short form's
// test (partyShortForm, titlePartShortForm) whether a is b's.
type ruleCase struct {
	a, b string
	want bool
}

// apartRule returns wordApart rule r as a test of two names: set, then r, as
// wordApartDistinct calls it.
func apartRule(r func(*wordApart) bool) func(a, b string) bool {
	return func(a, b string) bool {
		var w wordApart
		return w.set(a, b) && r(&w)
	}
}

// checkRule checks rule, named name in the failures, on each case.
func checkRule(t *testing.T, name string, rule func(a, b string) bool, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		if got := rule(c.a, c.b); got != c.want {
			t.Errorf("%s(%q, %q) = %v; want %v", name, c.a, c.b, got, c.want)
		}
	}
}
