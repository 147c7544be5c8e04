package normalize

// givenSexesApart reports whether x and y, two words of ASCII letters in
// lower case, are a man's given name and a woman's by one of the lists of
// given names by sex: both in given_gender_en.txt, one a man's and the
// other a woman's (it has only names of one list alone, and none another
// language gives the other sex), or both in given_gender.txt, a locale
// giving one to men and the other to women and none the other way round
// (vouches). A name of one list against a name of the other is no
// evidence: Dorin (a Romanian man's name) and Doreen, Marian (a Polish and
// Czech man's name) and Mariann are one name's spellings as often as not.
func givenSexesApart(x, y []byte) bool {
	if englishSexesApart(x, y) {
		return true
	}
	g := givenGenders.get()
	gx, okx := g[string(x)]
	gy, oky := g[string(y)]
	return okx && oky && (gx.vouches(gy) || gy.vouches(gx))
}

// englishSexesApart reports whether x and y, two words of ASCII letters
// in lower case, are a man's given name and a woman's of
// given_gender_en.txt (givenSexesApart's first list).
func englishSexesApart(x, y []byte) bool {
	t := englishGivenSexes.get()
	sx, sy := t[string(x)], t[string(y)]
	return sx != 0 && sy != 0 && sx != sy
}

// yForIOnly reports whether words x and y differ only in a y of one for
// an i of the other, none their last letter: an English spelling of one
// name (Kevin, Kevyn; Madalin, Madalyn), not the mark of a sex that a last
// -i against -y is (Toni, Tony).
func yForIOnly(x, y []byte) bool {
	if len(x) != len(y) {
		return false
	}
	diff := false
	for i := range x {
		if x[i] == y[i] {
			continue
		}
		if i == len(x)-1 || (x[i] != 'i' || y[i] != 'y') && (x[i] != 'y' || y[i] != 'i') {
			return false
		}
		diff = true
	}
	return diff
}

// keyEqualSexes reports whether names a and b, which the matcher scores 1
// (their keys are equal: Jerri and Jerry, Colin and Coleen, Julian and
// Juliann), are the same words but one, and that word a man's given name
// in one and a woman's in the other by Moby's English lists
// (englishSexesApart), not the last word of a longer name (a surname's
// place), nor apart only in a y for an i inside the word (yForIOnly).
// The look-alike caps of capsStage ask a score under 1 only (issue 11,
// branch look61); a man's name and a woman's are two names however their
// letters sound, and only the list parts them: Toni and Tony, Dean and
// Deann, Jean and Joan (it gives not both forms a sex) stay one key's.
// given_gender.txt, which givenNotPlace asks too, is not asked here: no
// pair of one key of the design pool has its evidence alone, and its
// table, built on first use, would cost the speed benchmark's 100,000
// pairs 6.6 M instructions (0.3%) to build.
func keyEqualSexes(w *wordApart, a, b string) bool {
	if !w.set(a, b) {
		return false
	}
	x, y := w.words()
	return !yForIOnly(x, y) && w.listedSexes() // given_gender_en.go: the surname's place, the list
}

// givenNotPlace reports whether names a and b, which the gazetteer has as
// names of one place, place, are given names its reading must not join
// (issue 11, branch look61): a man's given name and a woman's (Milan,
// Milana: the city and its Latvian Milāna), or a listed given name that
// is not the place's first name (its English or GeoNames' name) against
// another that is not either: Mila and Milano (Catalan Milà, Italian
// Milano), Athen and Athena (German, Latvian), Lio and Liona (Catalan
// Lió, Lithuanian-Latvian Liona), Mauricia and Mauricio (Portuguese and
// Spanish names of Mauritius). A minor language's name of a city that is
// a person's given name too says nothing of two given names; an exonym
// or a former name against the place's own name stays the gazetteer's
// (Florence, Firenze; Bombay, Mumbai), as does a pair of names no list
// has (Köln, Cologne; Tiflis, Tbilisi). Names of more than one word, or
// in Latin with marks or in Cyrillic, are no list's; a name in another
// script is read (givenForm).
func givenNotPlace(a, b string, place int) bool {
	var bx, by [64]byte
	x, okx := givenForm(&bx, a)
	y, oky := givenForm(&by, b)
	if !okx || !oky {
		return false
	}
	if givenSexesApart(x, y) {
		return true
	}
	lx, ly := listedGiven(x), listedGiven(y)
	if !lx && !ly {
		return false
	}
	var bm [64]byte
	main := placeForm(bm[:0], places().name(place))
	return string(x) != string(main) && string(y) != string(main) // मिलान, Milano: Milan read
}

// givenForm writes to buf the form in which the lists of given names
// would have name, and reports whether it has one: name lowercased when it
// is ASCII letters (Milano; not Milà, no given name as written); its Latin
// reading, as the gazetteer finds it (placeForm), when it is written in a
// script other than Latin and Cyrillic (मिलन, Milan; मिलना, Milana: a
// Hindi man's and woman's name joined through Milan's Latvian Milāna).
func givenForm(buf *[64]byte, name string) ([]byte, bool) {
	if n, ok := lowerLetters(buf, name); ok {
		return buf[:n], true
	}
	if len(name) > 3*len(buf) {
		return nil, false
	}
	f := placeForm(buf[:0], name)
	if len(f) == 0 || f[0] == tagNone || f[0] > tagLast || f[0] == tagAbjad {
		return nil, false
	}
	f = f[1:]
	for _, c := range f {
		if c < 'a' || c > 'z' {
			return nil, false
		}
	}
	return f, len(f) > 0
}

// listedGiven reports whether name, one word in lower-case ASCII letters,
// is a given name of either list (given_gender_en.txt, given_gender.txt),
// of one sex or of both.
func listedGiven(name []byte) bool {
	if _, ok := englishGivenSexes.get()[string(name)]; ok {
		return true
	}
	_, ok := givenGenders.get()[string(name)]
	return ok
}
