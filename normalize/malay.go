package normalize

import "strings"

// Abbreviations of Muhammad. Malaysian and Indonesian names abbreviate
// the given name Muhammad in writing, on identity cards as in the press:
// Mohd, Muhd, Md, Mhd, Muh, Moh ("Mohd Najib", "Muh Sholeh Ibrahim", the
// UN list's alias of Muhammad Sholeh Ibrahim). wordSim reads such a word
// against a spelling of Muhammad as an initial against the word it begins.

// muhammadAbbrev reports whether the folded word w is an abbreviation of
// Muhammad: mohd and muhd fold to muhd, moh and muh to mu (a final h after
// a vowel goes).
func muhammadAbbrev(w string) bool {
	switch w {
	case "muhd", "md", "mhd", "mu":
		return true
	}
	return false
}

// muhammadForm reports whether the folded word w is a spelling of
// Muhammad (Muhammad, Mohammed, Mochammad, Mokhammad, Mhammad,
// Muhammadu; not Mahmud, Mohamud).
func muhammadForm(w string) bool {
	for _, p := range [...]string{"muhamad", "muhamed", "mhamad", "mhamed", "muchamad", "muchamed", "mukhamad", "mukhamed"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
