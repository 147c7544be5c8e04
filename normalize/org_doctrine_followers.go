package normalize

import "strings"

// doctrineFollowers reports whether a and b are one word each, one a
// doctrine's name in -ism and the other its followers' in -ists or -ist,
// of one stem of three letters or more: a movement named for its
// founder or its idea is listed by its doctrine and by its members
// alike (Rexism, Rexists; Poujadism, Poujadists).
func doctrineFollowers(a, b string) bool {
	if len(a) < 6 || len(b) < 6 || len(a) > 24 || len(b) > 24 || strings.IndexByte(a, ' ') >= 0 || strings.IndexByte(b, ' ') >= 0 {
		return false
	}
	if !strings.HasSuffix(a, "ism") {
		a, b = b, a
	}
	stem, ok := strings.CutSuffix(a, "ism")
	if !ok || len(stem) < 3 || !isASCIIUpper(stem[0]) {
		return false
	}
	followers, ok := strings.CutSuffix(b, "ists")
	if !ok {
		followers, ok = strings.CutSuffix(b, "ist")
	}
	return ok && followers == stem
}
