package normalize

import "strings"

// The Japanese prefix Go- (後, "the later") names another emperor after a
// predecessor of the same name (branch emperor): Go-Daigo is not Daigo,
// Go-Toba is not Toba, Go-Shirakawa is not Shirakawa. English writes the
// prefix three ways, Go-Daigo, Godaigo and Go Daigo, which are one name. So
// a name and the same name with Go- before one of its words are two names,
// whichever way the prefix is written; the matcher scored them one name
// (Emperor Go-Daigo, Emperor Daigo 0.920; Emperor Gotsuchimikado, Emperor
// Tsuchimikado 0.891) because the shared words and the long rest lift two
// letters' difference. Only a word that reads as Hepburn morae (romaji.go),
// two or more, is taken for the Japanese name after the prefix: Gomez and
// Mez, Gordon and Rdon are not read so. Titles (similarity.go's titles,
// and Emperor and Empress) are skipped on both sides, so Emperor Go-Toba
// against Toba is read as Go-Toba against Toba.

// goPrefixScore is the score of a name against the same name after Go-.
const goPrefixScore = romajiMinimalPairScore

// goPrefixMinRest is the fewest letters of the word after Go- (Go-Uda,
// Go-Sai: three).
const goPrefixMinRest = 3

// goPrefixWords is the most words goPrefixDistinct reads in a name.
const goPrefixWords = 8

// goPrefixDistinct reports whether names a and b are the same words but
// that one of them has Go- (Go-, Go or Go joined) before one word, which
// reads as Hepburn morae. Cheap tests first: the names are not as long,
// and one has a word starting with "go" (any case) before such a rest.
func goPrefixDistinct(a, b string) bool {
	if len(a) == len(b) {
		return false // the prefix adds two letters or more, titles aside
	}
	ga, gb := hasGoWord(a), hasGoWord(b)
	if !ga && !gb {
		return false
	}
	var wa, wb [goPrefixWords]string
	na, okA := goWords(&wa, a)
	nb, okB := goWords(&wb, b)
	if !okA || !okB {
		return false
	}
	return ga && goApart(wa[:na], wb[:nb]) || gb && goApart(wb[:nb], wa[:na])
}

// hasGoWord reports whether name has a word (after a space or a hyphen, or
// at the start) beginning with "go" in any case, whose rest, or the next
// word after a hyphen or a space, reads as a Japanese name (goRest). It
// runs for every pair the matcher scores as one name: it looks for G and g
// with strings.IndexByte and reads morae only after a "go" at a word's
// start (Gorbachev: "rbachev" is no Hepburn).
func hasGoWord(name string) bool {
	for _, g := range [2]byte{'G', 'g'} {
		for at := 0; ; {
			i := strings.IndexByte(name[at:], g)
			if i < 0 {
				break
			}
			j := at + i
			at = j + 1
			if (j == 0 || name[j-1] == ' ' || name[j-1] == '-') && j+2 < len(name) && (name[j+1] == 'o' || name[j+1] == 'O') {
				rest := name[j+2:]
				if rest[0] == ' ' || rest[0] == '-' {
					rest = rest[1:]
				}
				if k := strings.IndexAny(rest, " -"); k >= 0 {
					rest = rest[:k]
				}
				if goRest(rest) {
					return true
				}
			}
		}
	}
	return false
}

// goWords puts the words of name, cut at spaces and hyphens, titles left
// out, in w and returns how many; ok is false when there are more than
// goPrefixWords.
func goWords(w *[goPrefixWords]string, name string) (n int, ok bool) {
	for _, f := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if titles.get()[Key(f)] || strings.EqualFold(f, "emperor") || strings.EqualFold(f, "empress") {
			continue
		}
		if n == len(w) {
			return n, false
		}
		w[n] = f
		n++
	}
	return n, true
}

// goApart reports whether words x are words y with Go- before one of
// them: "go" as a word of its own before it, or joined to it.
func goApart(x, y []string) bool {
	i, j, found := 0, 0, false
	for i < len(x) && j < len(y) {
		if strings.EqualFold(x[i], y[j]) {
			i, j = i+1, j+1
			continue
		}
		if found {
			return false
		}
		switch {
		case strings.EqualFold(x[i], "go") && i+1 < len(x) && strings.EqualFold(x[i+1], y[j]):
			i += 2
		case len(x[i]) > 2 && strings.EqualFold(x[i][:2], "go") && strings.EqualFold(x[i][2:], y[j]):
			i++
		default:
			return false
		}
		if !goRest(y[j]) {
			return false
		}
		found, j = true, j+1
	}
	return found && i == len(x) && j == len(y)
}

// goRest reports whether word can be the Japanese name after Go-: three
// letters or more, read as two Hepburn morae or more.
func goRest(word string) bool {
	if len(word) < goPrefixMinRest {
		return false
	}
	var buf [24]string
	m, ok := romajiMorae(buf[:0], word)
	return ok && len(m) >= 2
}
