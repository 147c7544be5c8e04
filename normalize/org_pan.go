package normalize

import "strings"

// panAdjective reports whether one of a and b is the other with "Pan-"
// before its country's adjective (isCountryAdjective), every other word
// the same: a party of a whole country says so in its adjective and is
// listed with and without it (Pan-Malaysian Islamic Party, Malaysian
// Islamic Party: Parti Islam Se-Malaysia). A people's or a continent's
// adjective is not read (Pan-Arab, Pan-African: a movement of many
// countries, not the country's party).
func panAdjective(a, b string) bool {
	// The cheap test first: orgStage asks this of every pair under
	// SameThreshold.
	if d := len(a) - len(b); d != len("Pan-") && d != -len("Pan-") {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	i := strings.Index(b, "Pan-")
	if i < 0 || i > 0 && b[i-1] != ' ' || len(b) != len(a)+len("Pan-") || !strings.EqualFold(b[:i], a[:i]) {
		return false
	}
	if !strings.EqualFold(b[i+len("Pan-"):], a[i:]) {
		return false
	}
	adj := a[i:]
	if j := strings.IndexByte(adj, ' '); j >= 0 {
		adj = adj[:j]
	}
	return strings.IndexByte(a, ' ') > 0 && isCountryAdjective(adj)
}
