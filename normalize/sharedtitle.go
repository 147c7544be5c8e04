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
// does not. So sharedTitleStage, before every other stage, takes such a
// title out of both names, and the matcher compares what is left; a title
// only one name carries stays (Emperor Meiji / Meiji keeps its score).

// sharedTitleWords are the titles sharedTitleStage takes out of two names
// that both carry one of them, as a word of their own (cut at spaces and
// hyphens), in any case. Both are 7 letters.
var sharedTitleWords = [...]string{"emperor", "empress"}

// sharedTitleStage replaces p's names by the names without a title of
// sharedTitleWords when both carry it (withoutSharedTitle), unless the
// glossary has both names as written as forms of one entry.
func sharedTitleStage(r *stageRun, p *pairSim) {
	a, b, ok := withoutSharedTitle(p.a, p.b)
	if !ok {
		return
	}
	if g := r.g; g != nil {
		if e := g.entryOfKey(Key(p.a)); e >= 0 && e == g.entryOfKey(Key(p.b)) {
			return // baseStage finds them one entry
		}
	}
	p.wa, p.wb, p.titled = p.a, p.b, true
	p.a, p.b = a, b
}

// withoutSharedTitle returns a and b without the first word of each that
// is the same title of sharedTitleWords, and true, when both have it and
// something else; else a, b and false. Names under 9 bytes (the title, a
// space and a letter) are left at once.
func withoutSharedTitle(a, b string) (string, string, bool) {
	if len(a) < 9 || len(b) < 9 {
		return a, b, false
	}
	for _, t := range sharedTitleWords {
		i := titleWordAt(a, t)
		if i < 0 {
			continue
		}
		j := titleWordAt(b, t)
		if j < 0 {
			continue
		}
		ra, rb := cutWord(a, i, len(t)), cutWord(b, j, len(t))
		if strings.TrimSpace(ra) == "" || strings.TrimSpace(rb) == "" {
			return a, b, false
		}
		return ra, rb, true
	}
	return a, b, false
}

// wordSep reports whether c ends a word for titleWordAt: a space or a
// hyphen.
func wordSep(c byte) bool { return c == ' ' || c == '-' || c == '\t' }

// titleWordAt returns the byte offset in name of the first word that is t
// (lower-case ASCII) in any case, or -1. It looks only where the name has
// t's first two letters (e, m) in either case.
func titleWordAt(name, t string) int {
	for i := 0; i+len(t) <= len(name); i++ {
		c := name[i] | 0x20
		if c != t[0] || name[i+1]|0x20 != t[1] {
			continue
		}
		if (i == 0 || wordSep(name[i-1])) && (i+len(t) == len(name) || wordSep(name[i+len(t)])) &&
			strings.EqualFold(name[i:i+len(t)], t) {
			return i
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
