package normalize

import "testing"

// TestAliasFoldWhole: a name whose letters fold to more bytes than they
// take ('ŝ', two bytes, is "shch") folds whole; the fold stopped at the
// name's length plus one, so "Ŝa" folded to "shch" and "Ŝukin" to "shchuki".
func TestAliasFoldWhole(t *testing.T) {
	for in, want := range map[string]string{
		"Ŝa":                       "shcha",
		"Ŝukin":                    "shchukin",
		"Ŝŝŝ":                      "shchshchshch",
		"Kurdistan Workers’ Party": "kurdistanworkersparty",
		"DHKP/C":                   "#DHKPC",
		"DHKP/C Front":             "dhkpcfront",
	} {
		if got := string(aliasFold(nil, in)); got != want {
			t.Errorf("aliasFold(%q) = %q; want %q", in, got, want)
		}
	}
	// The ends foldEnds hashes are those of the whole fold.
	if foldEnds("Ŝukin") != foldEnds("shchukin") || foldEnds("Ŝa") != foldEnds("shcha") {
		t.Errorf("foldEnds of a name with ŝ differs from that of its fold")
	}
}
