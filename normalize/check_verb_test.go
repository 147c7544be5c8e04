package normalize

import (
	"testing"

	"golang.org/x/text/language"
)

// TestInconsistentVerb: a verb that opens a sentence is no spelling of a
// name nor of another verb (WMT24's Spanish and Russian outputs); a slip
// of the name, a name only at sentence starts that ends in no verb ending,
// and a name and its accented spelling are still reported.
func TestInconsistentVerb(t *testing.T) {
	for _, c := range []struct {
		lang string
		in   string
		want bool // reported
	}{
		{"es", "La directora Roisin Currie dijo algo.\nSegún Currie, no.\nJoder. Corrí rápidamente.\n", false},
		{"es", "La directora Roisin Currie dijo algo.\nSegún Currie, no.\nLo dijo Curie.\n", true},
		{"es", "Superamos la etapa.\nNo. Esperamos que sí.\n", false},
		{"es", "Pensábamos que no.\nPasábamos por aquí.\n", false},
		{"es", "La puerta se abrió y Harris salió.\nVino Harris.\nHaris, Craith y Ravik.\n", true},
		{"ru", "Это шоу Дуайта.\nШоу Дуайта идёт.\nДайте мне знать.\n", false},
		{"ru", "Это шоу Дуайта.\nШоу Дуайта идёт.\nЭто Дуайтта.\n", true},
	} {
		g := BuildGlossary(nil, GlossaryOptions{Lang: language.Make(c.lang)})
		if _, got := collectRewrite(t, g, c.in, true); (len(got) > 0) != c.want {
			t.Errorf("check (%s) of %q reported %q; want reported %v", c.lang, c.in, got, c.want)
		}
	}
}

func TestVerbForm(t *testing.T) {
	for _, c := range []struct {
		lang, word string
		want       bool
	}{
		{"es", "Corrí", true},
		{"es", "Pensé", true},
		{"es", "Llegó", true},
		{"es", "Superamos", true},
		{"es", "Pensábamos", true},
		{"es", "Comieron", true},
		{"es", "Ramos", false}, // a stem of one letter: a surname
		{"es", "Aaron", false},
		{"es", "Alí", false},
		{"es", "José", false},
		{"es", "Dalí", false},
		{"es", "Leí", false}, // a vowel before the stressed one
		{"es", "Currie", false},
		{"ru", "Дайте", true},
		{"ru", "Скажите", true},
		{"ru", "Дуайта", false},
		{"en", "Corrí", false}, // English has no list
		{"de", "Superamos", false},
	} {
		if got := verbForm(language.Make(c.lang), c.word); got != c.want {
			t.Errorf("verbForm(%s, %q) = %v; want %v", c.lang, c.word, got, c.want)
		}
	}
}

func TestVerbApart(t *testing.T) {
	d := NewDiscovererFor(language.Spanish)
	d.Add("Lo dijo Ali.\nAlí llegó tarde.\nCorrí rápidamente.\nLo dijo Currie.\nCorrió tarde.\nLo vio Corrió.\n")
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Currie", "Corrí", true},
		{"Corrí", "Currie", true},
		{"Ali", "Alí", false},       // one name, its accent
		{"Currie", "Corrió", false}, // written inside a sentence too: a name
	} {
		if got := verbApart(d, language.Spanish, c.a, c.b); got != c.want {
			t.Errorf("verbApart(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}
