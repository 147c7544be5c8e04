package normalize

import (
	_ "embed"
	"sync"
)

// The gazetteer's look-alike cap (issue 11): two names of two different
// well-known places are not one name, however alike their letters and
// sounds (Samara, the Russian city, and Samarra, the Iraqi one; Poissy and
// Poisy). The places' table (places.tsv) cannot say so: it leaves out the
// names the matcher joins to a place's own (Praga for Prague), and a place
// with one name (Samarra) is not in it at all. This table
// (places_known.tsv) is the countries (countries.tsv) and the well-known
// places: the cities of placeKnownPop people or more and the first-level
// divisions, each with every name it has in the Latin script, none left
// out, so that a spelling of one place is found as that place's
// (Lugansk of Luhansk, Madina of Medina) and is not capped.
//
// knownApart caps a pair only when each name is a name of places of the
// table, no place has both, and the places' table (placeOf) has no place
// with both either: a name of a smaller place, or a person's name that
// is no well-known place's (Marian, Mariana), is left as it is.

// placeKnownPop is the least population of a city of places_known.tsv
// (testdata/bench/places_known.py's MINPOP; BENCHMARKS.md, branch
// places58: at 15,000 the cap parted true variants of small places).
const placeKnownPop = 100000

// placeKnownBin is places_known.tsv's index, in place_index.bin's format;
// see TestPlaceKnownIndex.
//
//go:embed place_known.bin
var placeKnownBin string

// knownPlaces is placeKnownBin's sections, found on first use.
var knownPlaces = sync.OnceValue(func() placeIndex { return readPlaceIndex(placeKnownBin) })

// placesApart is the most a pair of names of two different well-known
// places scores: under the threshold, as countryApart.
const placesApart = countryApart

// placeKnownBig is the number of places of place_known.bin that are
// big: the countries and the cities and divisions of placeKnownBigPop
// people or more (a division's: its largest city's), places_known.tsv's
// first rows (TestPlaceKnownIndex checks it).
const placeKnownBig = 1675

// placeKnownBigPop is the least population of a big place: of two
// names of places, one at least a big place's, so that a reader means
// the place. Kandi, a town of Benin, and Kandy, a city of Sri Lanka, of
// 110,000 people each, are also one name of persons (zhforeign's 康迪);
// Samara (1.1 million) and Samarra are two cities (BENCHMARKS.md,
// branch places58).
const placeKnownBigPop = 500000

// knownApart returns the first names of the two well-known places that
// names a and b, whose keys are s.fullA and s.fullB, are names of, and
// whether they are two places' own names and of no one place: each the
// first name of a place of places_known.tsv (a city's GeoNames name, a
// country's English one: not Chang-čou, Hangzhou's in Czech, which reads
// as Ch'ang-chou, Changzhou's in Wade-Giles), one at least of a big place,
// and no place a name of both.
func (s *simState) knownApart(a, b string) (string, string, bool) {
	x := knownPlaces()
	if !x.hasKey(s.fullA) || !x.hasKey(s.fullB) {
		return "", "", false
	}
	ra := s.placeRecords(x, a)[0]
	if ra == "" {
		return "", "", false
	}
	var fa [64]byte // a's form, before b's takes s.formBuf
	formA := append(fa[:0], s.formBuf...)
	rb := s.placeRecords(x, b)[0]
	if rb == "" {
		return "", "", false
	}
	if _, shared := sharedPlace(ra, rb); shared {
		return "", "", false
	}
	pa, pb := ownPlace(x, ra, formA), ownPlace(x, rb, s.formBuf)
	if pa < 0 || pb < 0 || min(pa, pb) >= placeKnownBig {
		return "", "", false
	}
	return x.name(pa), x.name(pb), true
}

// ownPlace returns the first place of the records rs of a name, whose
// form is f, whose first name has that form, or -1 when none has.
func ownPlace(x placeIndex, rs string, f []byte) int {
	var buf [64]byte
	for i := range len(rs) / placeFormSize {
		p := recordPlace(rs, i)
		n := x.name(p)
		if string(placeForm(buf[:0], n)) == string(f) {
			return p
		}
		if bare := withoutMarks(n); bare != n && string(placeForm(buf[:0], bare)) == string(f) {
			return p
		}
	}
	return -1
}
