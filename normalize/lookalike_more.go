package normalize

import "strings"

// More look-alikes of different names that the edit distance scores as one
// name (issue 11, branch names23), each read from a spelling convention.

// patronymicS reports whether a and b, as written, are the same words but
// the last, which is a Germanic patronymic surname in one name, a given
// name and a genitive -s (Williams, Edwards, Jacobs, Willems: the son of
// William, of Edward), and lacks the -s in the other. The surname names a
// family, not the given name: Michaels is not Michael, however near the
// letters. The only spelling convention that adds a bare -s after a
// consonant of a given name is the Latvian masculine nominative (Gustavs,
// Arnolds, Vilhelms), and Latvian writes no w, q, x, y, ch, th, ph, ck nor
// ae, ee, oo, ea, ou: the -s word must have one of them, and only ASCII
// letters (Latvian and Lithuanian letters carry marks). The s must follow a
// consonant other than s, c, z and y (a vowel's -s is a Greek, Latin or
// Lithuanian ending, Hungarian writes cs and zs for one sound, Aweys is a
// diphthong), and the other word must not end in a sibilant (Shvarts,
// Swartz: ts is a spelling of tz). A name with a lowercase word, or with an
// organisation's head noun, is no person's name: an English plural there
// (Committee, Committees) is left to the other rules.
func patronymicS(a, b string) bool {
	if len(a) == len(b) || len(a) > 64 || len(b) > 64 {
		return false // the s makes the lengths differ; long names are no persons'
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	n := len(wa)
	if n != len(wb) || n > 3 {
		return false
	}
	for i := 0; i < n-1; i++ {
		if !strings.EqualFold(wa[i], wb[i]) || !personWord(wa[i]) {
			return false
		}
	}
	x, y := strings.ToLower(wa[n-1]), strings.ToLower(wb[n-1])
	if len(x) < len(y) {
		x, y = y, x
	}
	if !personWord(wa[n-1]) || !personWord(wb[n-1]) || len(x) < 4 || len(y) < 3 {
		return false
	}
	m := len(x)
	for i := 0; i < m; i++ {
		if x[i] < 'a' || x[i] > 'z' {
			return false
		}
	}
	if x[m-1] != 's' || isVowel(x[m-2]) || strings.IndexByte("sczy", x[m-2]) >= 0 {
		return false
	}
	if strings.IndexByte("sxz", y[len(y)-1]) >= 0 {
		return false
	}
	return notLatvian(x[:m-1])
}

// personWord reports whether w, as written, can be a word of a person's
// name: capitalised and no organisation's head noun.
func personWord(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' && w[0] < 0x80 {
		return false
	}
	return !infoOf(Key(w)).orgHead
}

// notLatvian reports whether the lowercase ASCII word w has a letter or a
// pair of letters that Latvian spelling does not write.
func notLatvian(w string) bool {
	if strings.ContainsAny(w, "wqxy") {
		return true
	}
	for i := 0; i+1 < len(w); i++ {
		switch w[i : i+2] {
		case "ch", "th", "ph", "ck", "ae", "ee", "oo", "ea", "ou":
			return true
		}
	}
	return false
}
