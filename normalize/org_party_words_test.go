package normalize

import (
	"strings"
	"testing"
)

// TestPartyWordsTable: every line of org_party_words.tsv is a head line or
// a word line of a language translatedName knows, its forms single words
// that are no connector of any language (a connector would be read as one
// and never as the word).
func TestPartyWordsTable(t *testing.T) {
	ow := orgWordIndex()
	words, heads := orgPartyWords().words, orgPartyWords().heads
	if len(words) < 50 || len(heads) < 5 {
		t.Fatalf("org_party_words.tsv: %d words, %d heads", len(words), len(heads))
	}
	for h := range heads {
		if _, ok := words[h]; !ok {
			t.Errorf("head %q has no translation", h)
		}
	}
	for en, tr := range words {
		for _, t2 := range strings.Split(tr, "|") {
			lang, form, _ := strings.Cut(t2, " ")
			if _, ok := orgLangs[lang]; !ok {
				t.Errorf("%s: language %q not in orgLangs", en, lang)
			}
			if ow.anyConn[form] {
				t.Errorf("%s: %s form %q is a connector", en, lang, form)
			}
			if form != strings.ToLower(form) || strings.ContainsAny(form, " '") {
				t.Errorf("%s: %s form %q not one word in small letters", en, lang, form)
			}
		}
	}
}

// TestTranslatedPartyName: a party's native name and its English
// translation, word for word through org_party_words.tsv (inflected
// forms, the languages Party Facts' names are written in, a country in
// its own language, People's with or without its apostrophe); names
// whose words differ after translation stay apart, the look-alikes the
// brief named among them. Pairs from Party Facts' design part and
// written from the languages' grammars.
func TestTranslatedPartyName(t *testing.T) {
	for _, c := range []struct {
		en, foreign string
		want        bool
	}{
		{"Peoples Union \"For Just Lithuania\"", "Liaudies sąjunga \"Uz teisingą Lietuvą\"", true}, // Lithuanian, Lietuvą a case of Lietuva
		{"Green Confederation", "Confédération Verte", true},
		{"Malaysian Social Justice Party", "Parti Keadilan Masyarakat Malaysia", true}, // Malay; the country's adjective
		{"Social Justice Party of Malaysia", "Parti Keadilan Masyarakat Malaysia", true},
		{"Workers' Struggle", "Lutte Ouvrière", true},
		{"Socialist Front", "Barisan Sosialis", true},
		{"Islamic Party", "Hezbe Islami", true},
		{"Citizens' Movement for Change", "Mouvement des Citoyens pour le Changement", true},
		{"Progressive Organizations of Switzerland", "Progressive Organisationen der Schweiz", true}, // Schweiz
		{"People's Party", "Stronnictwo Ludowe", true},                                               // Polish, the neuter
		{"Socialist Party", "Partido Socialista", true},
		{"Democratic Party", "Demokratische Partei", true},
		{"Hungarian Socialist Party", "Magyar Szocialista Párt", true}, // Magyar: Magyarország's first letters
		{"Socialist Party of Albania", "Partia Socialiste e Shqipërisë", true},
		{"Communist Party of Spain", "Partido Comunista de España", true},
		{"Christian Democratic Union", "Kresťanská demokratická únia", true}, // Slovak
		{"New Slovenia", "Nova Slovenija", false},                            // no head noun
		// A country's adjective in either language, compounds, marks.
		{"Austrian People's Party", "Österreichische Volkspartei", true},
		{"Freedom Party of Switzerland", "Freiheitspartei der Schweiz", true}, // Freiheits-partei
		{"Estonian Reform Party", "Eesti Reformierakond", true},
		{"Latvian Social Democratic Workers' Party", "Latvijas Sociāldemokrātiskā Strādnieku Partija", true},
		{"Socialist Party of Serbia", "Socijalistička partija Srbije", true}, // č
		{"Spanish Socialist Workers' Party", "Partido Socialista Obrero Español", true},
		{"French Communist Party", "Parti communiste français", true},
		{"Movement for Socialism", "Movimiento al Socialismo", true}, // al: a connector of Spanish
		{"Institutional Revolutionary Party", "Partido Revolucionario Institucional", true},
		{"Australian Labor Party", "Partido Laborista Australiano", true}, // Labor, labour
		{"Pirate Party of Germany", "Piratenpartei Deutschland", true},
		{"Free Democratic Party", "Freie Demokratische Partei", true},
		{"Colorado Party", "Partido Colorado", true}, // a name both write alike
		{"Colorado Party", "Partido Blanco", false},
		{"Socialist Party", "Partido Colorado", false},
		{"Colorado Front", "Partido Colorado", false},
		{"Colorado Aprista Party", "Partido Colorado", false},          // a word left out
		{"Slovenian People's Party", "Slovenská ľudová strana", false}, // Slovak
		{"Slovak People's Party", "Slovenska ljudska stranka", false},  // Slovenian
		{"Nigerian People's Party", "Parti Populaire Nigérien", false}, // Niger's
		{"German People's Party", "Deutschnationale Volkspartei", false},
		{"Social Democratic Party of Austria", "Sozialistische Partei Österreichs", false},
		// Apart: other words after translation.
		{"Social Democratic Party", "Partido Socialista Democrático", false}, // socialista is socialist
		{"Democratic Socialist Party", "Partido Social Demócrata", false},
		{"Popular Party", "Partido Socialista Popular", false}, // a word more
		{"People's Party of Spain", "Partido Popular", false},  // a country more
		{"Socialist Party of Chile", "Partido Socialista de España", false},
		{"Austrian People's Party", "Partido Popular de Australia", false},
		{"Party of Socialists", "Parti Socialiste", false}, // socialists, socialist: two parties in Moldova
		{"National Party", "Stronnictwo Ludowe", false},
		{"Green Party", "Partido Verde Ecologista", false},
		{"Liberal Party", "Partidul Național Liberal", false},
	} {
		if got := translatedName(c.en, c.foreign); got != c.want {
			t.Errorf("translatedName(%q, %q) = %v, want %v", c.en, c.foreign, got, c.want)
		}
	}
	m := NewMatcher(DefaultGlossary())
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Stronnictwo Ludowe", "People's Party", true},
		{"Workers' Struggle", "Lutte Ouvrière", true},
		{"Liaudies sąjunga \"Uz teisingą Lietuvą\"", "Peoples Union \"For Just Lithuania\"", true},
		{"Partido Socialista Democrático", "Social Democratic Party", false},
		{"Partido Popular de Australia", "Austrian People's Party", false},
	} {
		for _, p := range [][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := m.Same(p[0], p[1]); got != c.same {
				t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", p[0], p[1], got, c.same, m.Similarity(p[0], p[1]))
			}
		}
	}
}

