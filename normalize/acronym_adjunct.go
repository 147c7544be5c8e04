package normalize

import "strings"

// Acronyms in a Romance language of a name with a noun used as a
// modifier. English puts nouns before the head noun as modifiers (a noun
// adjunct: Integration Association, Trade Bank), after the adjectives
// (Latin American Integration Association); French, Spanish, Italian,
// Portuguese and Catalan cannot, and say the noun after the head with de,
// di or do, the adjectives right after the head: the Asociación
// Latinoamericana de Integración is the ALADI, an Arab Trade Bank a Banco
// Árabe de Comercio (BAC), a European Investment Bank the Banque
// européenne d'investissement (BEI). romanceAcronym turns each run of
// words around and reads the de of "of" only; this reads a run of three
// content words or more (modifiers and the head noun last) as the head,
// then the first modifiers (the adjectives, in the English order or turned
// around), then the de (a D, or nothing, as acronyms often leave it out:
// BEI), then the last modifiers (the nouns, in the English order or, a
// noun with its own adjective, turned around: the International Atomic
// Energy Agency is the Agence internationale de l'énergie atomique, AIEA):
// one split into two non-empty parts, the last modifier not ending as an
// English adjective does (looksAdjective: Mexican Olympic Committee is
// the Comité Olímpico Mexicano, romanceAcronym's COM, not a CMO). The other runs
// of the name are read as romanceAcronym reads them (turned around, an
// "of" giving a D or nothing). As there, the acronym is in capitals, needs
// a head noun of organisations (orgHeads, or org_language.go's
// orgTableHeads: Bank) or four letters, and is not the English initials.

// adjunctRomanceAcronym reports whether acr spells full's initials in the
// Romance order with one run's last modifiers after a de.
func adjunctRomanceAcronym(acr, full string) bool {
	if len(acr) < 3 || len(acr) > 12 || !isASCIIUpper(acr[0]) || !isASCIIUpper(acr[1]) {
		return false
	}
	var lb [12]byte
	letters, ok := acronymCapitals(&lb, acr)
	if !ok {
		return false
	}
	// The name's runs of content words' initials, in the English order,
	// and whether an "of" comes before each.
	var rb [8]adjunctRun
	runs := rb[:0]
	var eb [24]byte
	var wb [24]string // the content words, as eng's initials
	eng := eb[:0]
	of, open := false, false
	for w := range romanceWords(full) {
		if optionalOrgWord(w) {
			open = false
			of = of || (len(w) == 2 && (w[0]|0x20) == 'o' && (w[1]|0x20) == 'f')
			continue
		}
		c := w[0]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if !isASCIIUpper(c) || len(eng) == len(eb) || len(eng) >= len(letters) {
			return false
		}
		if !open {
			if len(runs) == len(rb) {
				return false
			}
			runs = append(runs, adjunctRun{from: len(eng), of: of && len(runs) > 0})
			of, open = false, true
		}
		wb[len(eng)] = w
		eng = append(eng, c)
		runs[len(runs)-1].to = len(eng)
	}
	if string(eng) == string(letters) {
		return false
	}
	// A head noun or four letters, asked once the letters are spelt (a
	// word's key costs more than the spelling).
	headOK := func() bool {
		if len(letters) >= 4 || hasTableHead(full) {
			return true
		}
		for _, w := range wb[:len(eng)] {
			if infoOf(Key(w)).orgHead {
				return true
			}
		}
		return false
	}
	var ib [32]byte
	for r := range runs {
		n := runs[r].to - runs[r].from
		if n < 3 || looksAdjective(wb[runs[r].to-2]) {
			continue // the last modifier, the adjunct's noun, an adjective: romanceAcronym's
		}
		for k := 1; k <= n-2; k++ {
			for o := range 4 {
				initials := adjunctInitials(ib[:0], eng, runs, r, k, o&1 != 0, o&2 != 0)
				if spellsWithDe(letters, initials) {
					return headOK()
				}
			}
		}
	}
	return false
}

// adjunctRun is a run of a name's content words: its initials, eng[from:to]
// in adjunctRomanceAcronym, and whether an "of" comes before it.
type adjunctRun struct {
	from, to int
	of       bool
}

// adjunctInitials appends to dst the initials eng of the runs in the
// Romance order, with run r read as an adjunct split after its k-th word:
// its head (last word), its first k modifiers (turned: the other way
// round), a d, its other modifiers (nounsTurned: the other way round);
// every other run turned around, and a d for each "of".
func adjunctInitials(dst, eng []byte, runs []adjunctRun, r, k int, turned, nounsTurned bool) []byte {
	n := runs[r].to - runs[r].from
	for i, ru := range runs {
		if ru.of {
			dst = append(dst, 'd')
		}
		in := eng[ru.from:ru.to]
		if i != r {
			for j := len(in) - 1; j >= 0; j-- {
				dst = append(dst, in[j])
			}
			continue
		}
		dst = append(dst, in[n-1])
		for j := range k {
			if turned {
				dst = append(dst, in[k-1-j])
			} else {
				dst = append(dst, in[j])
			}
		}
		dst = append(dst, 'd')
		for j := k; j < n-1; j++ {
			if nounsTurned {
				dst = append(dst, in[n-2-(j-k)])
			} else {
				dst = append(dst, in[j])
			}
		}
	}
	return dst
}

// adjectiveSuffixes are the endings of English adjectives made from nouns
// and names (-al, -ic, -ical, -ive, -ous, -ary, -an, -ian, -ese, -ish,
// -ful, -less, -able, -ible, -ern, -ed): Olympic, National, Mexican,
// Chinese are no noun adjuncts.
var adjectiveSuffixes = []string{"al", "ic", "ive", "ous", "ary", "an", "ese", "ish", "ful", "less", "able", "ible", "ern", "ed", "i"}

// looksAdjective reports whether w ends as an English adjective does.
func looksAdjective(w string) bool {
	for _, suf := range adjectiveSuffixes {
		if len(w) > len(suf)+2 && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return true
		}
	}
	return false
}
