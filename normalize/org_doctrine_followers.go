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

// A group and its members. Russian names the members of a group whose
// adjective ends in -ovaya (Trudovaya gruppa, the Labour Group) with
// -oviks (-oviki: Trudoviks), and German the members of a society (-verein,
// -bund) with -aner (the Grütliverein's Grütlianer): English lists the
// party by either. groupMembers reads those endings on one stem of four
// letters or more, the members' name one word, the group's its adjective
// and a group's word (gruppa, group) or its one compound word.

// groupMembers reports whether a and b are a group and its members' name
// as the comment above says.
func groupMembers(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 8 || len(a) > 24 || len(b) > 32 || strings.IndexByte(a, ' ') >= 0 {
		return false
	}
	// Russian: Trudoviks, Trudovaya gruppa.
	for _, m := range [...]string{"oviks", "oviki"} {
		stem, ok := strings.CutSuffix(a, m)
		if !ok || len(stem) < 4 {
			continue
		}
		adj, group, ok := strings.Cut(b, " ")
		if !ok || group != "gruppa" && group != "Gruppa" && group != "group" && group != "Group" {
			return false
		}
		return adj == stem+"ovaya" || adj == stem+"ovaja"
	}
	// German: Grütlianer, Grütliverein.
	stem, ok := strings.CutSuffix(a, "aner")
	if !ok || len(stem) < 4 || strings.IndexByte(b, ' ') >= 0 {
		return false
	}
	return b == stem+"verein" || b == stem+"bund"
}
