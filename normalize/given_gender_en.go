package normalize

import (
	_ "embed"
	"strings"
)

// englishGivenGender reports whether the word in which two names differ
// is a man's given name in one name and a woman's in the other, apart only
// in their last letters, as lists of English given names by sex have them
// (issue 11, branch look60): Frederick and Fredericka, Alan and Alane,
// Dominic and Dominica, Cristian and Cristine are two people, however near
// the letters (0.875 to 0.889 before this rule; the US Social Security
// Administration's baby names give each pair's forms to the two sexes).
// givenGender reads the European shapes of a woman's name made from a
// man's by a list of Faker's locales; English makes them in more ways (-e,
// -ee, -ine against -ino, -ka), and the list here is another: Moby's men's
// and women's first names (given_gender_en.txt). Where the difference
// is matters: the two words share their first three letters or more and
// differ in their last three letters or fewer (englishGenderShape), the
// end where English marks a name's sex (Marco, Margo); names apart before
// that (Jon, Joan) are other rules'. The list must have one word as a man's name
// alone and the other as a woman's alone: a name both lists have (Andrea,
// Simone, Jean) marks no sex, nor does a name another language gives the
// other sex (Daniele, Claude: Italian and French men's names; the list
// leaves them out), nor a name the list lacks (a surname, Clarke). The
// word must not be the last of a name of two words or more, a surname's
// place (Hart, Harte).
func (w *wordApart) englishGivenGender() bool {
	x, y := w.words()
	return englishGenderShape(x, y) && w.listedSexes()
}

// englishGivenNames reports whether the word in which two names differ is
// a man's given name in one name and a woman's in the other, as
// englishGivenGender's lists have them, the two apart inside the word
// and not only at its end: Mitchell and Michelle, Brian and Breanne,
// Russell and Roselle, Luis and Louise (0.867 to 0.940 before this rule).
// Two forms of one name are one sex's: a man's name and a woman's are two
// names wherever their letters part, however near, and the lists vouch
// for the sexes as for englishGivenGender. The two words must start with
// the same letter (another first letter is initialDistinct's), three
// letters or more each.
func (w *wordApart) englishGivenNames() bool {
	x, y := w.words()
	return len(x) >= 3 && len(y) >= 3 && x[0] == y[0] && !englishGenderShape(x, y) && w.listedSexes()
}

// listedSexes reports whether the word in which two names differ is
// not the last of a name of two words or more (a surname's place: Hart,
// Harte) and is a man's name of given_gender_en.txt in one name and a
// woman's in the other.
func (w *wordApart) listedSexes() bool {
	if w.last && w.n > 1 {
		return false
	}
	x, y := w.words()
	return englishSexesApart(x, y) // given_sexes.go
}

// englishGenderShape reports whether words x and y share their first
// three letters or more and differ in their last three letters or fewer
// of each.
func englishGenderShape(x, y []byte) bool {
	i := 0
	for i < len(x) && i < len(y) && x[i] == y[i] {
		i++
	}
	return i >= 3 && len(x)-i <= 3 && len(y)-i <= 3 && (i < len(x) || i < len(y))
}

// givenGenderEnTXT is the list englishGivenGender reads (see its header
// for origin and licence, and testdata/bench/given_gender_en.py for how it
// was built): NAME m|f.
//
//go:embed given_gender_en.txt
var givenGenderEnTXT string

// englishGivenSexes maps a listed name to 'm' or 'f'; built on first use,
// only when a pair of englishGivenGender's shape is asked.
var englishGivenSexes = newLazy(func() map[string]byte {
	t := make(map[string]byte, 4096)
	for line := range strings.Lines(givenGenderEnTXT) {
		f := strings.Fields(line)
		if len(f) == 2 && f[0][0] != '#' && (f[1] == "m" || f[1] == "f") {
			t[f[0]] = f[1][0]
		}
	}
	return t
})
