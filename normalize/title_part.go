package normalize

import "strings"

// A work's part named by its own title. A title of the form "Common:
// Part", a title common to a series, a franchise or a publisher's brand
// and the part's title after a colon, names the part, and library
// cataloguing records the part's preferred title as the part's own title
// alone when that title identifies it (RDA 6.2.2.9, parts identified by a
// title: The Two Towers, not The Lord of the Rings. Part 2; AACR2 25.6).
// So "C: P" and P are one work's names. The reverse, "C: P" against C,
// is not read: C names the series or the first work as well (a sequel's
// "Alien: Resurrection" is not "Alien"). P must be two words or more, the
// first in capitals: one word after a colon is too often a generic word
// or a pun on the title ("Mission: Impossible").

// titlePartShortForm reports whether long is "C: P", C not all spaces and
// P short in any case, short of two words or more beginning with a
// capital letter. orgFormsScore tests the ": " before long's last
// len(short) bytes inline first, so that other pairs cost no call.
func titlePartShortForm(short, long string) bool {
	n := len(long) - len(short)
	if n < 3 || long[n-2] != ':' || long[n-1] != ' ' || !isASCIIUpper(short[0]) || strings.IndexByte(short, ' ') < 0 {
		return false
	}
	return strings.TrimSpace(long[:n-2]) != "" && strings.EqualFold(long[n:], short)
}
