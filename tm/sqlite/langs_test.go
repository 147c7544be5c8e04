package sqlite

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestLangCache(t *testing.T) {
	texts := []string{"", "en", "fr", "de", "hu", "fa", "ar", "ru", "zh-Hant", "ja", "pt-BR", "es", "it", "nl", "sv"}
	var c langCache
	for round := range 2 { // the second round reads what the first remembered
		for _, s := range texts {
			want := language.Und
			if s != "" {
				want = language.MustParse(s)
			}
			if got, err := c.parse(s); err != nil || got != want {
				t.Errorf("round %d: parse(%q) = %v, %v; want %v", round, s, got, err, want)
			}
		}
	}
	if _, err := c.parse("x!"); err == nil || !strings.Contains(err.Error(), `"x!"`) {
		t.Errorf("parse(x!) = %v; want an error naming it", err)
	}
}
