package normalize

import "testing"

// TestCyrillicReadings holds the Western and Japanese readings of
// native_cyrillic.go: each pair of a rule is one name, the look-alike beside
// it stays apart.
func TestCyrillicReadings(t *testing.T) {
	for _, tc := range []struct {
		rule, a, b string
		same       bool
	}{
		{"г is German h", "Гельмут", "Helmuth", true},
		{"г is German h", "Гельмут", "Hellmann", false},
		{"ц is German z", "Франц", "Franz", true},
		{"ц is German z", "Франц", "Frank", false},
		{"у is English w", "Боуден", "Bowden", true},
		{"у is English w", "Уолтер", "Walter", true},
		{"у is English w", "Уолтер", "Valery", false},
		{"ё is German ö", "Шёне", "Schöne", true},
		{"ё is German ö", "Шёне", "Schöpe", false},
		{"Polivanov ти is chi", "Хидэкити", "Hidekichi", true},
		{"Polivanov ти is chi", "Хидэкити", "Hideki", false},
		{"Polivanov дзи is ji", "Цудзинака", "Tsujinaka", true},
		{"Polivanov дзи is ji", "Одадзима", "Odashima", false},
		{"Polivanov ё after a consonant is yo", "Кёити", "Kyoichi", true},
		{"Polivanov ё after a consonant is yo", "Кёити", "Kyohei", false},
		{"the table's reading still holds", "Горбачёв", "Gorbachev", true},
		{"the table's reading still holds", "Дмитрий", "Dmitry", true},
		{"two Cyrillic names are not read again", "Гельмут", "Хельмут", true},
	} {
		s := Similarity(tc.a, tc.b)
		if (s >= SameThreshold) != tc.same {
			t.Errorf("%s: Similarity(%q, %q) = %.3f, want same = %v", tc.rule, tc.a, tc.b, s, tc.same)
		}
	}
	for in, want := range map[string]string{"Гельмут": "hельмут", "Дмитрий": "", "Шёне": "Шoне"} {
		if got := cyrillicWestern(in); got != want {
			t.Errorf("cyrillicWestern(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"Цудзинака": "цуjiнака", "Кёити": "кyoиchi", "Иван": ""} {
		if got := cyrillicJapanese(in); got != want {
			t.Errorf("cyrillicJapanese(%q) = %q, want %q", in, got, want)
		}
	}
}
