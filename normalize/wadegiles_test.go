package normalize

import "testing"

// TestWgLast checks wgLast against the finals: the last letter of each,
// and s and z, and no other.
func TestWgLast(t *testing.T) {
	var want [256]bool
	for f := range wgTables.get().finals {
		want[f[len(f)-1]] = true
	}
	want['s'], want['z'] = true, true
	for c := range want {
		if wgLast[c] != want[c] {
			t.Errorf("wgLast[%q] = %v; want %v", rune(c), wgLast[c], want[c])
		}
	}
}
