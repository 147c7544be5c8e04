package align

import (
	"slices"
	"testing"
)

// TestRomanNumbers: a Roman numeral of two or more capitals is the number
// it writes ("Lager 4" / "camp IV"), so that it anchors its bead as the
// digits do.
func TestRomanNumbers(t *testing.T) {
	for w, want := range map[string]string{
		"II": "2", "III": "3", "IV": "4", "VI": "6", "IX": "9", "XIV": "14", "XXXIX": "39",
		"I": "", "V": "", "X": "", "IIII": "", "VV": "", "IIX": "", "XL": "", "Iv": "", "iv": "", "MIX": "", "CD": "", "XXXX": "",
	} {
		if got := romanNumber(w); got != want {
			t.Errorf("romanNumber(%q) = %q; want %q", w, got, want)
		}
	}
	x := &extractor{table: newFeatureTable()}
	fa, fb := x.features("Also ... zurück nach Lager 4 !", true), x.features("Et voilà ... retour obligé au camp IV.", false)
	shared := false
	for _, f := range fa {
		if x.table.kinds[f] == kindNumber && slices.Contains(fb, f) {
			shared = true
		}
	}
	if !shared {
		t.Errorf("\"Lager 4\" and \"camp IV\" share no number feature")
	}
}
