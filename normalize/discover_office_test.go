package normalize

import (
	"slices"
	"testing"
)

// TestDiscoverPlaceBeforeOffice: a place's name and its kind written
// before an office ("Acting Khabarovsk Krai Governor Degtyaryov",
// "Louna District Prosecutor's Office") is a name of its own, as the
// holder after it is; the modifiers of the office (Acting) are no part
// of it. A run with no place kind before its office keeps main's cut
// ("Russian President Vladimir Putin": no "Russian"), and a place kind
// that no office follows is left in the run ("Karasun District").
func TestDiscoverPlaceBeforeOffice(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // forms that must be counted
		not  []string // forms that must not
	}{
		{"Acting Khabarovsk Krai Governor Degtyaryov spoke.", []string{"Khabarovsk Krai", "Degtyaryov"}, []string{"Acting Khabarovsk Krai", "Acting Khabarovsk Krai Governor Degtyaryov"}},
		{"He quoted the Louna District Prosecutor's Office.", []string{"Louna District"}, []string{"Louna District Prosecutor"}},
		{"Then Richmond County Deputy Sheriff Mark Bowen said so.", []string{"Richmond County", "Mark Bowen"}, []string{"Richmond County Deputy"}},
		{"Former Tartu Region Mayor Urmas Klaas came.", []string{"Tartu Region", "Urmas Klaas"}, []string{"Former Tartu Region"}},
		{"Russian President Vladimir Putin came.", []string{"Vladimir Putin"}, []string{"Russian"}},
		{"He lives in the Karasun District now.", []string{"Karasun District"}, []string{"Karasun"}},
	} {
		checkCounted(t, tc.in, tc.want, tc.not)
	}
	// Two versions: the region one writes before the governor's office,
	// the other after "governor of", one name spelt two ways.
	got := discoverSources(t, "Acting Khabarovsk Krai Governor Degtyaryov met Furgal's supporters in Khabarovsk.\n",
		"Degtyarev, the acting governor of Khabarovsky Krai, met Furgal's supporters in Khabarovsk.\n")
	if want := "Khabarovsk Krai | Khabarovsky Krai"; !slices.Contains(got, want) {
		t.Errorf("clusters %q; want %q among them", got, want)
	}
}
