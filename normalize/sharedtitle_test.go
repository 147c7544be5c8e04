package normalize

import (
	"strings"
	"testing"
)

// TestSharedTitleDropped: a title both names carry is not a word pair of
// theirs: each pair scores as its names without the title, wherever the
// title stands, and a different title is not shared.
func TestSharedTitleDropped(t *testing.T) {
	for _, c := range []struct{ a, b, bareA, bareB string }{
		{"Emperor Tenji", "Emperor Tenmu", "Tenji", "Tenmu"},
		{"Emperor Sutoku", "Emperor Kotoku", "Sutoku", "Kotoku"},
		{"Empress Genmei", "Empress Gensho", "Genmei", "Gensho"},
		{"Emperor Shomu", "Emperor Shoko", "Shomu", "Shoko"},
		{"Tenji Emperor", "Emperor Tenmu", "Tenji", "Tenmu"}, // either place
		{"EMPEROR Junna", "emperor Junnin", "Junna", "Junnin"},
		{"Retired Emperor", "Cloistered Emperor", "Retired", "Cloistered"},
		{"Emperor Go-Toba", "Emperor Gotoba", "Go-Toba", "Gotoba"},
	} {
		got, want := Similarity(c.a, c.b), Similarity(c.bareA, c.bareB)
		if got != want {
			t.Errorf("Similarity(%q, %q) = %.3f, want %.3f as %q / %q", c.a, c.b, got, want, c.bareA, c.bareB)
		}
	}
	if got := Similarity("Emperor Sutoku", "Emperor Kotoku"); got >= SameThreshold {
		t.Errorf("Emperor Sutoku / Emperor Kotoku = %.3f, want under %.2f (two emperors)", got, SameThreshold)
	}
}

// TestSharedTitleKept: a title only one name carries is still compared
// (Emperor Meiji / Meiji is not 1), a name that is the title alone keeps
// it, and one spelling in two word orders is still one name.
func TestSharedTitleKept(t *testing.T) {
	if got := Similarity("Emperor Meiji", "Meiji"); got >= 1 {
		t.Errorf("Emperor Meiji / Meiji = %.3f, want under 1: the title is one name's only", got)
	}
	if got := Similarity("Emperor", "Emperor Meiji"); got >= SameThreshold {
		t.Errorf("Emperor / Emperor Meiji = %.3f, want under %.2f", got, SameThreshold)
	}
	if got := Similarity("Empress Shotoku", "Emperor Shotoku"); got >= SameThreshold {
		t.Errorf("Empress Shotoku / Emperor Shotoku = %.3f, want under %.2f: two titles", got, SameThreshold)
	}
	checkApart(t, nil, [][2]string{
		{"Meiji Emperor", "Emperor Meiji"}, {"Emperor Go-Toba", "Emperor Gotoba"},
		{"Empress Dowager Cixi", "Empress Dowager Tzu-hsi"},
	})
}

// TestWithoutSharedTitle: the names left, the title cut with one
// separator next to it, in any case; a title only one name has, a longer
// word that begins with it, or a name that is the title alone are left.
func TestWithoutSharedTitle(t *testing.T) {
	for _, c := range []struct {
		a, b         string
		wantA, wantB string
		ok           bool
	}{
		{"Emperor Sutoku", "Emperor Kotoku", "Sutoku", "Kotoku", true},
		{"Tenji Emperor", "EMPEROR Tenmu", "Tenji", "Tenmu", true},
		{"Retired-Emperor", "Retired Emperor", "Retired", "Retired", true},
		{"Empress Dowager Cixi", "Dowager Empress Cixi", "Dowager Cixi", "Dowager Cixi", true},
		{"Emperor Meiji", "Meiji Tenno", "Emperor Meiji", "Meiji Tenno", false},
		{"Emperors Meiji", "Emperor Meiji", "Emperors Meiji", "Emperor Meiji", false},
		{"Emperor", "Emperor Meiji", "Emperor", "Emperor Meiji", false},
		{"Emperor Shotoku", "Empress Shotoku", "Emperor Shotoku", "Empress Shotoku", false},
	} {
		a, b, ok := withoutSharedTitle(c.a, c.b)
		if a != c.wantA || b != c.wantB || ok != c.ok {
			t.Errorf("withoutSharedTitle(%q, %q) = %q, %q, %v; want %q, %q, %v", c.a, c.b, a, b, ok, c.wantA, c.wantB, c.ok)
		}
	}
}

// TestSharedTitleWriteMatches: WriteMatches scores the names without the
// shared title but writes them as they were given.
func TestSharedTitleWriteMatches(t *testing.T) {
	var out strings.Builder
	in := "Emperor Sutoku\tEmperor Kotoku\nMeiji Emperor\tEmperor Meiji\n"
	if err := WriteMatches(&out, strings.NewReader(in), "pairs"); err != nil {
		t.Fatal(err)
	}
	want := "0.833\tdifferent\tEmperor Sutoku\tEmperor Kotoku\n1.000\tsame\tMeiji Emperor\tEmperor Meiji\n"
	if out.String() != want {
		t.Errorf("WriteMatches = %q, want %q", out.String(), want)
	}
}

// TestSharedTitleGlossary: two names a glossary has as forms of one entry
// stay one, title and all; other pairs with the title lose it there too.
func TestSharedTitleGlossary(t *testing.T) {
	g := NewGlossary([]Entry{
		{Canonical: "Emperor Showa", Kind: KindPerson, Variants: []string{"Emperor Hirohito"}},
	})
	m := NewMatcher(g)
	if got := m.Similarity("Emperor Showa", "Emperor Hirohito"); got != 1 {
		t.Errorf("with the glossary, Emperor Showa / Emperor Hirohito = %.3f, want 1", got)
	}
	if got, want := m.Similarity("Emperor Sutoku", "Emperor Kotoku"), m.Similarity("Sutoku", "Kotoku"); got != want {
		t.Errorf("with the glossary, Emperor Sutoku / Emperor Kotoku = %.3f, want %.3f as Sutoku / Kotoku", got, want)
	}
}
