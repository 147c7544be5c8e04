package normalize

import "strings"

// nonPartisanNames reports whether a and b are one name but for
// "Non-Party" (Non-party, Nonparty) against "Nonpartisan"
// (Non-partisan), case aside: English renders the one adjective of a list
// of candidates outside the parties both ways (Russian беспартийный,
// Polish bezpartyjny: the Non-Party Bloc, the Nonpartisan Bloc for
// Cooperation with the Government), and no other word may differ.
func nonPartisanNames(a, b string) bool {
	// The cheap tests first, on lengths: orgStage asks this of every
	// pair under SameThreshold. The forms differ by one byte to four
	// (Non-Party, Nonpartisan), and one name says "artisan".
	if d := len(a) - len(b); d == 0 || d < -4 || d > 4 || len(a) < 9 || len(b) < 9 {
		return false
	}
	if strings.Contains(a, "artisan") == strings.Contains(b, "artisan") {
		return false
	}
	na, fa := nonPartyWritten(a)
	nb, fb := nonPartyWritten(b)
	return fa != fb && na != "" && na == nb
}

// nonPartyWritten returns s in lower case with its "non-party" or
// "nonpartisan" read as one word, and whether s wrote it "partisan"; an
// empty string when s has neither.
func nonPartyWritten(s string) (string, bool) {
	l := strings.ToLower(s)
	for _, f := range [...]struct {
		form     string
		partisan bool
	}{{"non-partisan", true}, {"nonpartisan", true}, {"non-party", false}, {"nonparty", false}} {
		i := strings.Index(l, f.form)
		if i < 0 || i > 0 && l[i-1] != ' ' {
			continue
		}
		end := i + len(f.form)
		if end < len(l) && l[end] != ' ' {
			continue
		}
		return l[:i] + "\x00" + l[end:], f.partisan
	}
	return "", false
}
