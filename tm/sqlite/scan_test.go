package sqlite

import (
	"fmt"
	"testing"

	"github.com/bitext/bitext/tm"
)

// TestScanOneSnapshot: Scan reads the units and their variants from one
// snapshot of the TM. A document deleted between Scan's query of the
// units and its query of the variants comes out of that scan whole,
// rather than as units without their variants (as when the two were read
// on two connections); the delete is not kept waiting by
// the scan (WAL: a reader blocks no writer); the next scan has the other
// units alone.
func TestScanOneSnapshot(t *testing.T) {
	s := openTemp(t)
	d := tm.New(s)
	if _, err := d.Import(ctx, seq(corpus...), tm.ImportOptions{File: "kept.tmx"}); err != nil {
		t.Fatal(err)
	}
	gone := pair("A sentence deleted while the export was reading.", "Une phrase effacée pendant l'export.")
	if _, err := d.Import(ctx, seq(gone), tm.ImportOptions{File: "gone.tmx"}); err != nil {
		t.Fatal(err)
	}
	var deleted error
	testHookScanBetween = func() {
		testHookScanBetween = nil
		_, deleted = d.DeleteDocument(ctx, "gone.tmx")
	}
	t.Cleanup(func() { testHookScanBetween = nil })
	scan := func() (units []string) {
		t.Helper()
		for su, err := range s.Scan(ctx) {
			if err != nil {
				t.Fatal(err)
			}
			if len(su.Unit.Variants) != 2 || len(su.Bases) != 2 {
				t.Errorf("Scan gave unit %d (%s) with %d variants and %d bases; want 2 of each", su.ID, su.Unit.Origin.File, len(su.Unit.Variants), len(su.Bases))
			}
			units = append(units, fmt.Sprintf("%d %s", su.ID, su.Unit.Origin.File))
		}
		return units
	}
	during := scan()
	if deleted != nil {
		t.Fatalf("a delete during a scan: %v", deleted)
	}
	if testHookScanBetween != nil {
		t.Fatal("the hook did not run: the test no longer puts the delete between the two queries")
	}
	if len(during) != len(corpus)+1 {
		t.Errorf("the scan during a delete gave %d units %q; want the %d stored when it began", len(during), during, len(corpus)+1)
	}
	if after := scan(); len(after) != len(corpus) {
		t.Errorf("the scan after the delete gave %d units %q; want %d", len(after), after, len(corpus))
	}
}
