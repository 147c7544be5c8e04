package normalize

import "strings"

// Latin ti before a vowel in the Romance languages. Late Latin said the t
// of ti before a vowel as ts, and the languages that took Latin names
// write that sound their own way: Spanish and Portuguese c (Ignacio,
// Horacio, Mauricio, Bonifacio: Ignatius, Horatius, Mauritius,
// Bonifatius), Italian z (Ignazio, Orazio, Vincenzo, Lorenzo), German z
// beside the Latin t (Bonifazius). The key reads t and c (s before i) or z
// as different letters, and the ending (-ius, -io) it reads already.
//
// latinTiReading reads the ti before a vowel of a word in the Latin
// nominative -us (Plautius, Terentius, Gratianus) as the other name writes
// that sound: ci or zi, or z alone after n (Vincenzo, Lorenzo), and the
// -us of the name's words as the Romance -o when a word of the other name
// ends in o (Ignacio, Graciano, Silvano: Ignatius, Gratianus, Silvanus).
// It reads only a name with such a word against a name that writes no ti
// before a vowel and writes ci, zi or nz before a vowel itself; a word in
// -us keeps other names apart (Matías, Macías: Matias is no Latin
// nominative).
// nationalSim (national.go) calls it for a name with us and ti against a
// name with ci, zi or nz.

// latinTiReading returns name read so against other (see above), in lower
// case, or "".
func latinTiReading(name, other string) string {
	if !hasPair(name, 'u', 's') || !hasPair(name, 't', 'i') {
		return ""
	}
	o := strings.ToLower(other)
	var with string // what other writes for the sound: ci, zi or z
	for i := 1; i+2 < len(o); i++ {
		if !isVowel(o[i+2]) || o[i+1] != 'i' {
			continue
		}
		switch o[i] {
		case 't':
			return "" // the other name writes ti itself
		case 'c':
			with = "ci"
		case 'z':
			with = "zi"
		}
	}
	if with == "" {
		for i := 1; i+2 < len(o); i++ {
			if o[i] == 'n' && o[i+1] == 'z' && isVowel(o[i+2]) {
				with = "z" // Vincenzo, Lorenzo
			}
		}
	}
	if with == "" {
		return ""
	}
	endsO := false // a word of other ends in o
	for start, end := range letterRuns(o) {
		endsO = endsO || end-start > 2 && o[end-1] == 'o'
	}
	read := false // a word's ti is read; its -us alone is not enough
	r := readWords(name, func(word string) string {
		if len(word) < 5 || !strings.HasSuffix(word, "us") {
			return word
		}
		ti := 0 // where the word's ti before a vowel is, if it has one
		for i := 1; i+2 < len(word); i++ {
			if word[i] == 't' && word[i+1] == 'i' && isVowel(word[i+2]) && (with != "z" || word[i-1] == 'n') {
				ti = i
				break
			}
		}
		if ti > 0 {
			read = true
			word = word[:ti] + with + word[ti+2:]
		}
		if endsO {
			word = word[:len(word)-2] + "o" // the Romance ending: Ignacio, Graciano; Silvano
		}
		return word
	})
	if !read {
		return ""
	}
	return r
}
