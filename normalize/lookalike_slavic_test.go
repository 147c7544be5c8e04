package normalize

import "testing"

// The examples below are written from the East Slavic spelling conventions
// each rule reads, not taken from the development set.

// TestSibilantH: in a name romanised from Russian or Ukrainian in the
// English way, s and z are с and з, sh and zh ш and ж: another letter and
// another name (Sevchenko, Shevchenko; Zukovskiy, Zhukovskiy). A Czech,
// Slovak or South Slavic š and ž written without the mark, and names with
// no East Slavic suffix (Siva, Shiva), stay with the distance.
func TestSibilantH(t *testing.T) {
	checkApart(t,
		[][2]string{{"Sevchenko", "Shevchenko"}, {"Zhukovskiy", "Zukovskiy"}, {"Ivan Moskalenko", "Ivan Moshkalenko"}},
		[][2]string{{"Shevchenko", "Shevtchenko"}, {"Denisenko", "Denysenko"}, {"Zhukovskiy", "Zhukovskyi"}})
	checkRule(t, "sibilantH", apartRule((*wordApart).sibilantH), []ruleCase{
		{"Sevchenko", "Shevchenko", true},                  // с, ш
		{"Shevchenko", "Sevchenko", true},                  // both orders
		{"Zhukovskiy", "Zukovskiy", true},                  // ж, з
		{"Lisovskyi", "Lishovskiy", true},                  // and Ukrainian y for и
		{"Moshkalenko", "Moskalenko", true},                // inside the word
		{"Petrovich Kosarev", "Petrovich Kosharev", false}, // -ev: not read
		{"Siva", "Shiva", false},                           // no East Slavic suffix: Sanskrit ś
		{"Stasevsky", "Stashevsky", false},                 // -sky: a Czech -ský without its mark
		{"Seselj", "Sheshel", false},                       // Serbian š without its mark
		{"Shevchenko", "Schevchenko", false},               // German sch: one letter ш
		{"Shevchenko", "Shevchenko", false},                // the same
		{"Sevchenko", "Shevchenka", false},                 // another letter besides
	})
}

// TestAkUk: the Ukrainian surname suffixes -ак (-як) and -ук (-юк) are two
// suffixes, and no romanisation writes а for у (Kovalchak, Kovalchuk;
// Romaniak, Romaniuk); the spellings of one suffix stay one name.
func TestAkUk(t *testing.T) {
	checkApart(t,
		[][2]string{{"Kovalchak", "Kovalchuk"}, {"Romaniak", "Romaniuk"}, {"Petro Pasichnyak", "Petro Pasichnyuk"}},
		[][2]string{{"Romaniuk", "Romanyuk"}, {"Kovalchuk", "Kowalczuk"}, {"Pasichnyak", "Pasichniak"}})
	checkRule(t, "akUk", apartRule((*wordApart).akUk), []ruleCase{
		{"Kovalchak", "Kovalchuk", true},   // -чак, -чук
		{"Kovalchuk", "Kovalchak", true},   // both orders
		{"Romaniak", "Romanyuk", true},     // -як, -юк in two spellings
		{"Pasichnyuk", "Pasichnyak", true}, // both orders
		{"Romaniuk", "Romanyuk", false},    // one suffix
		{"Novak", "Novuk", false},          // the stem under four letters
		{"Mubarak", "Mubaruk", false},      // no i or y, ch before the suffix: not read
		{"Romanak", "Romanuk", false},      // the same: a bare -ak after n
		{"Kovalchak", "Kovalchek", false},  // e: not the other suffix
	})
}

// TestPossessiveOv: a Russian, Ukrainian or Bulgarian surname in -ov or -ev
// is the possessive of a father's given name (Ivanov, Ivan's; Vasiliev,
// Vasiliy's): it names a family, not the given name it is made from,
// however near the letters. A given name in -iy, -ei or -ay keeps or
// drops its й before -ev (Vasiliy, Vasiliev; Sergei, Sergeev; Nikolay,
// Nikolayev).
func TestPossessiveOv(t *testing.T) {
	checkApart(t,
		[][2]string{{"Konstantin", "Konstantinov"}, {"Aleksandr", "Aleksandrov"}, {"Ivan Timofey", "Ivan Timofeyev"}},
		[][2]string{{"Konstantinov", "Konstantinow"}, {"Aleksandrov", "Alexandrov"}, {"Timofeyev", "Timofeev"}})
	checkRule(t, "possessiveOv", apartRule((*wordApart).possessiveOv), []ruleCase{
		{"Konstantin", "Konstantinov", true},  // -ov after a consonant
		{"Konstantinov", "Konstantin", true},  // both orders
		{"Vasiliy", "Vasiliev", true},         // й dropped before -ev
		{"Yuriy", "Yuryev", true},             // and и written y
		{"Nikolay", "Nikolayev", true},        // й kept
		{"Sergei", "Sergeev", true},           // й written i
		{"Aleksandrov", "Alexandrov", false},  // two surnames
		{"Ivanov", "Ivanova", false},          // a surname's two genders: not read
		{"Ivan", "Ivanov", false},             // under five letters
		{"Konstantin", "Konstantinow", false}, // Polish -ow: not read
		{"Rostislav", "Rostislavich", false},  // not -ov
	})
}

