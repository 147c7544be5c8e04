package normalize

import "testing"

// TestDevanagariLatin: the aligner's spelling (no inherent vowel), byte
// for byte what align's own table wrote (branch trial63).
func TestDevanagariLatin(t *testing.T) {
	for _, tc := range []struct{ hi, want string }{
		{"दानिलोव", "danilov"},
		{"ज़ाखारोवा", "zakharova"},     // nukta as a combining sign
		{"\u095Bाखारोवा", "zakharova"}, // the precomposed ज़
		{"कीव", "kiv"},
		{"ट्रंप", "trmp"}, // virama, anusvara before a labial
		{"यूक्रेन", "yukren"},
		{"फ़ोटो", "foto"},
		{"भारत।", "bhart।"}, // the danda is no letter of the script: kept
		{"Blvd", "Blvd"},    // another script kept
		{"२०२३", ""},        // Devanagari digits are numbers, read elsewhere
	} {
		if got := DevanagariLatin(tc.hi); got != tc.want {
			t.Errorf("DevanagariLatin(%q) = %q; want %q", tc.hi, got, tc.want)
		}
	}
}

// TestDevanagariKey: the matcher reads a Devanagari name with its
// inherent vowels, as the other native scripts, and calls it the same
// as its Latin spelling; two different names stay apart.
func TestDevanagariKey(t *testing.T) {
	for _, tc := range []struct{ hi, want string }{
		{"भारत", "bharat"},
		{"कनाडा", "kanada"},
		{"ट्रंप", "tramp"},
		{"२०२३", "2023"},
	} {
		var got []byte
		if got = appendLatin(got, tc.hi); string(got) != tc.want {
			t.Errorf("appendLatin(%q) = %q; want %q", tc.hi, got, tc.want)
		}
	}
	for _, p := range [][2]string{
		{"दानिलोव", "Danilov"}, {"ज़ाखारोवा", "Zakharova"}, {"कनाडा", "Canada"},
		{"मेक्सिको", "Mexico"}, {"जर्मनी", "Germany"},
	} {
		if s := Similarity(p[0], p[1]); s < SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want >= %.2f", p[0], p[1], s, SameThreshold)
		}
		if a, b := Skeleton(p[0]), Skeleton(p[1]); a == "" {
			t.Errorf("Skeleton(%q) empty", p[0])
		} else if p[0] == "दानिलोव" && a != b {
			t.Errorf("Skeleton %q %q, %q %q; want one", p[0], a, p[1], b)
		}
	}
	for _, p := range [][2]string{{"कनाडा", "Ghana"}, {"दानिलोव", "Daniel"}, {"मलेशिया", "Mali"}} {
		if s := Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want < %.2f", p[0], p[1], s, SameThreshold)
		}
	}
}
