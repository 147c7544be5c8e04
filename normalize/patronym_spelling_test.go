package normalize

import "testing"

// TestPatronymSpelling: a patronymic written two ways between the same
// given and family name is one person (the UK Sanctions List's spellings),
// while another family name, another father's name and a two-word name
// keep the look-alike caps.
func TestPatronymSpelling(t *testing.T) {
	checkSameBoth(t, Similarity, []sameCase{
		{"Dmitry Vladmirovich Balaba", "Dmitry Vladimirovich Balaba", true},
		{"Sergei Evgenevich Naryshkin", "Sergei Evegenevich Naryshkin", true},
		{"Yuri Genadzevich NAZARANKA", "Yuri Gennadyevich NAZARANKA", true},
		{"Anna Sergeevna Ivanova", "Anna Sergeyevna Ivanova", true},

		{"Oleg Ivanovich Tarasov", "Oleg Ivanovich Taranov", false}, // the family name differs
		{"Aleksandr Aleksandrovich Bukov", "Aleksandr Aleksandrovich Bykov", false},
		{"Ivan Aleksandrovich Petrov", "Ivan Alekseevich Petrov", false}, // two fathers
		{"Olga Petrovna Smirnova", "Olga Pavlovna Smirnova", false},
		{"Vladimirovich Balaba", "Vladmirovich Balaba", false}, // two words: a family name
	})
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Dmitry Vladmirovich Balaba", "Dmitry Vladimirovich Balaba", true},
		{"Natallya Mikalaeuna Eismont", "Natallya Mikalaevna Eismont", true},
		{"Dmitry Vladmirovich Balaba", "Dmitri Vladimirovich Balaba", false}, // two words differ
		{"Oleg Ivanovich Tarasov", "Oleg Ivanovich Taranov", false},
		{"Vladimirovich Balaba", "Vladmirovich Balaba", false},
	} {
		if got := patronymSpelling(c.a, c.b); got != c.want {
			t.Errorf("patronymSpelling(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
