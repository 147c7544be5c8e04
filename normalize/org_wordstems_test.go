package normalize

import (
	"slices"
	"testing"
)

// TestOrgStemVariant checks org_wordstems.go's reading of an organisation's
// words in other forms of one stem, or its head noun at the other end
// (pairs of the Party Facts design part and written here) alone, and that
// names match's matcher calls the pairs it reads one name.
func TestOrgStemVariant(t *testing.T) {
	checkOrgRule(t, "orgStemVariant", orgStemVariant, []ruleCase{
		{"National Republican Alliance", "Nationalist Republican Alliance", true},
		{"Guatemalan Reformer Party", "Guatemalan Reformist Party", true},
		{"Christian Historian Union", "Christian Historical Union", true},
		{"Croatian People's Party", "Croatian Popular Party", true},
		{"Party of People's Unity", "Popular Unity Party", true},
		{"Citizens' Platform", "Civic Platform", true}, // Party Facts: Civic, Citizens'
		{"Civic Democratic Party", "Citizens' Democratic Party", true},
		{"Civic Platform", "Citizens' Platform Union", false},       // a word more
		{"Civic Democratic Party", "Civil Democratic Party", false}, // Civil is no Civic
		{"Movement for Silesian Autonomy", "Silesian Autonomy Movement", true},
		{"List Pim Fortuyn", "Pim Fortuyn List", true},
		{"Islamic Revolution Guards Corps", "Islamic Revolutionary Guard Corps", true},
		{"Alianza para el Trabajo, la Justicia y la Educación", "Alianza por el Trabajo, la Justicia y la Educación", true},
		{"Reformers' Party", "Reformists Party", true},
		{"Bloc Québécois", "Quebec Bloc", true},
		{"Work Party", "Workers' Party", false}, // -ers off a stem of four letters
		// another stem, another order of modifiers, a word more, one key
		{"National Renovator Party", "National Renovation Party", false},
		{"Democratic Korea Party", "Democratic Party of Korea", false},
		{"Revolutionary Party", "Revolutionary Action Party", false},
		{"Honan Province Party Committee", "Hunan Province Party Committee", false},
		{"Ahmad Nationalist", "Ahmad National", false}, // no head noun
	})
}

// TestOrgWordAdded checks the cap on a party or movement against another
// with a word more, and the names it leaves alone.
func TestOrgWordAdded(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b   string
		capped bool
	}{
		{"Social Democratic Party of Georgia", "Social Democratic Labour Party of Georgia", true},
		{"Hungarian Independence Party", "Hungarian National Independence Party", true},
		{"Revolutionary Party", "Revolutionary Action Party", true},
		{"Finnish Party", "Finnish Labour Party", true},
		{"Malaysian People's Party", "Malaysian People's Movement Party", true},          // a head noun inside
		{"Estonian Christian Democrats", "Party of Estonian Christian Democrats", false}, // a head noun added
		{"Res Publica", "Res Publica Party", false},                                      // no head noun in the shorter
		{"Cape Police", "Cape Mounted Police", false},                                    // not a party's head noun
		{"Syrian Armed Forces", "Syrian Arab Armed Forces", false},
		{"Adirondack League Club v. Sierra Club", "Adirondack League Club VS. Sierra Club", false},
	} {
		if got := orgWordAdded(c.a, c.b); got != c.capped {
			t.Errorf("orgWordAdded(%q, %q) = %v; want %v", c.a, c.b, got, c.capped)
		}
		if c.capped && m.Same(c.a, c.b) {
			t.Errorf("Same(%q, %q) = true (%.3f); want two organisations", c.a, c.b, m.Similarity(c.a, c.b))
		}
	}
}

// TestFoldedAcronym checks acronym_folded.go (Party Facts design pairs):
// foldedAcronym, acronyms of names in sentence case, with another
// language's connectors, elided articles or diacritics; partsAcronym,
// each part of the acronym spelling its part of a dashed name; and
// acronyms that spell other words.
func TestFoldedAcronym(t *testing.T) {
	folded, parts := foldedAcronym, partsAcronym
	for _, c := range []struct {
		rule      func(acr, full string) bool
		acr, full string
		want      bool
	}{
		{folded, "SM", "Sojuz na Makedonija", true},
		{folded, "GE", "Génération Écologie", true},
		{folded, "PNȚCD", "Partidul National Taranesc Crestin Democrat", true},
		{folded, "CNA", "Coalició Nacional d'Andorra", true},
		{folded, "NSRB", "Narodna stranka Radom za Boljitak", true},
		{folded, "MIDA", "Movimiento de Integracion Democratica", false}, // no word for the A
		{folded, "NSRB", "Narodna stranka Radom", false},
		{folded, "IRGC", "Islamic Revolutionary Guard Corps", false}, // isAcronymFor's: nothing to fold
		{parts, "Smer-SD", "Smer – Sociálna Demokracia", true},
		{parts, "SOLIDARITY-PBP", "Solidarity - People Before Profit", true},
		{parts, "DL-M", "Democrazia è Libertà – La Margherita", true},
		{parts, "TS LKD", "Tėvynės sąjunga – Lietuvos krikščionys demokratai", true},
		{parts, "Smer-SD", "Smer – Slovenská Národná strana", false},
		{parts, "DL-M", "Democrazia è Libertà – La Casa Nostra", false},
		{parts, "SD-M", "Sociálna Demokracia", false},                    // one part
		{parts, "Lakas–CMD", "Lakas — Christian Muslim Democrats", true}, // an en dash in the acronym
		{parts, "Lakas–CMD", "Lakas — Christian Democrats", false},
	} {
		if got := c.rule(c.acr, c.full); got != c.want {
			t.Errorf("%q, %q: %v; want %v", c.acr, c.full, got, c.want)
		}
	}
}

