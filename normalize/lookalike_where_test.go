package normalize

import "testing"

// The examples below are written from the conventions each rule reads, not
// taken from the development set; every "apart" pair scored as one name
// before the rule (0.86 or more).

// TestLiquidCluster: l against r next to a consonant is another name
// (neither Hepburn nor Korean writes a liquid in a cluster both ways); l
// against r between vowels (Japanese), at a word's edge, or beside a
// nasal, h, w or y is left to the other rules.
func TestLiquidCluster(t *testing.T) {
	checkApart(t,
		[][2]string{{"Kirchdorf", "Kilchdorf"}, {"Blackburn", "Brackburn"}, {"Wolfsburg", "Worfsburg"}},
		[][2]string{{"Abdur Rehman", "Abdul Rehman"}})
	checkRule(t, "liquidCluster", apartRule((*wordApart).liquidCluster), []ruleCase{
		{"Kirchdorf", "Kilchdorf", true},
		{"Albrecht", "Arbrecht", true}, // before b
		{"Hiroshi", "Hiloshi", false},  // between vowels: Japanese r
		{"Jeolla", "Jeorla", false},    // beside l: Korean ㄹㄹ
		{"Shinri", "Shinli", false},    // beside n: left to nasalLiquid
		{"Abdur", "Abdul", false},      // at the word's end
		{"Karl", "Kalr", false},        // two letters differ
	})
}

// TestStopVoicing: a voiceless stop against its voiced partner between
// two vowels, or after a vowel before l or r, is another name (Hepburn and
// the Latin alphabets write it as spoken there); at a word's start
// (Wade-Giles, McCune-Reischauer), at its end (Turkish, German devoicing)
// or before h (Arabic th, dh, kh, gh) it is left to the other rules.
func TestStopVoicing(t *testing.T) {
	checkApart(t,
		[][2]string{{"Okada", "Ogada"}, {"Sakata", "Sagata"}, {"Takeda", "Tageda"}, {"Lopato", "Lobato"}, {"Kaplan", "Kablan"}},
		[][2]string{{"Mehmet", "Mehmed"}, {"Pak Do Chun", "Pak To Chun"}, {"Kadhim", "Kathim"}})
	checkRule(t, "stopVoicing", apartRule((*wordApart).stopVoicing), []ruleCase{
		{"Sakata", "Sagata", true},
		{"Adana", "Atana", true},
		{"Lopato", "Lobato", true},
		{"Mehmet", "Mehmed", false},  // final devoicing
		{"Kadhim", "Kathim", false},  // Arabic dh, th
		{"Bakir", "Pakir", false},    // the first letter
		{"Sakata", "Sagada", false},  // two letters
		{"Ikta", "Igta", false},      // before a consonant other than l, r
		{"Hadrian", "Hatrian", true}, // before r
		{"Kaplan", "Kablan", true},   // before l
	})
}

// TestConsonantInserted: a consonant added between a consonant and a vowel,
// or between two vowels, is another name; h, glides, doubled letters, a
// consonant before another consonant or at a word's end, Turkish g and
// Slavic v in a hiatus, the digraphs of Polish, Hungarian and Belarusian
// spelling and Hepburn's tsu are spellings. An i against y elsewhere in
// the word (и, й written either way) leaves the consonant another name's.
func TestConsonantInserted(t *testing.T) {
	checkApart(t,
		[][2]string{{"Santiago", "Santriago"}, {"Martina", "Martrina"}, {"Kalinovka", "Kalintovka"}, {"Leonardo", "Lezonardo"}, {"Matveichuk", "Mateychuk"}},
		[][2]string{{"Mohamed", "Mohammed"}, {"Mehmet", "Mehmed"}})
	checkRule(t, "consonantInserted", apartRule((*wordApart).consonantInserted), []ruleCase{
		{"Marlena", "Marena", true},
		{"Santiago", "Santriago", true},
		{"Leonardo", "Lezonardo", true},     // between vowels
		{"Dmitrenko", "Dmytrovenko", false}, // a vowel besides: not one insertion
		{"Matveyenko", "Mateienko", true},   // and i against y elsewhere (Матвеенко, Матеенко)
		{"Mateienko", "Matveyenko", true},   // both orders
		{"Mohamed", "Mohammed", false},      // doubled
		{"Thompson", "Thomson", false},      // before a consonant
		{"Schmidt", "Schmid", false},        // at the end
		{"Marija", "Maria", false},          // a glide
		{"Sirpur", "Shirpur", false},        // h
		{"Dogan", "Doan", false},            // Turkish ğ
		{"Matsumoto", "Matumoto", false},    // Hepburn tsu, Kunrei tu
		{"Radzivon", "Radivon", false},      // Belarusian dz
		{"Grzegorz", "Gregorz", false},      // Polish rz
		{"Kaczor", "Kacor", false},          // Polish cz
		{"Szilagyi", "Szilagy", false},      // (not an insertion inside)
		{"Lukacsi", "Lukaci", false},        // Hungarian cs
	})
}

