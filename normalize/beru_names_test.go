package normalize

import "testing"

// TestSlavicGivenWord checks beru_names.go's table of given names that
// Belarusian writes with other letters than Russian, read with their
// patronymics (forms written from the orthographies: Мікалаевіч,
// Мікалаеўна, Генадзевіч), and that other names beginning alike are not
// read: another given name (Mikhail, Nikita), a family name made from the
// given name (Nikolaev, Yegorov), a name the table leaves out (Alena:
// Алёна in Russian).
func TestSlavicGivenWord(t *testing.T) {
	for _, c := range []struct {
		w, ru string
		want  bool
	}{
		{"Mikalai", "Nikolai", true},
		{"Mikalai", "Nikolay", true},
		{"mikalaevich", "nikolaevich", true},
		{"Mikalaeuna", "Nikolayevna", true},   // е after a vowel, ў for в
		{"Mikalajevich", "Nikolaevich", true}, // е after a vowel written je
		{"Volha", "Olga", true},
		{"Yahor", "Yegor", true},
		{"Yahoravich", "Yegorovich", true},
		{"Piatro", "Pyotr", true},
		{"Piatro", "Petr", true},
		{"Yauhen", "Yevgeny", true},
		{"Yauhen", "Evgeniy", true},
		{"Henadz", "Gennady", true},
		{"Henadzevich", "Gennadevich", true},
		{"Mikalai", "Nikita", false},
		{"Mikhail", "Nikolai", false},
		{"Mikita", "Nikita", false}, // Мікіта, Никита: not in the table
		{"Alena", "Elena", false},   // Алена, Belarusian's Елена, or Russian's Алёна
		{"Mikalaeu", "Nikolaev", false},
		{"Mikalaenka", "Nikolaenko", false},
		{"Yahorau", "Yegorov", false},
		{"Volha", "Olya", false}, // a diminutive
		{"Yauhen", "Yevgenyev", false},
		{"Mykola", "Nikolai", false}, // Ukrainian: eastslavic_names.tsv's
	} {
		if got := slavicRomanWord(c.w, c.ru); got != c.want {
			t.Errorf("slavicRomanWord(%q, %q) = %v, want %v", c.w, c.ru, got, c.want)
		}
	}
	checkSameBoth(t, Similarity, []sameCase{
		{"Mikalai Ivanavich Hrynevich", "Nikolai Ivanovich Grinevich", true},
		{"Volha Yahorauna Sakalova", "Olga Yegorovna Sakalova", true},
		{"Yauhen Piatrovich Kavalenka", "Yevgeny Petrovich Kavalenka", true},
		{"Ivan Mikalaeu", "Ivan Nikolaev", false},
		{"Mikhail Ivanavich Zhuk", "Nikolai Ivanovich Zhuk", false},
	})
}

// TestBeRuX checks the English x for кс against a Belarusian ks, and е
// after a vowel written je or ye against e, which count only beside one of
// Belarusian's correspondences.
func TestBeRuX(t *testing.T) {
	for _, c := range []struct {
		be, ru string
		want   bool
	}{
		{"aliaksei", "alexei", true},
		{"aliaksandr", "alexandr", true},
		{"aliaksandrauna", "alexandrovna", true},
		{"aksana", "oxana", false}, // x alone, and no first a for o
		{"maksim", "maxim", false}, // x alone: a romanization's detail
		{"siarhejevich", "sergeevich", true},
		{"siarhejevich", "sergeivich", false}, // je against i: no correspondence
		{"andrejevich", "andreevich", false},  // je alone
	} {
		if got := beRuWord(c.be, c.ru); got != c.want {
			t.Errorf("beRuWord(%q, %q) = %v, want %v", c.be, c.ru, got, c.want)
		}
	}
}

// TestSlavicSpellingApart checks that the look-alike caps of a word apart
// leave a word that beru.go's or ukru.go's reading accounts for (a
// patronymic's ў for в, alone and in a name), and a Belarusian family name's
// final -a for -o beside a patronymic, and that they still part a man's
// and a woman's given name, a family name without a patronymic beside it,
// and patronymics of two fathers.
func TestSlavicSpellingApart(t *testing.T) {
	checkSameBoth(t, Similarity, []sameCase{
		{"Paulavich", "Pavlovich", true},
		{"Ivan Paulavich Sidarau", "Ivan Pavlovich Sidarau", true},
		{"Siarhei Paulavich Zhuk", "Sergei Pavlovich Zhuk", true},
		{"Mikalai Piatrovich Shastak", "Nikolai Petrovich Shastak", true},
		{"Ivan Piatrovich Barysenka", "Ivan Piatrovich Barysenko", true},
		{"Anna Ivanauna Dzeshka", "Anna Ivanauna Dzeshko", true},
		{"Francesco Rossi", "Francesca Rossi", false}, // a man's and a woman's
		{"Ivan Rudko", "Ivan Rudka", false},           // no patronymic: who the name is not said
		{"Ivan Pavlovich Sidorov", "Ivan Petrovich Sidorov", false},
		{"Mikhail Ivanovich Dolya", "Nikolai Ivanovich Dolya", false},
	})
}

// TestPatronymNames checks that names with an East Slavic patronymic after
// their first word are not read as Pinyin syllables (Ю written ju and yu),
// that the test looks past the first word only, and that Pinyin names keep
// their caps.
func TestPatronymNames(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Julia Mikhailovna Kryukova", "Yulia Mikhailovna Kryukova", true},
		{"Ivanavich Li", "Ivanovich Li", false}, // the first word: a given name, not a patronymic
		{"Julia Kryukova", "Yulia Kryukova", false},
		{"Li Ao", "Li Yu", false},
	} {
		if got := patronymNames(c.a, c.b); got != c.want {
			t.Errorf("patronymNames(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	checkSameBoth(t, Similarity, []sameCase{
		{"Yulia Sergeevna Orlova", "Julia Sergeevna Orlova", true},
		{"Henan Province", "Hunan Province", false},
		{"Li Ao", "Li Yü", false},
	})
}

// TestRuRuName checks ruRuName: one Russian name in two romanizations
// across the whole name, ё written yo or e, е after a vowel ye or e, -ий
// iy or y (names written from the romanizations, both orders), and that a
// name with one word apart, a name without a patronymic or a word apart
// in another letter is not read.
func TestRuRuName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Pyotr Fyodorovich Semyonov", "Petr Fedorovich Semenov", true},
		{"Andrei Sergeyevich Kovalyov", "Andrei Sergeevich Kovalev", true},
		{"Yuriy Alekseyevich Gordeyev", "Yury Alekseevich Gordeev", true},
		{"Fyodor Ivanovich Petrov", "Fedor Ivanovich Petrov", false},     // one word apart: left to the letters
		{"Semyon Fyodorov", "Semen Fedorov", false},                      // no patronymic
		{"Pyotr Fyodorovich Semyonov", "Petr Fedorovich Simonov", false}, // another vowel
		{"Lyona Petrovna Ivanova", "Lena Petrovna Ivanova", false},       // Лёна, Лена: one word apart
	} {
		for _, p := range [][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := ruRuName(p[0], p[1]); got != c.want {
				t.Errorf("ruRuName(%q, %q) = %v, want %v", p[0], p[1], got, c.want)
			}
		}
	}
	checkSameBoth(t, Similarity, []sameCase{
		{"Artyom Andreyevich Gureyev", "Artem Andreevich Gureev", true}, // 0.858 by the letters
	})
}
