package normalize

// The cedilla lost. French writes the s of an Arabic name before a, o or u
// with ç, since a plain c there reads k (Fayçal: Faisal, Faysal), and a list
// or database that keeps only ASCII letters drops the cedilla (the UN list's
// Faycal Boughanemi, Faysal al-Bughanimi), which the key then reads k
// (cedilla.go reads a ç that is still written). lostCedillaSim reads such a
// c as s where French writes the diphthong of Arabic's ay before it (ay, ey,
// oy, ai, ei, oi: Fayçal, Feyçal) and a, o or u after it, against a name
// that writes an s: the pair then scores as the reading does, less a
// convention's cost. A c after one vowel is left: Spanish, Italian and
// English write a k there (Roca and Rosa, Macon and Mason, Paco and Paso
// are two names each). Names found in running text (s.inText, as
// englishsound.go) are left.

// lostCedillaSim returns max(score, the similarity of one name with its
// lost cedillas read s against the other as written, less a convention's
// cost).
func (s *simState) lostCedillaSim(a, b string, score float64) float64 {
	if s.inText {
		return score
	}
	return s.readAgainst(a, b, score, lostCedillaReading)
}

// lostCedillaReading returns name with each c that stands for a lost ç
// (lostCedillaAt) written s, or "" when it has none or other has no s.
func lostCedillaReading(name, other string) string {
	var b []byte
	for i := 2; i+1 < len(name); i++ {
		if lostCedillaAt(name, i) {
			if b == nil {
				if !hasLetter(other, 's') {
					return ""
				}
				b = []byte(name)
			}
			b[i] = name[i] + 's' - 'c' // keeps the case
		}
	}
	if b == nil {
		return ""
	}
	return string(b)
}

// lostCedillaAt reports whether name[i] is a c (either case) after a, e or o
// and then y or i, and before a, o or u: the c of Faycal.
func lostCedillaAt(name string, i int) bool {
	if name[i]|0x20 != 'c' || i < 2 || i+1 >= len(name) {
		return false
	}
	switch name[i-1] | 0x20 {
	case 'y', 'i':
	default:
		return false
	}
	switch name[i-2] | 0x20 {
	case 'a', 'e', 'o':
	default:
		return false
	}
	switch name[i+1] | 0x20 {
	case 'a', 'o', 'u':
		return true
	}
	return false
}
