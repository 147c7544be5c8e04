package normalize

import (
	"testing"
)

// translitSexFloor: names match on the design part of
// testdata/translitsex (branch capscheck62): two romanisations of one
// Arabic given name (Google's ar2en) or Russian one (ru-names, six
// systems) (recall at least), and a man's name against a woman's of one
// stem in those letters (false merges at most), measured when set. Of the
// caps that part a man's and a woman's given name (issue 11, branches
// look60 and look61), only givenNotPlace decides pairs of the set: 2
// look-alikes the gazetteer read as one place (Dominik, Dominika:
// Dominica; Milan, Milana: 174 merged without it, 0.0521, over the
// floor); Moby's English lists (englishSexesApart) part none of its
// pairs, variants or look-alikes.
var translitSexFloor = map[string]float64{
	"ar-variant":      0.64,
	"ru-variant":      0.929,
	"lookalike-ar-mf": 0.122,
	"lookalike-ru-mf": 0.052,
}

// TestTranslitSexCheckSet scores names match on
// testdata/translitsex/checkset.tsv (testdata/bench/translit_sex_checkset.py;
// origin and licence in testdata/README.md) and holds its design part to
// translitSexFloor; BITEXT_DEVSET_TABLE=1 logs the table (with
// BITEXT_HELDOUT=1 of the held-aside part, scored once, at the end of a
// piece of work).
func TestTranslitSexCheckSet(t *testing.T) {
	pairs, held := readDevCheckSet(t, "testdata/translitsex/checkset.tsv", "Arabic and Russian given names by sex")
	if held {
		return
	}
	checkDevFloors(t, "translitSexFloor", pairs, translitSexFloor, 10)
}