// TestHeadsMeet checks the head nouns orgStemVariant pairs across
// languages and by orgHeadSynonyms, and that names match's matcher calls
// the names that differ by them one name, and not names that differ by
// another head noun.
func TestHeadsMeet(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		x, y string
		want bool
	}{
		{"league", "union", false},
		{"alliance", "union", false},
		{"fatherland", "homeland", true},
		{"frente", "front", true},
		{"unio", "union", true},
		{"partido", "party", true},
		{"front", "union", false},
		{"council", "congress", false},
		{"coalition", "council", false},
		{"league", "alliance", false},
		{"homeland", "union", false},
	} {
		if got := headsMeet(Key(c.x), Key(c.y)); got != c.want {
			t.Errorf("headsMeet(Key(%q), Key(%q)) = %v; want %v", c.x, c.y, got, c.want)
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		// a League and a Union: two bodies (translators give both for savez,
		// sąjunga, but Rugby League and Rugby Union are two sports)
		{"Social Democratic League of Workers and Smallholders", "Social Democratic Union of Workers and Smallholders", false},
		{"Rugby League", "Rugby Union", false},
		{"Muslim League", "Muslim Union", false},
		{"Democratic People's Union", "Democratic People's Alliance", false},
		{"Fatherland Bloc", "Homeland Bloc", true},
		{"Frente Guasú", "Guasú Front", true},
		{"Union Valenciana", "Unió Valenciana", true},
		// another head noun, a word more, another order of modifiers
		{"Voltaic Progressive Front", "Voltaic Progressive Union", false},
		{"United African National Congress", "United African National Council", false},
		{"African People's League for Independence", "African People's Union", false},
		{"Partido Democrático Coreano", "Democratic Party of Korea", false},
	} {
		if got := orgStemVariant(c.a, c.b); got != c.want {
			t.Errorf("orgStemVariant(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v (%.3f); want %v", c.a, c.b, got, m.Similarity(c.a, c.b), c.want)
		}
	}
}

// checkOrgRule checks rule, an organisation rule of orgRules named name in
// the failures, on each case (checkRule), and that the Matcher of the
// development glossary calls each pair the rule holds for the same.
func checkOrgRule(t *testing.T, name string, rule func(a, b string) bool, cases []ruleCase) {
	t.Helper()
	checkRule(t, name, rule, cases)
	m := devMatcher()
	for _, c := range cases {
		if c.want && !m.Same(c.a, c.b) {
			t.Errorf("Same(%q, %q) = false (%.3f); want true", c.a, c.b, m.Similarity(c.a, c.b))
		}
	}
}

// TestOrgDoctrineApart: organisations whose names differ only in Social
// against Socialist are two bodies, in names match too; National against
// Nationalist and connectors are left to the rules (one party's two
// English names, Party Facts).
func TestOrgDoctrineApart(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b  string
		apart bool // orgDoctrineApart
		same  bool // Matcher.Same
	}{
		{"Social Democratic Party", "Socialist Democratic Party", true, false},
		{"Romanian Social Democratic Party", "Romanian Socialist Democratic Party", true, false},
		{"SOCIAL DEMOCRATIC PARTY", "Socialist Democratic Party", true, false},           // case is no difference
		{"Social Democratic Party", "Socialists Democratic Party", true, false},          // -ists
		{"Commission on Social Affairs", "Commission on Socialist Affairs", true, false}, // a head noun of namesBody
		{"Social Democratic Union of Macedonia", "Socialist Democratic Union of Macedonia", true, false},
		{"Social Democratic Party", "Socialist Democratic Front", false, false}, // another head noun too
		{"Social Democrats", "Socialist Democrats", false, false},               // no head noun: not read as an organisation
		{"National Republican Alliance", "Nationalist Republican Alliance", false, true},
		{"Lithuanian National Union", "Lithuanian Nationalist Union", false, true},
		{"Guatemalan Reformer Party", "Guatemalan Reformist Party", false, true},
		{"Office of Latino Affairs", "Office on Latino Affairs", false, true}, // a connector: prepositionVariant
		{"Social Democratic Party", "Social Democratic Party", false, true},
	} {
		for _, p := range [][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := orgDoctrineApart(p[0], p[1]); got != c.apart {
				t.Errorf("orgDoctrineApart(%q, %q) = %v; want %v", p[0], p[1], got, c.apart)
			}
			if got := m.Same(p[0], p[1]); got != c.same {
				t.Errorf("Same(%q, %q) = %v (%.3f); want %v", p[0], p[1], got, m.Similarity(p[0], p[1]), c.same)
			}
		}
	}
	_, steps := m.Explain("Social Democratic Party", "Socialist Democratic Party")
	if !slices.ContainsFunc(steps, func(st MatchStep) bool { return st.Stage == "organisations" && slices.Contains(st.Why, orgApartNote) }) {
		t.Errorf("Explain(Social, Socialist Democratic Party) = %+v; want the organisations stage to say %q", steps, orgApartNote)
	}
}
