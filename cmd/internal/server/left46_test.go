package server

import (
	"strings"
	"testing"
)

// TestImportEmptySideSaid: POST /api/v1/import of a TSV with lines of an
// empty column answered their count nowhere (read 1, left_out 0). It
// counts them in empty_side (part of left_out) and says where they are
// in "note", as tm import does.
func TestImportEmptySideSaid(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var got map[string]any
	st := call(t, "POST", ts.URL+"/api/v1/import?name=t.tsv&src=en&tgt=fr", "One.\tUn.\nTwo.\t\n\t\n\tQuatre.\n\n", &got)
	note, _ := got["note"].(string)
	if st != 200 || got["read"] != 1.0 || got["empty_side"] != 3.0 || got["left_out"] != 3.0 ||
		!strings.HasPrefix(note, "t.tsv: 3 lines with an empty column left out (lines 2, 3, 4): ") {
		t.Errorf("POST /import of a TSV with 3 lines of an empty column: %d %v; want read 1, empty_side 3, left_out 3 and a note of lines 2, 3, 4", st, got)
	}
	got = nil
	if st := call(t, "POST", ts.URL+"/api/v1/import?name=u.tsv&src=en&tgt=fr", "Five.\tCinq.\n", &got); st != 200 || got["note"] != nil || got["empty_side"] != 0.0 {
		t.Errorf("POST /import of complete pairs: %d %v; want no note, empty_side 0", st, got)
	}
}
