package normalize

import "testing"

// Two honorifics of two genders before one surname are two people; one
// gender's honorifics, or one name without a title, stay one name.
func TestGenderTitlesApart(t *testing.T) {
	m := devMatcher()
	for _, p := range [][2]string{
		{"Mr. Smith", "Mrs. Smith"},
		{"Mr Smith", "Ms Smith"},
		{"Monsieur Dupont", "Madame Dupont"},
		{"Herr Müller", "Frau Müller"},
		{"Prince Albert", "Princess Albert"},
		{"Sheikh Mohammed", "Sheikha Mohammed"},
	} {
		for _, q := range [][2]string{p, {p[1], p[0]}} {
			if s := m.Similarity(q[0], q[1]); s >= SameThreshold {
				t.Errorf("%q, %q: %.3f, want under %.2f", q[0], q[1], s, SameThreshold)
			}
		}
	}
	for _, p := range [][2]string{
		{"Mr. Smith", "Mr Smith"},
		{"Mrs. Jane Smith", "Jane Smith"},
		{"Mrs Smith", "Mrs. Smith"},
		{"Sir John Major", "John Major"},
	} {
		for _, q := range [][2]string{p, {p[1], p[0]}} {
			if s := m.Similarity(q[0], q[1]); s < SameThreshold {
				t.Errorf("%q, %q: %.3f, want at least %.2f", q[0], q[1], s, SameThreshold)
			}
		}
	}
}
