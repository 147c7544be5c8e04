package normalize

// The French mute final t of -ot. French does not sound a word's final
// consonant: Pinot is "Pino", Rambot "Rambo", Margot "Margo", and the
// other languages' spellings of such a name, and its Russian form (Пино),
// leave the t out. frenchSpoken reads every mute final consonant, but only
// in a word with au or eau, where the spelling is surely French; elsewhere
// a final t, d or s is spoken in English, Latin and Greek names (Bridget,
// Bryant, Alexandros), so this convention reads the written -ot alone,
// after a consonant, which English names rarely end in (their -out,
// Trout and Stout, folds to the same key and is left alone), and only
// against a name with a word that ends in o. It reads the names as
// written, as cedillaSim does: the key has made -out and -ot one.

// frenchOtSim returns max(score, the similarity of names a and b with the
// final t of a word in -ot of one left out, less a convention's cost),
// when the other name has a word ending in o.
func (s *simState) frenchOtSim(a, b string, score float64) float64 {
	return s.readAgainst(a, b, score, func(name, other string) string {
		if !wordEndsO(other) {
			return ""
		}
		return frenchOtReading(name)
	})
}

// wordEndsO reports whether a word of name ends in o (any case).
func wordEndsO(name string) bool {
	for i := 1; i < len(name); i++ {
		if name[i]|0x20 == 'o' && isLetterByte(name[i-1]) && (i+1 == len(name) || !isLetterByte(name[i+1])) {
			return true
		}
	}
	return false
}

// frenchOtReading returns name with the t of each word of four letters or
// more that ends in -ot after a consonant left out, or "" when no word is
// so.
func frenchOtReading(name string) string {
	var out []byte
	for i := 3; i < len(name); i++ {
		if name[i]|0x20 != 't' || name[i-1]|0x20 != 'o' || i+1 < len(name) && isLetterByte(name[i+1]) {
			continue
		}
		c := name[i-2] | 0x20
		if c >= 0x80 || !('a' <= c && c <= 'z') || isVowel(c) || c == 'y' || !isLetterByte(name[i-3]) {
			continue // -out, -eot; a word of three letters (Pot, Kot)
		}
		if out == nil {
			out = make([]byte, 0, len(name))
		}
		out = append(out[:0], name[:i]...)
		out = append(out, name[i+1:]...)
		name = string(out)
		i--
	}
	if out == nil {
		return ""
	}
	return name
}
