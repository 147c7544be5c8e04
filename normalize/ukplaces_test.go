package normalize

import (
	"strings"
	"testing"
)

// TestUkPlaces: the Ukrainian and Russian forms of one place of
// ukplaces.tsv, each in its own romanization, are one name; each pair of
// the first list scores under the threshold without ukplaces.go.
func TestUkPlaces(t *testing.T) {
	same := [][2]string{
		{"Mykolaiv", "Nikolaev"},
		{"Mykolaiv", "Nikolayev"},
		{"Mykolayiv", "Nikolaev"},
		{"Миколаїв", "Nikolaev"},
		{"Mykolaiv", "Николаев"},
		{"Dnipro", "Dnepr"},
		{"Rivne", "Rovno"},
		{"Bila Tserkva", "Belaya Tserkov"},
		{"Kamianske", "Kamenskoye"},
		{"Mykolaiv Oblast", "Nikolaev region"},
		{"Mykolaiv Oblast", "Николаевская область"},
		{"Mykolaivska oblast", "Nikolayevskaya oblast"},
		{"Rivne region", "Rovno oblast"},
		{"Zaporizhzhia Oblast", "Запорожская область"},
		{"Dnipro region", "Dnepropetrovsk region"},
	}
	for _, p := range same {
		if got := Similarity(p[0], p[1]); got < SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f, want >= %.2f", p[0], p[1], got, SameThreshold)
		}
	}
	different := [][2]string{
		{"Mykolaiv Oblast", "Nikolaev"}, // the oblast is not the city
		{"Mykolaiv", "Николаевская область"},
		{"Rivne", "Rovenky"},        // two towns
		{"Rivne", "Rovenki"},        // Rovenky's Russian form
		{"Mykolaiv", "Mykolaivska"}, // the city is not the oblast's adjective
		{"Sergei Nikolaev", "Sergei Mykolaiv"},
		{"Sloviansk", "Slavyansk-na-Kubani"},
		{"Kyiv Oblast", "Kharkov region"},
	}
	for _, p := range different {
		if got := Similarity(p[0], p[1]); got >= SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f, want < %.2f", p[0], p[1], got, SameThreshold)
		}
	}
}

// TestUkRenderings checks the romanization tables on names whose forms
// the standards' own examples and common use give.
func TestUkRenderings(t *testing.T) {
	uk := map[string][2]string{ // national 2010, BGN/PCGN
		"Миколаїв":      {"Mykolaiv", "Mykolayiv"},
		"Запоріжжя":     {"Zaporizhzhia", "Zaporizhzhya"},
		"Хмельницький":  {"Khmelnytskyi", "Khmelnytskyy"},
		"Їжакевич":      {"Yizhakevych", "Yizhakevych"},
		"Сєвєродонецьк": {"Sievierodonetsk", "Syevyerodonetsk"},
		"Слов'янськ":    {"Sloviansk", "Slovyansk"},
	}
	for in, want := range uk {
		got := ukRenderings(in)
		if got[0] != in || got[1] != want[0] || got[2] != want[1] {
			t.Errorf("ukRenderings(%q) = %q, want [%s %s %s]", in, got, in, want[0], want[1])
		}
	}
	ru := map[string][2]string{ // BGN/PCGN, common English
		"Николаев":      {"Nikolayev", "Nikolaev"},
		"Запорожье":     {"Zaporozhye", "Zaporozhe"},
		"Хмельницкий":   {"Khmelnitskiy", "Khmelnitsky"},
		"Белая Церковь": {"Belaya Tserkov", "Belaya Tserkov"},
		"Кривой Рог":    {"Krivoy Rog", "Krivoy Rog"},
		"Евпатория":     {"Yevpatoriya", "Evpatoriya"},
	}
	for in, want := range ru {
		got := ruRenderings(in)
		if got[0] != in || got[1] != want[0] || got[2] != want[1] {
			t.Errorf("ruRenderings(%q) = %q, want [%s %s %s]", in, got, in, want[0], want[1])
		}
	}
}

// TestUkPlacesFile checks ukplaces.tsv: seven columns, Cyrillic forms, the
// Ukrainian without Russian-only letters and the Russian without
// Ukrainian-only ones, and each group one oblast and at most one city.
func TestUkPlacesFile(t *testing.T) {
	oblasts, cities := map[string]int{}, map[string]int{}
	n := 0
	for line := range strings.Lines(ukPlacesTSV) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		n++
		f := strings.Split(strings.TrimRight(line, "\n"), "\t")
		if len(f) != 7 {
			t.Fatalf("line %q: %d columns, want 7", line, len(f))
		}
		if strings.ContainsAny(f[0], "ыэъёЫЭЪЁ") || strings.ContainsAny(f[1], "іїєґІЇЄҐ") || !isCyrillicName(f[0]) || !isCyrillicName(f[1]) {
			t.Errorf("line %q: not a Ukrainian and a Russian Cyrillic form", line)
		}
		switch f[2] {
		case "oblast":
			oblasts[f[3]]++
		case "city":
			if f[3] != "" {
				cities[f[3]]++
			}
		default:
			t.Errorf("line %q: kind %q", line, f[2])
		}
	}
	for g, c := range cities {
		if c != 1 || oblasts[g] != 1 {
			t.Errorf("group %s: %d cities, %d oblasts; want one of each", g, c, oblasts[g])
		}
	}
	if n < 100 || len(oblasts) < 20 {
		t.Errorf("%d places, %d oblasts: want 100 and 20 at least", n, len(oblasts))
	}
}

func isCyrillicName(s string) bool {
	for _, r := range s {
		if !(r >= 'Ѐ' && r <= 'ӿ' || strings.ContainsRune(" -'’", r)) {
			return false
		}
	}
	return s != ""
}
