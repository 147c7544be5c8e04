package textio

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestParseLang(t *testing.T) {
	for s, want := range map[string]string{"en": "en", "pt-BR": "pt-BR", "zh-Hans": "zh-Hans",
		"xx": "well-formed but unknown", "": "not a BCP 47", "en_US!": "not a BCP 47"} {
		got, err := ParseLang(s)
		if err != nil && !strings.HasPrefix(err.Error(), want) || err == nil && got.String() != want {
			t.Errorf("ParseLang(%q) = %v, %v; want %s", s, got, err, want)
		}
		if err != nil && got != language.Und {
			t.Errorf("ParseLang(%q) = %v with an error; want und", s, got)
		}
	}
}

func TestIsStream(t *testing.T) {
	for name, want := range map[string]bool{"-": true, "/dev/stdin": true, "/dev/fd/0": true, "/dev/./stdout": true,
		"/proc/self/fd/1": true, "story.txt": false, "/dev/null": false, "dev/stdin": false} {
		if got := IsStream(name); got != want {
			t.Errorf("IsStream(%q) = %v; want %v", name, got, want)
		}
	}
}
