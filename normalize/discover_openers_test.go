package normalize

import "testing"

// TestOpenersInOrder: an opener taken off a longer form moves its count to
// the shorter form before the shorter one is looked at, whatever the order
// of the maps: "És La Santa Rojáról" at sentence starts makes "La Santa
// Rojáról" a name written inside a sentence, which keeps its "La". Before,
// the result (and normalize --check's report) changed from run to run.
func TestOpenersInOrder(t *testing.T) {
	text := "És La Santa Rojáról beszélt. La Santa Rojáról szólt a dal. " +
		"Ő és a barátja la vida mellett. És La Santa Rojáról újra. És ez jó."
	for range 30 {
		d := NewDiscoverer()
		d.Add(text)
		counts, _, _ := d.withoutOpeners()
		if got := counts["La Santa Rojáról"]; got != 3 {
			t.Fatalf("count of La Santa Rojáról = %d, want 3 (all: %v)", got, counts)
		}
		if n, ok := counts["Santa Rojáról"]; ok {
			t.Fatalf("Santa Rojáról counted %d times: its La was taken off as an opener (all: %v)", n, counts)
		}
	}
}
