package tm

import (
	"reflect"
	"testing"
	"time"
)

// SetImportRetry makes Import keep memUnits units of its tape in memory
// (the others in its file) and wait a millisecond between attempts, for
// the test t.
func SetImportRetry(t testing.TB, memUnits int) {
	mem, base := tapeMemUnits, retryBase
	tapeMemUnits, retryBase = memUnits, time.Millisecond
	t.Cleanup(func() { tapeMemUnits, retryBase = mem, base })
}

// TestTapeUnitFields: tapeUnit keeps every field of a UnitRecord but the
// index keys (a field added to Unit, Variant or UnitRecord must be added
// to it).
func TestTapeUnitFields(t *testing.T) {
	n := func(v any) int { return reflect.TypeOf(v).NumField() }
	if got, want := n(tapeUnit{}), n(Unit{})+n(UnitRecord{})-1-2; got != want {
		t.Errorf("tapeUnit has %d fields; want %d", got, want)
	}
	if got, want := n(tapeVariant{}), n(Variant{}); got != want {
		t.Errorf("tapeVariant has %d fields; want %d", got, want)
	}
}
