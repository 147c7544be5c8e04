package normalize

import (
	"strings"
	"testing"
)

// TestTranslatedOrgName: a name translated word by word, in the
// language's order, is the English name; a word more or less on either
// side, or another country, is another body. Examples written from the
// languages' grammars.
func TestTranslatedOrgName(t *testing.T) {
	for _, c := range []struct {
		en, foreign string
		want        bool
	}{
		{"Central Bank of Brazil", "Banco Central do Brasil", true},
		{"National Police of Colombia", "Policía Nacional de Colombia", true},
		{"Bank of France", "Banque de France", true},
		{"Socialist Party of Chile", "Partido Socialista de Chile", true},
		{"Central Bank of Brazil", "Banco Central do Brasil Rio", false}, // a word more
		{"Bank of Spain", "Banco de Portugal", false},                    // another country
		{"National Bank of Serbia", "Serbian Bank", false},
		{"Bank of Italy Lombardy", "Banca d'Italia", false},
		{"Police of Italy", "Banca d'Italia", false},
		{"Bank of France", "Bank of France", false}, // nothing translated: not this rule's
	} {
		if got := translatedName(c.en, c.foreign); got != c.want {
			t.Errorf("translatedName(%q, %q) = %v, want %v", c.en, c.foreign, got, c.want)
		}
	}
	m := NewMatcher(DefaultGlossary())
	if s := m.Similarity("Banco Central do Brasil", "Central Bank of Brazil"); s < SameThreshold {
		t.Errorf("Matcher: Banco Central do Brasil / Central Bank of Brazil = %.3f", s)
	}
}

// TestOwnLanguageAcronym: an acronym of the name in its own language, in
// that language's order, the connectors' letters optional.
func TestOwnLanguageAcronym(t *testing.T) {
	for _, c := range []struct {
		acr, en string
		want    bool
	}{
		{"CGT", "General Confederation of Labour", true},             // Confédération générale du travail
		{"KPBH", "Communist Party of Bosnia and Herzegovina", true},  // Komunistička partija Bosne i Hercegovine
		{"KPBIH", "Communist Party of Bosnia and Herzegovina", true}, // the "i" given
		{"ELN", "National Liberation Army", true},                    // Ejército de Liberación Nacional
		{"ELP", "People's Liberation Army", true},                    // Ejército de Liberación Popular
		{"KPBiH", "Communist Party of Bosnia and Herzegovina", true}, // the "i" small
		{"KpbiH", "Communist Party of Bosnia and Herzegovina", false},
		{"CGX", "General Confederation of Labour", false}, // a letter no word gives
		{"CG", "General Confederation of Labour", false},  // a word left out
		{"NLF", "National Liberation Front", false},       // the English initials: isAcronymFor's
		{"PDX", "Democratic Party", false},
		{"SB", "Serbian Bank", false},                                   // nothing translated
		{"OS", "Armed Forces of the Republic of Somewhere Else", false}, // words left out
		// An English name mostly of words the tables lack spells its own
		// initials: the head's letter in another language is another body.
		{"PBS", "Philippine Bowling Federation", false},           // PBF
		{"SSB", "Federation of Small Businesses", false},          // FSB
		{"STM", "Association of Teachers of Mathematics", false},  // ATM
		{"ML", "Mothers' Union", false},                           // MU
		{"OSBIH", "Armed Forces of Bosnia and Herzegovina", true}, // places keep their letter
		{"CVMC", "Valencian Media Corporation", true},             // Corporació Valenciana de Mitjans de Comunicació
		{"LS", "Liberal Party", true},                             // Liberalna stranka
	} {
		if got := ownAcronym(c.acr, c.en); got != c.want {
			t.Errorf("ownAcronym(%q, %q) = %v, want %v", c.acr, c.en, got, c.want)
		}
	}
	m := NewMatcher(DefaultGlossary())
	if s := m.Similarity("CGT", "General Confederation of Labour"); s < SameThreshold {
		t.Errorf("Matcher: CGT / General Confederation of Labour = %.3f", s)
	}
}

// TestOrgWordsMoreLanguages: the languages org_language_more.go adds, by
// examples written from their grammars: Scandinavian suffixed and free
// definite articles, Romanian suffixed articles and head-first order,
// Bengali, Hindi and Pinyin words in the order of the English name.
func TestOrgWordsMoreLanguages(t *testing.T) {
	for _, c := range []struct {
		en, foreign string
		want        bool
	}{
		{"Liberal Party", "Det Liberale Parti", true},                           // Danish, the free article
		{"Armed Forces", "De væpnede styrker", true},                            // Norwegian
		{"National Liberal Party", "Partidul Național Liberal", true},           // Romanian, -ul
		{"Social Democratic Party", "Partidul Social Democrat", true},           // Romanian
		{"National Party", "Jatiya Party", true},                                // Bengali
		{"Socialist Party", "Samajwadi Party", true},                            // Hindi
		{"National People's Party", "Rashtriya Janata Dal", true},               // Hindi
		{"People's Bank", "Renmin Yinhang", true},                               // Pinyin
		{"Communist Party", "Gongchan Dang", true},                              // Pinyin
		{"National Party", "Jatiya Sangsad", false},                             // sangsad: parliament
		{"People's Bank", "Renmin Gongsi", false},                               // gongsi: company
		{"National Liberal Party", "Partidul Național Liberal Democrat", false}, // a word more
		{"Liberal Party", "Det Liberale Parti og Folkets", false},               // a word more
	} {
		if got := translatedName(c.en, c.foreign); got != c.want {
			t.Errorf("translatedName(%q, %q) = %v, want %v", c.en, c.foreign, got, c.want)
		}
	}
	for _, c := range []struct {
		acr, en string
		want    bool
	}{
		{"VGK", "Supreme High Command", true},        // Russian Verkhovnoe Glavnoe Komandovanie
		{"MBK", "Mongla Port Authority", true},       // Bengali Mongla Bandar Kartripakkha
		{"RJD", "National People's Party", true},     // Hindi Rashtriya Janata Dal
		{"PMR", "Romanian Workers' Party", true},     // Romanian Partidul Muncitoresc Român, head first
		{"NDF", "Norwegian Liberation Front", false}, // Norwegian frigjøring gives F, not D
		{"MKB", "Mongla Port Authority", false},      // not Bengali's order
		{"VGKS", "Supreme High Command", false},      // a letter no word gives
	} {
		if got := ownAcronym(c.acr, c.en); got != c.want {
			t.Errorf("ownAcronym(%q, %q) = %v, want %v", c.acr, c.en, got, c.want)
		}
	}
}

// TestOrgWordTablesWellFormed: every translation is in a language of
// orgLangs, written in small ASCII letters (an acronym takes its first
// byte), with no empty word.
func TestOrgWordTablesWellFormed(t *testing.T) {
	for _, table := range []map[string]string{orgWordTable, orgWordTableMore, orgWordTableWorld} {
		for en, tr := range table {
			for _, e := range strings.Split(tr, "|") {
				lang, words, ok := strings.Cut(e, " ")
				if _, known := orgLangs[lang]; !ok || !known || words == "" {
					t.Errorf("%s: %q: no language of orgLangs or no word", en, e)
					continue
				}
				for _, r := range words {
					if !('a' <= r && r <= 'z' || r == ' ') {
						t.Errorf("%s: %q: %q is not a small ASCII letter", en, e, r)
						break
					}
				}
			}
		}
	}
}
