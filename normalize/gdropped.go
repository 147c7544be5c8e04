package normalize

import "strings"

// The English -ing written -in. The unstressed -ing of English is said
// /ɪn/ as often as /ɪŋ/ (Wells, Accents of English, 1982, the "g-dropping"
// of -ing), and the surnames made on it kept both spellings: Rawlings and
// Rawlins, Gosling and Goslin, Collings and Collins, Harding and Hardin,
// Irving and Irvin are each one name, which Chinese writes alike (欧文 for
// Irving and Irvin; testdata/zhforeign). The key keeps the g, so such a
// pair lost a letter's cost and fell under the threshold. droppedGSim
// reads a word of one name that ends in -ing or -ings after a consonant,
// on a stem with a vowel, as -in or -ins, when the other name has a word
// ending so (-ings against -ins, -ing against -in) after a consonant: a
// vowel before -in is another syllable (Eberlein, Eberling), and an s
// against none another word (Stallings, Stalin). A word of one syllable keeps its -ing (King and
// Kin, Wing and Win are two words), and so do names in Pinyin, where -ing
// and -in are two finals and two characters (Zhiming, Zhimin): neither
// name may be Pinyin-shaped, and the Pinyin cap of capsStage still vetoes
// a Pinyin pair.

// droppedGSim returns max(score, the similarity of names a and b with the
// -ing of a word of one read -in, less a convention's cost), when the
// other has a word ending so.
func (s *simState) droppedGSim(a, b string, score float64) float64 {
	if strings.IndexByte(a, 'g') < 0 && strings.IndexByte(b, 'g') < 0 {
		return score // the quick test: no g, no -ing
	}
	return s.readAgainst(a, b, score, droppedGReading)
}

// droppedGReading returns name with each word in -ing or -ings (after a
// consonant, on a stem with a vowel) written -in or -ins when other has a
// word in -in or -ins alike (after a consonant), or "" when name has no
// such word or either name is Pinyin-shaped.
func droppedGReading(name, other string) string {
	ins, in := endsIn(other, name)
	if !ins && !in {
		return ""
	}
	var out []byte
	cut := 0 // bytes dropped so far
	for i := 3; i < len(name); i++ {
		if name[i]|0x20 != 'g' || name[i-1]|0x20 != 'n' || name[i-2]|0x20 != 'i' {
			continue
		}
		end := i + 1
		if end < len(name) && name[end]|0x20 == 's' {
			end++
		}
		if end < len(name) && isLetterByte(name[end]) || end > i+1 && !ins || end == i+1 && !in {
			continue // not the end of a word, or no word of other ends so
		}
		start := i - 2
		for start > 0 && isLetterByte(name[start-1]) {
			start--
		}
		stem := name[start : i-2]
		if len(stem) < 2 || stem[len(stem)-1] >= 0x80 || isVowelY(stem[len(stem)-1]|0x20) {
			continue // Eling, Doing: a vowel before -ing
		}
		if stemVowelGroups(stem) < 1 {
			continue // King, Wing, Sing: the word's one syllable
		}
		if out == nil {
			if pinyinShaped(name) || pinyinShaped(other) {
				return ""
			}
			out = make([]byte, 0, len(name))
		}
		out = append(out, name[len(out)+cut:i]...)
		cut++
	}
	if out == nil {
		return ""
	}
	return string(append(out, name[len(out)+cut:]...))
}

// endsIn reports whether a word of name ends in -ins and whether one ends
// in -in (any case), after an ASCII consonant, leaving out the words that
// except has too (Martin in Martin Harding, Martin Hardy: no spelling of
// Harding).
func endsIn(name, except string) (ins, in bool) {
	for i := 2; i < len(name); i++ {
		if name[i]|0x20 != 'n' || name[i-1]|0x20 != 'i' {
			continue
		}
		if c := name[i-2]; !isASCIILetter(c) || isVowelY(c|0x20) {
			continue // Eberlein, Tain: a vowel before -in
		}
		end := i + 1
		if end < len(name) && name[end]|0x20 == 's' {
			end++
		}
		if end < len(name) && isLetterByte(name[end]) {
			continue // not the end of a word
		}
		start := i - 2
		for start > 0 && isLetterByte(name[start-1]) {
			start--
		}
		if hasWord(except, name[start:end]) {
			continue
		}
		if end == i+1 {
			in = true
		} else {
			ins = true
		}
	}
	return ins, in
}
