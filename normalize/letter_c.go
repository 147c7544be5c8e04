package normalize

import (
	"strings"
	"unicode/utf8"
)

// Central European c (issue 11, sixth pass). The key reads c as English
// does, k before a, o, u, a consonant or the end of a word (Marc, Eric)
// and s before e, i; Polish, Czech, Slovak, Slovene, Croatian and
// Hungarian write ts with c (Szwarc for Schwarz, Vincenc for Vincenz,
// Wacław for Vatslav), and Hungarian writes English ch with cs (Kovács
// for Kováč, Kovach). By the time wordSim sees a word its c is gone, so a
// pair of names under the threshold is read again from its own spelling,
// each name with its c read the Central European way when one of its
// words shows that it is written so (a letter or digraph of those
// languages, or a final -nc), and the readings cost a convention.

// centralEuropeanSim returns max(score, the similarity of names a and b
// with their Central European c read ts and cs read ch, at the cost of a
// convention), when a word of a or b is written by those conventions.
func (s *simState) centralEuropeanSim(a, b string, score float64) float64 {
	return s.readEach(a, b, score, centralEuropeanC)
}

// centralEuropeanC returns name with the c of each word written by
// Central European conventions read as its sound (ts; cs as ch), or ""
// when no word of name is.
func centralEuropeanC(name string) string {
	if strings.IndexByte(name, 'c') < 0 && strings.IndexByte(name, 'C') < 0 {
		return ""
	}
	var out []byte
	for i := 0; i < len(name); {
		j := i
		for j < len(name) && !wordEnd(name, j) {
			_, n := utf8.DecodeRuneInString(name[j:])
			j += n
		}
		w := name[i:j]
		if r, ok := centralEuropeanWord(w); ok {
			if out == nil {
				out = append(make([]byte, 0, len(name)+4), name[:i]...)
			}
			out = append(out, r...)
		} else if out != nil {
			out = append(out, w...)
		}
		k := j
		for k < len(name) && wordEnd(name, k) {
			_, n := utf8.DecodeRuneInString(name[k:])
			k += n
		}
		if out != nil {
			out = append(out, name[j:k]...)
		}
		i = k
	}
	return string(out)
}

// wordStart reports whether a word of name begins at byte i.
func wordStart(name string, i int) bool {
	return (i == 0 || wordEnd(name, i-1)) && !wordEnd(name, i)
}

// wordEnd reports whether the rune at name[i] separates words (all
// separators are ASCII, so no byte of a longer rune is one).
func wordEnd(name string, i int) bool {
	return nameWordSep(rune(name[i]))
}

// nameWordSep reports whether r separates the words of a name (wordEnd's
// rune form, for strings.FieldsFuncSeq): a space, a hyphen, a comma, a
// period or a tab.
func nameWordSep(r rune) bool {
	return r == ' ' || r == '-' || r == ',' || r == '.' || r == '\t'
}

// centralEuropeanWord reads the c of word w the Central European way when
// w shows it is written so: Hungarian cs is ch wherever it is (Kovács), and
// in a word with a Polish, Czech or Hungarian letter or digraph (sz, cz,
// rz; ł, ś, č, ř, ő...) or a final -nc, a c that the key reads k (not
// part of ch, cz, cs or ck, and not before e, i or y) is ts.
func centralEuropeanWord(w string) (string, bool) {
	lw := strings.ToLower(w)
	hungarian := strings.Contains(lw, "cs")
	marked := strings.HasSuffix(lw, "nc") || strings.Contains(lw, "sz") || strings.Contains(lw, "cz") ||
		strings.Contains(lw, "rz") || strings.ContainsAny(lw, "ąćęłńśźżčřěůšžťďňőű")
	if !hungarian && !marked {
		return "", false
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c != 'c' && c != 'C' {
			b.WriteByte(c)
			continue
		}
		var next byte
		if i+1 < len(w) {
			next = lw[i+1]
		}
		switch {
		case next == 's':
			b.WriteString("ch") // Hungarian cs
			i++
			changed = true
		case !marked || next == 'h' || next == 'z' || next == 'k' || next == 'e' || next == 'i' || next == 'y':
			// Before a front vowel the key reads c as s already, near
			// enough to ts (Cecylia, Cecilia).
			b.WriteByte(c)
		default:
			b.WriteString("ts")
			changed = true
		}
	}
	return b.String(), changed
}

// Irish and Scottish Gaelic c is k before every vowel ("Cillian",
// "Ciarán", "Cian"), as is the c of Greek names written the Latin way
// (Cyrus for Kyros, Cimon for Kimon); the key reads c before e, i and y as
// s, as English and the Romance languages do. When one name has a word
// that begins with c before e, i or y, spelled the Gaelic or the Greek
// way (isFrontC), and the other a word that begins with k, the first is
// read again with that c as k.

// initialCKSim returns max(score, the similarity of names a and b with the
// initial c before e, i or y of a word read k, at the cost of a
// convention), when one name has such a word and the other a word that
// begins with k.
func (s *simState) initialCKSim(a, b string, score float64) float64 {
	switch {
	case hasWordStart(b, isK) && hasWordStart(a, isFrontC):
		return max(score, s.similarity(initialCToK(a), b)-conventionPenalty)
	case hasWordStart(a, isK) && hasWordStart(b, isFrontC):
		return max(score, s.similarity(a, initialCToK(b))-conventionPenalty)
	}
	return score
}

// isK reports whether word w begins with k.
func isK(w string) bool { return w[0] == 'k' || w[0] == 'K' }

// isFrontC reports whether word w begins with c before e, i or y and is
// spelled the Gaelic or the Greek way: c before y (Greek upsilon), or a
// vowel pair Irish writes (ia, ea, ao, io, ai, oi, ui) or a doubled l, n or
// r. Turkish c is j: Cemal and Kemal are two names.
func isFrontC(w string) bool {
	if (w[0] != 'c' && w[0] != 'C') || len(w) < 2 || strings.IndexByte("eiyEIY", w[1]) < 0 {
		return false
	}
	if w[1] == 'y' || w[1] == 'Y' {
		return true
	}
	end := 0
	for end < len(w) && !wordEnd(w, end) {
		end++
	}
	lw := strings.ToLower(w[:end])
	for _, m := range [...]string{"ia", "ea", "ao", "io", "ai", "oi", "ui", "ll", "nn", "rr"} {
		if strings.Contains(lw, m) {
			return true
		}
	}
	return false
}

// hasWordStart reports whether a word of name satisfies ok.
func hasWordStart(name string, ok func(string) bool) bool {
	for i := 0; i < len(name); i++ {
		if wordStart(name, i) && ok(name[i:]) {
			return true
		}
	}
	return false
}

// initialCToK returns name with the initial c of each word that isFrontC
// written k.
func initialCToK(name string) string {
	b := []byte(name)
	for i := range b {
		if wordStart(name, i) && isFrontC(name[i:]) {
			b[i] = 'k'
		}
	}
	return string(b)
}