// TestDiminutiveConsonant: a k, ch or sh before an East Slavic surname's
// suffix is a diminutive of the stem (Иван, Иванко; Паша, Пашка), and the
// surname made from it another family's (Иваненко, Иванченко; Пашин,
// Пашкин); the romanisations of one Cyrillic name, which add h to a
// sibilant or c to k, stay one name.
func TestDiminutiveConsonant(t *testing.T) {
	checkApart(t,
		[][2]string{{"Ivanenko", "Ivanchenko"}, {"Pavel Pashin", "Pavel Pashkin"}, {"Rybakova", "Rybachkova"}, {"Bondarevich", "Bondarkevych"}},
		[][2]string{{"Ivanchenko", "Ivanchenko"}, {"Danylchenko", "Danilchenko"}, {"Khrushchev", "Khrushchov"}})
	checkRule(t, "diminutiveConsonant", apartRule((*wordApart).diminutiveConsonant), []ruleCase{
		{"Ivanenko", "Ivanchenko", true},         // -енко, -ченко
		{"Ivanchenko", "Ivanenko", true},         // both orders
		{"Pashin", "Pashkin", true},              // -ин, -кин
		{"Pavel Volkov", "Pavel Volchkov", true}, // волк, волчок: ch before k
		{"Bondarevich", "Bondarkevych", true},    // and i against y
		{"Burov", "Burkov", true},                // k repeats no letter: at 3
		{"Khrushchev", "Khrushev", false},        // shch: щ written sh
		{"Mikhailov", "Mihailov", false},         // kh: х
		{"Zhukov", "Zhuckov", false},             // ck: к
		{"Ivanchenko", "Ivantchenko", false},     // French tch: ч
		{"Kyohouin", "Kyohshouin", false},        // Japanese -in (院): no Slavic -in after u
		{"Perkins", "Perins", false},             // no Slavic suffix
		{"Pashin", "Pashin", false},              // the same
		{"Ivanenko", "Ivanchenka", false},        // another letter besides
	})
}

// TestStemConsonants: East Slavic family names romanised the English way
// whose consonants differ by one no romanisation writes for the other, or
// by one more, are two families; the spellings of one consonant (kh and h,
// g and h, ch and sh of French, x and ks, shch and sh) and the German,
// Polish, Czech and French systems are left to the other rules.
func TestStemConsonants(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Danilevich", "Danishevich"}, {"Polyakova", "Polshakova"}, {"Maksimenko", "Maksimilenko"}, {"Oleg Danilevich", "Oleg Danishevich"}}),
		bothOrders([][2]string{{"Khodorkovsky", "Hodorkovsky"}, {"Ibragimov", "Ibrahimov"}, {"Kalashnikov", "Kalachnikov"}, {"Aleksandrov", "Alexandrov"},
			{"Mikhailov", "Mihaylov"}, {"Tsvetkov", "Tzvetkov"}, {"Gerashchenko", "Gerashenko"}, {"Berezovsky", "Berezhovsky"}}))
	checkRule(t, "stemConsonants", apartRule((*wordApart).stemConsonants), []ruleCase{
		{"Danilevich", "Danishevich", true},         // l against sh
		{"Danishevich", "Danilevich", true},         // both orders
		{"Polyakova", "Polshakova", true},           // sh for the glide y
		{"Maksimenko", "Maksimilenko", true},        // l more
		{"Khodorkovsky", "Hodorkovsky", false},      // another first letter: not read here
		{"Mikhailov", "Mihailov", false},            // kh and h: х
		{"Ibragimov", "Ibrahimov", false},           // g and h: г
		{"Berezovsky", "Berezhovsky", false},        // z and zh near
		{"Aleksandrov", "Alexandrov", false},        // x is ks
		{"Poltsin", "Polcin", false},                // Czech c: not read
		{"Bobrishchev", "Bobrichtchev", false},      // French tch: not read
		{"Vezhinskiy", "Weschinskii", false},        // German: not read
		{"Kostiantynivna", "Konstantinovna", false}, // a patronymic
		{"Fikiruddin", "Fihiruddin", false},         // Arabic -uddin
		{"Perkins", "Perrins", false},               // no Slavic suffix
	})
}
