package normalize

import "strings"

// German names with the final dt. German devoices a final d (the
// Auslautverhärtung: Rad and Rat are both spoken rat), and its spelling
// before the reform of 1901 wrote the final t sound dt, as many family names
// still do (Schmidt, Brandt, Arndt, Humboldt): Schmid, Schmidt and Schmitt
// are one name in three spellings, as Brand, Brandt and Brant are. English
// keeps its final d and t apart (Bold, Bolt), but writes no final dt, so a
// word in dt is read as the German spelling it is.
//
// germanDtReading reads, in the words of name that end in dt after a vowel
// or l, n or r (germanDtWord), the dt as the d of other when other has a
// word that ends in d and that name has not (a word of both, Bernd or
// David or Wood, is no spelling of the dt word), else as t; it reads
// nothing against a name that writes dt itself (both spell the name so:
// any difference is elsewhere). nationalSim (national.go) calls it for a
// name with a word in dt.
func germanDtReading(name, other string) string {
	o := strings.ToLower(other)
	asD := false
	for start, end := range letterRuns(o) {
		w := o[start:end]
		if strings.HasSuffix(w, "dt") {
			return ""
		}
		asD = asD || w[len(w)-1] == 'd' && !hasWord(name, w)
	}
	return readWords(name, func(word string) string {
		if !germanDtWord(word) {
			return word
		}
		if asD {
			return word[:len(word)-1]
		}
		return word[:len(word)-2] + "t"
	})
}

// germanDtWord reports whether lower-case word w ends in dt after a vowel
// or l, n or r, and has four letters or more (Arndt, Stadt, Humboldt).
func germanDtWord(w string) bool {
	n := len(w)
	if n < 4 || w[n-2] != 'd' || w[n-1] != 't' {
		return false
	}
	c := w[n-3]
	return isVowel(c) || c == 'l' || c == 'n' || c == 'r'
}
