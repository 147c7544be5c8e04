package normalize

import "testing"

// TestNumeralVariant: a number in a name written in words and in figures,
// cardinal or ordinal, one to ninety-nine; two numbers stay two names.
func TestNumeralVariant(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"First National Bank of Tulsa", "1st National Bank of Tulsa", true},
		{"Fourteenth Army", "14th Army", true},
		{"Twenty-Second Century Studios", "22nd Century Studios", true},
		{"Forty Third Street Theatre", "43rd Street Theatre", true},
		{"Seven Oaks Credit Union", "7 Oaks Credit Union", true},
		{"Ninth-day Fellowship", "9th-day Fellowship", true},
		{"21ST Century Insurance", "Twenty-First Century Insurance", true}, // a suffix in capitals
		{"Fourteenth Army", "13th Army", false},
		{"Twenty-Second Century Studios", "20th Century Studios", false},
		{"Second Infantry Division", "22nd Infantry Division", false},
		{"Group Seven", "Group 8", false},
		{"First Army", "Second Army", false}, // no figure: not this rule's
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
	if got, n := figuresForNumbers("Twenty-First Century, Seventh-day Forty two 3RD"); got != "21st Century, 7th-day 42 3rd" || n != 3 {
		t.Errorf("figuresForNumbers = %q, %d", got, n)
	}
}
