package normalize

import "bytes"

// A title that both names carry. "King", "Prince" and "Emir" are in
// titles (similarity.go) and never compared; "Emperor" and "Empress" are
// not, because a title alone is what tells "Meiji Emperor" from "Meiji"
// and "Emperoro Gotoba" (a typo) from "Gotoba" in running text, where
// dropping them lost true check reports (BENCHMARKS.md, branches
// negprefix and emperor). But when both names carry the title, it says
// nothing about whether they name one person, and counted as a word pair
// it lifts the mean of the other words: Emperor Sutoku / Emperor Kotoku
// scored 0.860 (same) where Sutoku / Kotoku scores 0.833. dropSharedTitle
// takes such a title out of both names' words, so that what is left is
// compared; a name that carries it alone keeps it (Emperor Meiji / Meiji).

// sharedTitleKeys are the keys of the titles dropSharedTitle takes out
// when both names carry them.
var sharedTitleKeys = [...]string{Key("emperor"), Key("empress")}

// sharedTitleAt returns the index of the first word of toks that is one of
// sharedTitleKeys, or -1.
func sharedTitleAt(toks []string, key string) int {
	for i, t := range toks {
		if len(t) == len(key) && t == key {
			return i
		}
	}
	return -1
}

// dropSharedTitle takes one word that is a title of sharedTitleKeys out
// of both s.ta and s.tb (and out of their full keys, s.fullA and s.fullB)
// when both names have it and another word besides. Names of one word or
// none are left at once.
func (s *simState) dropSharedTitle() {
	if len(s.ta) < 2 || len(s.tb) < 2 {
		return
	}
	for _, key := range sharedTitleKeys {
		i := sharedTitleAt(s.ta, key)
		if i < 0 {
			continue
		}
		j := sharedTitleAt(s.tb, key)
		if j < 0 {
			continue
		}
		s.ta, s.oa = append(s.ta[:i], s.ta[i+1:]...), append(s.oa[:i], s.oa[i+1:]...)
		s.tb, s.ob = append(s.tb[:j], s.tb[j+1:]...), append(s.ob[:j], s.ob[j+1:]...)
		s.fullA = cutKey(s.fullA, key)
		s.fullB = cutKey(s.fullB, key)
		return
	}
}

// cutKey returns full without the first occurrence of key (full as it was
// when key is not in it).
func cutKey(full []byte, key string) []byte {
	k := bytes.Index(full, []byte(key))
	if k < 0 {
		return full
	}
	return append(full[:k], full[k+len(key):]...)
}
