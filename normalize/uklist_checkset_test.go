package normalize

import (
	"os"
	"strings"
	"testing"
)

// readHalfFile reads a check set of the half format (half, group, label,
// a, b, source; a header line that opens with "half"; labels same and
// apart) as dev pairs: held for the held-out half.
func readHalfFile(t testing.TB, path string) []devPair {
	t.Helper()
	var out []devPair
	eachDataLine(t, path, func(n int, line string) {
		if strings.HasPrefix(line, "half\t") {
			return
		}
		c := strings.Split(line, "\t")
		if len(c) != 6 || (c[0] != "design" && c[0] != "held") || (c[2] != "same" && c[2] != "apart") {
			t.Fatalf("%s:%d: want design|held, group, same|apart, A, B, source: %q", path, n, line)
		}
		out = append(out, devPair{class: c[1], a: c[3], b: c[4], same: c[2] == "same", held: c[0] == "held"})
	})
	return out
}

// readHalfSet reads a check set of the half format (readHalfFile) and
// whether the held-out half is asked for (BITEXT_HELDOUT); with
// BITEXT_DEVSET_TABLE it logs that half's table, under title.
func readHalfSet(t *testing.T, path, title string) ([]devPair, bool) {
	t.Helper()
	return tableOf(t, readHalfFile(t, path), title)
}

// readDevCheckSet is readHalfSet for a check set of the development
// format (readDevFile).
func readDevCheckSet(t *testing.T, path, title string) ([]devPair, bool) {
	t.Helper()
	return tableOf(t, readDevFile(t, path), title)
}

// tableOf returns pairs and whether the held-out part is asked for
// (BITEXT_HELDOUT); with BITEXT_DEVSET_TABLE it logs that part's table,
// under title.
func tableOf(t *testing.T, pairs []devPair, title string) ([]devPair, bool) {
	t.Helper()
	held := os.Getenv("BITEXT_HELDOUT") != ""
	if os.Getenv("BITEXT_DEVSET_TABLE") != "" {
		t.Logf("%s, held-out part %v:\n%s", title, held, devTable(pairs, held))
	}
	return pairs, held
}

// ukListFloor: names match on the design half of testdata/uklist (the UK
// Sanctions List's variant pairs, recall at least; its look-alikes, false
// merges at most), measured when set (branch eulist63; uklist-person
// raised with the Belarusian reading, branch belarus63).
var ukListFloor = map[string]float64{
	"uklist-person":           0.86,
	"uklist-org":              0.78,
	"lookalike-uklist-person": 0.005,
	"lookalike-uklist-org":    0.02,
}

// TestUKListCheckSet scores names match on testdata/uklist/checkset.tsv:
// the UK Sanctions List's spellings of one listed person or organisation
// (uklist-person, uklist-org) and two listings' forms that look alike
// (lookalike-uklist-*), the UN list's listings left out (see
// testdata/bench/uklist_checkset.py and testdata/README.md). It holds the
// design half to ukListFloor; BITEXT_DEVSET_TABLE=1 logs the table beside
// the baselines (with BITEXT_HELDOUT=1 of the held-out half, scored once,
// at the end of a piece of work) and BITEXT_DEVSET_MISSES=CLASS (a
// prefix) each pair of that class scored wrong.
func TestUKListCheckSet(t *testing.T) {
	pairs, held := readHalfSet(t, "testdata/uklist/checkset.tsv", "UK Sanctions List")
	m := devMatcher()
	if misses := os.Getenv("BITEXT_DEVSET_MISSES"); misses != "" {
		for _, p := range pairs {
			if p.held == held && strings.HasPrefix(p.class, misses) {
				if s := m.Similarity(p.a, p.b); (s >= SameThreshold) != p.same {
					t.Logf("wrong: %s\t%s\t%.3f\t%s", p.a, p.b, s, p.class)
				}
			}
		}
	}
	if held {
		return
	}
	checkDevFloors(t, "ukListFloor", pairs, ukListFloor, 100)
}

// checkDevFloors holds names match on the design pairs (held false) to
// floor, named name in the messages: per class, recall at least (a class of
// variants) or false merges at most (a look-alike class), each class with
// minPairs pairs or more and every class with a floor.
func checkDevFloors(t *testing.T, name string, pairs []devPair, floor map[string]float64, minPairs int) {
	t.Helper()
	classes, scores := scoreDevSet(pairs, false)
	if len(classes) != len(floor) {
		t.Errorf("classes %v, want those of %s", classes, name)
	}
	for i, c := range classes {
		s := scores[0][i]
		if s.n < minPairs {
			t.Errorf("%s: %d design pairs, want at least %d", c, s.n, minPairs)
		}
		rate := float64(s.hit) / float64(s.n)
		want, ok := floor[c]
		switch {
		case !ok:
			t.Errorf("%s: no floor in %s", c, name)
		case devLookalike(c) && rate > want:
			t.Errorf("%s: %d of %d merged (%.3f), want at most %.3f", c, s.hit, s.n, rate, want)
		case !devLookalike(c) && rate < want:
			t.Errorf("%s: recall %d/%d = %.3f, want at least %.3f", c, s.hit, s.n, rate, want)
		}
	}
}

// TestWordsPastEighthCount: a name of more than maxTokensCompared words
// keeps its last words (foldTail): two units of one force that differ
// only there are two (the UK Sanctions List's IRGC-QF units), while the
// same long name in another spelling stays one.
func TestWordsPastEighthCount(t *testing.T) {
	const force = "Islamic Revolutionary Guard Corps Quds Force IRGC-QF "
	checkSameBoth(t, Similarity, []sameCase{
		{force + "Palestine Branch", force + "Unit 340", false},
		{force + "Unit 840", force + "Unit 190", false},
		{force + "Unit 6000", force + "Unit 340", false},
		{force + "Palestine Branch", force + "Palestine Branch", true},
		{force + "Palestine Branch", "Islamic Revolutionary Guards Corps Qods Force IRGC-QF Palestine Branch", true},
		{"Limited Liability Company Ural Diesel Engine Plant of the Region", "Limited Liability Company Ural Diesel Engine Plant of the Region", true},
	})
}
