package normalize

import "testing"

// TestPostalIrregular: the default glossary has the irregular names the
// post office kept that no syllable rule reads, in the house form (AP's
// Pinyin: Xiamen, Shenyang), rewritten but in the fixed expressions that
// keep the old name; Canton and Port Arthur are no entries (the Swiss
// canton, Canton, Ohio; Port Arthur, Texas).
func TestPostalIrregular(t *testing.T) {
	g := DefaultGlossary()
	checkRewrites(t, g, map[string]string{
		"Ships left Amoy for Mukden.":                  "Ships left Xiamen for Shenyang.",
		"the Mukden Incident and the Battle of Mukden": "the Mukden Incident and the Battle of Mukden",
		"SARS at Amoy Gardens; Amoy soy sauce":         "SARS at Amoy Gardens; Amoy soy sauce",
		"the Mukden Palace":                            "the Mukden Palace",
		"Canton, Ohio, and Port Arthur, Texas":         "Canton, Ohio, and Port Arthur, Texas",
	})
	m := NewMatcher(g)
	checkApartBy(t, m.Similarity,
		[][2]string{{"Amoy", "Shenyang"}, {"Mukden", "Xiamen"}, {"Xiamen", "Shenyang"}},
		bothOrders([][2]string{{"Amoy", "Xiamen"}, {"Mukden", "Shenyang"}}))
}
