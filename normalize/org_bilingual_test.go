package normalize

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestBilingualName checks org_bilingual.go's reading of a party's name
// with the same name in another language beside it (pairs of the Party
// Facts design part and written here), alone and through names match's
// matcher both ways; and that a dashed part which is no translation (a
// subtitle, a leader, an ally: Party Facts' look-alikes) or another
// country's name keeps the names apart.
func TestBilingualName(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Ruotsalainen Kansanpuolue", "Ruotsalainen kansanpuolue-Svenska Folkspartiet", true},
		{"Perustuslaillinen Oikeistopuolue", "Perustuslaillinen Oikeistopuolue – Konstitutionella högerpartiet", true},
		{"Partei fir Integral Demokratie", "Partei fir Integral Demokratie – Parti pour la democratie integrale – Partei für Integrale Demokratie", true},
		{"Kommunistesch Partei Lëtzebuerg – Parti Communiste Luxembourgeois – Kommunistische Partei Luxemburg", "Kommunistesch Partei vu Letzebuerg", true},
		{"Liberalna demokracija Slovenije", "Liberalna demokracija Slovenije Liberal Democracy of Slovenia", true},
		{"Parti Socialiste Belge", "Parti Socialiste Belge - Belgische Socialistische Partij", true},
		// a subtitle, a leader, an ally after the dash (look-alikes)
		{"Golden Dawn", "Popular Association - Golden Dawn", false},
		{"Croatian People's Party", "Croatian People's Party – Liberal Democrats", false},
		{"Our Ukraine", "Our Ukraine – People's Self-Defense Bloc", false},
		{"Peasants' Party", "Peasants' Party — Lupu", false},
		{"Indonesian Democratic Party", "Indonesian Democratic Party – Struggle", false},
		{"Alliance for Democracy and Federation", "Alliance for Democracy and Federation–African Democratic Rally", false},
		// another country, another doctrine, a word more in the translation
		{"Svenska folkpartiet", "Svenska folkpartiet – Suomalainen kansanpuolue", false},
		{"Liberalna demokracija Slovenije", "Liberalna demokracija Slovenije Liberal Democracy of Croatia", false},
		{"Liberalna demokracija Slovenije", "Liberalna demokracija Slovenije Social Democracy of Slovenia", false},
		{"Ruotsalainen Kansanpuolue", "Ruotsalainen kansanpuolue-Svenska Arbetarpartiet", false},
		{"Perustuslaillinen Oikeistopuolue", "Perustuslaillinen Oikeistopuolue – Konstitutionella Nationella högerpartiet", false},
		// a language no table knows; a man's names
		{"Partido Nacionalista Vasco", "Partido Nacionalista Vasco — Euzko Alderdi Jeltzalea", false},
		{"José María", "José María Aznar López", false},
	} {
		if got := bilingualName(c.a, c.b, nil); got != c.want {
			t.Errorf("bilingualName(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
		if got := bilingualName(c.b, c.a, nil); got != c.want {
			t.Errorf("bilingualName(%q, %q) = %v; want %v", c.b, c.a, got, c.want)
		}
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v (%.3f); want %v", c.a, c.b, got, m.Similarity(c.a, c.b), c.want)
		}
		if got := m.Same(c.b, c.a); got != c.want {
			t.Errorf("Same(%q, %q) = %v; want %v", c.b, c.a, got, c.want)
		}
	}
}

