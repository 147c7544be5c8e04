package normalize

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// countryInitialLocales are the CLDR locales country_initials.txt reads,
// each with the orgLangs language it gives.
var countryInitialLocales = [][2]string{
	{"fr", "fr"}, {"es", "es"}, {"it", "it"}, {"pt", "pt"}, {"ca", "ca"}, {"de", "de"}, {"nl", "nl"},
	{"sv", "sv"}, {"nb", "no"}, {"da", "da"}, {"fi", "fi"}, {"et", "et"}, {"lt", "lt"}, {"lv", "lv"},
	{"pl", "pl"}, {"cs", "cs"}, {"sk", "sk"}, {"sl", "sl"}, {"hr", "sh"}, {"sr-Latn", "sh"}, {"bs", "sh"},
	{"ro", "ro"}, {"hu", "hu"}, {"sq", "sq"}, {"tr", "tr"}, {"id", "id"}, {"ms", "ms"},
	{"ru", "ru"}, {"uk", "uk"}, {"bg", "bg"}, {"el", "el"},
}

// romanInitials are the Latin letters that the romanizations of Cyrillic
// and Greek capitals open with (Х Kh, Ц Ts, Ч Ch, Ш Sh, Ж Zh; Greek Χ Ch,
// Θ Th, Ψ Ps), as the acronyms of names in those languages are written in
// Latin letters (KKE, Kommounistiko Komma Elladas). Ukrainian writes Г as
// H (latinInitial's lang).
var romanInitials = map[rune]byte{
	'А': 'A', 'Б': 'B', 'В': 'V', 'Г': 'G', 'Ґ': 'G', 'Д': 'D', 'Е': 'E', 'Є': 'Y', 'Ж': 'Z', 'З': 'Z',
	'И': 'I', 'І': 'I', 'Ї': 'Y', 'Й': 'Y', 'К': 'K', 'Л': 'L', 'М': 'M', 'Н': 'N', 'О': 'O', 'П': 'P',
	'Р': 'R', 'С': 'S', 'Т': 'T', 'У': 'U', 'Ф': 'F', 'Х': 'K', 'Ц': 'T', 'Ч': 'C', 'Ш': 'S', 'Щ': 'S',
	'Э': 'E', 'Ю': 'Y', 'Я': 'Y',
	'Α': 'A', 'Β': 'V', 'Γ': 'G', 'Δ': 'D', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'I', 'Θ': 'T', 'Ι': 'I', 'Κ': 'K',
	'Λ': 'L', 'Μ': 'M', 'Ν': 'N', 'Ξ': 'X', 'Ο': 'O', 'Π': 'P', 'Ρ': 'R', 'Σ': 'S', 'Τ': 'T', 'Υ': 'Y',
	'Φ': 'F', 'Χ': 'C', 'Ψ': 'P', 'Ω': 'O',
}

// latinInitial returns the first letter of name, in lang, in Latin
// capitals without its marks (Ö, O; Č, C; Ελλάδα, E: romanInitials), or 0
// when it is no letter of the three scripts.
func latinInitial(name, lang string) byte {
	r, _ := utf8.DecodeRuneInString(norm.NFD.String(strings.TrimSpace(name)))
	r = unicode.ToUpper(r)
	switch {
	case 'A' <= r && r <= 'Z':
		return byte(r)
	case r == 'Г' && lang == "uk":
		return 'H'
	}
	return romanInitials[r]
}

// shortCountryName returns a CLDR name of a country less what follows a
// spaced dash, a bracket or a comma (Congo - Kinshasa, Congo), and its
// number of words.
func shortCountryName(name string) (string, int) {
	if i := strings.IndexAny(name, "-–(,"); i > 0 && (name[i-1] == ' ' || name[i] == ',') {
		name = name[:i]
	}
	return strings.TrimSpace(name), len(strings.Fields(name))
}

// countryInitialsTable returns the lines of country_initials.txt from
// CLDR's data in x/text. A name of more words than the English one is
// the country's long form, whose first word is no name of it (República
// Democrática del Congo, Congo): left out.
func countryInitialsTable() []string {
	en := display.Regions(language.English)
	var out []string
	for _, r := range regionCodes() {
		name, words := shortCountryName(en.Name(r))
		eng := latinInitial(name, "en")
		if eng == 0 {
			continue
		}
		byLang := map[string]string{}
		var langs []string
		for _, loc := range countryInitialLocales {
			local, n := shortCountryName(display.Regions(language.MustParse(loc[0])).Name(r))
			c := latinInitial(local, loc[1])
			if n > words || c == 0 || c == eng || strings.IndexByte(byLang[loc[1]], c) >= 0 {
				continue
			}
			if byLang[loc[1]] == "" {
				langs = append(langs, loc[1])
			}
			byLang[loc[1]] += string(c)
		}
		if len(langs) == 0 {
			continue
		}
		slices.Sort(langs)
		f := make([]string, len(langs))
		for i, l := range langs {
			f[i] = l + ":" + byLang[l]
		}
		out = append(out, r.String()+"\t"+strings.Join(f, " "))
	}
	return out
}

