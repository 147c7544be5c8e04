package normalize

import (
	"strings"
	"testing"
)

// TestSimilarityConventions holds the readings of issue 11's fifth pass
// (conventions.go): each convention's renderings of one name are the same
// name, and a look-alike beside it stays different.
func TestSimilarityConventions(t *testing.T) {
	for _, c := range []struct {
		class string
		a, b  string
		same  bool
	}{
		{"French final -que", "Jacques", "Jacque", true},
		{"French final -que", "Jacques", "Jac", true},
		{"French final -que", "Dominique", "Dominick", true},
		{"French final -que: a spoken ending stays", "Monique", "Monica", false},
		{"East Slavic patronymic", "Serhiyovych", "Sergeyevich", true},
		{"East Slavic patronymic", "Mykolayovych", "Nikolayevich", true},
		{"East Slavic patronymic: another father", "Sergeyevich", "Semyonovich", false},
		{"East Slavic patronymic: another father", "Ivanovich", "Ilyich", false},
		{"Belarusian yakanne", "Siarhei", "Sergei", true},
		{"Belarusian yakanne", "Sviatlana", "Svetlana", true},
		{"Belarusian dzekanne", "Dzianis", "Denis", true},
		{"Belarusian dzekanne", "Dzmitry", "Dmitry", true},
		{"ia before a vowel is no yakanne", "Diana", "Dena", false},
		{"Latin ti before a vowel", "Letitia", "Letizia", true},
		{"ti before a consonant stays", "Martina", "Marzina", false},
		{"soft g", "Gerry", "Jerry", true},
		{"soft g", "Gene", "Jeane", true},
		{"Italian gi before a vowel", "Giuliani", "Juliani", true},
		{"hard g before o", "Gordon", "Jordan", false},
		{"Korean geo, geu stay", "Geon", "Jeon", false},
		{"words under four letters keep g", "Gil", "Jil", false},
		{"initial j is y", "Jasmin", "Yasmine", true},
		{"initial j is y", "Júlia", "Yuliya", true},
		{"Korean and Chinese j and y syllables stay", "Jang", "Yang", false},
		{"Korean and Chinese j and y syllables stay", "Joon", "Yoon", false},
		{"English final -eigh", "Ashleigh", "Ashley", true},
		{"English final -eigh", "Raleigh", "Raley", true},
		{"German -eig in one syllable stays", "Zweig", "Zwei", false},
		{"Portuguese -ão", "Damião", "Damián", true},
		{"Portuguese -ão: French eau stays", "Moreau", "Moren", false},
		{"French silent t after r (a word with au)", "Auber", "Aubert", true},
	} {
		if got := Similarity(c.a, c.b); (got >= SameThreshold) != c.same {
			t.Errorf("%s: Similarity(%q, %q) = %.3f, want same=%v", c.class, c.a, c.b, got, c.same)
		}
	}
}

// TestConventionReadings pins what each reading does to a folded word, and
// that it leaves words without its spelling alone.
func TestConventionReadings(t *testing.T) {
	for _, c := range []struct {
		read     func(string) string
		in, want string
	}{
		{frenchQue, "jakues", "jak"},
		{frenchQue, "duminikue", "duminik"},
		{frenchQue, "kue", "kue"},
		{slavicPatronymic, "serhiyuvich", "serhiyvich"},
		{slavicPatronymic, "sergeyevich", "sergeyvich"},
		{slavicPatronymic, "ilyich", "ilyich"},
		{belarusianSpoken, "siarhei", "serhei"},
		{belarusianSpoken, "dzianis", "denis"},
		{belarusianSpoken, "dzmitri", "dmitri"},
		{belarusianSpoken, "diana", "diana"},
		{latinAssibilated, "letitia", "letitsia"},
		{latinAssibilated, "sebastian", "sebastian"},
		{latinAssibilated, "tiagu", "tiagu"},
		{softG, "geri", "jeri"},
		{softG, "giuliani", "juliani"},
		{softG, "gurdun", "gurdun"},
		{softG, "geun", "geun"},
		{portugueseNasal, "damiau", "damian"},
		{portugueseNasal, "bureau", "bureau"},
	} {
		if got := c.read(c.in); got != c.want {
			t.Errorf("reading %q: got %q, want %q", c.in, got, c.want)
		}
	}
}

// TestEastSlavicNames checks the table of Ukrainian and Russian forms of
// one name (eastslavic_names.tsv): the forms match in Latin spellings of
// either convention, and other names beside them stay apart.
func TestEastSlavicNames(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Mykola", "Nikolai", true},
		{"Mykola", "Nikolaj", true},
		{"Yevhen", "Yevgeny", true},
		{"Nadiya", "Nadezhda", true},
		{"Opanasovych", "Afanasyevich", true},
		{"Mykola", "Nikita", false},
		{"Mykola", "Nikolaeva", false},
		{"Nadiya", "Natalya", false},
		{"Yevhen", "Yevdokim", false},
	} {
		if got := Similarity(c.a, c.b); (got >= SameThreshold) != c.same {
			t.Errorf("Similarity(%q, %q) = %.3f, want same=%v", c.a, c.b, got, c.same)
		}
	}
	if tab := eastSlavicNames(); len(tab.keys) < 500 || len(tab.keys)%2 != 0 {
		t.Errorf("the table has %d forms, want an even number over 500", len(tab.keys))
	}
	for line := range strings.Lines(eastSlavicTSV) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(strings.TrimRight(line, "\n"), "\t")
		if want := eastSlavicKeys(f[0], f[1]); strings.Join(f[2:], "\t") != strings.Join(want, "\t") {
			t.Errorf("eastslavic_names.tsv: %s/%s has keys %q, Key gives %q: regenerate it (TestGenEastSlavicNames)", f[0], f[1], f[2:], want)
		}
	}
	for in, want := range map[string]string{"yevhen": "vgn", "evgeni": "vgn", "mikula": "mkl", "khvila": "khvl", "hana": "gn"} {
		if got := string(coarseCode(nil, in)); got != want {
			t.Errorf("coarseCode(%q) = %q, want %q", in, got, want)
		}
	}
}
