package normalize

import "testing"

// TestLatinStemReading: Latin and Greek names in their English (Latin
// nominative) form against the stem form of Russian, Polish, French,
// Spanish and Italian, pairs written from the convention (latinstem.go),
// each failing without the reading, and pairs that stay apart.
func TestLatinStemReading(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Cato", "Caton", true},     // Latin -o, -onis: French Caton
		{"Strabo", "Strabon", true}, // Greek -ōn: Russian Страбон
		{"Nero", "Nerone", true},    // Italian -one
		{"Cicero", "Cicerón", true}, // Spanish -ón
		{"Marcus Porcius Cato", "Marcus Porcius Caton", true},
		{"Natalis", "Nataly", true},     // Latin -alis: Russian Наталий
		{"Mario", "Marion", false},      // Romance -io, -ion: another name
		{"Leo", "Leon", false},          // three letters
		{"Lewis", "Levi", false},        // -wis, five letters: English
		{"Paris", "Pari", false},        // five letters
		{"Boris", "Bori", false},        // five letters
		{"Harris", "Harry", false},      // -rris: a consonant before the r
		{"Cato", "Catone Rossi", false}, // a word more
		{"Nero", "Nera", false},         // no -on
		{"Cato", "Katon", true},         // Polish writes the c k
		{"Toko", "Togon", false},        // the stem form changes no letter but adds n: k/g is another name
		{"Sako Abe", "Sagon Abe", false},
	} {
		if got := m.Similarity(c.a, c.b); (got >= SameThreshold) != c.same {
			t.Errorf("Similarity(%q, %q) = %.3f, want same=%v", c.a, c.b, got, c.same)
		}
	}
}

// TestLatinStemParts: the reading's parts, word by word.
func TestLatinStemParts(t *testing.T) {
	for _, c := range []struct {
		name, other, want string
	}{
		{"Plato", "Platon", "Platon"},
		{"Marcus Cato", "Marco Catone", "Marcus Caton"}, // -one: two letters more
		{"Cato Strabo", "Katon Strabon", "Caton Strabon"},
		{"Cato", "Cati", ""},       // the other name has no -on
		{"Cato", "Cadon", ""},      // a word of the stem's length, but another letter
		{"Cato", "KATON", "Caton"}, // case aside, c as k
		{"Hugo", "Hugon", "Hugon"},
		{"Alberto", "Alberon", ""},       // an -on of the -o word's length
		{"Cato", "Catonium", ""},         // nor longer
		{"Mario", "Marion", ""},          // a vowel before the o
		{"Otto", "Otton", "Otton"},       // a doubled consonant is a consonant
		{"Ugo", "Ugon", ""},              // three letters
		{"Vitalis", "Witali", "Vitali"},  // -alis, one letter fewer
		{"Vitalis", "Vitalij", "Vitali"}, // as many
		{"Vitalis", "Witalisz", ""},      // the other name has no word in i, y or ij
		{"Vitalis", "Wi", ""},            // nor of the stem's length
		{"Travis", "Travi", ""},          // -vis
		{"Dionysis", "Dionysi", ""},      // -sis
		{"Caesaris Plato", "Caesari Platon", "Caesari Platon"},
		{"Caesaris Plato", "Cezari Platon", "Caesaris Platon"}, // Cezari: two letters fewer,
	} {
		if got := latinStemReading(c.name, c.other); got != c.want {
			t.Errorf("latinStemReading(%q, %q) = %q, want %q", c.name, c.other, got, c.want)
		}
	}
	for _, c := range []struct {
		word string
		want uint8
	}{
		{"Platón", stemOn}, {"Platone", stemOn}, {"Platon", stemOn}, {"PLATO", stemO}, {"Otto", stemO},
		{"Witali", stemI}, {"Vitalij", stemI}, {"Vitaly", stemI}, {"Vitalis", stemIs}, {"Apollinaris", stemIs},
		{"Hassan", 0}, {"Mario", 0}, {"Ugo", 0}, {"Aris", 0}, {"Travis", 0}, {"Harris", 0},
	} {
		if got := latinStemEnd(c.word); got != c.want {
			t.Errorf("latinStemEnd(%q) = %b, want %b", c.word, got, c.want)
		}
	}
	for _, c := range []struct {
		name string
		want uint32
	}{
		{"Plato", natEndO}, {"Plato Vitalis", natEndO | natEndIs}, {"Cato, Marcus", natC | natEndO},
		{"Vitalis-Platon", natEndIs}, {"Mario", 0}, {"Platon", 0}, {"Plató", 0},
	} {
		if got := nationalFeatures(c.name) & (natEndO | natEndIs | natC); got != c.want {
			t.Errorf("nationalFeatures(%q) = %b, want %b", c.name, got, c.want)
		}
	}
}

// TestLatinStemIsLetters: the stem form of a Latin -alis, -aris name
// leaves out the s and changes no other letter (Vitalis: Russian Виталий,
// Vitaliy; Polish Witali, whose w is the Latin v), so a word in i or y
// whose letters before it differ is another name (Charis, Cheri: the
// readfix check set). Both orders.
func TestLatinStemIsLetters(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Natalis", "Nataly", true},
		{"Vitalis", "Vitaliy", true},
		{"Apollinaris", "Apollinariy", true},
		{"Charis", "Cheri", false},
	})
	for _, c := range []struct{ name, other, want string }{
		{"Vitalis", "Witali", "Vitali"},
		{"Charis", "Cheri", ""},
		{"Natalis", "Netaly", ""},
	} {
		if got := latinStemReading(c.name, c.other); got != c.want {
			t.Errorf("latinStemReading(%q, %q) = %q, want %q", c.name, c.other, got, c.want)
		}
	}
}
