package normalize

import (
	"testing"
)

// givenGenderFloor: names match on the design part of
// testdata/givengender (branch gender58): the gate's own man's and woman's
// pairs and the US Social Security Administration's (false merges at
// most), two romanisations of one Russian name and the SSA's pairs of one
// sex in the same shapes (recall at least), measured when set.
var givenGenderFloor = map[string]float64{
	"lookalike-gg-list": 0.005,
	"lookalike-gg-ssa":  0.065,
	"gg-ru":             0.99,
	"gg-ssa-same":       0.36,
}

// TestGivenGenderCheckSet scores names match on
// testdata/givengender/checkset.tsv (testdata/bench/given_gender_checkset.py;
// origin and licence in testdata/README.md) and holds its design part to
// givenGenderFloor; BITEXT_DEVSET_TABLE=1 logs the table (with
// BITEXT_HELDOUT=1 of the held-out part, scored once, at the end of a
// piece of work).
func TestGivenGenderCheckSet(t *testing.T) {
	pairs, held := readDevCheckSet(t, "testdata/givengender/checkset.tsv", "given names by gender")
	if held {
		return
	}
	checkDevFloors(t, "givenGenderFloor", pairs, givenGenderFloor, 100)
}
