package normalize

import "strings"

// The c with a cedilla, and the Turkish c. The key reads ç as the c it
// carries (k before a, o, u), a sound no language writes with it: French,
// Portuguese and Catalan write s with ç ("Idriça Djaló", Portuguese
// Guinea, is "Idrissa Djaló"; "Françoise", "Gonçalves"), and Turkish,
// Azerbaijani and Albanian write English ch with it ("Çelik", "Chelik").
// Turkish and Azerbaijani also write English j with a plain c ("Cemal",
// "Jemal"; "Hicac", "Hijaj"), which the key reads k. The key has lost the
// cedilla by the time wordSim sees a word, so a pair of names under the
// threshold is read again from its own spelling (as centralEuropeanSim
// does): ç as s, or as ch at the start of a word (French and Portuguese
// write ç only before a, o, u inside a word) and in a name with a letter
// of Turkish, Azerbaijani or Albanian (ş, ğ, ı, İ, ə, ë), where Turkish
// and Azerbaijani c is also read j. A name without ç and without such a letter is left as it is:
// a plain c is k in most of the languages that write ç (French "Marc").

// cedillaMarks are the letters whose presence starts a reading, in a
// string for strings.ContainsAny.
const cedillaMarks = "çÇşŞğĞıİəƏë"

// cedillaSim returns max(score, the similarity of names a and b with their
// ç and Turkish c read as the sounds they write, at the cost of a
// convention), when a or b has a letter that calls for it.
func (s *simState) cedillaSim(a, b string, score float64) float64 {
	return s.readEach(a, b, score, cedillaReading)
}

// cedillaReading returns name with ç read s (ch in a Turkish, Azerbaijani
// or Albanian name) and, in a Turkish or Azerbaijani name, c read j; or ""
// when name has nothing to read so.
func cedillaReading(name string) string {
	ascii := true
	for i := 0; i < len(name) && ascii; i++ {
		ascii = name[i] < 0x80
	}
	if ascii || !strings.ContainsAny(name, cedillaMarks) {
		return ""
	}
	turkic := strings.ContainsAny(name, "şŞğĞıİəƏ")
	chLang := turkic || strings.ContainsRune(name, 'ë')
	if !turkic && !strings.ContainsAny(name, "çÇ") {
		return "" // an Albanian ë alone changes nothing here
	}
	var b strings.Builder
	b.Grow(len(name) + 2)
	for i, r := range name {
		switch {
		case (r == 'ç' || r == 'Ç') && (chLang || wordStart(name, i)):
			if r == 'Ç' {
				b.WriteString("Ch")
			} else {
				b.WriteString("ch")
			}
		case r == 'ç':
			b.WriteByte('s')
		case r == 'Ç':
			b.WriteByte('S')
		case r == 'c' && turkic:
			b.WriteByte('j')
		case r == 'C' && turkic:
			b.WriteByte('J')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
