package align

import (
	"strings"
	"testing"
)

// TestReviewTextVirama: a review excerpt is not cut between a virama and
// the consonant it joins to the one before (one aksara: Devanagari क्ष,
// Bengali ক্ষ, Khmer's coeng ក្ស); it showed a dead consonant, "…क्…".
// A virama before a space or the end is a cut as before.
func TestReviewTextVirama(t *testing.T) {
	a57 := strings.Repeat("a", 57)
	for _, conj := range []string{"क्ष", "ক্ষ", "ក្ស", "த்த"} {
		if got, want := reviewText(a57+conj+"ा और शब्द।", 60), a57+"…"; got != want {
			t.Errorf("reviewText(…%s…) = %q; want %q", conj, got, want)
		}
	}
	// After a virama that ends a word, the cut stays where it was.
	if got, want := reviewText(a57+"क् और शब्द।", 60), a57+"क्…"; got != want {
		t.Errorf("reviewText of a word-final virama = %q; want %q", got, want)
	}
}
