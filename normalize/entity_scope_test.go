package normalize

import "testing"

// TestScopeWords: a word that changes an entity's kind or part (scopeWords,
// a compass point) added to a name of several words makes another entity;
// the same words on both sides, or in two languages, keep it one.
func TestScopeWords(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Republic of the Congo", "Democratic Republic of the Congo", false},
		{"Republic of Guinea", "Republic of Equatorial Guinea", false},
		{"Republic of Sudan", "Republic of South Sudan", false},
		{"Republic of Korea", "Democratic People's Republic of Korea", false},
		{"Democratic Republic of the Congo", "Democratic Republic of Congo", true},
		{"Nord-Kivu", "North Kivu", true},
		{"Republic of South Sudan", "Republic of South Sudan", true},
	} {
		if got := m.Same(c.a, c.b); got != c.same {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.same, m.Similarity(c.a, c.b))
		}
	}
}

// TestPossessiveNotBranch: a country named as owner before an
// organisation's name ("Iran's") is not a branch, as an adjective that
// names another organisation is (the branch rule of orgHeads).
func TestPossessiveNotBranch(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Iran's Revolutionary Guards", "Revolutionary Guards", true},
		{"Iran’s Revolutionary Guard", "Revolutionary Guards", true},
		{"Continuity Irish Republican Army", "Irish Republican Army", false},
		{"Iranian Revolutionary Guards", "Revolutionary Guards", false},
		{"Egyptian Islamic Jihad", "Islamic Jihad", false},
		{"Egypt's Islamic Jihad", "Islamic Jihad", true},
		{"Egyptian Islamic Jihad", "EIJ", true},
	} {
		if got := m.Same(c.a, c.b); got != c.same {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.same, m.Similarity(c.a, c.b))
		}
	}
}
