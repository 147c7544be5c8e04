package normalize

// silentEY reports whether the word in which two names differ, five
// letters or more, ends in a vowel, one consonant and e in one name, and
// in the same letters with y for the e, or with y after it, in the other
// (Blake, Blakey; Crane, Craney; Blake, Blaky). English writes the final e
// of a vowel, a consonant and e silent, a mark of the vowel before it
// (one syllable: Blake), and a final y after a consonant as a syllable of
// its own (two: Blakey): the y word has a syllable more, so it is another
// name, where the edit distance sees one letter. Korean and Chinese, which
// write a foreign name by its syllables, keep such pairs apart. An e after
// two consonants (Jesse, Jessy) is not read: it is sounded in such names.
// Only one-word names are read: in a name of more words the word is often
// an English noun, and the check sweep's clusters of National Treasure,
// National Treasures and National Treasury regrouped around a line-break
// artefact (National Treasure\nIt) and reported it.
func (w *wordApart) silentEY() bool {
	x, y := w.words()
	if len(x) > len(y) || len(x) == len(y) && x[len(x)-1] != 'e' {
		x, y = y, x // x the e word
	}
	n := len(x)
	if w.n != 1 || n < 5 || x[n-1] != 'e' || isVowel(x[n-2]) || x[n-2] == 'y' || x[n-2] == 'w' || !isVowel(x[n-3]) {
		return false
	}
	switch len(y) {
	case n: // e for y: Grade, Grady
		return y[n-1] == 'y' && string(y[:n-1]) == string(x[:n-1])
	case n + 1: // y after e: Stone, Stoney
		return y[n] == 'y' && string(y[:n]) == string(x)
	}
	return false
}
