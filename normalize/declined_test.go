package normalize

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestDeclinedForms: a name's cases are declined forms, a spelling's
// change inside a word and a word more or less are not.
func TestDeclinedForms(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"України", "Україні", true},
		{"Rosja", "Rosję", true},
		{"Waszyngtonie", "Waszyngtona", true},
		{"Кодекс України", "Кодексу України", true},
		{"Верховна Рада", "Верховної Ради", true},
		{"Preise", "Preis", true},
		{"Zotov", "Zatov", false},
		{"Soleimani", "Soleymani", false},
		{"Milan", "Meulan", false},
		{"Kiev", "Kiev", false},
		{"Rada", "Verkhovna Rada", false},
		{"Ivanov", "Ivanovskaya", false}, // an ending of more than three letters
		{"Ose", "Osu-2", false},
	} {
		if got := declinedForms(tc.a, tc.b); got != tc.want {
			t.Errorf("declinedForms(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestCheckDeclined: a check of a Ukrainian or Polish text does not report
// a name's cases as two spellings of it (it did, "Україні" -> "України"),
// an English text's check still reports a name spelt two ways, and a
// Ukrainian one a spelling changed inside a word.
func TestCheckDeclined(t *testing.T) {
	uk := "Уряд України ухвалив рішення. Він працює в Україні. Голова уряду України сказав це. Ми живемо в Україні та в Україні. Про Україну писали газети України.\n"
	if got := checkedForms(t, language.Ukrainian, uk); len(got) != 0 {
		t.Errorf("Ukrainian: reported %q; want nothing", got)
	}
	pl := "Ambasador przyjechał do Rosji. Rosja odpowiedziała szybko. Rząd Rosji milczy. Premier odwiedził Rosję w maju, a potem znów Rosję.\n"
	if got := checkedForms(t, language.Polish, pl); len(got) != 0 {
		t.Errorf("Polish: reported %q; want nothing", got)
	}
	en := "Thabit Mohammad Saeedreza spoke. Later Thabit Mohammad Saeedreza left. Then Thabit Mohammad Saeed Reza came back.\n"
	if got := checkedForms(t, language.English, en); len(got) == 0 {
		t.Errorf("English: reported nothing; want the name spelt two ways")
	}
	// German declines a name with -s at most (Deutschlands), a noun with
	// -e, -en, -er, -es, -n: a name's two spellings that differ in their
	// last letters are still two (Selenskyj, Selenski: reported before
	// declinedForms, lost with it).
	de := "Der Präsident Wolodymyr Selenskyj sprach am Dienstag in Berlin. Später traf Wolodymyr Selenskyj den Kanzler. Am Abend sagte Wolodymyr Selenski, die Lage sei ernst.\n"
	if got := checkedForms(t, language.German, de); len(got) == 0 {
		t.Errorf("German text, a name spelt two ways: reported nothing")
	}
	// The German UD development texts: a noun's plural is no spelling
	// ("Preise" -> "Preis", "Erfahrungen" -> "Erfahrung", "Restaurante" ->
	// "Restaurant" were reported before declinedForms).
	ud, err := os.ReadFile("../align/segment/testdata/ud/de.dev.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range checkedForms(t, language.German, string(ud)) {
		if strings.HasPrefix(r, "Preise ") || strings.HasPrefix(r, "Erfahrungen ") || strings.HasPrefix(r, "Restaurante ") {
			t.Errorf("German UD texts: reported %q, a plural", r)
		}
	}
	// Icelandic declines names (Reykjavík, Reykjavíkur; Kalifornía,
	// Kaliforníu; Norður-Kórea, Norður-Kóreu): a check of Icelandic news
	// reported each case as a spelling; a letter added inside a word
	// (Jyothiraditya) is still reported.
	is := "Borgarstjórn Reykjavíkur fundaði í gær. Ráðherrann býr í Reykjavík og fór til Kaliforníu. Kalifornía er stórt ríki. " +
		"Norður-Kórea skaut eldflaug. Stjórn Norður-Kóreu neitaði því. Jyotiraditya Scindia sagði sig úr flokknum. " +
		"Síðar gekk Jyotiraditya Scindia í nýjan flokk. Í gær talaði Jyothiraditya Scindia við blaðamenn.\n"
	if got := checkedForms(t, language.Icelandic, is); len(got) != 1 || !strings.HasPrefix(got[0], "Jyothiraditya Scindia -> ") {
		t.Errorf("Icelandic: reported %q; want only the slip Jyothiraditya Scindia", got)
	}
	ukTwo := "Прем'єр Денис Шмигаль заявив про це. Потім Денис Шмигаль поїхав до Львова. Увечері Денис Шмыгаль повернувся.\n"
	if got := checkedForms(t, language.Ukrainian, ukTwo); len(got) == 0 {
		t.Errorf("Ukrainian text, a name spelt two ways: reported nothing")
	}
}

// checkedForms is what a check of text in lang reports with no default
// glossary: "form -> replacement" for each inconsistent spelling.
func checkedForms(t *testing.T, lang language.Tag, text string) []string {
	t.Helper()
	var got []string
	g := BuildGlossary(nil, GlossaryOptions{NoDefault: true, Lang: lang})
	if err := g.Rewrite(nil, strings.NewReader(text), func(r Replacement) error {
		got = append(got, r.Form+" -> "+r.Replacement)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return got
}