// cldrTable writes file, a table made from CLDR's data in x/text, as the
// lines want when BITEXT_GEN_REGIONS is set and reports true (the test
// has nothing more to read), or fails test when the embedded have is not
// that table.
func cldrTable(t *testing.T, file, have string, want []string, test string) bool {
	t.Helper()
	text := strings.Join(want, "\n") + "\n"
	if os.Getenv("BITEXT_GEN_REGIONS") != "" {
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return true
	}
	if have != text {
		t.Fatalf("%s is not the table CLDR's data in golang.org/x/text gives: BITEXT_GEN_REGIONS=1 go test ./normalize -run %s", file, test)
	}
	return false
}

// TestCountryInitialsTable: country_initials.txt is the table CLDR's data
// in x/text gives (BITEXT_GEN_REGIONS=1 writes it), and countryInitials
// reads it.
func TestCountryInitialsTable(t *testing.T) {
	if cldrTable(t, "country_initials.txt", countryInitialsText, countryInitialsTable(), "TestCountryInitialsTable") {
		return
	}
	for _, c := range []struct {
		codes []string
		lang  string
		want  string
	}{
		{[]string{"DE"}, "de", "D"},       // Deutschland
		{[]string{"HR"}, "sh", "H"},       // Hrvatska
		{[]string{"AT"}, "de", "O"},       // Österreich
		{[]string{"HU"}, "hu", "M"},       // Magyarország
		{[]string{"GR"}, "el", "E"},       // Ελλάδα
		{[]string{"CN"}, "ru", "K"},       // Китай
		{[]string{"DE"}, "uk", "N"},       // Німеччина
		{[]string{"FR"}, "fr", ""},        // France: the English letter
		{[]string{"DE"}, "xx", ""},        // no such language
		{[]string{"DD", "DE"}, "de", "D"}, // two codes, one letter
	} {
		if got := countryInitials(c.codes, c.lang); got != c.want {
			t.Errorf("countryInitials(%v, %q) = %q, want %q", c.codes, c.lang, got, c.want)
		}
	}
}

// TestOwnAcronymCountryAtHome: ownAcronym reads a country's slot by its
// name in the acronym's language as well as by the English letter
// (country_initials.go), and by no other letter.
func TestOwnAcronymCountryAtHome(t *testing.T) {
	for _, c := range []struct {
		acr, en string
		want    bool
	}{
		{"KPD", "Communist Party of Germany", true},               // Kommunistische Partei Deutschlands
		{"OSRH", "Armed Forces of the Republic of Croatia", true}, // Oružane snage Republike Hrvatske
		{"FPO", "Freedom Party of Austria", true},                 // Freiheitliche Partei Österreichs
		{"BZO", "Alliance for the Future of Austria", true},       // Bündnis Zukunft Österreich
		{"KKE", "Communist Party of Greece", true},                // Kommounistiko Komma Elladas
		{"OSBIH", "Armed Forces of Bosnia and Herzegovina", true}, // the English letters still
		{"KPX", "Communist Party of Germany", false},              // a letter no name of Germany opens with
		{"KPD", "Communist Party of Austria", false},              // Austria is no D
		{"FPD", "Freedom Party of Austria", false},                // Germany's letter, not Austria's
		{"OSRH", "Armed Forces of the Republic of Serbia", false}, // Srbija: S
	} {
		if got := ownAcronym(c.acr, c.en); got != c.want {
			t.Errorf("ownAcronym(%q, %q) = %v, want %v", c.acr, c.en, got, c.want)
		}
	}
	m := NewMatcher(DefaultGlossary())
	if s := m.Similarity("Communist Party of Germany", "KPD"); s < SameThreshold {
		t.Errorf("Matcher: Communist Party of Germany / KPD = %.3f, want same", s)
	}
	if s := m.Similarity("Communist Party of Austria", "KPD"); s >= SameThreshold {
		t.Errorf("Matcher: Communist Party of Austria / KPD = %.3f, want different", s)
	}
}
