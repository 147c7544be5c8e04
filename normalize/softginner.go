package normalize

// The soft g inside a word. French (and Italian, English) writes the
// sound of English j with g before e, i and y anywhere in a word, and
// Spanish writes its j sound so: the French spelling of the Mauritanian
// name Rouji is Rougi (and Rouggy on the UN list), and Megías is Mejías. conventions.go's softG
// reads the soft g at the start of a word; inside a word the key keeps g
// as g and reads a j before a vowel as y (German, Slavic: Majer), so
// "Rougi" and "Rouji" have keys rugi and ruyi. innerSoftGSim reads such a
// g as the key's y where the other word has y in its place, at the cost
// of a convention. German writes a hard g there (Hagen), which the folded
// word does not show; a German name against one with y in its place
// (Hayen) is read so too.

// innerSoftGSim is sim, or the score of folded words x and y with a g
// before e or i inside one of them read y, when the other has y at the
// same place and that scores better.
func (s *simState) innerSoftGSim(x, y string, sim float64) float64 {
	if len(x) != len(y) {
		return sim
	}
	for k := 1; k+1 < len(x); k++ {
		gx := x[k] == 'g' && y[k] == 'y' && frontAfter(x, k)
		gy := y[k] == 'g' && x[k] == 'y' && frontAfter(y, k)
		if !gx && !gy {
			continue
		}
		b := []byte(x)
		if gy {
			b = []byte(y)
		}
		b[k] = 'y'
		if gx {
			return max(sim, s.editSim(string(b), y)-conventionPenalty)
		}
		return max(sim, s.editSim(x, string(b))-conventionPenalty)
	}
	return sim
}

// frontAfter reports whether folded word w has e or i after its letter k,
// but not the ei that the key writes for ai and ay (Rugai, a hard g).
func frontAfter(w string, k int) bool {
	switch w[k+1] {
	case 'i':
		return true
	case 'e':
		return k+2 >= len(w) || w[k+2] != 'i'
	}
	return false
}
