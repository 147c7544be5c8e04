package normalize

import "testing"

// Pairs of the development part's person-listed class (the UN list's
// aliases of one person: Revised Romanization against McCune-Reischauer)
// and Korean names the rule must leave apart.
func TestKoreanRomanizations(t *testing.T) {
	m := devMatcher()
	for _, p := range [][2]string{
		{"Jang Bom Su", "Jang Pom Su"},
		{"Kim Jong Sik", "Kim Cho’ng-sik"},
		{"Pak To Chun", "Pak Do Chun"},
		{"Chang Myong-Chin", "Jang Myong-Jin"},
		{"Jon Myong Guk", "Cho’n Myo’ng-kuk"},
		{"Ri Jae Il", "RI Chae-Il"},
	} {
		if s := m.Similarity(p[0], p[1]); s < SameThreshold {
			t.Errorf("%q, %q: %.3f, want at least %.2f", p[0], p[1], s, SameThreshold)
		}
	}
	for _, p := range [][2]string{
		{"Kim Jong Un", "Kim Jong Il"},
		{"Ri Won Ho", "Ri Won Hyok"}, // another syllable
		{"Pak Tong Chol", "Pak Tong Chun"},
	} {
		if s := m.Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("%q, %q: %.3f, want under %.2f", p[0], p[1], s, SameThreshold)
		}
	}
	for _, c := range []struct {
		name string
		ok   bool
	}{
		{"Kim Cho’ng-sik", true}, {"Jang Bom Su", true}, {"Kim", false},
		{"Abu Hamza", false}, {"Kim Jong Sik Pak Ho Chun", false}, {"Qasim Rimi", false},
	} {
		if _, ok := koreanReading(nil, c.name); ok != c.ok {
			t.Errorf("koreanReading(%q): %v, want %v", c.name, ok, c.ok)
		}
	}
}