// TestPartsTranslated checks the word-for-word reading of two names in two
// languages: a perfect matching of their words by meaning, one pair a
// translation.
func TestPartsTranslated(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Svenska Folkspartiet", "Ruotsalainen kansanpuolue", true},
		{"Konstitutionella högerpartiet", "Perustuslaillinen Oikeistopuolue", true},
		{"Parti pour la democratie integrale", "Partei fir Integral Demokratie", true},
		{"Liberal Democracy of Slovenia", "Liberalna demokracija Slovenije", true},
		{"Svenska Folkspartiet", "Svenska folkpartiet", false},         // the same words: no translation
		{"Finska Folkspartiet", "Ruotsalainen kansanpuolue", false},    // Finland, Sweden
		{"Svenska Arbetarpartiet", "Ruotsalainen kansanpuolue", false}, // a word the tables lack
		{"Liberal Democracy", "Liberalna demokracija Slovenije", false},
		{"Democracy", "Demokracija", false}, // one word
	} {
		if got := partsTranslated(c.a, c.b); got != c.want {
			t.Errorf("partsTranslated(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestDashParts checks how bilingualName cuts a name at its dashes.
func TestDashParts(t *testing.T) {
	for s, want := range map[string][]string{
		"Ruotsalainen kansanpuolue-Svenska Folkspartiet":                   {"Ruotsalainen kansanpuolue", "Svenska Folkspartiet"},
		"Perustuslaillinen Oikeistopuolue – Konstitutionella högerpartiet": {"Perustuslaillinen Oikeistopuolue", "Konstitutionella högerpartiet"},
		"A – B — C -- D - E":                                               {"A", "B", "C", "D", "E"},
		"Feministische und grün-alternative Gruppierungen – Alternative":   {"Feministische und grün-alternative Gruppierungen", "Alternative"},
		"Alsace-Lorraine Party":                                            {"Alsace", "Lorraine Party"},
		"Feministische grün-alternative":                                   nil,
		"No dash at all":                                                   nil,
		"Trailing -":                                                       nil,
		"Dash – ":                                                          nil,
	} {
		if got := dashParts(s); !slices.Equal(got, want) {
			t.Errorf("dashParts(%q) = %q; want %q", s, got, want)
		}
	}
}

// FuzzDashParts checks that dashParts' parts are non-empty, trimmed, and
// found in s in order, and that a name without a dash has none.
func FuzzDashParts(f *testing.F) {
	for _, s := range []string{"Ruotsalainen kansanpuolue-Svenska Folkspartiet", "A – B — C -- D", "x - ", "- x", "a-B-c", "–"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		parts := dashParts(s)
		if !strings.ContainsAny(s, "-–—") && parts != nil {
			t.Fatalf("dashParts(%q) = %q; want nil (no dash)", s, parts)
		}
		if len(parts) == 1 {
			t.Fatalf("dashParts(%q) = %q: one part", s, parts)
		}
		rest := s
		for _, p := range parts {
			if p == "" || p != strings.TrimSpace(p) {
				t.Fatalf("dashParts(%q) = %q: part %q empty or untrimmed", s, parts, p)
			}
			i := strings.Index(rest, p)
			if i < 0 {
				t.Fatalf("dashParts(%q) = %q: %q not in order", s, parts, p)
			}
			rest = rest[i+len(p):]
		}
	})
}

// TestCountryAdjectives checks country_adjectives.txt: every line a
// country's code and its words, no word another country's name by CLDR
// (country_names.txt), and countryWordCodes reads the words as their
// country (Suomalainen as Finland, not Somalia, by the letters).
func TestCountryAdjectives(t *testing.T) {
	words := countryAdjectiveWords()
	if len(words) < 10 {
		t.Fatalf("country_adjectives.txt: %d countries; want 10 or more", len(words))
	}
	cldr := map[string][]string{}
	for _, line := range strings.Split(countryNamesText, "\n") {
		f := strings.Split(line, "\t")
		if len(f) == 3 {
			for _, k := range append(strings.Fields(f[2]), f[1]) {
				cldr[k] = append(cldr[k], f[0])
			}
		}
	}
	for code, ws := range words {
		if len(code) != 2 || strings.ToUpper(code) != code || len(ws) == 0 {
			t.Errorf("country_adjectives.txt: line %q %q: want a code of two capitals and words", code, ws)
		}
		for _, w := range ws {
			k := Key(w)
			for _, c := range cldr[k] {
				if c != code {
					t.Errorf("country_adjectives.txt: %s %q: CLDR names %s so", code, w, c)
				}
			}
			if got := countryWordCodes(k); !slices.Equal(got, []string{code}) {
				t.Errorf("countryWordCodes(Key(%q)) = %v; want [%s]", w, got, code)
			}
		}
	}
	for w, want := range map[string]string{"Svenska": "SE", "Ruotsalainen": "SE", "Suomalainen": "FI", "Balgarska": "BG", "Česká": "CZ", "Srpska": "RS", "Lëtzebuerg": "LU"} {
		if got := countryWordCodes(Key(w)); !slices.Equal(got, []string{want}) {
			t.Errorf("countryWordCodes(Key(%q)) = %v; want [%s]", w, got, want)
		}
	}
}
