package normalize

import "testing"

// TestCyrillicAcronym checks cyrillicAcronym (acronym_cyrillic.go): an
// acronym romanised from Cyrillic writes E for a word's Ye.
func TestCyrillicAcronym(t *testing.T) {
	checkRule(t, "cyrillicAcronym", cyrillicAcronym, []ruleCase{
		{"ER", "Yedinaya Rossiya", true},                               // Party Facts: ЕР
		{"ZaYe", "Za Yedinaya Rossiya", false},                         // not capitals
		{"YER", "Yabloko Yedinaya Rossiya", true},                      // Ye only where it opens a word
		{"ER", "Yeltsin's Russia", true},                               // any word of Ye: the letters say the rest
		{"YR", "Yedinaya Rossiya", false},                              // isAcronymFor's, not this rule's
		{"ER", "Unity of Russia", false},                               // no Ye
		{"EER", "Obyedinennaya Rossiya", false},                        // Ye inside a word
		{"ES", "Yedinaya Rossiya", false},                              // another letter
		{"ERP", "Yedinaya Rossiya Party", true},                        // a word of capitals
		{"ER", "Yedinaya Rossiya Ukrainy i Belorussii Moldovy", false}, // a word left over
	})
}

// TestLinkedAcronym checks linkedAcronym (acronym_cyrillic.go): a Slavic
// compound adjective written closed gives both its parts' letters.
func TestLinkedAcronym(t *testing.T) {
	checkRule(t, "linkedAcronym", linkedAcronym, []ruleCase{
		{"SDA", "Sociálnodemokratická alternatíva", true}, // Party Facts
		{"KDH", "Kresťanskodemokratické hnutie", true},
		{"SDA", "Sociálna demokratická alternatíva", false}, // two words: isAcronymFor's
		{"SA", "Sociálnodemokratická alternatíva", false},   // the second part's letter left out: the letters say so
		{"SDA", "Sociálnopokroková alternatíva", false},     // no doctrine after the -o-
		{"SDA", "Sodemokratická alternatíva", false},        // a first part of fewer than four letters
		{"SDB", "Sociálnodemokratická alternatíva", false},  // another letter
		{"Sda", "Sociálnodemokratická alternatíva", false},  // not capitals
		{"DA", "Sociálnodemokratická alternatíva", false},   // two letters
	})
}
