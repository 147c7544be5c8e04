package normalize

import (
	"iter"
	"strings"
)

// Acronyms of the name in a Romance language. Many organisations are known
// by the acronym of their name in their own language, and French, Spanish,
// Italian, Portuguese and Catalan put the noun before its adjectives, the
// adjectives after it in the reverse of the English order: the Comité
// Olímpico Argentino (Argentine Olympic Committee) is the COA, the Union
// astronomique internationale (International Astronomical Union) the UAI,
// the Forces armées de la République démocratique du Congo the FARDC. A
// phrase with "of" keeps its place (Instituto Ecuatoriano de Seguridad
// Social, IESS). So an acronym in capitals matches an English name when
// its letters are the initials of the name's content words read with each
// run of words between function words (of, for, and, the...) turned
// around: Armed Forces | Democratic Republic | Congo reads F A, R D, C.
// Every content word gives one letter, in that order and no other, and
// the "of" between two runs may give the D of the Romance de, des, du, di
// (Association des industries d'Haïti, ADIH) or nothing. The acronym must
// differ from the English initials (which isAcronymFor reads). As with
// syllabicAcronym, an acronym of two or three letters needs a name with an
// organisation's head noun (Committee, Union, Party...; romanceHeadNoun):
// two letters say little, and a place's adjective and noun turned around
// are no organisation (AS is not South Africa).

// romanceAcronym reports whether acr, in capitals (dots allowed), spells
// the initials of full's content words in the Romance order, an "of" giving
// a D or nothing.
func romanceAcronym(acr, full string) bool {
	if len(acr) < 2 || !isASCIIUpper(acr[0]) || !(isASCIIUpper(acr[1]) || acr[1] == '.') {
		return false // the common case, quickly: a capitalized word
	}
	var lb [12]byte
	letters, ok := acronymCapitals(&lb, acr)
	if !ok || len(letters) < 2 {
		return false
	}
	var ib, eb [24]byte
	initials := ib[:0]    // in the Romance order, 'd' where an "of" may give a D
	eng := eb[:0]         // in the English order
	run, head := 0, false // run: initials of the current run
	turn := func() {
		for i, j := len(initials)-run, len(initials)-1; i < j; i, j = i+1, j-1 {
			initials[i], initials[j] = initials[j], initials[i]
		}
		run = 0
	}
	for w := range romanceWords(full) {
		if optionalOrgWord(w) {
			turn()
			if len(initials) > 0 && len(initials) < len(ib) && strings.EqualFold(w, "of") && initials[len(initials)-1] != 'd' {
				initials = append(initials, 'd')
			}
			continue
		}
		c := w[0]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if !isASCIIUpper(c) || len(eng) == len(letters) {
			return false
		}
		eng = append(eng, c)
		initials = append(initials, c)
		run++
		head = head || len(letters) >= 4 || romanceHeadNoun(w)
	}
	turn()
	return head && string(eng) != string(letters) && spellsWithDe(letters, initials)
}

// spellsWithDe reports whether letters are initials, where each 'd' of
// initials (an "of", Romance de, des, du, di) gives a D or nothing.
func spellsWithDe(letters, initials []byte) bool {
	if len(initials) == 0 {
		return len(letters) == 0
	}
	if initials[0] == 'd' {
		return len(letters) > 0 && letters[0] == 'D' && spellsWithDe(letters[1:], initials[1:]) || spellsWithDe(letters, initials[1:])
	}
	return len(letters) > 0 && letters[0] == initials[0] && spellsWithDe(letters[1:], initials[1:])
}

// optionalOrgWord reports, without allocating, whether w in small letters
// is one of optionalOrgWords.
func optionalOrgWord(w string) bool {
	var buf [4]byte
	return inLower(optionalOrgWords, w, buf[:])
}

// inLower reports whether w in small letters is a key of set (whose keys
// are letters a to z); a word longer than buf is none, so nothing is
// allocated.
func inLower(set map[string]bool, w string, buf []byte) bool {
	if len(w) > len(buf) {
		return false
	}
	lower, ok := lowerASCII(buf[:0], w)
	return ok && set[string(lower)]
}

// acronymCapitals returns the capitals of acr without its dots, in buf, and
// false when acr has another character or more capitals than buf holds.
func acronymCapitals(buf *[12]byte, acr string) ([]byte, bool) {
	letters := buf[:0]
	for i := 0; i < len(acr); i++ {
		switch c := acr[i]; {
		case c == '.':
		case isASCIIUpper(c) && len(letters) < len(buf):
			letters = append(letters, c)
		default:
			return nil, false
		}
	}
	return letters, true
}

// romanceWords yields the words of name full as romanceAcronym and
// adjunctRomanceAcronym walk them: cut at spaces and hyphens, without a
// dash or an ampersand that stands alone.
func romanceWords(full string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for start := 0; start < len(full); {
			end := start
			for end < len(full) && full[end] != ' ' && full[end] != '-' {
				end++
			}
			w := full[start:end]
			start = end + 1
			if w == "" || w == "–" || w == "&" {
				continue
			}
			if !yield(w) {
				return
			}
		}
	}
}

// romanceHeadNoun reports whether w is a head noun of organisations
// (orgHeads, by key), in the plural too (Armed Forces: Fuerzas Armadas de
// Guatemala, FAG; Forces armées nigériennes, FAN), or a head noun of
// public bodies (institutionHeads: the European Space Agency, Agence
// spatiale européenne, ASE). Without allocating for the lower-cased word.
func romanceHeadNoun(w string) bool {
	if infoOf(Key(w)).orgHead {
		return true
	}
	if len(w) > 4 && w[len(w)-1] == 's' && infoOf(Key(w[:len(w)-1])).orgHead {
		return true
	}
	var buf [12]byte
	return inLower(institutionHeads, w, buf[:])
}
