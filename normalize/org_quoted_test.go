package normalize

import (
	"strings"
	"testing"
)

// TestQuotedName checks quotedName (org_quoted.go) both ways round and
// through the matcher: a party's name and that name in quotes after the
// party's kind, and the names it keeps apart.
func TestQuotedName(t *testing.T) {
	cases := []ruleCase{
		{"Freedom League", `Liberal State Party "The Freedom League"`, true}, // Party Facts
		{"Freedom League", "Liberal State Party “The Freedom League”", true},
		{"Servant of the People", "Political Party «Servant of the People»", true},
		{"Vrijheidsbond", `Liberale Staatspartij "De Vrijheidsbond"`, false},           // one word: a faction's shape
		{"Piast", `Polish People's Party "Piast"`, false},                              // one word
		{"Freedom League", `Friends of "The Freedom League"`, false},                   // no party's kind outside
		{"Freedom League", `Liberal State Party "The Freedom Union"`, false},           // another word
		{"Freedom League", `Liberal State Party "The Freedom League of Youth"`, false}, // a word more
		{"Freedom League", `Liberal State Party "The Freedom League`, false},           // no closing quote
		{"Freedom League", "Liberal State Party The Freedom League", false},            // no quotes
		{`"Freedom League"`, `Liberal State Party "The Freedom League"`, false},        // quotes in both
	}
	checkOrgRule(t, "quotedName", func(a, b string) bool { return quotedName(a, b, nil) }, cases)
	for _, c := range cases {
		if got := quotedName(c.b, c.a, nil); got != c.want {
			t.Errorf("quotedName(%q, %q) = %v; want %v", c.b, c.a, got, c.want)
		}
	}
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Freedom League", `Liberal State Party "The Freedom League"`, true},
		{"Freedom League", `Friends of "The Freedom League"`, false},
		{"Freedom League", `Liberal State Party "The Freedom Union"`, false},
	})
}

// FuzzQuotedName: quotedName never panics on any two strings (its quotes
// cut at any byte), reads its names either way round alike, and holds
// only where the longer name has quotes.
func FuzzQuotedName(f *testing.F) {
	f.Add("Freedom League", `Liberal State Party "The Freedom League"`)
	f.Add("Servant of the People", "Political Party «Servant of the People»")
	f.Add("a", "“”")
	f.Add(`"`, "„")
	f.Fuzz(func(t *testing.T, a, b string) {
		got := quotedName(a, b, nil)
		if got != quotedName(b, a, nil) {
			t.Fatalf("quotedName(%q, %q) = %v one way, not the other", a, b, got)
		}
		if got && !strings.ContainsAny(a+b, "\"“”„«»") {
			t.Fatalf("quotedName(%q, %q) = true without quotes", a, b)
		}
	})
}
