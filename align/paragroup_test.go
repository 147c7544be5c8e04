package align

import (
	"fmt"
	"testing"
)

// TestParaGroups: an unmatched paragraph is searched with the
// neighbouring join that holds one paragraph on its side, and with no
// other bead.
func TestParaGroups(t *testing.T) {
	for _, tc := range []struct {
		path []span
		want string
	}{
		// 2-1 join, then a target paragraph left over: grouped.
		{[]span{{0, 1, 0, 1}, {1, 3, 1, 2}, {3, 3, 2, 3}, {3, 4, 3, 4}}, "[[0 1] [1 3] [3 4]]"},
		// The same before the join.
		{[]span{{0, 1, 0, 1}, {1, 1, 1, 2}, {1, 3, 2, 3}}, "[[0 1] [1 3]]"},
		// A source paragraph left over next to a 2-1 join whose single
		// paragraph is on the target side: not that signature.
		{[]span{{0, 2, 0, 1}, {2, 3, 1, 1}}, "[[0 1] [1 2]]"},
		// 1-2 join and a source paragraph left over: grouped.
		{[]span{{0, 1, 0, 2}, {1, 2, 2, 2}}, "[[0 2]]"},
		// 1-1 beads and skips: nothing grouped.
		{[]span{{0, 1, 0, 1}, {1, 1, 1, 2}, {1, 2, 2, 3}}, "[[0 1] [1 2] [2 3]]"},
		// A skip between two joins goes with the one before.
		{[]span{{0, 2, 0, 1}, {2, 2, 1, 2}, {2, 4, 2, 3}}, "[[0 2] [2 3]]"},
	} {
		if got := fmt.Sprint(paraGroups(tc.path)); got != tc.want {
			t.Errorf("paraGroups(%v) = %s; want %s", tc.path, got, tc.want)
		}
	}
}

// TestPathCost: pathCost counts a path as dp does, a skip after a skip of
// its side at skipRun of its cost.
func TestPathCost(t *testing.T) {
	p := defaultParams()
	p.skipRun = 0.25
	us := []unit{{skip: 1, chars: 10}, {skip: 1, chars: 10}, {skip: 1, chars: 10}}
	ut := []unit{{skip: 1, chars: 10}}
	sc := newScorer(&p, us, ut, newMatcher(nil))
	path := []span{{0, 1, 0, 1}, {1, 2, 1, 1}, {2, 3, 1, 1}}
	want := sc.cost(path[0]) + p.skip + 0.25*p.skip
	if got := pathCost(sc, path); got != want {
		t.Errorf("pathCost = %.3f; want %.3f", got, want)
	}
}
