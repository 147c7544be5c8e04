package normalize

import "testing"

// TestCapitalsJapanese: two names in capitals are read in their case for
// the Japanese readings (the moraic n written m, the passport's oh), the
// name readings and the Western conventions the caps leave; a
// pair those readings leave apart in its case stays apart in capitals, and
// a name in capitals against one in its case is left as written.
func TestCapitalsJapanese(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"HONMA", "HOMMA", true},
		{"HONMA MATSU", "HOMMA MATSU", true},
		{"SHIMMIZU", "SHINMIZU", true},
		{"SOHYA", "SOUYA", true},
		{"HYŌYAMA", "HYOHYAMA", true},
		{"KAMMA", "KANMO", false}, // no mark of Japanese, not one name once read
		{"JIMMY", "JINNY", false},
		{"HAMMOND", "HANMOND", false},
		// the name readings and the Western conventions, read in their case
		{"EUGENIA", "EUGENIE", true},
		{"AMALIA", "AMALIE", true},
		{"BROUN", "BROWN", true},
		{"IRVIN", "IRVING", true},
		{"HOUSE", "HOWSE", true},
	} {
		if got := m.Similarity(c.a, c.b) >= SameThreshold; got != c.same {
			t.Errorf("Similarity(%q, %q) = %.3f; want same %v", c.a, c.b, m.Similarity(c.a, c.b), c.same)
		}
		// as in their case
		ta, tb := nameCase(c.a), nameCase(c.b)
		if got, want := m.Similarity(c.a, c.b) >= SameThreshold, m.Similarity(ta, tb) >= SameThreshold; got != want {
			t.Errorf("Similarity(%q, %q) same %v, but %q, %q same %v", c.a, c.b, got, ta, tb, want)
		}
	}
	for _, c := range []struct{ a, b string }{{"HOMMA", "Honma"}, {"Homma", "HONMA"}, {"HOmma", "HONMA"}} {
		if bothInCapitals(c.a, c.b) {
			t.Errorf("bothInCapitals(%q, %q) = true; want false", c.a, c.b)
		}
	}
	for in, want := range map[string]string{"HOMMA MATSU": "Homma Matsu", "O-HARA": "O-Hara", "ŌNO": "Ōno", "HYŌYAMA": "Hyōyama"} {
		if got := nameCase(in); got != want {
			t.Errorf("nameCase(%q) = %q; want %q", in, got, want)
		}
	}
}
