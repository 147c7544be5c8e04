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

// TestForeignConventions holds the Russian practical transcription of
// native_cyrillic.go: a Latin name written in Cyrillic as Russian reference
// works write that language's names matches the Cyrillic form; the
// look-alike beside it stays apart. The names are textbook examples of each
// convention, not pairs of the development set.
func TestForeignConventions(t *testing.T) {
	for _, tc := range []struct {
		rule, a, b string
		same       bool
	}{
		{"English gh silent, igh ай", "Райт", "Wright", true},
		{"English long a before a silent e", "Тейт", "Tate", true},
		{"English long a before a silent e", "Тейт", "Tito", false},
		{"English long a is not и", "Кит", "Kate", false},
		{"English long u", "Хьюм", "Hume", true},
		{"English w у", "Вашингтон", "Washington", true},
		{"French eau о, silent x", "Бордо", "Bordeaux", true},
		{"French u ю, silent s", "Дюма", "Dumas", true},
		{"French j ж, nasal an", "Жан", "Jean", true},
		{"German ei ай, sch ш", "Шнайдер", "Schneider", true},
		{"German ei ай, sch ш", "Шнайдер", "Schroeder", false},
		{"German eu ой", "Ойген", "Eugen", true},
		{"German ie и", "Дитрих", "Dieter", false},
		{"Spanish j х", "Хименес", "Jiménez", true},
		{"Spanish j and g before e х", "Хорхе", "Jorge", true},
		{"Spanish j х", "Хуан", "Juan", true},
		{"Italian gi дж", "Джузеппе", "Giuseppe", true},
		{"Italian ce че", "Чезаре", "Cesare", true},
		{"Italian ce че", "Чезаре", "Caesar", false},
		{"Latin -ius ий", "Юлий", "Julius", true},
		{"Latin -ius ий", "Юлий", "Julia", false},
		{"Latin ti ци, h г", "Гораций", "Horatius", true},
		{"Latin -us dropped", "Марк", "Marcus", true},
		{"Latin -us dropped", "Марк", "Mario", false},
	} {
		s := Similarity(tc.a, tc.b)
		if (s >= SameThreshold) != tc.same {
			t.Errorf("%s: Similarity(%q, %q) = %.3f, want same = %v", tc.rule, tc.a, tc.b, s, tc.same)
		}
	}
	for _, tc := range []struct {
		conv    []convRule
		in, out string
	}{
		{englishConv, "Wright", "райт"},
		{englishConv, "Kane", "кейн"},
		{englishConv, "Productions", "продукшнс"},
		{englishConv, "Station", "стейшн"},
		{englishConv, "National", "нейшнл"},
		{englishConv, "Fusion", "фужн"},
		{englishConv, "Mission", "мишн"},
		{englishConv, "Fashion", "фашн"},
		{englishConv, "House", "хаус"},
		{englishConv, "Houses", "хоусес"}, // -ouse at the end only
		{frenchConv, "Bordeaux", "бордо"},
		{frenchConv, "Jean-Jacques", "жан-жак"},
		{germanConv, "Schneider", "шнайдер"},
		{spanishConv, "Jiménez", "хименес"},
		{italianConv, "Giuseppe", "джузеппе"},
		{latinConv, "Julius", "юлий"},
		{englishConv, "Ωmega", ""},
	} {
		if got := writeByConvention(tc.in, tc.conv); got != tc.out {
			t.Errorf("writeByConvention(%q) = %q, want %q", tc.in, got, tc.out)
		}
	}
}

// TestConventionShortWords holds that a conventional writing whose silent
// letters leave a one-letter word does not count: it would match any name
// as its initial.
func TestConventionShortWords(t *testing.T) {
	for _, tc := range [][2]string{{"Омари", "Hou"}, {"Абанда", "Agha"}, {"Митчелл", "Mikhail"}} {
		if s := Similarity(tc[0], tc[1]); s >= SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f, want apart", tc[0], tc[1], s)
		}
	}
	if !hasShortKeyWord("оу") || hasShortKeyWord("хоу") {
		t.Errorf("hasShortKeyWord: оу is one letter, хоу two")
	}
}

// TestEnglishWordsInCyrillic: a Russian company's name that writes English
// words by their sound (-tion шн, -ation ейшн, -tional шнл, -shion шн, a
// final -ouse аус) against the English name. Main read none of these
// (0.72-0.85: Экспедишн, expeditiun).
func TestEnglishWordsInCyrillic(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{`ООО "Нептун Экспедишн"`, "Neptun Expedition LLC", true},
		{`ООО "Мастер Хаус"`, "Master House LLC", true},
		{`ООО "Вилмар Продакшнс"`, "Vilmar Productions LLC", true},
		{`ООО "Нейшнл Стейшн"`, "National Station LLC", true},
		{"Фэшн", "Fashion", true},
		// look-alikes: another word
		{`ООО "Мастер Хаус"`, "Master Horse LLC", false},
		{`ООО "Нептун Экспедишн"`, "Neptun Expedia LLC", false},
		{`ООО "Нейшнл"`, "Nashville LLC", false},
		{"Хаус", "Haas", false},
	})
}
