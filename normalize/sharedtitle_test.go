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

// TestDropSharedTitle: the words and full keys after the drop.
func TestDropSharedTitle(t *testing.T) {
	for _, c := range []struct {
		a, b         string
		wantA, wantB string // the words' keys joined by spaces
		fullA        string
	}{
		{"Emperor Sutoku", "Emperor Kotoku", "Sutoku", "Kotoku", "Sutoku"},
		{"Emperor Meiji", "Meiji", "Emperor Meiji", "Meiji", "Emperor Meiji"},
		{"Emperor", "Emperor Meiji", "Emperor", "Emperor Meiji", "Emperor"},
		{"Empress Dowager Cixi", "Dowager Empress Cixi", "Dowager Cixi", "Dowager Cixi", "Dowager Cixi"},
	} {
		s := new(simState)
		s.ta, s.oa, s.fullA, _ = s.prepare(c.a, nil, nil, nil)
		s.tb, s.ob, s.fullB, _ = s.prepare(c.b, nil, nil, nil)
		s.dropSharedTitle()
		if got := joinWords(s.ta); got != keyWords(c.wantA) || len(s.oa) != len(s.ta) {
			t.Errorf("%q / %q: words of a %q (%d optional flags), want %q", c.a, c.b, got, len(s.oa), c.wantA)
		}
		if got := joinWords(s.tb); got != keyWords(c.wantB) || len(s.ob) != len(s.tb) {
			t.Errorf("%q / %q: words of b %q (%d optional flags), want %q", c.a, c.b, got, len(s.ob), c.wantB)
		}
		if string(s.fullA) != Key(c.fullA) {
			t.Errorf("%q / %q: full key of a %q, want %q", c.a, c.b, s.fullA, c.fullA)
		}
	}
}

// keyWords is the key of each word of name, joined by spaces.
func keyWords(name string) string {
	var w []string
	for _, f := range strings.Fields(name) {
		w = append(w, Key(f))
	}
	return joinWords(w)
}

func joinWords(w []string) string {
	s := ""
	for i, x := range w {
		if i > 0 {
			s += " "
		}
		s += x
	}
	return s
}
