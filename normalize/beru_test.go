package normalize

import "testing"

// TestBeRuWord checks beru.go's reading of a Belarusian romanization
// against a Russian one, word by word, with words written from the two
// orthographies' correspondences, and that words which differ in another
// letter, or only in a romanization's detail, are not read.
func TestBeRuWord(t *testing.T) {
	for _, c := range []struct {
		be, ru string
		want   bool
	}{
		{"uladzimir", "vladimir", true},           // Уладзімір, Владимир: у for в, dz
		{"uladzimiravich", "vladimirovich", true}, // -авіч, -ович: akanne
		{"aliaksandr", "aleksandr", true},         // Аляксандр: yakanne
		{"siarhei", "sergei", true},               // Сяргей: я, г
		{"siarhei", "sergey", true},               // й after a vowel
		{"dzmitry", "dmitriy", true},              // Дзмітрый: dz before a softened м, -ы
		{"kanstantsin", "konstantin", true},       // Канстанцін: akanne, ts
		{"ivanou", "ivanov", true},                // Іваноў: ў
		{"aliaksandrauna", "aleksandrovna", true}, // -аўна, -овна
		{"viktar", "viktor", false},               // akanne alone: as often two names (Kazin, Kozin)
		{"viktaravich", "viktorovich", true},      // -авіч, -ович: the suffix is never stressed
		{"kazin", "kozin", false},
		{"mario", "mare", false},            // ё at a word's end: no name
		{"sakalou", "sokolov", true},        // Сакалоў: akanne and ў
		{"hryhoryi", "grigoriy", true},      // Грыгорый, Григорий: г, ы after р
		{"kavalevski", "kovalevskiy", true}, // -скі, -ский
		{"ivanovich", "ivanovich", false},   // equal: no reading
		{"andrei", "andrey", false},         // й alone: a romanization's detail
		{"dmitri", "dmitry", false},         // the ending alone
		{"halina", "galina", false},         // an initial h for g alone
		{"gleb", "gleb", false},             // a Belarusian word writes no g
		{"hryhor", "grigor", true},          // Грыгор: ы after р
		{"mikalai", "nikolai", false},       // another first letter: Мікалай is a word of its own
		{"piatrovich", "petrovich", true},   // Пятровіч
		{"piatrovich", "pitrovich", false},  // ia for и is no correspondence
		{"uladzimir", "vlasimir", false},    // another consonant
	} {
		if got := beRuWord(c.be, c.ru); got != c.want {
			t.Errorf("beRuWord(%q, %q) = %v, want %v", c.be, c.ru, got, c.want)
		}
	}
}
