package normalize

import "strings"

// The Arabic article written as its letter alone. Before a sun letter the
// article al- is spoken as that letter doubled (ar-Rahman), and South
// Asian spellings of a compound name such as Zaki ur-Rehman (Zaki
// al-Rahman) also write it as that letter alone, joined to the word
// before: "Zakir Rehman" (Zaki-r Rehman). articles.go reads the joined
// forms -ur-, -ud- (Matiur Rahman); the letter alone looks like another
// name's last letter (Zakir and Zaki are two names), so it is read only
// when the other name writes the article as a word of its own before the
// same word: "Zaki Ur-Rehman Lakvi" and "Zakir Rehman Lakvi" are one
// name, "Zaki Rehman" and "Zakir Rehman" are not made one.

// articleLetterStem returns folded word w, five letters or more, without
// its last letter when that is a sun letter after a vowel and the next
// word begins with it, or "".
func articleLetterStem(w, next string) string {
	n := len(w)
	if n < 5 || next == "" || w[n-1] != next[0] || !isSunLetter(w[n-1]) || !isVowel(w[n-2]) {
		return ""
	}
	return w[:n-1]
}

// hasArticleBefore reports whether name, as written, has the Arabic
// article as a word of its own (al, el, ul, il, or an assimilated ar, ur,
// ad... before a word that begins with its letter) before a word that
// begins with letter c.
func hasArticleBefore(name string, c byte) bool {
	split := func(r rune) bool { return r == ' ' || r == '-' }
	prev := ""
	for w := range strings.FieldsFuncSeq(strings.ToLower(name), split) {
		if len(prev) == 2 && (prev[0] == 'a' || prev[0] == 'e' || prev[0] == 'u' || prev[0] == 'i') &&
			(prev[1] == 'l' || prev[1] == c) && w[0] == c {
			return true
		}
		prev = w
	}
	return false
}

// articleLetterSim is the score of words a[i] and b[j] when one of them is
// read without an article letter (articleLetterStem) that the other name
// writes as a word, less the cost of an article's spelling; or 0.
func (s *simState) articleLetterSim(a, b []string, i, j int, rawA, rawB string) float64 {
	if st := articleLetterStem(a[i], nextWord(a, i)); st != "" && hasArticleBefore(rawB, a[i][len(a[i])-1]) {
		return s.wordSim(st, b[j]) - articleSpellingPenalty
	}
	if st := articleLetterStem(b[j], nextWord(b, j)); st != "" && hasArticleBefore(rawA, b[j][len(b[j])-1]) {
		return s.wordSim(a[i], st) - articleSpellingPenalty
	}
	return 0
}

// articleLetterAny reports whether a word of words has an article letter
// that articleLetterStem would read off.
func articleLetterAny(words []string) bool {
	for i, w := range words {
		if articleLetterStem(w, nextWord(words, i)) != "" {
			return true
		}
	}
	return false
}
