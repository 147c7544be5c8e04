package normalize

import (
	_ "embed"
	"strings"
)

// givenGender reports whether the word in which two names differ is a
// man's given name in one name and the woman's form of it in the other,
// as a list of given names by gender vouches (issue 11, branch gender58):
// Yevgeny Primakov and Yevgenia Primakov are two people, however near the
// letters (0.894 before this rule; Oleksandr, Oleksandra 0.900). The
// word's two forms must have one of the shapes in which the European
// languages make a woman's name of a man's, the shorter word three
// letters or more:
//   - the woman's -a or -e after the man's whole name: the Slavic -slav,
//     -slava (Vladislav, Vladislava), -dr, -dra (Aleksandr, Aleksandra), a
//     consonant and -a (Daniel, Daniela; Jan, Jana), the French -e
//     (Pascal, Pascale);
//   - -o against -a at the end (Mario, Maria; Paulo, Paula);
//   - a Russian man's -iy, -ii, -y or -i (Yevgeniy, Evgenii, Yevgeny) against
//     a woman's -iya, -iia, -ia or -ya (Yevgeniya, Evgeniia, Yevgenia).
//
// and the list (given_gender.txt) must vouch for one form as a man's name
// and the other as a woman's (vouches): the shape alone would part one
// name's spellings (Anand, Ananda: the Indian schwa; Mira, Miraa), and a
// name one locale gives men and another women (Simone; Jasmin) is no
// man's nor woman's name to the rule. Names of other shapes are other rules'
// (genderEnding, feminineElle, feminineIse, womansEnding).
func (w *wordApart) givenGender() bool {
	x, y := w.words()
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) < 3 || !givenGenderShape(x, y) {
		return false
	}
	t := givenGenders.get()
	gx, okx := t[string(x)]
	gy, oky := t[string(y)]
	return okx && oky && (gx.vouches(gy) || gy.vouches(gx))
}

// vouches reports whether the list has g a man's name and h a woman's: one
// locale lists g as a man's and h as a woman's, and none lists g as a
// woman's nor h as a man's (Simone, Andrea, Daniele: Italian men's names,
// Simon, Andre, Daniel's Italian forms, though German writes them for
// women; Jasmin, Emily: a woman's name in German and English).
func (g genderLocales) vouches(h genderLocales) bool {
	return g.m&h.f != 0 && g.f == 0 && h.m == 0
}

// givenGenderShape reports whether words x and y, x no longer than y, have
// one of givenGender's shapes.
func givenGenderShape(x, y []byte) bool {
	n := len(x)
	switch len(y) - n {
	case 0: // -o, -a; -iy, -ia and -ii, -ia, either way
		if c, d := x[n-1], y[n-1]; (c == 'o' && d == 'a' || c == 'a' && d == 'o') && string(x[:n-1]) == string(y[:n-1]) {
			return true
		}
		return russianFeminine(x, y) || russianFeminine(y, x)
	case 1: // -a, -e after the whole name
		if (y[n] == 'a' || y[n] == 'e') && string(x) == string(y[:n]) {
			return true
		}
	}
	return russianFeminine(x, y)
}

// russianFeminine reports whether x ends in a Russian man's -iy, -ii, -y
// or -i after a stem of three letters or more, and y is that stem and a
// woman's -ia, -iya, -iia or -ya (Yevgeniy, Yevgeniya; Evgenii, Evgeniia;
// Yevgeny, Yevgenia; Yevgeniy, Yevgenia: the romanisations mixed).
func russianFeminine(x, y []byte) bool {
	for _, m := range [...]string{"iy", "ii", "y", "i"} {
		if !hasSuffix(x, m) || len(x)-len(m) < 3 {
			continue
		}
		stem := x[:len(x)-len(m)]
		if !hasPrefix(y, string(stem)) {
			continue
		}
		switch string(y[len(stem):]) {
		case "ia", "iya", "iia", "ya":
			return true
		}
	}
	return false
}

// givenGenderTXT is the list of given names by gender that givenGender
// reads (see its header for origin and licence, and
// testdata/bench/given_gender.py for how it was built): NAME m|f LOCALES.
//
//go:embed given_gender.txt
var givenGenderTXT string

// genderLocales holds the locales, one bit each, that list a name as a
// man's (m) and as a woman's (f) given name.
type genderLocales struct{ m, f uint64 }

// givenGenders maps a listed name to its genderLocales; built on first
// use, only when a pair of givenGender's shapes is asked.
var givenGenders = newLazy(func() map[string]genderLocales {
	t := make(map[string]genderLocales, 1024)
	bits := map[string]uint64{}
	for line := range strings.Lines(givenGenderTXT) {
		f := strings.Fields(line)
		if len(f) != 3 || f[0][0] == '#' {
			continue
		}
		var b uint64
		for loc := range strings.SplitSeq(f[2], ",") {
			if _, ok := bits[loc]; !ok && len(bits) < 64 {
				bits[loc] = 1 << len(bits)
			}
			b |= bits[loc]
		}
		g := t[f[0]]
		if f[1] == "m" {
			g.m |= b
		} else {
			g.f |= b
		}
		t[f[0]] = g
	}
	return t
})
