package normalize

import (
	"strings"
	"testing"
)

// beRuWord reports whether be is the Belarusian romanization of the
// Cyrillic form that ru romanizes by Russian's conventions, by
// correspondences worth 2 or more (a word equal to the other is not
// read): beru.go's reading of one word alone, which the matcher reads
// with ukru.go's in one walk (slavicRomanWord), so only the tests ask it.
func beRuWord(be, ru string) bool {
	var bb, br [40]byte
	if !beRuMayRead(be, ru) {
		return false
	}
	b, r, ok := slavicWords(bb[:0], br[:0], be, ru)
	return ok && beRuAlign(b, r, 0, 0, 0)
}

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
		{"mikalai", "nikolai", false},       // another first letter: Мікалай is a word of its own (beru_names.go reads it)
		{"piatrovich", "petrovich", true},   // Пятровіч
		{"piatrovich", "pitrovich", false},  // ia for и is no correspondence
		{"uladzimir", "vlasimir", false},    // another consonant
		{"tselikavets", "celikovec", true},  // Цэлікавец, Целиковец: ц as ts and as c, akanne
		{"katsuba", "kacubo", true},         // ц as ts and c, a final a for o
		{"katsuba", "kacuba", false},        // ts against c alone: a spelling's detail
		{"arciom", "artem", true},           // Арцём, Łacinka's ci for ць: tsekanne, ё written io
		{"kacanava", "katanova", false},     // c for т only before a soft vowel (tsekanne)
		{"macias", "matias", false},         // c for т before i alone: Spanish names
		{"archil", "artil", false},          // ch is ч, no ц
		{"arkadzeuna", "arkadievna", true},  // Аркадзеўна: dz before BGN's e, ье written ie
		{"arkadzeuna", "arkadyevna", true},  // ье written ye
		{"tserabau", "terabov", true},       // Церабаў: ts before BGN's e
		{"dzemin", "demin", true},           // дзе against де (dzekanne alone is worth 2)
	} {
		if got := beRuWord(c.be, c.ru); got != c.want {
			t.Errorf("beRuWord(%q, %q) = %v, want %v", c.be, c.ru, got, c.want)
		}
	}
}

// TestBeRuPrefilters checks that the prefilters of slavicRomanWord
// (beRuMayRead, ukRuMayDiffer) turn away no pair the alignments read: on
// the word pairs of the uklist check set's design rows (words at one
// place), slavicRomanWord agrees with the alignments run without them.
func TestBeRuPrefilters(t *testing.T) {
	n, read := 0, 0
	for _, r := range readHalfFile(t, "testdata/uklist/checkset.tsv") {
		if r.held {
			continue
		}
		wa, wb := strings.Fields(r.a), strings.Fields(r.b)
		if len(wa) != len(wb) {
			continue
		}
		for i := range wa {
			for _, p := range [][2]string{{wa[i], wb[i]}, {wb[i], wa[i]}} {
				var bw, br [40]byte
				lw, lr, ok := slavicWords(bw[:0], br[:0], p[0], p[1])
				want := ok && len(lw) > 0 && (ukRuFirst(lw[0], lr[0]) && ukRuAlign(lw, lr, 0, 0, 0) ||
					beRuFirst(lw[0], lr[0]) && beRuAlign(lw, lr, 0, 0, 0) || slavicGivenWord(lw, lr))
				if got := slavicRomanWord(p[0], p[1]); got != want {
					t.Errorf("slavicRomanWord(%q, %q) = %v, the alignments say %v", p[0], p[1], got, want)
				}
				n++
				if want {
					read++
				}
			}
		}
	}
	if n < 1000 || read < 20 {
		t.Fatalf("%d word pairs, %d read: the check set is not what this test reads", n, read)
	}
}

// TestBeRuNames checks whole names written from the two orthographies
// (not the check set's pairs) join, and that close names of two persons,
// which differ in an a against an o alone or in a letter no
// correspondence of Belarusian's accounts for, stay apart; a word worth 1
// alone (akanne) is read only in a name with a word read as Belarusian.
// Both orders.
func TestBeRuNames(t *testing.T) {
	checkSameBoth(t, Similarity, []sameCase{
		{"Uladzimir Piatrovich Sakalou", "Vladimir Petrovich Sokolov", true},
		{"Siarhei Mikhailavich Kavalenka", "Sergei Mikhailovich Kovalenko", true},
		{"Dzmitry Kanstantsinavich", "Dmitriy Konstantinovich", true},
		{"Aliaksandr Hramovich", "Aleksandr Gramovich", true},
		{"Pavel Kazin", "Pavel Kozin", false},            // two surnames
		{"Basra", "Bosra", false},                        // two places
		{"Elma Hill", "Elmo Hill", false},                // two given names
		{"Vadzim Lisau", "Vadim Lisin", false},           // another suffix
		{"Siarhei Palau", "Sergei Pavlov", false},        // a letter dropped
		{"Leanid Piatrovich", "Leonid Petrovich", true},  // akanne alone in a name read as Belarusian
		{"Leanid Kazin", "Leonid Kozin", false},          // no word worth 2: a against o alone
		{"Arciom Tselikavets", "Artem Celikovec", true},  // Łacinka's ci, ц as ts and c
		{"Maryna Arkadzeuna", "Marina Arkadievna", true}, // дз before BGN's e
		{"Irina Tselikavets", "Irina Celikovec", true},   // ts, c and akanne in one word
		{"Irina Tselikavets", "Irina Selikovec", false},  // s is no ц
	})
}
