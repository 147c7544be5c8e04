package normalize

import "testing"

// TestThetaReading: Greek theta written th and t (pivot_th.go) is one
// name past the look-alike cap of Slavic stems; Slavic stems a consonant
// apart stay apart.
func TestThetaReading(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Katharina", "Katarina", true},
		{"Kathrin", "Katrin", true},
		{"KATHARINA", "KATARINA", true},
		{"Vankevich", "Vashkevich", false},
		{"Krotov", "Krutov", false},
		{"Kudin", "Kuzin", false},
	})
}

func TestThOnly(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Katharina", "Katarina", true},
		{"KATHARINA", "katarina", true},
		{"Thomas Mathis", "Tomas Matis", true},
		{"Katharina", "Katharina", false},
		{"Katharina", "Katerina", false}, // another vowel too
		{"Kahrin", "Karin", false},       // an h not after t
		{"Katrin", "Kattin", false},
	} {
		if got := thOnly(c.a, c.b); got != c.want {
			t.Errorf("thOnly(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}
