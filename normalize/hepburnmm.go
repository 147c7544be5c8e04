package normalize

import "strings"

// The moraic n before m. Traditional Hepburn (and its 1954 revision)
// writes the moraic n (ん) as m before b, m and p: Shimbashi, Namba,
// Nimmyō, Kammu, Homma, Gemmei; modified Hepburn writes n: Shinbashi,
// Ninmyō, Kanmu, Honma. The base score merges the b and p cases (editSyms
// costs n for m before a labial 0.2: Sempai, Senpai), but the key
// collapses mm to m, so Nimmyo/Ninmyo lost a letter (0.833, different).
// When one name of a pair writes mm and the other nm, and both read as
// Hepburn morae throughout with a mark of Japanese in one of them (as
// romajiDistinct reads a pair) or the two names one name once the mm is
// read nm (Homma, Honma; Kammu, Kanmu: no other mark), and the pair scores
// under the threshold as written, readHepburnMM writes the mm as nm in
// baseStage, for the base score and every stage after it: such a name
// doubles no m but the moraic n's (romajiMorae reads mm as N and m).
// Other names without the mark stay as written (Kamma, Kanmo), and so do
// names that do not read as morae
// (Jimmy, Jinny; Sammy; Hammond) and a pair whose other name has no nm
// (Jimmie, which reads ji, N, mi, e, against Jimmy). Only a lower-case mm
// is looked at: two names in capitals are read in their case first
// (capitals_names.go: NIMMYO, NINMYO), one alone is left.

// hepburnMMPair reports whether one of a and b has "mm" and the other
// "nm": the cheap test before readHepburnMM. It looks only where
// strings.IndexByte finds an m (strings.Contains(a, "mm") compares two
// bytes at every offset), and reads b only when a has an mm or an nm.
func hepburnMMPair(a, b string) bool {
	return crossedSigns(a, b, mmNm)
}

// crossedSigns reports whether one of a and b has the first sign that
// signs reads in a name and the other the second (mm and nm; a Kunrei-only
// syllable and a Hepburn-only spelling): the cheap test of a reading that
// writes one spelling system's form as another's. b is read only when a
// has either sign.
func crossedSigns(a, b string, signs func(string) (x, y bool)) bool {
	xa, ya := signs(a)
	if !xa && !ya {
		return false
	}
	xb, yb := signs(b)
	return xa && yb || xb && ya
}

// mmNm reports whether s has the bytes "mm" and whether it has "nm".
func mmNm(s string) (mm, nm bool) {
	for off := 0; off < len(s); {
		k := strings.IndexByte(s[off:], 'm')
		if k < 0 {
			break
		}
		i := off + k
		nm = nm || i > 0 && s[i-1] == 'n'
		mm = mm || i+1 < len(s) && s[i+1] == 'm'
		off = i + 1
	}
	return mm, nm
}

// readHepburnMM replaces p's names by the names with mm written nm
// (hepburnMM), and reports whether it did, unless the glossary has both
// names as written as forms of one entry. baseStage calls it for a pair
// under the threshold as written that hepburnMMPair finds, after
// dropSharedTitle, and scores the pair again: every later stage reads the
// names so (a reading only raises a score, so a pair already the same
// name is not read).
func readHepburnMM(r *stageRun, p *pairSim) bool {
	a, b, ok := hepburnMM(p.a, p.b)
	if !ok {
		return false
	}
	if p.oneEntry(r.g) {
		return false // baseStage finds them one entry
	}
	p.rereadAs(a, b)
	return true
}

// hepburnMM returns a and b with mm written nm, and true, when a or b has
// mm and both read as Japanese in Hepburn the way romajiDistinct reads a
// pair: at most three words each (cut at spaces and hyphens), each of two
// morae or more, one word of the two names with a mark of Japanese or the
// two names alike once read. Else a, b and false.
func hepburnMM(a, b string) (string, string, bool) {
	if !hasMM(a) && !hasMM(b) {
		return a, b, false
	}
	markA, okA := hepburnName(a)
	markB, okB := hepburnName(b)
	if !okA || !okB {
		return a, b, false
	}
	ra, rb := strings.ReplaceAll(a, "mm", "nm"), strings.ReplaceAll(b, "mm", "nm")
	if !markA && !markB && ra != rb {
		return a, b, false // Kamma, Kanmo: no mark, and not one name once read
	}
	return ra, rb, true
}

// hasMM reports whether name has the bytes "mm".
func hasMM(name string) bool { return strings.Contains(name, "mm") }

// hepburnName reports whether name reads as Hepburn morae (ok): at most
// three words, each of two morae or more; and whether one of its words
// has a mark of Japanese (romajiMarked).
func hepburnName(name string) (marked, ok bool) {
	var w [3]string
	n, ok := romajiWords(&w, name)
	if !ok || n == 0 {
		return false, false
	}
	var buf [24]string
	for i := range n {
		m, ok := romajiMorae(buf[:0], w[i])
		if !ok || len(m) < 2 {
			return false, false
		}
		marked = marked || romajiMarked(w[i], m)
	}
	return marked, true
}
