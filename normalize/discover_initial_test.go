package normalize

import "testing"

// TestDiscoverMiddleInitial: a middle initial does not end a name
// ("Robert S. Connan" is one candidate, not "Robert S", which joined reads
// "Roberts"); a capital letter that ends a sentence before an opener, the
// pronoun I and a name split over a line break still end a run.
func TestDiscoverMiddleInitial(t *testing.T) {
	d := NewDiscoverer()
	d.Add("The envoy Robert S. Connan left. Julia Roberts stayed. Charles S. Dela Cruz spoke.\n" +
		"They chose Plan B. Then they left. It was World War I. Britain fell.\n" +
		"He met John Q.\nAdams there.\n")
	for _, want := range []string{"Robert S. Connan", "Charles S. Dela Cruz", "Plan B", "World War I", "Britain", "John Q", "Adams"} {
		if d.counts[want] != 1 {
			t.Errorf("candidate %q counted %d times, want 1 (candidates %v)", want, d.counts[want], d.counts)
		}
	}
	for _, not := range []string{"Robert S", "Connan", "Plan B. Then", "World War I. Britain"} {
		if d.counts[not] != 0 {
			t.Errorf("candidate %q counted %d times, want none", not, d.counts[not])
		}
	}
}
