package normalize

// townTon reports whether the word in which two names differ is an English
// place name whose head is -ton in one name and -town in the other, after
// one first part of three letters or more (Charleston, Charlestown;
// Kingston, Kingstown; Middleton, Middletown), the first part's last
// consonant doubled in one name allowed (Milton, Milltown). The two heads
// are two words in the names: -ton is Old English tūn (an enclosure, a
// farmstead) worn down in names formed before the modern word, -town that
// modern word in names formed later, and a place called by one is another
// place than one called by the other: Charleston in South Carolina and
// Charlestown in Massachusetts, Kingston in Jamaica and Kingstown in Saint
// Vincent. Korean, which writes a foreign name by its sound, keeps them
// apart (찰스턴, 찰스타운); the edit distance sees one inserted w. Spellings of
// one head (Charlestown, Charlestowne; Jamestown, Jamestoun) are not read.
func (w *wordApart) townTon() bool {
	x, y := w.words()
	if hasSuffix(x, "town") {
		x, y = y, x
	}
	if !hasSuffix(y, "town") || !hasSuffix(x, "ton") {
		return false
	}
	px, py := x[:len(x)-3], y[:len(y)-4]
	if len(px) > len(py) {
		px, py = py, px
	}
	n := len(px)
	if n < 3 || string(py[:n]) != string(px) {
		return false
	}
	// the same first part, or the same with its last consonant doubled
	return len(py) == n || len(py) == n+1 && py[n] == px[n-1] && !isVowel(px[n-1])
}
