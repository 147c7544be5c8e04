package normalize

// ornamentalHeads lists the second elements of German and Yiddish compound
// family names, the ornamental names Ashkenazi Jews took or were given in
// Austria, Prussia and Russia from 1787 (Rosenfeld, Goldstein), each a
// German noun of its own: Feld (a field), Wald (a forest), Thal or Tal (a
// valley), Baum (a tree), Blum or Blume (a flower), Blatt (a leaf), Stein
// (a stone), Stern (a star), Zweig (a twig), Berg (a hill), Mann or Man
// (a man), Stock (a stem). Russian Wikipedia's "Еврейские декоративные
// фамилии" (CC BY-SA 4.0) names man, stein, berg, feld, blum, zweig and
// baum as the usual second elements, with Morgenstern and Rosenstock
// among its examples; Zeichner's History of Jewish Family Names (2000,
// after Kaganoff 1977 and Rottenberg 1977) has Rosenthal, and wald is the
// forest of Rosenwald and Grünwald.
// A row holds the spellings of one element; spellings of an element in
// another language (English field, Yiddish boym) are in no row, so that
// Rosenfeld and Rosenfield stay one name.
var ornamentalHeads = [...][]string{
	{"feld"}, {"wald"}, {"thal", "tal"}, {"baum"}, {"blum", "blume"}, {"blatt"},
	{"stein"}, {"stern"}, {"zweig"}, {"berg"}, {"mann", "man"}, {"stock"},
}

// ornamentalHead reports whether the word in which two names differ is a
// compound of one first part, four letters or more, and two different
// heads of ornamentalHeads (Rosenfeld, Rosenwald; Rosenbaum, Rosenblum;
// Greenfeld, Greenwald), issue 11, branch look65. The head is a word of its
// own, so another head is another name however near the letters: the two
// heads differ in two letters or more, which the edit distance of the
// whole word scores as one name. compoundHead reads the heads one vowel
// apart (Rotberg, Rotburg).
func (w *wordApart) ornamentalHead() bool {
	x, y := w.words()
	for r := range ornamentalHeads {
		p := ornamentalFirst(x, r)
		if p < 0 {
			continue
		}
		for q := range ornamentalHeads {
			if q != r && ornamentalFirst(y, q) == p && string(x[:p]) == string(y[:p]) {
				return true
			}
		}
	}
	return false
}

// ornamentalFirst returns the length of the lowercase word x before a
// spelling of row r of ornamentalHeads that ends it, four letters or more,
// or -1 if none does.
func ornamentalFirst(x []byte, r int) int {
	for _, h := range ornamentalHeads[r] {
		if len(x) >= len(h)+4 && hasSuffix(x, h) {
			return len(x) - len(h)
		}
	}
	return -1
}
