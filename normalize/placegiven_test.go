package normalize

import "testing"

// TestPlaceAsGivenName: a place's variant that starts a person's name
// (Riyad Mahrez, a footballer; Odessa Young, an actress) is no spelling of
// the place, and the glossary leaves it; the place's name before a word of
// a longer place name, after a preposition, before punctuation or a
// possessive is still the place.
func TestPlaceAsGivenName(t *testing.T) {
	g := DefaultGlossary()
	cases := map[string]string{
		"Riyad Mahrez scored twice.":                                   "Riyad Mahrez scored twice.",
		"In the second half, Riyad Mahrez and Raheem Sterling scored.": "In the second half, Riyad Mahrez and Raheem Sterling scored.",
		"Riyad Mahrez's goal.":                                         "Riyad Mahrez's goal.",
		"Odessa Young stars in it.":                                    "Odessa Young stars in it.",
		"Dmitry Kiev spoke.":                                           "Dmitry Kiev spoke.", // a surname: placeInLongerName
		"Riyad Province is large.":                                     "Riyadh Province is large.",
		"Riyad's mayor spoke.":                                         "Riyadh's mayor spoke.",
		"Riyad, the capital.":                                          "Riyadh, the capital.",
		"Talks in Riyad ended.":                                        "Talks in Riyadh ended.",
		"In Kiev Zelensky said no.":                                    "In Kyiv Zelenskyy said no.",
		"The mayor of Kiev Vitali Klitschko spoke.":                    "The mayor of Kyiv Vitali Klitschko spoke.",
		"Kiev Oblast was shelled.":                                     "Kyiv Oblast was shelled.",
		"Kiev Monday was calm.":                                        "Kyiv Monday was calm.",
		"KIEV UKRAINE":                                                 "KYIV UKRAINE",
		"Khan Yunis Camp":                                              "Khan Younis Camp", // two words: no given name
	}
	checkRewrites(t, g, cases)
}
