package normalize

// Look-alikes of Indian and Pakistani place names told apart by the
// voicing of their first stop (issue 11, branch lookalike6).

// indicHeads lists the last elements of Indian and Pakistani place names
// (Hindi, Urdu, Marathi, Bengali and Dravidian: pur and pura, a town; puram;
// abad, settled; nagar, a city; garh, a fort; gaon, a village; ganj, a
// market; wadi and palli, halli, patti, a hamlet), which mark a name as
// romanised from an Indic script or Urdu.
var indicHeads = [...]string{"pur", "pura", "puram", "abad", "nagar", "garh", "gaon", "ganj", "wadi", "palli", "halli", "patti"}

// indicVoicing reports whether the word in which two names differ is an
// Indic place name (a head of indicHeads after three letters or more) and
// differs only in its first letter, a stop voiced in one name and
// voiceless in the other (g, k; d, t; b, p; also before h, the aspirates
// gh, kh; dh, th; bh, ph). Devanagari, Bengali, Gurmukhi, the Dravidian
// scripts and Urdu write these with two letters, and Hunterian, IAST and
// the census spellings keep them apart, so Gopalpur is not Kopalpur. The
// voicing pairs that initialAlternates lets one name write either way
// belong to Wade-Giles and the Korean romanisations (Pak, Bak), whose
// names have none of these heads.
func (w *wordApart) indicVoicing() bool {
	x, y := w.words()
	n := len(x)
	if n < 6 || len(y) != n || string(x[1:]) != string(y[1:]) {
		return false
	}
	c, d := min(x[0], y[0]), max(x[0], y[0])
	if !(c == 'g' && d == 'k' || c == 'd' && d == 't' || c == 'b' && d == 'p') {
		return false
	}
	for _, h := range indicHeads {
		if n >= len(h)+3 && hasSuffix(x, h) {
			return true
		}
	}
	return false
}
