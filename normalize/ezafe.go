package normalize

import "strings"

// The Persian and Urdu ezafe. Persian and Urdu join a noun to the word that
// qualifies it by a vowel, the ezafe, that English writes as a word of its
// own or between hyphens, as -e- or -i- (and -ye-, -yi- after a vowel) by
// the transliterator's choice: Jaish-e-Mohammed and Jaish-i-Mohammed,
// Lashkar-e-Taiba and Lashkar-i-Taiba, Tehrik-i-Taliban and
// Tehreek-e-Taliban are one name each. Each name is read with its
// connectors written e when both names have one; the rest must match as a
// whole. A name with no connector is left alone (the matcher reads a
// connector against none already: Jaish Mohammed). The words on both sides
// of the connector have three letters or more, so that a Wade-Giles
// syllable i or e between short syllables (Wu-i-shan) is not read as one.

// ezafeConnector reports whether w is an ezafe written as a word.
func ezafeConnector(w string) bool {
	switch strings.ToLower(w) {
	case "e", "i", "ye", "yi", "-e", "-i":
		return true
	}
	return false
}

// ezafeRead returns name with each connector word between two words
// written "e", and whether it had one.
func ezafeRead(name string) (string, bool) {
	if !hasShortConnector(name) {
		return name, false
	}
	var b strings.Builder
	found := false
	start := 0
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != ' ' && name[i] != '-' {
			continue
		}
		w := name[start:i]
		if start > 0 && i < len(name) && ezafeConnector(w) && wordLenAround(name, start, i) {
			b.WriteString("e")
			found = true
		} else {
			b.WriteString(w)
		}
		if i < len(name) {
			b.WriteByte(name[i])
		}
		start = i + 1
	}
	return b.String(), found
}

// ezafeVariant reports whether a and b, both with a connector, are one
// name once their connectors are written alike.
func ezafeVariant(a, b string, g *Glossary) bool {
	ra, oka := ezafeRead(a)
	if !oka {
		return false
	}
	rb, okb := ezafeRead(b)
	if !okb || ra == a && rb == b {
		return false
	}
	return similarityWith(ra, rb, g) >= SameThreshold
}

// wordLenAround reports whether the words before name[start:] and after
// name[:end] have three letters or more.
func wordLenAround(name string, start, end int) bool {
	before := name[:start-1]
	before = before[strings.LastIndexAny(before, " -")+1:]
	after := name[end+1:]
	if k := strings.IndexAny(after, " -"); k >= 0 {
		after = after[:k]
	}
	return len(before) >= 3 && len(after) >= 3
}

// hasShortConnector reports, without allocating, whether name has a word
// e, i, ye or yi (any case) between two separators.
func hasShortConnector(name string) bool {
	start := -1
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != ' ' && name[i] != '-' {
			continue
		}
		if start >= 0 && i < len(name) {
			switch w := name[start:i]; len(w) {
			case 1:
				if c := w[0] | 0x20; c == 'e' || c == 'i' {
					return true
				}
			case 2:
				if c := w[1] | 0x20; w[0]|0x20 == 'y' && (c == 'e' || c == 'i') {
					return true
				}
			}
		}
		start = i + 1
	}
	return false
}
