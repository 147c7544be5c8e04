package normalize

import "testing"

// TestPostalSpelling: the postal spellings of the 1906 system against their
// Pinyin, in both orders, are one name; different provinces a vowel or a
// syllable apart stay apart, spelled either way. The examples are the
// system's own (the rules of its syllabary as the Wikipedia article on
// postal romanization gives them: Changkiang, Ankwo, Kinchow), not the
// check set's.
func TestPostalSpelling(t *testing.T) {
	m := NewMatcher(nil)
	same := [][2]string{
		{"Changkiang", "Changjiang"}, // ki is ji
		{"Ankwo", "Anguo"},           // kw is gu
		{"Kinchow", "Jinzhou"},       // -ow is -ou
		{"Tsingkiang", "Qingjiang"},  // ts before i is q
		{"Kweiyang", "Guiyang"},      // -wei is -ui
		{"Hweichow", "Huizhou"},      // hw is hu
		{"Chengteh", "Chengde"},      // -eh is -e
		{"Paoteh", "Baode"},
		{"Sze Hsien", "Si Xian"}, // two words, sz is s before i, -ien is -ian
		{"Honan", "Henan"},
		{"Kiangsu", "Jiangsu"}, // read by postal, then capped by the one-word look-alike rule (k, j)
		{"Fukien", "Fujian"},   // read by postal, then capped as Japanese morae (fu-ki-e-n)
		{"Hung", "Hong"},       // the postal hung is Pinyin hong
	}
	different := [][2]string{
		{"Hupeh", "Hopeh"}, // Hubei, Hebei
		{"Hupeh", "Hebei"}, // postal of one, Pinyin of the other
		{"Hopeh", "Hubei"},
		{"Shensi", "Shanxi"},   // Shaanxi, Shanxi
		{"Kwangsi", "Kiangsi"}, // Guangxi, Jiangxi
		{"Kwangsi", "Jiangxi"},
		{"Kiangsi", "Guangxi"},
		{"Hunan", "Henan"},
		{"Honan", "Hunan"}, // Henan's postal name against Hunan: one key (o folds into u), main scored 1
		{"Chengteh", "Chengdu"},
		{"Kian", "Xi'an"},      // Ji'an, Xi'an
		{"Chen Yi", "Zhen Yi"}, // Pinyin names: a minimal pair as often as one name
		{"Koya", "Geya"},       // Japanese names, no mark of either system
	}
	checkApartBy(t, m.Similarity, bothOrders(different), bothOrders(same))
}
