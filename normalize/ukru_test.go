package normalize

import "testing"

// ukRuWord reports whether uk is the Ukrainian romanization of the
// Cyrillic form that ru romanizes by Russian's conventions, by at least
// one of the correspondences of the two orthographies (a word equal to the
// other is not read). Letter case is ignored; words of other letters than
// a to z, or of more than 40, are not read. The matcher reads it with
// beru.go's in one walk (slavicRomanWord), so only the tests ask it alone.
func ukRuWord(uk, ru string) bool {
	var bu, br [40]byte
	if len(uk) < 3 || len(ru) < 3 || !ukRuFirst(uk[0]|0x20, ru[0]|0x20) || !ukRuMayDiffer(uk, ru) {
		return false // ukRuAlign reads the first letters alike, or h against g
	}
	u, r, ok := slavicWords(bu[:0], br[:0], uk, ru)
	return ok && ukRuAlign(u, r, 0, 0, 0)
}

// TestUkRuReading checks ukru.go's reading of a Ukrainian romanization
// against a Russian one, with names written from the two orthographies
// (г h/g, ikavism, -ій/-ий, doubled consonant and -я against -ье), and
// that names which differ in another letter stay apart.
func TestUkRuReading(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Hlukhiv", "Glukhov", true},            // Глухів, Глухов: г, ikavism
		{"Petriv", "Petrov", true},              // Петрів, Петров
		{"Podillia", "Podolye", true},           // Поділля, Подолье
		{"Yuriy Dovhyi", "Yuriy Dolgiy", false}, // Довгий, Долгий: в against л is no spelling
		{"Hunan", "Henan", false},
		{"Hill", "Gill", false},
		{"Staryi Rih", "Stary Rog", true},      // both words read: under the floor of the other readings                // an initial h against g alone
		{"Ihor Hrytsak", "Igor Gritsak", true}, // Ігор Грицак, Игорь Грицак
		{"Olena", "Olga", false},
		{"Halyna Horbach", "Galina Gorbach", true},
		{"Huliieva", "Guliyeva", true},         // Гулієва, Гулиева: є ie, е after a vowel ye
		{"Hadzhyievych", "Gadzhiyevich", true}, // Гаджиєвич, Гаджиевич
		{"Hilien", "Gilyen", true},             // Гільєн, Гильен: ь dropped, then ie against ye
	} {
		if got := Similarity(c.a, c.b) >= SameThreshold; got != c.same {
			t.Errorf("Similarity(%q, %q) = %.3f, want same=%v", c.a, c.b, Similarity(c.a, c.b), c.same)

		}
	}
	for _, c := range []struct {
		uk, ru string
		want   bool
	}{
		{"hlib", "gleb", true},            // Гліб, Глеб
		{"pidhirtsi", "podgortsy", false}, // the prefix під-/под- and ц-и: not a letter-for-letter reading
		{"myrhorod", "mirgorod", true},    // Миргород
		{"zhytnyi", "zhitniy", true},      // Житній, Житний: the endings
		{"zakarpattia", "zakarpatye", true},
		{"horod", "horod", false}, // equal: no reading
		{"gorod", "gorod", false}, // a Ukrainian word writes no g
		{"hora", "hera", false},   // o against e is no correspondence
		{"lviv", "lvov", true},
		{"bih", "bog", true},             // Біг, Бог: ikavism before г
		{"kovalivka", "kovalevka", true}, // Ковалівка, Ковалевка: і in the closed syllable
	} {
		if got := ukRuWord(c.uk, c.ru); got != c.want {
			t.Errorf("ukRuWord(%q, %q) = %v, want %v", c.uk, c.ru, got, c.want)
		}
	}
}

// TestUkRuIkavismGeminate: Ukrainian doubles a consonant where a soft one
// met -я (Поділля, Podillia), and Russian writes it once there (Подолье,
// Podolye); a consonant that both names double is no such gemination, so
// the і against о or е before it is no ikavism: English given names that
// differ in that vowel stay two (the readfix check set). Both orders; the
// reading's own ikavism (Lviv, Lvov; Podillia, Podolye) still reads.
func TestUkRuIkavismGeminate(t *testing.T) {
	checkSameBoth(t, Similarity, []sameCase{
		{"Podillia", "Podolye", true},
		{"Lviv", "Lvov", true},
		{"Petriv", "Petrov", true},
		{"Linn", "Lonn", false},
		{"Jinny", "Jonny", false},
		{"Billie", "Belle", false},
	})
	for _, c := range []struct {
		uk, ru string
		want   bool
	}{
		{"podillia", "podolye", true},
		{"linn", "lonn", false},
		{"billie", "belle", false},
	} {
		if got := ukRuWord(c.uk, c.ru); got != c.want {
			t.Errorf("ukRuWord(%q, %q) = %v, want %v", c.uk, c.ru, got, c.want)
		}
	}
}
