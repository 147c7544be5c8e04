package normalize

import "strings"

// A title that both names carry. "King", "Prince" and "Emir" are in
// titles (similarity.go) and never compared; "Emperor" and "Empress" are
// not, because in running text the title is what tells "Meiji Emperor"
// from "Meiji", and a typo inside it ("Emperoro Gotoba") is a variant to
// report: adding them to titles lost such true check reports
// (BENCHMARKS.md, branches negprefix and emperor). But when both names
// carry the title it says nothing of whether they name one person, and
// counted as a word pair it lifts the mean of the other words: Emperor
// Sutoku / Emperor Kotoku scored 0.860 (same) where Sutoku / Kotoku
// scores 0.833. And the caps that keep two names apart (romaji.go's
// minimal pairs) need every word to read as Japanese, which the title
// does not. So dropSharedTitle, first in baseStage, before every other
// rule, takes such a title out of both names, and the matcher compares
// what is left; a title only one name carries stays (Emperor Meiji / Meiji
// keeps its score).

// sharedTitleWords are the titles dropSharedTitle takes out of two names
// that both carry one of them, as a word of their own (cut at spaces and
// hyphens), in any case. Both are 7 letters.
var sharedTitleWords = [...]string{"emperor", "empress"}

// dropSharedTitle replaces p's names by the names without a title of
// sharedTitleWords when both carry it (withoutSharedTitle), unless the
// glossary has both names as written as forms of one entry. baseStage
// calls it first, for names of 9 bytes or more where a has a title
// (titleWordAt), so every stage compares the names without the title.
func dropSharedTitle(r *stageRun, p *pairSim) {
	a, b, ok := withoutSharedTitle(p.a, p.b)
	if !ok {
		return
	}
	if p.oneEntry(r.g) {
		return // baseStage finds them one entry
	}
	p.rereadAs(a, b) // dropLegalForms may have read them first
}

// withoutSharedTitle returns a and b without the first word of each that
// is the same title of sharedTitleWords, and true, when both have it and
// something else; else a, b and false. Names under 9 bytes (the title, a
// space and a letter) are left at once, and b is read only when a has a
// title.
func withoutSharedTitle(a, b string) (string, string, bool) {
	if len(a) < 9 || len(b) < 9 {
		return a, b, false
	}
	i := titleWordAt(a)
	if i < 0 {
		return a, b, false
	}
	j := titleWordAt(b)
	if j < 0 || !strings.EqualFold(a[i:i+7], b[j:j+7]) {
		return a, b, false
	}
	ra, rb := cutWord(a, i, 7), cutWord(b, j, 7)
	if strings.TrimSpace(ra) == "" || strings.TrimSpace(rb) == "" {
		return a, b, false
	}
	return ra, rb, true
}

// wordSep reports whether c ends a word for titleWordAt: a space or a
// hyphen.
func wordSep(c byte) bool { return c == ' ' || c == '-' || c == '\t' }

// titleWordAt returns the byte offset in name (of 3 bytes or more) of the
// first word that is a title of sharedTitleWords (all of 7 letters), in
// any case, or -1. It looks only where strings.IndexByte finds the titles'
// p (each is e, m, p...), or their P in a name in capitals (its second
// byte a capital), so a name without one costs one fast scan.
func titleWordAt(name string) int {
	p := byte('p')
	if name[1] >= 'A' && name[1] <= 'Z' {
		p = 'P'
	}
	for off := 2; off < len(name); {
		k := strings.IndexByte(name[off:], p)
		if k < 0 {
			return -1
		}
		i := off + k - 2 // the title's e
		off += k + 1
		if name[i]|0x20 != 'e' || name[i+1]|0x20 != 'm' || i+7 > len(name) || i > 0 && !wordSep(name[i-1]) ||
			i+7 < len(name) && !wordSep(name[i+7]) {
			continue
		}
		for _, t := range sharedTitleWords {
			if strings.EqualFold(name[i:i+7], t) {
				return i
			}
		}
	}
	return -1
}

// cutWord returns name without its n bytes at i and one separator next to
// them: the one after, or before when the word ends the name.
func cutWord(name string, i, n int) string {
	switch {
	case i+n < len(name):
		return name[:i] + name[i+n+1:]
	case i > 0:
		return name[:i-1]
	}
	return ""
}