// TestEnglishTableWord: a name's English word with or without its
// apostrophe is the table's word.
func TestEnglishTableWord(t *testing.T) {
	ow := orgWordIndex()
	for _, c := range [][2]string{
		{"peoples", "people's"}, {"people's", "people's"}, {"workers", "workers'"},
		{"worker's", "workers'"}, {"party", "party"}, {"nowhere", "nowhere"},
	} {
		if got := englishTableWord(c[0], ow); got != c[1] {
			t.Errorf("englishTableWord(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// TestCompoundWords: a word of two words of the tables, a linking s
// between them; parts of four letters or more.
func TestCompoundWords(t *testing.T) {
	ow := orgWordIndex()
	for _, c := range []struct {
		w      string
		k1, k2 string
	}{
		{"freiheitspartei", Key("freiheit"), Key("partei")},
		{"volkspartei", Key("volks"), Key("partei")},
		{"reformierakond", Key("reformi"), Key("erakond")},
		{"socialdemokratiska", Key("social"), Key("demokratiska")},
		{"parteibank", Key("partei"), Key("bank")},
		{"kinderpartei", "", ""}, // kinder: not a form of the tables
		{"volkspartij", Key("volks"), Key("partij")},
		{"partei", "", ""},
	} {
		k1, k2, ok := compoundWords(c.w, ow)
		if ok != (c.k1 != "") || k1 != c.k1 || k2 != c.k2 {
			t.Errorf("compoundWords(%q) = %q, %q, %v; want %q, %q", c.w, k1, k2, ok, c.k1, c.k2)
		}
	}
}

// TestOwnAcronymPartyWords: ownAcronym reads org_party_words.tsv's words
// and languages too, and an English word without its apostrophe.
func TestOwnAcronymPartyWords(t *testing.T) {
	for _, c := range []struct {
		acr, en string
		want    bool
	}{
		{"POUS", "Workers Party of Socialist Unity", true},  // Partido Obrero de Unificación Socialista
		{"POUS", "Workers' Party of Socialist Unity", true}, // the apostrophe
		{"NRU", "People's Movement of Ukraine", true},       // Narodnyi Rukh Ukrainy
		{"POSU", "Workers Party of Socialist Unity", false}, // not Spanish's order
		{"PSOU", "Workers Party of Socialist Unity", false}, // nor another
		{"NRU", "People's Front of Ukraine", false},         // Narodnyi Front Ukrainy: NFU
	} {
		if got := ownAcronym(c.acr, c.en); got != c.want {
			t.Errorf("ownAcronym(%q, %q) = %v, want %v", c.acr, c.en, got, c.want)
		}
	}
}