// TestOeDigraph: Dutch oe against ee or ie is another vowel; oe against o
// or u (German ö, old Indonesian oe) is left to the other rules.
func TestOeDigraph(t *testing.T) {
	checkApart(t,
		[][2]string{{"Boekel", "Beekel"}, {"Groenveld", "Greenveld"}, {"Soesterberg", "Siesterberg"}, {"Boerma", "Bierma"}},
		[][2]string{{"Soekarno", "Sukarno"}, {"Schroeder", "Schroder"}})
	checkRule(t, "oeDigraph", apartRule((*wordApart).oeDigraph), []ruleCase{
		{"Hoeven", "Heeven", true},
		{"Roelof", "Rielof", true},
		{"Soekarno", "Sukarno", false}, // oe is u
		{"Hoeven", "Haeven", false},    // ae: not a digraph the rule reads
		{"Hoven", "Heven", false},      // no e after the vowel
	})
}

// TestClusterVowel: the first vowel after a word's initial consonant
// cluster, swapped for another, makes another name (examples written from
// the convention, both orders); the pairs of vowels that a convention
// writes for one another there, and vowels after one consonant or a
// digraph, stay to the other rules.
func TestClusterVowel(t *testing.T) {
	checkApart(t,
		[][2]string{{"Kratzmann", "Kritzmann"}, {"Kritzmann", "Kratzmann"}, {"Studer", "Stader"}, {"Stader", "Studer"},
			{"Hans Brunner", "Hans Branner"}, {"Hans Branner", "Hans Brunner"}},
		[][2]string{{"Grigory", "Gregory"}, {"Gregory", "Grigory"}, {"Kramer", "Kremer"}, {"Kremer", "Kramer"}, {"Clark", "Clerk"}, {"Clerk", "Clark"},
			{"Grinberg", "Grunberg"}, {"Grunberg", "Grinberg"}, {"Bronislav", "Branislav"}, {"Branislav", "Bronislav"},
			{"Lviv", "Lvov"}, {"Lvov", "Lviv"}})
	checkRule(t, "clusterVowel", apartRule((*wordApart).clusterVowel), []ruleCase{
		{"Kratzmann", "Kritzmann", true},  // a against i after kr
		{"Studer", "Stader", true},        // u against a after st
		{"Schmadt", "Schmudt", true},      // after schm
		{"Strobel", "Strubel", false},     // o against u: Polish ó
		{"Kramer", "Kremer", false},       // a against e: German ä
		{"Gregor", "Grigor", false},       // e against i
		{"Grinberg", "Grunberg", false},   // i against u: Yiddish i for ü
		{"Bronislav", "Branislav", false}, // o against a: Belarusian akanye
		{"Lviv", "Lvov", false},           // i against o: Ukrainian і
		{"Kaller", "Kuller", false},       // one consonant before the vowel
		{"Shandor", "Shundor", false},     // sh: one sound
		{"Krayer", "Kruyer", false},       // y after the vowel: a diphthong
		{"Stoader", "Studer", false},      // two vowels
		{"Kratz", "Kratz", false},         // no letter differs
	})
}

// TestInnerAI: a against i between consonants in a middle syllable is
// another name, in either order; the first and last syllables (where an
// abjad leaves a short vowel unwritten), a vowel beside a vowel and an
// Arabic compound's case vowel (before a doubled letter, after Abd) stay
// one name's spellings.
func TestInnerAI(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Armadale", "Armidale"}, {"Hossein Salami", "Hossein Salimi"}}),
		bothOrders([][2]string{{"Masri", "Misri"}, {"Fazal Rahim", "Fazil Rahim"}, {"Pearce", "Peirce"},
			{"Abdarahman", "Abdirahman"}, {"Nasrallah", "Nasrillah"}}))
	checkRule(t, "innerAI", apartRule((*wordApart).innerAI), []ruleCase{
		{"Armadale", "Armidale", true},             // a middle syllable
		{"Salimi", "Salami", true},                 // either order
		{"Hossein Salami", "Hossein Salimi", true}, // one word of a name
		{"Masri", "Misri", false},                  // the first syllable
		{"Khalaf", "Khalif", false},                // the last syllable
		{"Pearce", "Peirce", false},                // beside a vowel
		{"Ibrahim", "Ibrihim", false},              // after h
		{"Armadale", "Armedale", false},            // a against e
		{"Guaratinga", "Guiratinga", false},        // after a vowel
		{"Nuraddin", "Nuriddin", false},            // a case vowel before a doubled letter
		{"Nasrallah", "Nasrillah", false},          // the same
		{"Abdarahman", "Abdirahman", false},        // after Abd
	})
}
