package normalize

import "strings"

// Kata'ib. The Arabic kata'ib, plural of katiba, names armed groups
// (Kata'ib Hezbollah, Kata'ib al-Qassam, Kata'ib Abdullah Azzam); English
// renders it Brigades or, word for word, Battalions: Hezbollah Brigades
// and Hezbollah Battalions, Abdullah Azzam Brigades and Abdallah Azzam
// Battalions are one group. In the plural the two words are read alike
// when the rest of the names matches as a whole. In the singular they stay
// two units (liwa, a brigade; katiba, a battalion: Abu Bakr Brigade is not
// Abu Bakr Battalion), as orgWordForms keeps them.

// kataibRead returns name with the word Battalions written Brigades, and
// whether it had one.
func kataibRead(name string) (string, bool) {
	i := strings.Index(name, "attalions") - 1 // Battalions, battalions, quickly
	if i < 0 || name[i]|0x20 != 'b' {
		return name, false
	}
	return name[:i] + "Brigades" + name[i+len("battalions"):], true
}

// kataibVariant reports whether one of a and b says Battalions where the
// other says Brigades (or Kataib), and they are one name read alike.
func kataibVariant(a, b string, g *Glossary) bool {
	ra, oka := kataibRead(a)
	rb, okb := kataibRead(b)
	if oka == okb {
		return false
	}
	return similarityWith(ra, rb, g) >= SameThreshold
}
