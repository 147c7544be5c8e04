package normalize

import (
	"slices"
	"testing"
)

// TestCheckOrgSpellings: a check (checkSim: normalize --check, names
// discover) reads the organisation rules that find two spellings of one
// name (checkOrgStage) as names match does, and not the acronyms, short
// forms and other wordings names match also reads as one organisation.
func TestCheckOrgSpellings(t *testing.T) {
	m := NewMatcher(nil)
	for _, c := range []struct {
		a, b string
		same bool
	}{
		// orgSlip: one letter added or left out.
		{"Militant Socialist Movement", "Militiant Socialist Movement", true},
		// orgStemSpelling: a word in another form of its stem, in place.
		{"Guatemalan Reformer Party", "Guatemalan Reformist Party", true},
		{"Chinese Bee Products Association", "China Bee Products Association", true}, // WMT21 zh-en reference
		{"Arabic Democratic Union Party", "Arabic Democratic Unionist Party", true},
		{"Serb List", "Serbian List", true},
		{"Romanian Social Democratic Party", "Romanian Socialist Democratic Party", false}, // two parties (doctrineOf)
		{"National Party", "Nationalist Party", false},
		// Not spellings: names match reads them as one organisation, a
		// check does not.
		{"Islamic Revolution Guards Corps", "IRGC", false},                   // an acronym beside its name is house style
		{"Fatherland Bloc", "Homeland Bloc", false},                          // a synonym of a translated head noun
		{"Rugby League", "Rugby Union", false},                               // and the synonym is two sports
		{"Frente Guasú", "Guasú Front", false},                               // a head noun translated and moved
		{"Popular Party", "People's Party", false},                           // a translator's choice
		{"Commission on Human Rights", "Commission for Human Rights", false}, // two bodies
		{"Kenyan Army", "Army of Kenya", false},                              // a rewording
		{"Besa Movement", "BESA", false},                                     // a short form
		// Left apart by both.
		{"Workers Party of Korea", "Work Party of Korea", false}, // -ers off a stem of four letters
		{"Labour Movement", "Labor Movement", true},
	} {
		got := newCheckSim().Similarity(c.a, c.b)
		if (got >= SameThreshold) != c.same {
			t.Errorf("checkSim.Similarity(%q, %q) = %.3f; want same %v", c.a, c.b, got, c.same)
		}
		if c.same {
			if ms := m.Similarity(c.a, c.b); ms < SameThreshold {
				t.Errorf("Matcher.Similarity(%q, %q) = %.3f; want the check's reading to be names match's", c.a, c.b, ms)
			}
		}
	}
}

// TestOrgStemSpelling: orgStemSpelling is orgStemVariant with the words in
// their places, each pair one stem, and the same connectors.
func TestOrgStemSpelling(t *testing.T) {
	for _, c := range []struct {
		a, b        string
		spell, var_ bool // orgStemSpelling, orgStemVariant
	}{
		{"Guatemalan Reformer Party", "Guatemalan Reformist Party", true, true},
		{"Lithuanian National Union", "Lithuanian Nationalist Union", false, true}, // doctrineOf
		{"Romanian Social Democratic Party", "Romanian Socialist Democratic Party", false, true},
		{"Arabic Democratic Union Party", "Arabic Democratic Unionist Party", true, true}, // no -al
		{"Great Romania Party", "Greater Romania Party", true, true},
		{"Rubin Design Bureau for Marine Engineering", "Rubin Design Bureau of Marine Engineering", false, true}, // of, for
		{"Movement for Silesian Autonomy", "Silesian Autonomy Movement", false, true},                            // the head noun moved
		{"Fatherland Bloc", "Homeland Bloc", false, true},
		{"Popular Party", "People's Party", false, true},
		{"Frente Guasú", "Guasú Front", false, true},
		{"Democratic Korea Party", "Democratic Party of Korea", false, false},
		{"Renovator Party", "Renovation Party", false, false},
		{"Green Party", "Green Party", false, false}, // one name, scored before
	} {
		if got := orgStemSpelling(c.a, c.b); got != c.spell {
			t.Errorf("orgStemSpelling(%q, %q) = %v; want %v", c.a, c.b, got, c.spell)
		}
		if got := orgStemSpelling(c.b, c.a); got != c.spell {
			t.Errorf("orgStemSpelling(%q, %q) = %v; want %v", c.b, c.a, got, c.spell)
		}
		if got := orgStemVariant(c.a, c.b); got != c.var_ {
			t.Errorf("orgStemVariant(%q, %q) = %v; want %v", c.a, c.b, got, c.var_)
		}
	}
}

// TestCheckOrgReports: normalize --check reports an organisation the text
// spells two ways (issue 11) and leaves its acronym and another wording.
func TestCheckOrgReports(t *testing.T) {
	text := "Members of the Militant Socialist Movement marched on Monday. " +
		"The Militiant Socialist Movement said the march was peaceful.\n" +
		"The Guatemalan Reformer Party won seats. The Guatemalan Reformist Party will join the government.\n" +
		"The Islamic Revolution Guards Corps (IRGC) said the IRGC would answer. " +
		"The Fatherland Bloc met. The Homeland Bloc did not.\n"
	got := checkPairs(t, text)
	want := []string{
		"Militiant Socialist Movement>Militant Socialist Movement",
		"Guatemalan Reformist Party>Guatemalan Reformer Party",
	}
	if !slices.Equal(got, want) {
		t.Errorf("check reported %q; want %q", got, want)
	}
}
