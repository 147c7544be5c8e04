package langcache

import (
	"errors"
	"fmt"
	"testing"

	"golang.org/x/text/language"
)

// TestCache: Parse runs parse once a code, past Linear codes too (the
// map), and remembers no error; Text is t.String(), "" for Und.
func TestCache(t *testing.T) {
	var c Cache
	calls := map[string]int{}
	parse := func(s string) (language.Tag, error) {
		calls[s]++
		if s == "bad!" {
			return language.Und, errors.New("not a tag")
		}
		return language.Parse(s)
	}
	codes := []string{"en", "fr", "de", "es", "it", "pt", "nl", "sv", "da", "fi", "pl", "ru"}
	for range 3 {
		for _, code := range codes {
			if got, err := c.Parse(code, parse); err != nil || got != language.MustParse(code) {
				t.Fatalf("Parse(%q) = %v, %v", code, got, err)
			}
		}
		if _, err := c.Parse("bad!", parse); err == nil {
			t.Fatal("Parse(bad!): no error")
		}
	}
	for _, code := range codes {
		if calls[code] != 1 {
			t.Errorf("parse(%q) ran %d times; want once", code, calls[code])
		}
	}
	if calls["bad!"] != 3 {
		t.Errorf("parse(bad!) ran %d times; want every time (an error is not remembered)", calls["bad!"])
	}
	for range 2 {
		for _, code := range codes {
			if got, want := c.Text(language.MustParse(code)), fmt.Sprint(language.MustParse(code)); got != want {
				t.Errorf("Text(%s) = %q; want %q", code, got, want)
			}
		}
	}
	if got := c.Text(language.Und); got != "" {
		t.Errorf("Text(Und) = %q; want \"\"", got)
	}
}
